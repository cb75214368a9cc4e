import Link from "next/link";
import type { AthleteOverview } from "@/lib/athlete/overview";

/** The check-in questions waiting for an answer, with a link to answer them; nothing when none is due. */
export function CheckInsSection({ dueCheckIns }: Pick<AthleteOverview, "dueCheckIns">) {
  if (dueCheckIns.length === 0) return null;
  return (
    <section
      aria-label="Check-ins due"
      className="rounded-2xl border border-track-200 bg-track-50 p-4 dark:border-track-900/60 dark:bg-track-900/20"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-track-800 dark:text-track-200">Aria would like a word</h2>
        <Link
          href="/notifications"
          className="text-sm font-semibold text-track-700 hover:underline dark:text-track-300"
        >
          Answer
        </Link>
      </div>
      <ul className="mt-2 flex flex-wrap gap-2">
        {dueCheckIns.map((checkIn) => (
          <li key={checkIn.id} className="rounded-xl bg-white px-3 py-1.5 text-sm shadow-sm dark:bg-zinc-900">
            {checkIn.prompt}
          </li>
        ))}
      </ul>
    </section>
  );
}
