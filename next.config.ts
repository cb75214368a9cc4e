import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and must be loaded by Node, not bundled (STACK.md trap 3); pino spawns workers.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  // Migrations run on start (db/migrate.ts), so serverless bundles must carry the SQL files.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // Screenshots and browser tests reach the dev server as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    // Development keeps Next's defaults: hot reloading needs eval and websockets.
    if (process.env.NODE_ENV !== "production") return [];
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

// The service worker is bundled by esbuild in app/serwist/[path]/route.ts: withSerwist keeps esbuild out of the bundle.
export default withSerwist(nextConfig);
