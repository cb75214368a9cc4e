/** A number box's text as the API wants it: empty is left out (so a required number is reported missing). */
export function numberOrMissing(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

/** An optional number box: empty is null, anything else is the number typed (NaN fails validation). */
export function optionalNumber(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

/** An optional text: blank is null, so the API stores no value rather than an empty one. */
export function optionalText(text: string): string | null {
  return text.trim() === "" ? null : text;
}
