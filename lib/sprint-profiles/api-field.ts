/**
 * The sprint model's field names (`splits[2].time_s`, `bodyMass_kg`) as the API names them (`times_s.2`,
 * `body_mass_kg`), so that a fit error lands on the same field as a schema error. Pure: the form's live preview and
 * the service both use it.
 */
export function apiField(modelField: string): string {
  const split = /^splits\[(\d+)\]\.(distance_m|time_s)$/.exec(modelField);
  if (split) return `${split[2] === "time_s" ? "times_s" : "distances_m"}.${split[1]}`;
  const names: Record<string, string> = {
    splits: "times_s",
    timeCorrection_s: "time_correction_s",
    bodyMass_kg: "body_mass_kg",
    height_m: "height_m",
    wind_mps: "wind_mps",
  };
  return names[modelField] ?? modelField;
}
