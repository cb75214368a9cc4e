import Link from "next/link";
import type { SprintReading } from "@/lib/analysis/sprint-profile";
import { DRILLS } from "@/lib/content/catalog/drills";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";
import { FIGURES, type Figure, FOCUS_TRAINS, FOCUS_WORDS, figureValue } from "./words";

/** The latest profile's figures in cards, each with its unit and what it means; the F–V figures when measured. */
export function ProfileFigures({ profile }: { profile: SprintProfileDto }) {
  const figures: [Figure, number][] = [
    [FIGURES.mss, profile.mss],
    [FIGURES.mac, profile.mac],
    [FIGURES.tau, profile.tau],
    [FIGURES.pmax, profile.pmax_rel],
  ];
  const fv: [Figure, number][] = profile.fv
    ? [
        [FIGURES.f0, profile.fv.f0_rel],
        [FIGURES.v0, profile.fv.v0],
        [FIGURES.pmaxW, profile.fv.pmax],
        [FIGURES.rfMax, profile.fv.rf_max * 100],
        [FIGURES.drf, profile.fv.drf * 100],
      ]
    : [];
  return (
    <div className="space-y-3">
      <FigureGrid label="Latest profile" figures={figures} />
      {profile.fv && profile.body_mass_kg !== null && profile.height_m !== null ? (
        <>
          <h3 className="pt-1 text-sm font-semibold">
            Force–velocity profile{" "}
            <span className="font-normal text-zinc-600 dark:text-zinc-400">
              (body mass {profile.body_mass_kg} kg, height {profile.height_m.toFixed(2)} m)
            </span>
          </h3>
          <FigureGrid label="Force–velocity profile" figures={fv} columns="lg:grid-cols-5" />
        </>
      ) : null}
    </div>
  );
}

function FigureGrid({
  label,
  figures,
  columns = "lg:grid-cols-4",
}: {
  label: string;
  figures: [Figure, number][];
  columns?: string;
}) {
  return (
    <dl aria-label={label} className={`grid grid-cols-2 gap-2 ${columns}`}>
      {figures.map(([figure, value]) => (
        <div
          key={figure.name}
          className="rounded-2xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <dt className="text-xs font-semibold tracking-wide text-zinc-600 dark:text-zinc-400">{figure.name}</dt>
          <dd className="mt-0.5 text-xl font-bold tabular-nums">{figureValue(figure, value)}</dd>
          <dd className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{figure.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Drills of the catalog for a focus: those whose first purpose is what the focus needs, a few of each. */
function drillsFor(reading: SprintReading) {
  const trains = FOCUS_TRAINS[reading.focus];
  const each = trains.length > 1 ? 2 : 3;
  return trains.flatMap((purpose) => DRILLS.filter((d) => d.trains[0] === purpose).slice(0, each));
}

/** The plain-words reading of the profiles and what to work on, with drills that match. */
export function ReadingCard({ reading }: { reading: SprintReading }) {
  const drills = drillsFor(reading);
  return (
    <div className="space-y-2 text-sm">
      <p className="text-base" data-testid="sprint-reading">
        {reading.summary}
      </p>
      <p>
        <strong>{FOCUS_WORDS[reading.focus]}</strong>: {reading.focusReason}.
      </p>
      {drills.length > 0 ? (
        <p>
          Drills that help:{" "}
          {drills.map((drill, i) => (
            <span key={drill.slug}>
              {i > 0 ? ", " : null}
              <Link
                href={`/drills/${drill.slug}`}
                className="inline-block py-2.5 font-semibold text-track-700 hover:underline dark:text-track-400"
              >
                {drill.name}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : null}
    </div>
  );
}
