"use client";

import { useActionState } from "react";
import { type AuthFormState, signInAction } from "@/lib/auth/actions";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

/** One-tap sign-in as a demo coach or athlete (the seeded squad), for trying Aria without an account. */
export function DemoLogins() {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {});
  return (
    <div>
      {state.error ? <p className="mb-2 text-sm text-red-600">{state.error}</p> : null}
      <ul className="grid gap-2 sm:grid-cols-2">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <form action={action}>
              <input type="hidden" name="email" value={account.email} />
              <input type="hidden" name="password" value={DEMO_PASSWORD} />
              <button
                type="submit"
                disabled={pending}
                aria-label={`Try the demo as ${account.name}`}
                className="flex w-full items-center justify-between gap-2 rounded-xl border border-zinc-200 px-3 py-2 text-left text-sm hover:border-track-400 hover:bg-track-50 disabled:opacity-60 dark:border-zinc-800 dark:hover:bg-track-900/20"
              >
                <span>
                  <span className="block font-medium">{account.name}</span>
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">{account.blurb}</span>
                </span>
                <span className="text-xs font-semibold uppercase text-zinc-500">{account.role}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
