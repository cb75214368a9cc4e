import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and must be loaded by Node, not bundled (STACK.md trap 3); pino spawns workers.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  // Migrations run on start (db/migrate.ts), so serverless bundles must carry the SQL files.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
};

export default nextConfig;
