import type { z } from "zod";
import { fieldErrors } from "@/lib/core/errors";
import { ApiClientError, errorMessage } from "./client";

/**
 * How every form shows what is wrong, whether its own schema or the API refused the input: one message per
 * top-level field ("events.2" → "events", first message wins), and a summary above the form.
 */

const FIX_FIELDS_MESSAGE = "Some fields need a second look.";

interface FormErrors {
  fields: Record<string, string>;
  message: string;
}

/** "must be …" from the API or a schema reads as a sentence under its label. */
export function sentence(message: string | undefined): string | undefined {
  return message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;
}

export function topLevel(fields: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) result[key.split(".")[0] ?? key] ??= message;
  return result;
}

/** The errors of input the form's own schema refused. */
export function schemaErrors(error: z.ZodError): FormErrors {
  return { fields: topLevel(fieldErrors(error)), message: FIX_FIELDS_MESSAGE };
}

/** The errors of a failed API call: the fields it names, or its message when it names none. */
export function requestErrors(error: unknown): FormErrors {
  const fields = error instanceof ApiClientError ? topLevel(error.fields) : {};
  return { fields, message: Object.keys(fields).length > 0 ? FIX_FIELDS_MESSAGE : errorMessage(error) };
}
