"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { registerInput, signInInput } from "@/lib/accounts/schemas";
import { endAllSessions } from "@/lib/accounts/sessions";
import { registerUser } from "@/lib/accounts/users";
import { configuredOAuthProviders, signIn, signOut, TooManyAttempts } from "@/lib/auth";
import { fieldErrors, toAppError } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { clientAddress, enforceAddressLimit } from "@/lib/rate-limit";
import { currentUser } from "./session";
import { waitInWords } from "./sign-in-errors";

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
    if (error instanceof TooManyAttempts) {
      const wait = waitInWords(error.retryAfterSeconds);
      return { error: `Too many sign-in attempts for this account. Try again in ${wait}.`, values: { email } };
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
    await enforceAddressLimit("register", clientAddress(await headers()));
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

/** Signs this browser out; the session ends on the server too (the `signOut` event in lib/auth/index.ts). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Ends every session of the account, on every device, this one included; API tokens stay as they are. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  if (user) await endAllSessions(await getDb(), user.id);
  await signOut({ redirectTo: "/sign-in" });
}
