import { cacheStats } from "@/lib/cache/stats";
import { logger } from "@/lib/core/logger";
import { apiRoute } from "@/lib/http/api-route";
import { getKv } from "@/lib/kv";

const NO_STORE = { "cache-control": "no-store" };

/** The cache's hit and miss figures; with the KV store down the figures are unknown, which is not an error. */
export const GET = apiRoute("cache.stats", async () => {
  const kv = getKv();
  try {
    return Response.json({ ...(await cacheStats(kv)), status: "ok" }, { headers: NO_STORE });
  } catch (error) {
    logger().warn({ err: (error as Error).message }, "cache stats unavailable: kv unavailable");
    return Response.json(
      { backend: kv.backend, hits: null, misses: null, hit_rate: null, status: "unavailable" },
      { headers: NO_STORE },
    );
  }
});
