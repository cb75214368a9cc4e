"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { browserOutbox, type OutboxEntry } from "@/components/log/outbox";
import type { SessionBody } from "@/components/log/quick-log";

/** A weak signal never fires `online`: while something waits, the outbox tries again this often. */
const RETRY_EVERY_MS = 30_000;

/**
 * The signed-in athlete's offline sessions, and the triggers that send them: the component mounting (a page load),
 * the `online` event, the tab coming back to the front, and a slow timer while something waits. The page's server
 * data is refreshed once something was sent, so a list of sessions shows it.
 */
export function useOutbox(owner: string) {
  const router = useRouter();
  const outbox = browserOutbox<SessionBody>();
  const [entries, setEntries] = useState<OutboxEntry<SessionBody>[]>([]);

  const flush = useCallback(async () => {
    try {
      const report = await outbox.flush(owner);
      if (report.sent > 0) router.refresh();
    } catch {
      // No IndexedDB here (a private window in an old browser): there is nothing kept to send.
    }
  }, [outbox, owner, router]);

  useEffect(() => {
    let mounted = true;
    const reload = () => {
      outbox
        .list(owner)
        .then((list) => {
          if (mounted) setEntries(list);
        })
        .catch(() => undefined);
    };
    const unsubscribe = outbox.subscribe(reload);
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        reload();
        void flush();
      }
    };
    reload();
    void flush();
    window.addEventListener("online", flush);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      mounted = false;
      unsubscribe();
      window.removeEventListener("online", flush);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [outbox, owner, flush]);

  const waiting = entries.some((entry) => entry.state === "waiting");
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(flush, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  return {
    entries,
    submit: (body: SessionBody, key: string) => outbox.submit(owner, body, key),
    discard: (key: string) => outbox.discard(key),
  };
}
