import type { Metadata } from "next";
import { PublicFrame } from "@/components/pages/public-frame";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };
export const dynamic = "force-static";

/**
 * What the service worker (app/sw.ts) shows for a page it has no copy of while there is no signal. It is precached
 * with the build, so it must stay static: no session, no database.
 */
export default function OfflinePage() {
  return (
    <PublicFrame className="flex flex-1 flex-col items-center justify-center py-12 text-center">
      <div className="max-w-md space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">You're offline</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Sessions you log are kept on this phone and sent when you're back online.
        </p>
        {/* A full page load, not a client-side one: the worker answers it from its copy of the page. */}
        <a href="/log" className={buttonClass("primary")}>
          Log a session
        </a>
      </div>
    </PublicFrame>
  );
}
