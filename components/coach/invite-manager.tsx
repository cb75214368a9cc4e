"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { copyOrSelect } from "@/components/ui/copy-or-select";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { plural } from "@/lib/core/words";
import { apiFetch } from "@/lib/http/client";

export interface Invite {
  code: string;
  /** UTC timestamps. */
  expires_at: string;
  created_at?: string;
  last_used_at?: string | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** "expires in 6 days", "expires in 5 hours": enough precision to decide whether to make a new code. */
function expiresIn(expiresAt: string, now = Date.now()): string {
  const left = new Date(expiresAt).getTime() - now;
  if (left <= 0) return "expired";
  const days = Math.round(left / DAY_MS);
  if (days >= 1) return `expires in ${plural(days, "day")}`;
  const hours = Math.round(left / HOUR_MS);
  if (hours >= 1) return `expires in ${plural(hours, "hour")}`;
  return "expires in under an hour";
}

/** A coach's invite codes: create, copy to share, revoke. Used in settings and on the squad page. */
export function InviteManager({ initialInvites }: { initialInvites: Invite[] }) {
  const [invites, setInvites] = useState(initialInvites);
  // Creating and revoking can run side by side, each with its own button; starting either clears what the other said.
  const creating = useAction<"create">();
  const revoking = useAction<string>();
  const [copied, setCopied] = useState<{ code: string; how: "copied" | "selected" } | null>(null);
  const codeRefs = useRef(new Map<string, HTMLElement>());

  async function create() {
    revoking.setError(null);
    const created = await creating.run("create", () => apiFetch<Invite>("/api/v1/coach/invites", { method: "POST" }), {
      refresh: false,
    });
    if (!created) return;
    const invite = created.value;
    setInvites((current) => [invite, ...current.filter((i) => i.code !== invite.code)]);
  }

  async function revoke(code: string) {
    creating.setError(null);
    const revoked = await revoking.run(
      code,
      () => apiFetch(`/api/v1/coach/invites/${encodeURIComponent(code)}`, { method: "DELETE" }),
      { refresh: false },
    );
    if (revoked) setInvites((current) => current.filter((i) => i.code !== code));
  }

  async function copy(code: string) {
    const how = await copyOrSelect(code, codeRefs.current.get(code));
    if (how) setCopied({ code, how });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Share a code with your athletes. It works for the whole squad for 7 days.
        </p>
        <Button onClick={create} disabled={creating.pending !== null} className="shrink-0">
          {creating.pending ? "Creating…" : "Create invite code"}
        </Button>
      </div>
      <FormMessage>{creating.error ?? revoking.error}</FormMessage>
      {invites.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No active invite codes. Create one and give it to an athlete: they enter it under Settings → Coach in their
          Aria account, and their training appears in your squad.
        </p>
      ) : (
        <ul aria-label="Active invite codes" className="space-y-2">
          {invites.map((invite) => (
            <li
              key={invite.code}
              className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-zinc-200 bg-zinc-50 px-4 py-3 dark:border-zinc-800 dark:bg-zinc-950/40"
            >
              <div className="min-w-0">
                <code
                  ref={(element) => {
                    if (element) codeRefs.current.set(invite.code, element);
                    else codeRefs.current.delete(invite.code);
                  }}
                  className="block select-all font-mono text-2xl font-semibold tracking-widest text-zinc-900 dark:text-zinc-50"
                >
                  {invite.code}
                </code>
                <p className="text-xs text-zinc-500 dark:text-zinc-400">
                  <time dateTime={invite.expires_at} suppressHydrationWarning>
                    {expiresIn(invite.expires_at)}
                  </time>
                  {invite.last_used_at ? " · used at least once" : ""}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  size="compact"
                  onClick={() => copy(invite.code)}
                  aria-label={`Copy invite code ${invite.code}`}
                >
                  {copied?.code === invite.code ? (copied.how === "copied" ? "Copied" : "Selected") : "Copy"}
                </Button>
                <Button
                  variant="danger"
                  size="compact"
                  onClick={() => revoke(invite.code)}
                  disabled={revoking.pending === invite.code}
                  aria-label={`Revoke invite code ${invite.code}`}
                >
                  {revoking.pending === invite.code ? "Revoking…" : "Revoke"}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {copied
          ? copied.how === "copied"
            ? `Invite code ${copied.code} copied`
            : `Invite code ${copied.code} selected: copy it from the menu`
          : ""}
      </p>
    </div>
  );
}
