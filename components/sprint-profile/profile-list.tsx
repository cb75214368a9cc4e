"use client";

import { ButtonStack } from "@/components/ui/button";
import { DeleteButtons, useConfirmedDelete } from "@/components/ui/confirm-delete-button";
import { formatDate } from "@/lib/core/dates";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";
import { FIGURES, figureValue, fitWords, SOURCE_WORDS, START_WORDS } from "./words";

/** The athlete's stored profiles, newest first, each with its figures, how well the model fits, and Delete. */
export function ProfileList({ profiles, timeZone }: { profiles: SprintProfileDto[]; timeZone: string }) {
  return (
    <ul aria-label="Stored profiles" className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {profiles.map((profile) => (
        <ProfileItem key={profile.id} profile={profile} timeZone={timeZone} />
      ))}
    </ul>
  );
}

function ProfileItem({ profile, timeZone }: { profile: SprintProfileDto; timeZone: string }) {
  const deletion = useConfirmedDelete(`/api/v1/sprint-profiles/items/${encodeURIComponent(profile.id)}`);
  const date = formatDate(profile.date, { timeZone });
  const gates = profile.distances_m.map((d) => `${d}`).join(", ");
  return (
    <li
      aria-label={`Profile of ${date}`}
      className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="min-w-0 text-sm">
        <p>
          <span className="font-semibold">{date}</span>
          <span className="text-zinc-600 dark:text-zinc-400">
            {" "}
            · {START_WORDS[profile.start]} · {SOURCE_WORDS[profile.source]}
          </span>
        </p>
        <p className="mt-0.5 tabular-nums">
          MSS {figureValue(FIGURES.mss, profile.mss)} · MAC {figureValue(FIGURES.mac, profile.mac)} · TAU{" "}
          {figureValue(FIGURES.tau, profile.tau)}
        </p>
        <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">
          Gates at {gates} m{profile.time_correction_s > 0 ? ` · ${profile.time_correction_s.toFixed(2)} s added` : ""}{" "}
          · {fitWords(profile.rse)}
        </p>
        {profile.notes ? <p className="mt-0.5 break-words text-zinc-600 dark:text-zinc-400">{profile.notes}</p> : null}
      </div>
      <ButtonStack error={deletion.error} className="shrink-0">
        <div className="flex gap-1">
          <DeleteButtons state={deletion} label={`profile of ${date}`} size="compact" />
        </div>
      </ButtonStack>
    </li>
  );
}
