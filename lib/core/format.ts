/** Display formatting for pages and components, in the viewer's own time zone. */

/** A UTC timestamp as "24 Nov 2026" in a time zone. */
export function formatDay(timestamp: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(
    new Date(timestamp),
  );
}
