import { z } from "zod";
import { ROLES, SEXES, SPRINT_EVENTS } from "@/lib/core/domain";
import { emailField, enumField, isoDateField, nameField, passwordField, timeZoneField } from "@/lib/core/validation";

export const registerInput = z.object({
  email: emailField,
  password: passwordField,
  name: nameField,
  role: enumField(ROLES),
  timezone: timeZoneField.optional(),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.object({
  email: emailField,
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "must be at most 200 characters"),
});

export const tokenRequestInput = signInInput.extend({
  token_name: z.string().trim().min(1, "must not be empty").max(60, "must be at most 60 characters").optional(),
});

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
