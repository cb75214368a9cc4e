/**
 * Runs once when the server starts: check the auth secret, then open, migrate and (on an empty embedded database)
 * seed, so that the first request does not wait. A failure is logged and retried by the first request that needs the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Production without AUTH_SECRET stops here, with the message that says how to fix it.
  const { authSecret } = await import("./lib/auth/secret");
  authSecret();
  const { getDatabase } = await import("./lib/database");
  const { logger } = await import("@/lib/core/logger");
  await getDatabase().catch((error: unknown) => {
    logger().error({ err: error }, "database not ready at start; requests will retry");
  });
}
