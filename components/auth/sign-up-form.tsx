"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type AuthFormState, signUpAction } from "@/lib/auth/actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});
  const [timezone, setTimezone] = useState("");
  useEffect(() => setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const role = state.values?.role ?? "athlete";
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage>{state.error}</FormMessage>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">I am</legend>
        <div className="mt-2 grid grid-cols-2 gap-2">
          {(["athlete", "coach"] as const).map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-xl border border-zinc-300 px-3 py-2.5 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20"
            >
              <input
                type="radio"
                name="role"
                value={value}
                defaultChecked={role === value}
                className="accent-track-500"
              />
              {value === "athlete" ? "An athlete" : "A coach"}
            </label>
          ))}
        </div>
        {state.fields?.role ? <p className="mt-1 text-sm text-red-600">{state.fields.role}</p> : null}
      </fieldset>
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters, not a common password and not your e-mail address."
        error={state.fields?.password}
      />
      <input type="hidden" name="timezone" value={timezone} />
      {state.fields?.timezone ? <p className="text-sm text-red-600">Time zone {state.fields.timezone}</p> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
