import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run server code directly; the marker that keeps it out of browser bundles resolves as Next resolves it.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    globalSetup: ["./scripts/test/global-setup.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Route handlers under test use a throwaway in-memory database and an in-process KV store. The tests play the
    // one trusted proxy: scripts/test/api.ts writes each call's client address into X-Forwarded-For.
    env: { NODE_ENV: "test", PGLITE_DIR: "memory://", TRUSTED_PROXY_HOPS: "1" },
  },
});
