"use server";

import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { registerInput, signInInput } from "@/lib/accounts/schemas";
import { registerUser } from "@/lib/accounts/users";
import { configuredOAuthProviders, signIn, signOut } from "@/lib/auth";
import { fieldErrors, toAppError } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { clientAddress, enforceRateLimit } from "@/lib/rate-limit";

export interface AuthFormState {
  error?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
}

/** Only same-site paths, so that a crafted link cannot bounce a fresh session to another site. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/sign-") ? path : "/dashboard";
}

async function signInWith(email: string, password: string, redirectTo: string): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next signals by throwing: let it through.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "Too many sign-in attempts. Wait 15 minutes and try again.", values: { email } };
    }
    return { error: "That e-mail address and password do not match an account.", values: { email } };
  }
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return { fields: fieldErrors(parsed.error), values: { email: raw.email } };
  return signInWith(parsed.data.email, parsed.data.password, safeRedirect(form.get("redirectTo")));
}

export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    role: String(form.get("role") ?? "athlete"),
    timezone: String(form.get("timezone") ?? "") || undefined,
  };
  const values = { name: raw.name, email: raw.email, role: raw.role };
  const parsed = registerInput.safeParse(raw);
  if (!parsed.success) return { fields: fieldErrors(parsed.error), values };
  try {
    await enforceRateLimit("register", clientAddress(await headers()));
    await registerUser(await getDb(), parsed.data);
  } catch (error) {
    const apiError = toAppError(error);
    return { error: apiError.message, fields: apiError.fields, values };
  }
  return signInWith(parsed.data.email, parsed.data.password, parsed.data.role === "coach" ? "/coach" : "/dashboard");
}

/** Hands the browser to GitHub or Google; only a provider this environment configures, whatever the form says. */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = configuredOAuthProviders().find(({ id }) => id === form.get("provider"));
  if (!provider) return;
  await signIn(provider.id, { redirectTo: safeRedirect(form.get("redirectTo")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
