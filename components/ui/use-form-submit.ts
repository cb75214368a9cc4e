"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { requestErrors, schemaErrors } from "@/lib/http/form-errors";

/**
 * The one way a form sends. `send` checks the input with the schema the API itself uses (so what is wrong shows
 * under its field before any request), sends it, refreshes the page's server data, and shows whatever the API
 * refused the same way. It resolves with the request's result and the checked input, or null when nothing was
 * sent or the API refused it.
 */
export function useFormSubmit() {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function send<S extends z.ZodType, R>(
    schema: S,
    body: unknown,
    request: (input: z.output<S>) => Promise<R>,
    options: { adjustFields?: (fields: Record<string, string>) => Record<string, string> } = {},
  ): Promise<{ value: R; input: z.output<S> } | null> {
    setFormError(null);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const shown = schemaErrors(parsed.error);
      setFields(options.adjustFields ? options.adjustFields(shown.fields) : shown.fields);
      setFormError(shown.message);
      return null;
    }
    setFields({});
    setPending(true);
    try {
      const value = await request(parsed.data);
      router.refresh();
      return { value, input: parsed.data };
    } catch (error) {
      const shown = requestErrors(error);
      setFields(shown.fields);
      setFormError(shown.message);
      return null;
    } finally {
      setPending(false);
    }
  }

  return { fields, formError, pending, send };
}
