import Link from "next/link";
import type { ReactNode } from "react";
import { TextLink } from "@/components/pages/text-link";

const ARROW =
  "inline-flex size-10 items-center justify-center rounded-xl border border-zinc-300 text-lg hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Where an arrow goes and what it is called; null where there is nowhere to go (the future of a log). */
type Step = { href: string; label: string } | null;

function Arrow({ step, glyph }: { step: Step; glyph: string }) {
  if (!step) {
    return (
      <span className={`${ARROW} pointer-events-none opacity-30`} aria-hidden="true">
        {glyph}
      </span>
    );
  }
  return (
    <Link href={step.href} className={ARROW} aria-label={step.label}>
      <span aria-hidden="true">{glyph}</span>
    </Link>
  );
}

/**
 * Arrows back and forth through periods (the calendar's months, the nutrition log's days) around the period shown,
 * with a way back to today while another period is shown. With a `label` it is a navigation landmark of its own;
 * without, it is the head of the card it sits in.
 */
export function PeriodStepper({
  label,
  className = "",
  previous,
  next,
  todayHref,
  children,
}: {
  label?: string;
  className?: string;
  previous: Step;
  next: Step;
  /** The link back to today's period, or null when today's is shown. */
  todayHref: string | null;
  /** The period shown, as a heading or a line. */
  children: ReactNode;
}) {
  const Frame = label ? "nav" : "div";
  return (
    <Frame aria-label={label} className={`flex items-center justify-between gap-3 ${className}`.trimEnd()}>
      <Arrow step={previous} glyph="‹" />
      <div className="text-center">
        {children}
        {todayHref ? (
          <TextLink href={todayHref} className="text-xs">
            Back to today
          </TextLink>
        ) : null}
      </div>
      <Arrow step={next} glyph="›" />
    </Frame>
  );
}
