import { z } from "zod";
import { SCALES } from "@/lib/core/domain";
import { integerField, loggedDateField, textField } from "@/lib/core/validation";

/** A daily wellness log (Hooper index, PRODUCT 4.7): four 1–7 scales where 1 is best. */

const scale = () => integerField(SCALES.hooperItem.min, SCALES.hooperItem.max);

export const wellnessInput = z.object({
  date: loggedDateField,
  sleep: scale(),
  stress: scale(),
  fatigue: scale(),
  soreness: scale(),
  notes: textField(1_000).nullable().optional(),
});
export type WellnessInput = z.infer<typeof wellnessInput>;
