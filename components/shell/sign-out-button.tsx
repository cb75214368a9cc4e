import { SignOutForm } from "@/components/pwa/sign-out-form";
import { signOutAction } from "@/lib/auth/actions";

/** Signs out of this browser, forgetting the offline copies of the athlete's pages first. */
export function SignOutButton() {
  return (
    <SignOutForm action={signOutAction}>
      <button
        type="submit"
        className="min-h-11 rounded-xl px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Sign out
      </button>
    </SignOutForm>
  );
}
