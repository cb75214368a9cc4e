import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";

/**
 * Serves the service worker (app/sw.ts) as /serwist/sw.js, with its source map beside it. `next build` bundles it
 * here with esbuild and prerenders both files, so the server never builds it at run time; the page registers it
 * with the scope "/" (components/pwa/register-service-worker.tsx), which its `Service-Worker-Allowed` header permits.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  // The esbuild that tsx and Vitest already install; esbuild-wasm would be another 10 MB for the same job.
  useNativeEsbuild: true,
  // A classic script: every browser that runs Aria can start it, module service workers are newer.
  esbuildOptions: { format: "iife" },
  // The offline page links to the build's own CSS, so its copy is replaced with each build.
  additionalPrecacheEntries: [{ url: "/offline", revision: randomUUID() }],
});
