import Link from "next/link";
import { formatDate } from "@/lib/core/dates";
import type { SquadSprintRow } from "@/lib/sprint-profiles/squad";
import { changeArrow, changeWords, FIGURES, FOCUS_WORDS, figureValue, fitWords } from "./words";

/**
 * Each athlete's latest sprint profile side by side: a table on a wide screen, a card per athlete on a phone. The
 * arrows compare with the season's first profile measured the same way, as the athlete's own reading does.
 */
export function SquadComparison({ rows, timeZone }: { rows: SquadSprintRow[]; timeZone: string }) {
  return (
    <>
      <div className="hidden md:block">
        <SquadTable rows={rows} timeZone={timeZone} />
      </div>
      <ul aria-label="Sprint profile per athlete" className="grid gap-3 md:hidden">
        {rows.map((row) => (
          <SquadCard key={row.id} row={row} timeZone={timeZone} />
        ))}
      </ul>
    </>
  );
}

function AthleteLink({ row }: { row: SquadSprintRow }) {
  return (
    <Link
      href={`/coach/athletes/${row.id}`}
      className="inline-flex min-h-11 items-center font-semibold text-track-700 hover:underline dark:text-track-400"
    >
      {row.name}
    </Link>
  );
}

function SquadTable({ rows, timeZone }: { rows: SquadSprintRow[]; timeZone: string }) {
  const th = "py-2 pr-3 font-medium";
  const num = "py-2 pr-3 text-right tabular-nums";
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">
        Latest sprint profile of each athlete, with the change since the season's first
      </caption>
      <thead className="text-xs text-zinc-600 dark:text-zinc-400">
        <tr>
          <th scope="col" className={th}>
            Athlete
          </th>
          <th scope="col" className={th}>
            Latest
          </th>
          <th scope="col" className={`${th} text-right`}>
            MSS (m/s)
          </th>
          <th scope="col" className={`${th} text-right`}>
            MAC (m/s²)
          </th>
          <th scope="col" className={`${th} text-right`}>
            TAU (s)
          </th>
          <th scope="col" className={`${th} text-right`}>
            PMAX (W/kg)
          </th>
          <th scope="col" className={th}>
            Reading
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const p = row.latest;
          return (
            <tr key={row.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                <AthleteLink row={row} />
              </th>
              {p && row.reading ? (
                <>
                  <td className="py-2 pr-3">
                    {formatDate(p.date, { timeZone })}
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">{fitWords(p.rse)}</span>
                  </td>
                  <td className={num}>
                    {p.mss.toFixed(2)}
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {changeArrow(row.reading.mss)}
                    </span>
                  </td>
                  <td className={num}>
                    {p.mac.toFixed(2)}
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {changeArrow(row.reading.mac)}
                    </span>
                  </td>
                  <td className={num}>{p.tau.toFixed(2)}</td>
                  <td className={num}>{p.pmax_rel.toFixed(1)}</td>
                  <td className="max-w-sm py-2 pr-3">
                    <span className="font-medium">{FOCUS_WORDS[row.reading.focus]}</span>
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">{row.reading.summary}</span>
                  </td>
                </>
              ) : (
                <td colSpan={6} className="py-2 pr-3 text-zinc-600 dark:text-zinc-400">
                  No sprint profile yet.
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SquadCard({ row, timeZone }: { row: SquadSprintRow; timeZone: string }) {
  const p = row.latest;
  const reading = row.reading;
  return (
    <li
      aria-label={row.name}
      className="rounded-2xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <AthleteLink row={row} />
        {p ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatDate(p.date, { timeZone })}</span>
        ) : null}
      </div>
      {p && reading ? (
        <>
          <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            <div>
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">MSS</dt>
              <dd className="tabular-nums">
                <span className="font-semibold">{figureValue(FIGURES.mss, p.mss)}</span>{" "}
                {reading.mss ? (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{changeWords(reading.mss)}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">MAC</dt>
              <dd className="tabular-nums">
                <span className="font-semibold">{figureValue(FIGURES.mac, p.mac)}</span>{" "}
                {reading.mac ? (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{changeWords(reading.mac)}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">TAU</dt>
              <dd className="font-semibold tabular-nums">{figureValue(FIGURES.tau, p.tau)}</dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">PMAX</dt>
              <dd className="font-semibold tabular-nums">{figureValue(FIGURES.pmax, p.pmax_rel)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-sm">
            <span className="font-medium">{FOCUS_WORDS[reading.focus]}</span>: {reading.focusReason}.
          </p>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{reading.summary}</p>
        </>
      ) : (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No sprint profile yet.</p>
      )}
    </li>
  );
}
