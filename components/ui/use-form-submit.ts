"use client";

import { useState } from "react";
import type { z } from "zod";
import { useAction } from "@/components/ui/use-action";
import { requestErrors, schemaErrors } from "@/lib/http/form-errors";

interface SendOptions {
  adjustFields?: (fields: Record<string, string>) => Record<string, string>;
  /** The summary above the form when fields are at fault, in the form's own words ("Some answers …"). */
  summary?: string;
}

/**
 * The one way a form sends. `send` checks the input with the schema the API itself uses (so what is wrong shows
 * under its field before any request), sends it, refreshes the page's server data, and shows whatever the API
 * refused the same way. It resolves with the request's result and the checked input, or null when nothing was
 * sent or the API refused it.
 */
export function useFormSubmit() {
  const { pending, error: formError, setError: setFormError, run } = useAction<"send">();
  const [fields, setFields] = useState<Record<string, string>>({});

  async function send<S extends z.ZodType, R>(
    schema: S,
    body: unknown,
    request: (input: z.output<S>) => Promise<R>,
    { adjustFields, summary }: SendOptions = {},
  ): Promise<{ value: R; input: z.output<S> } | null> {
    setFormError(null);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const shown = schemaErrors(parsed.error);
      setFields(adjustFields ? adjustFields(shown.fields) : shown.fields);
      setFormError(summary ?? shown.message);
      return null;
    }
    setFields({});
    const sent = await run("send", () => request(parsed.data), {
      describe: (failure) => {
        const shown = requestErrors(failure);
        setFields(shown.fields);
        return summary && Object.keys(shown.fields).length > 0 ? summary : shown.message;
      },
    });
    return sent ? { value: sent.value, input: parsed.data } : null;
  }

  return { fields, formError, pending: pending !== null, send };
}
