/**
 * The cache in which the service worker (app/sw.ts) keeps the last copy of each page for use without signal. For a
 * signed-in athlete these pages are their own data.
 */
export const OFFLINE_PAGE_CACHE = "pages";

/**
 * Forgets every page kept for offline use, so that whoever picks up the phone next finds none of them: call it when
 * the athlete signs out. The window reaches the service worker's caches itself; nothing waits on the worker.
 */
export async function forgetOfflinePages(): Promise<void> {
  if (typeof caches === "undefined") return;
  await caches.delete(OFFLINE_PAGE_CACHE);
}
