import type { ReactNode } from "react";

const HEADING = { base: "text-base font-semibold", lg: "text-lg font-semibold", hidden: "sr-only" } as const;

/**
 * A part of a page named by its h2, so it is a region a screen reader (and a test) can find by that name. `live`
 * announces the heading when it changes (a count of results).
 */
export function PageSection({
  id,
  title,
  heading = "base",
  live = false,
  className,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  heading?: keyof typeof HEADING;
  live?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={HEADING[heading]} aria-live={live ? "polite" : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
