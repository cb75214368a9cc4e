import Link from "next/link";
import type { ReactNode } from "react";

/** A card that is one link as a whole (a drill, an exercise): its title with what sits beside it, then the rest. */
export function LinkCard({
  href,
  title,
  aside,
  children,
}: {
  href: string;
  title: string;
  aside: ReactNode;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className="flex h-full flex-col rounded-2xl border border-zinc-200 bg-white p-4 transition-colors hover:border-track-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-track-500/50 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-track-700"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">{title}</h3>
        {aside}
      </div>
      {children}
    </Link>
  );
}
