import type { ReactNode } from "react";

/** The top of a page: its one h1, a line above it (the date) when there is one, and a lead that says what it is for. */
export function PageHeader({ title, above, children }: { title: ReactNode; above?: ReactNode; children?: ReactNode }) {
  return (
    <header>
      {above ? <p className="text-sm text-zinc-500 dark:text-zinc-400">{above}</p> : null}
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {children ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{children}</p> : null}
    </header>
  );
}
