"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type AuthFormState, signInAction } from "@/lib/auth/actions";

/** `notice`: why the last sign-in was refused, when it came back from Auth.js, until this form answers itself. */
export function SignInForm({ redirectTo, notice }: { redirectTo?: string; notice?: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {});
  const answered = state.error !== undefined || state.fields !== undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage>{answered ? state.error : notice}</FormMessage>
      <input type="hidden" name="redirectTo" value={redirectTo ?? ""} />
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
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
