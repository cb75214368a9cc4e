"use client";

import { SerwistProvider } from "@serwist/turbopack/react";

/** Where app/serwist/[path]/route.ts serves the service worker built from app/sw.ts. */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

/**
 * Registers the service worker, in production builds only: in development it would keep serving stale bundles
 * between edits. Mount it once, in the root layout's <body>; it renders nothing.
 *
 * - `reloadOnOnline` is off: reloading the page when the signal returns would throw away a session being typed,
 *   and the offline queue sends what was kept without a reload.
 * - `cacheOnNavigation` stays on: after a client-side navigation the worker also keeps the page's HTML, so that the
 *   page opens from the home screen without signal, not only the pages that were loaded in full.
 * - a classic script, as app/serwist/[path]/route.ts builds it.
 */
export function RegisterServiceWorker() {
  return (
    <SerwistProvider
      swUrl={SERVICE_WORKER_URL}
      disable={process.env.NODE_ENV !== "production"}
      reloadOnOnline={false}
      options={{ scope: "/", type: "classic" }}
    />
  );
}
