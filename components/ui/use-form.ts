"use client";

import { type ChangeEvent, useId, useState } from "react";
import { useFormSubmit } from "@/components/ui/use-form-submit";

/**
 * A form's values under the API's field names, on top of the one way a form sends (`useFormSubmit`), so a form states
 * each control once:
 * - `choice(key)` gives a `SelectField`, `ChipField` or `RadioFieldset` its name, value, change handler and the error
 *   the schema or the API gave that key; `field(key)` does the same for a `Field` or `TextAreaField`, whose change
 *   handler takes the event;
 * - `reset(...keys)` puts values back to their first state (all of them without keys);
 * - `id(key)` names any other control of the form.
 * `onEdit` runs on every change (a form that says "Saved" stops saying it once something changes).
 */
export function useForm<K extends string>(initial: Record<K, string>, onEdit?: () => void) {
  const submit = useFormSubmit();
  const prefix = useId();
  const [values, setValues] = useState(initial);
  const id = (key: string) => `${prefix}-${key}`;

  function set(key: K, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    onEdit?.();
  }

  function choice(key: K) {
    return {
      name: id(key),
      value: values[key],
      onChange: (value: string) => set(key, value),
      error: submit.fields[key],
    };
  }

  function field(key: K) {
    return {
      ...choice(key),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, event.target.value),
    };
  }

  function reset(...keys: K[]) {
    setValues((current) => {
      const next = { ...current };
      for (const key of keys.length > 0 ? keys : (Object.keys(initial) as K[])) next[key] = initial[key];
      return next;
    });
  }

  return { ...submit, values, setValues, field, choice, reset, id };
}
