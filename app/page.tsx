import Link from "next/link";
import { DemoLogins } from "@/components/auth/demo-logins";
import { Logo } from "@/components/brand/logo";
import { HeroPreview } from "@/components/landing/hero-preview";
import { LandingSection } from "@/components/pages/landing-section";
import { ThemeToggle } from "@/components/theme-toggle";
import { DRILLS } from "@/lib/content/catalog/drills";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";

const ATHLETE_FEATURES = [
  {
    title: "Log a session in ten seconds",
    body: "Type, minutes, effort and mood from your phone at the track — or just tell Aria “6×30 m flys, RPE 7, 45 min”.",
  },
  {
    title: "Warnings before harm",
    body: "Sprinting on an active injury, a load spike past an acute-to-chronic ratio of 1.5, three hard days in a row: Aria says so, with the numbers.",
  },
  {
    title: "Times you can trust",
    body: "Hand times become FAT-equivalent, wind-aided marks never count as PBs, and every race also shows its still-air time.",
  },
  {
    title: `${DRILLS.length} drills, ${MENTAL_EXERCISES.length} mental exercises`,
    body: "Picked for your level and your week — and when a hamstring is sore, only upper-body, core and recovery work.",
  },
  {
    title: "Check-ins at the right moment",
    body: "A morning nudge, a recovery check after a hard day, a Sunday review — in your own time zone.",
  },
  {
    title: "A coach in your pocket that remembers",
    body: "Chat with Aria about your week, your goals or your race plan. It knows your numbers and can log for you.",
  },
];

/** The landing page's own menu: its bands, by anchor. */
const SECTIONS = [
  ["#athletes", "Athletes"],
  ["#coaches", "Coaches"],
  ["#science", "The science"],
] as const;

const SCIENCE = [
  ["Session load", "RPE × minutes (Foster sRPE)"],
  ["Acute:chronic ratio", "EWMA, 7 and 28 days (Williams et al. 2017); sweet spot 0.8–1.3"],
  ["Monotony & strain", "Mean daily load ÷ its spread over 7 days"],
  ["Pain", "0–3 safe, 4–5 acceptable, above 5 stop (Silbernagel 2007)"],
  ["Wellness", "Hooper index: sleep, stress, fatigue, soreness"],
  ["Wind", "Still-air equivalents (Moinat, Fabius & Emanuel 2018)"],
];

