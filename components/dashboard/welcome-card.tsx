import Link from "next/link";
import type { FirstSteps } from "@/lib/athlete/overview";

type Step = Exclude<keyof FirstSteps, "show">;

/** Each first step, what it is for, and the page where it is done. */
const STEPS: { step: Step; label: string; why: string; href: string }[] = [
  { step: "events", label: "Set your events", why: "the races you run, in Settings", href: "/settings" },
  {
    step: "experience",
    label: "Set your experience",
    why: "your years of sprint training, so drills match your level",
    href: "/settings",
  },
  {
    step: "session",
    label: "Log a first session",
    why: "type, minutes and how hard it felt: Aria starts reading your load",
    href: "/log",
  },
  { step: "pb", label: "Record a PB", why: "a time trial, so Aria can track your bests", href: "/progress" },
];

/**
 * PRODUCT 4.1: a brand-new account gets a welcome and a first-steps checklist, never a warning. Each step links to
 * where it is done; whether it is done is said in words for a screen reader, not only by the tick.
 */
export function WelcomeCard({ steps }: { steps: FirstSteps }) {
  const done = STEPS.filter((s) => steps[s.step]).length;
  return (
    <div
      className="rounded-xl border border-track-200 bg-track-50 p-3 dark:border-track-900/60 dark:bg-track-900/20"
      data-testid="welcome"
    >
      <h3 className="font-semibold">Welcome to Aria</h3>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Aria reads your sessions, times, injuries and wellness and tells you what it notices. Nothing to read yet, so
        start here: {done} of {STEPS.length} first steps done.
      </p>
      <ul aria-label="First steps" className="mt-3 space-y-2">
        {STEPS.map(({ step, label, why, href }) => {
          const ticked = steps[step];
          return (
            <li key={step} className="flex items-start gap-2.5 text-sm">
              <span
                aria-hidden="true"
                className={
                  ticked
                    ? "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-xs font-bold text-white dark:bg-emerald-500 dark:text-zinc-950"
                    : "mt-0.5 size-5 shrink-0 rounded-full border-2 border-zinc-400 dark:border-zinc-500"
                }
              >
                {ticked ? "✓" : null}
              </span>
              <span>
                <Link
                  href={href}
                  className={`font-semibold hover:underline ${
                    ticked ? "text-zinc-600 dark:text-zinc-400" : "text-track-700 dark:text-track-300"
                  }`}
                >
                  {label}
                </Link>
                <span className="sr-only">{ticked ? ": done" : ": not done yet"}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{why}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
