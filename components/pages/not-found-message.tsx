import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The body of every 404: what happened in plain words and one way back. The status is set by `notFound()`. */
export function NotFoundMessage({ back, backLabel }: { back: string; backLabel: string }) {
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-track-700 dark:text-track-300">404 · Not found</p>
      <h1 id="not-found-title" className="mt-2 text-2xl font-semibold tracking-tight">
        That page isn't on the track
      </h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        The link may be old, or the page was moved or deleted. Nothing you logged is lost.
      </p>
      <Link href={back} className={buttonClass("primary", "mt-6")}>
        {backLabel}
      </Link>
    </section>
  );
}