export default function LandingPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-10 border-b border-zinc-200/70 bg-white/80 backdrop-blur dark:border-zinc-800/70 dark:bg-zinc-950/80">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
          <Link href="/" aria-label="Aria home">
            <Logo />
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1 text-sm sm:gap-3">
            {SECTIONS.map(([href, label]) => (
              <a
                key={href}
                href={href}
                className="hidden rounded-full px-3 py-1.5 hover:bg-zinc-100 sm:inline dark:hover:bg-zinc-800"
              >
                {label}
              </a>
            ))}
            <ThemeToggle />
            <Link
              href="/sign-in"
              className="rounded-full px-3 py-1.5 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-800"
            >
              Sign in
            </Link>
          </nav>
        </div>
      </header>

      <main className="flex-1">
        <section className="relative overflow-hidden">
          <div className="pointer-events-none absolute inset-x-0 -top-40 h-96 bg-gradient-to-b from-track-100/70 to-transparent dark:from-track-900/20" />
          <div className="relative mx-auto grid max-w-6xl items-center gap-12 px-4 py-14 sm:py-20 lg:grid-cols-2">
            <div>
              <p className="text-sm font-semibold uppercase tracking-wider text-track-600 dark:text-track-400">
                For sprinters, 60 m to 400 m, and their coaches
              </p>
              <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">
                Run faster.
                <br />
                Stay on the track.
              </h1>
              <p className="mt-5 max-w-xl text-lg text-zinc-600 dark:text-zinc-300">
                Aria is an AI companion that reads your training load, your times and how your body feels — then warns
                you before you get hurt, celebrates the PBs that count, and tells you what to do next.
              </p>
              <div className="mt-8 flex flex-wrap gap-3">
                <Link
                  href="/sign-up"
                  className="rounded-full bg-track-500 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-track-600"
                >
                  Create a free account
                </Link>
                <a
                  href="#demo"
                  className="rounded-full border border-zinc-300 px-5 py-2.5 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                >
                  Try the demo squad
                </a>
              </div>
            </div>
            <HeroPreview />
          </div>
        </section>

        <LandingSection
          id="athletes"
          title="For athletes"
          tone="ruled"
          intro="Everything you log — sessions, time trials, goals, injuries, wellness, meals and meets — becomes advice that names the numbers behind it."
        >
          <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {ATHLETE_FEATURES.map((feature) => (
              <li
                key={feature.title}
                className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800 dark:bg-zinc-900/40"
              >
                <h3 className="font-semibold">{feature.title}</h3>
                <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{feature.body}</p>
              </li>
            ))}
          </ul>
        </LandingSection>

        <LandingSection
          id="coaches"
          title="For coaches"
          tone="tinted"
          intro="Your whole squad on one screen, ordered as a triage queue: the athlete who needs you first is at the top, with the reason beside their name."
          aside={
            <ol aria-label="Example triage queue" className="min-w-0 space-y-2">
              {[
                ["Jordan R.", "Critical", "Sprinted on an active hamstring strain", "bg-red-500"],
                ["Amara C.", "High", "ACWR 1.62 — load spike this week", "bg-orange-500"],
                ["Marcus B.", "Medium", "No session for 9 days", "bg-amber-400"],
                ["Priya N.", "On track", "ACWR 1.04 · PB 12.21 s last week", "bg-emerald-500"],
              ].map(([name, level, reason, dot]) => (
                <li
                  key={name}
                  className="flex items-center gap-3 rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <span className={`size-2.5 shrink-0 rounded-full ${dot}`} aria-hidden="true" />
                  <span className="w-20 shrink-0 font-medium sm:w-24">{name}</span>
                  <span className="min-w-0 flex-1 truncate text-sm text-zinc-600 dark:text-zinc-400">{reason}</span>
                  <span className="hidden text-xs font-semibold uppercase text-zinc-500 sm:inline">{level}</span>
                </li>
              ))}
            </ol>
          }
        >
          <ul className="mt-6 space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
            <li>• Critical warnings first, then high-priority ones, then load furthest from the sweet spot.</li>
            <li>• Days since the last session, active injuries with their latest pain, wellness, next meet.</li>
            <li>• Open any athlete’s dashboard read-only and leave a note they will see.</li>
          </ul>
        </LandingSection>

        <LandingSection
          id="science"
          title="How Aria decides"
          intro="No black box. Every warning comes from a published method and shows the evidence that triggered it."
        >
          <dl className="mt-8 grid gap-x-8 gap-y-4 sm:grid-cols-2">
            {SCIENCE.map(([term, detail]) => (
              <div key={term} className="border-l-2 border-track-500 pl-4">
                <dt className="font-semibold">{term}</dt>
                <dd className="text-sm text-zinc-600 dark:text-zinc-400">{detail}</dd>
              </div>
            ))}
          </dl>
        </LandingSection>
        <LandingSection
          id="demo"
          title="Try the demo squad"
          tone="tinted"
          intro="A coach and six sprinters with twelve weeks of realistic history — an injured 100 m runner, an overloaded 400 m runner, a beginner who trains rarely and more. Pick one to sign in as them."
        >
          <div className="mt-6 max-w-3xl">
            <DemoLogins />
          </div>
        </LandingSection>
      </main>

      <footer className="border-t border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-zinc-500 sm:flex-row sm:items-center sm:justify-between">
          <Logo className="text-zinc-700 dark:text-zinc-300" />
          <p>Advice, not diagnosis: with pain above 5/10, see a physiotherapist or doctor.</p>
          <Link href="/status" className="hover:underline">
            Status
          </Link>
        </div>
      </footer>
    </div>
  );
}
