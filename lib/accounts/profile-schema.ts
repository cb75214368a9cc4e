import { z } from "zod";
import { SEXES, SPRINT_EVENTS } from "@/lib/core/domain";
import { enumField, isoDateField, nameField, timeZoneField } from "@/lib/core/validation";

/** The profile update's schema, shared by PUT /api/v1/me/profile and the settings form in the browser. */
export const profileUpdateInput = z
  .object({
    experience_years: z
      .number({ error: "must be a number of years from 0 to 80" })
      .min(0, "must be a number of years from 0 to 80")
      .max(80, "must be a number of years from 0 to 80")
      .nullable()
      .optional(),
    events: z
      .array(enumField(SPRINT_EVENTS), { error: `must be a list of events: ${SPRINT_EVENTS.join(", ")}` })
      .max(SPRINT_EVENTS.length, "lists an event more than once")
      .refine((events) => new Set(events).size === events.length, "lists an event more than once")
      .optional(),
    birth_date: isoDateField
      .refine((value) => value <= new Date().toISOString().slice(0, 10), "must not be in the future")
      .refine((value) => value >= "1900-01-01", "must be after 1900-01-01")
      .nullable()
      .optional(),
    sex: enumField(SEXES).nullable().optional(),
    timezone: timeZoneField.optional(),
    name: nameField.optional(),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
export type ProfileUpdateInput = z.infer<typeof profileUpdateInput>;

/** Fields that describe a sprinter; a coach's account has none of them. */
export const ATHLETE_ONLY_FIELDS = ["experience_years", "events", "birth_date", "sex"] as const;
