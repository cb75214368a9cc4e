import nlp from "compromise";
import datePlugin, { type DatesMethods } from "compromise-dates";

nlp.plugin(datePlugin);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a message asks about ("tomorrow", "on Saturday", "next Tuesday", "the 28th"), read by compromise-dates
 * relative to `asOf` (the athlete's today, a calendar day: no clock or zone is involved); null when it names none.
 */
export function askedDay(message: string, asOf: string): string | null {
  if (!ISO_DAY.test(asOf)) return null;
  const found = nlp<DatesMethods>(message).dates({ today: asOf, timezone: "UTC" }).get(0);
  const day = found?.start?.slice(0, 10) ?? null;
  return day && ISO_DAY.test(day) ? day : null;
}
