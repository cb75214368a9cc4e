"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { RadioFieldset, type RadioLook } from "@/components/ui/choice-field";
import type { Option } from "@/components/ui/field";
import { SelectField } from "@/components/ui/field";
import { CsvImport } from "./csv-import";
import { DEFAULT_GATES_M, type HandDraft, HandForm } from "./hand-form";

/** A logged session whose reps give at least 3 timed distances, with those splits (the best time at each). */
export interface SessionSplits {
  id: string;
  date: string;
  /** "Tue 3 Nov · Acceleration": how the picker names it. */
  label: string;
  distances_m: number[];
  times_s: number[];
}

type Way = "hand" | "session" | "csv";

const WAYS: Option<Way>[] = [
  { value: "hand", label: "By hand" },
  { value: "session", label: "From a session" },
  { value: "csv", label: "From a CSV file" },
];

const WAY_LOOK: RadioLook = {
  legend: "sr-only",
  list: "grid grid-cols-3 gap-1 rounded-xl bg-zinc-100 p-1 dark:bg-zinc-800",
  option:
    "relative flex min-h-11 cursor-pointer items-center justify-center rounded-lg px-2 text-center text-sm font-medium text-zinc-700 has-[:checked]:bg-white has-[:checked]:font-semibold has-[:checked]:text-zinc-900 has-[:checked]:shadow-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/50 dark:text-zinc-300 dark:has-[:checked]:bg-zinc-950 dark:has-[:checked]:text-zinc-100",
  input: "absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0",
};

/**
 * Adding a sprint profile three ways, behind one segmented control: typed in, from a logged session's reps (which
 * fills the typed-in form to check and save), or from a timing system's CSV.
 */
export function AddProfile({ today, sessions }: { today: string; sessions: SessionSplits[] }) {
  const [way, setWay] = useState<Way>("hand");
  const [draft, setDraft] = useState<{ key: number; value: HandDraft }>({
    key: 0,
    value: { date: today, distances_m: DEFAULT_GATES_M, times_s: DEFAULT_GATES_M.map(() => null) },
  });

  function pickSession(session: SessionSplits) {
    setDraft((d) => ({
      key: d.key + 1,
      value: {
        date: session.date,
        distances_m: session.distances_m,
        times_s: session.times_s,
        session: { id: session.id, label: session.label },
      },
    }));
    setWay("hand");
  }

  return (
    <div className="space-y-4">
      <RadioFieldset
        legend="Add a profile"
        name="sprint-add-way"
        options={WAYS}
        value={way}
        onChange={setWay}
        look={WAY_LOOK}
      />
      {way === "hand" ? <HandForm key={draft.key} draft={draft.value} today={today} /> : null}
      {way === "session" ? <SessionPicker sessions={sessions} onPick={pickSession} /> : null}
      {way === "csv" ? <CsvImport today={today} /> : null}
    </div>
  );
}

function SessionPicker({ sessions, onPick }: { sessions: SessionSplits[]; onPick: (session: SessionSplits) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState(sessions[0]?.id ?? "");
  const session = sessions.find((s) => s.id === chosen);
  if (sessions.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        None of your logged sessions has times at 3 or more distances yet. Log reps such as 2 × 10 m, 2 × 20 m and 2 ×
        30 m from the same start, each with its time, and they can make a profile.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <SelectField
        label="Session"
        name={`${id}-session`}
        value={chosen}
        onChange={setChosen}
        options={sessions.map((s) => ({ value: s.id, label: s.label }))}
        hint="Sessions whose reps have times at 3 or more distances"
      />
      {session ? (
        <p className="text-sm tabular-nums text-zinc-700 dark:text-zinc-300">
          Best times: {session.distances_m.map((d, i) => `${d} m in ${session.times_s[i]!.toFixed(2)} s`).join(", ")}
        </p>
      ) : null}
      <Button className="w-full sm:w-auto" disabled={!session} onClick={() => session && onPick(session)}>
        Use these splits
      </Button>
    </div>
  );
}
