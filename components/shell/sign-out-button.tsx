"use client";

import { forgetOfflinePages } from "@/components/pwa/offline-pages";
import { signOutAction } from "@/lib/auth/actions";

/** Signs out, first forgetting the pages the phone kept for offline use: they hold this athlete's data. */
export function SignOutButton() {
  return (
    <form
      action={async () => {
        await forgetOfflinePages().catch(() => undefined);
        await signOutAction();
      }}
    >
      <button
        type="submit"
        className="min-h-11 rounded-xl px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Sign out
      </button>
    </form>
  );
}
