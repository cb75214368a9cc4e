import type { ReactNode } from "react";

const TONE = {
  plain: "",
  ruled: "border-t border-zinc-200 dark:border-zinc-800",
  tinted: "bg-zinc-50 dark:bg-zinc-900/40",
} as const;

/**
 * One band of the landing page, reached from its menu by `id`: a heading, a short intro and what shows it. With an
 * `aside` the band splits in two on a wide screen, the words on the left and the aside on the right.
 */
export function LandingSection({
  id,
  title,
  intro,
  tone = "plain",
  aside,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  tone?: keyof typeof TONE;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const words = (
    <>
      <h2 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h2>
      <p className={`mt-2 ${aside ? "" : "max-w-2xl "}text-zinc-600 dark:text-zinc-300`}>{intro}</p>
      {children}
    </>
  );
  return (
    <section id={id} className={`scroll-mt-16 ${TONE[tone]}`.trimEnd()}>
      {aside ? (
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 lg:grid-cols-2">
          <div>{words}</div>
          {aside}
        </div>
      ) : (
        <div className="mx-auto max-w-6xl px-4 py-16">{words}</div>
      )}
    </section>
  );
}
