import { SignOutForm } from "@/components/pwa/sign-out-form";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { sessionLifetimeText } from "./session-lifetime";

/** This browser's session and how long it lasts, and "Sign out everywhere" for the account's other devices. */
export function Sessions({ endsAt, deadline, timeZone }: { endsAt: Date; deadline: Date; timeZone: string }) {
  const { signedInUntil, renewal } = sessionLifetimeText({ endsAt, deadline }, timeZone);
  return (
    <div className="space-y-4">
      <div className="text-sm">
        <p className="font-medium text-zinc-800 dark:text-zinc-200">{signedInUntil}</p>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{renewal}</p>
      </div>
      <SignOutForm
        action={signOutEverywhereAction}
        className="flex flex-col gap-3 border-t border-zinc-200 pt-4 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-800"
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Signed in on a device you no longer have? This ends every session of your account, this one included. API
          tokens keep working: revoke them below.
        </p>
        <Button type="submit" variant="danger" className="shrink-0">
          Sign out everywhere
        </Button>
      </SignOutForm>
    </div>
  );
}
