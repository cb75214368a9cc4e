import { Button } from "@/components/ui/button";
import type { OAuthProviderId } from "@/lib/auth";
import { oauthSignInAction } from "@/lib/auth/actions";

/** "Continue with GitHub / Google" under the e-mail form, one per configured provider; nothing when none is. */
export function OAuthButtons({
  providers,
  redirectTo,
  note,
}: {
  providers: { id: OAuthProviderId; name: string }[];
  redirectTo?: string;
  note?: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <p className="flex items-center gap-3 text-xs text-zinc-500 before:h-px before:flex-1 before:bg-zinc-200 after:h-px after:flex-1 after:bg-zinc-200 dark:text-zinc-400 dark:before:bg-zinc-800 dark:after:bg-zinc-800">
        or
      </p>
      <ul className="mt-4 space-y-2">
        {providers.map((provider) => (
          <li key={provider.id}>
            <form action={oauthSignInAction}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="redirectTo" value={redirectTo ?? ""} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {provider.name}
              </Button>
            </form>
          </li>
        ))}
      </ul>
      {note ? <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{note}</p> : null}
    </div>
  );
}
