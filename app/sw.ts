/// <reference lib="webworker" />
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  type PrecacheEntry,
  type RouteMatchCallbackOptions,
  type RuntimeCaching,
  Serwist,
  type SerwistGlobalConfig,
  StaleWhileRevalidate,
} from "serwist";
import { OFFLINE_PAGE_CACHE } from "@/components/pwa/offline-pages";

/**
 * Aria's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and served as /serwist/sw.js.
 * It makes the app open at the track without signal:
 * - the build's static files, public/ and the offline page are precached when it installs (the list is injected
 *   as `self.__SW_MANIFEST`);
 * - pages come from the network first and from their last copy when there is none; a page never kept falls back
 *   to /offline;
 * - the API is never answered from a cache: its answers are per caller and per moment (`Cache-Control: no-store`).
 *   Writes (POST, PATCH …) are not routed here at all, so a session logged offline is the page's to keep and to
 *   send, with an Idempotency-Key, once the connection returns.
 * Only 200s are kept: a redirect to /sign-in or an error page must never be what an athlete sees offline. The copies
 * of signed-in pages are the athlete's own data; sign-out forgets them (components/pwa/offline-pages.ts).
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
/** How long the network may take before the last copy of a page is shown instead: one bar of signal at the track. */
const PAGE_NETWORK_TIMEOUT_SECONDS = 6;

const under =
  (...prefixes: string[]) =>
  ({ sameOrigin, url }: RouteMatchCallbackOptions) =>
    sameOrigin && prefixes.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));

/**
 * A page: a navigation, or the plain GET the window sends after a client-side navigation (SerwistProvider's
 * `cacheOnNavigation`), which must land in the same cache under the same URL. Files have an extension; pages do not.
 */
const isPage = ({ request, sameOrigin, url }: RouteMatchCallbackOptions) =>
  sameOrigin && (request.mode === "navigate" || request.destination === "") && !/\.[a-z0-9]+$/i.test(url.pathname);

const runtimeCaching: RuntimeCaching[] = [
  { matcher: under("/api", "/serwist"), handler: new NetworkOnly() },
  // An RSC payload (a client-side navigation) varies with the router's state, so a copy would rarely match; when it
  // fails offline, Next loads the page in full instead, which the page cache below answers.
  { matcher: ({ request }) => request.headers.get("RSC") === "1", handler: new NetworkOnly() },
  // Build output is named by its content: a name never changes its file.
  {
    matcher: under("/_next/static"),
    handler: new CacheFirst({
      cacheName: "next-static",
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 256, maxAgeSeconds: 30 * DAY, maxAgeFrom: "last-used" }),
      ],
    }),
  },
  {
    matcher: isPage,
    handler: new NetworkFirst({
      cacheName: OFFLINE_PAGE_CACHE,
      networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 32, maxAgeSeconds: 7 * DAY, maxAgeFrom: "last-used" }),
      ],
    }),
  },
  // Icons, the manifest and whatever else a page loads from this origin.
  {
    matcher: ({ request, sameOrigin }) =>
      sameOrigin && ["image", "manifest", "font", "style", "script"].includes(request.destination),
    handler: new StaleWhileRevalidate({
      cacheName: "assets",
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * DAY, maxAgeFrom: "last-used" }),
      ],
    }),
  },
];

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching,
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
