"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formatDate } from "@/lib/core/dates";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";

interface LinkedCoach {
  id: string;
  name: string;
  email: string;
  /** When the link was made (UTC timestamp). */
  since: string;
}

/** An athlete's side of coach links: join a squad with an invite code, see and end the links. */
export function CoachLink({ initialCoaches, timeZone }: { initialCoaches: LinkedCoach[]; timeZone: string }) {
  const router = useRouter();
  const [coaches, setCoaches] = useState(initialCoaches);
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | undefined>();
  const [joinError, setJoinError] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  const [unlinking, setUnlinking] = useState<string | null>(null);

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setJoined(null);
    setJoinError(null);
    if (code.trim() === "") {
      setCodeError("Enter the code your coach gave you");
      return;
    }
    setCodeError(undefined);
    setJoining(true);
    try {
      const { coach } = await apiFetch<{ coach: { id: string; name: string } }>("/api/v1/coach/join", {
        method: "POST",
        json: { code },
      });
      setJoined(`You are now linked to ${coach.name}`);
      setCode("");
      const list = await apiFetch<{ coaches: LinkedCoach[] }>("/api/v1/me/coaches");
      setCoaches(list.coaches);
      router.refresh();
    } catch (error) {
      const field = error instanceof ApiClientError ? error.fields.code : undefined;
      if (field) setCodeError(`This ${field}`);
      setJoinError(field ? "That code did not work." : errorMessage(error));
    } finally {
      setJoining(false);
    }
  }

  async function unlink(coach: LinkedCoach) {
    if (
      !window.confirm(`Unlink ${coach.name}? They will no longer see your training, and you need a new code to rejoin.`)
    ) {
      return;
    }
    setListError(null);
    setJoined(null);
    setUnlinking(coach.id);
    try {
      await apiFetch(`/api/v1/me/coaches/${encodeURIComponent(coach.id)}`, { method: "DELETE" });
      setCoaches((current) => current.filter((c) => c.id !== coach.id));
      router.refresh();
    } catch (error) {
      // Already gone elsewhere: the list should agree.
      if (error instanceof ApiClientError && error.code === "not_found") {
        setCoaches((current) => current.filter((c) => c.id !== coach.id));
      } else {
        setListError(errorMessage(error));
      }
    } finally {
      setUnlinking(null);
    }
  }

  return (
    <div className="space-y-5">
      <div>
        <h3 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">Your coaches</h3>
        <FormMessage>{listError}</FormMessage>
        {coaches.length === 0 ? (
          <p className="mt-2 rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            You are not linked to a coach yet. An invite code is an 8-character code, such as 7KQM-3XPD, that lets a
            coach see your training, load and injuries. Ask your coach for one: they create it in their Aria settings.
          </p>
        ) : (
          <ul aria-label="Your coaches" className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
            {coaches.map((coach) => (
              <li key={coach.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
                <div className="min-w-0">
                  <p className="font-medium">{coach.name}</p>
                  <p className="break-all text-sm text-zinc-600 dark:text-zinc-400">{coach.email}</p>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    Linked since <time dateTime={coach.since}>{formatDate(coach.since, { timeZone })}</time>
                  </p>
                </div>
                <Button
                  variant="danger"
                  size="compact"
                  onClick={() => unlink(coach)}
                  disabled={unlinking === coach.id}
                  aria-label={`Unlink ${coach.name}`}
                >
                  {unlinking === coach.id ? "Unlinking…" : "Unlink"}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <form onSubmit={join} noValidate aria-label="Join a coach" className="space-y-3">
        <h3 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">Join a coach</h3>
        <FormMessage>{joinError}</FormMessage>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <Field
            label="Invite code"
            name="code"
            className="sm:max-w-xs sm:flex-1"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={20}
            error={codeError}
            hint="Lower case and the dash are optional."
          />
          <Button type="submit" disabled={joining} className="sm:mt-6 sm:h-[2.875rem]">
            {joining ? "Joining…" : "Join"}
          </Button>
        </div>
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
          {joined ?? ""}
        </p>
      </form>
    </div>
  );
}
