import { z } from "zod";
import { errors } from "@/lib/core/errors";
import { IMPORT_KINDS, type ImportKind, MAX_IMPORT_BYTES } from "./index";

export const importBody = z.object({
  csv: z
    .string({ error: "is required: the file's text" })
    .max(MAX_IMPORT_BYTES, "must be at most 1 MB")
    // A file saved as UTF-16 (or not text at all) reads as NUL bytes between its letters; say so, not "no columns".
    .refine((csv) => !csv.includes("\u0000"), "must be text saved as UTF-8: it holds NUL bytes"),
});

export function importKind(value: string): ImportKind {
  if (!(IMPORT_KINDS as readonly string[]).includes(value)) throw errors.notFound("export or import kind");
  return value as ImportKind;
}
