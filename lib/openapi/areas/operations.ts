import { z } from "zod";
import { area, json, operation } from "@/lib/openapi/operation";

// The route adds `status` to the figures of lib/cache/stats.ts; the shape is described here.
const cacheStats = z
  .object({
    backend: z.enum(["memory", "redis", "vercel-kv"]).meta({ description: "The KV store serving the cache." }),
    hits: z.int().min(0).nullable(),
    misses: z.int().min(0).nullable(),
    hit_rate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: "Null before any read, or while the KV is down." }),
    status: z.enum(["ok", "unavailable"]).meta({ description: "`unavailable` when the KV store cannot be read." }),
  })
  .meta({
    id: "CacheStats",
    examples: [{ backend: "redis", hits: 1842, misses: 311, hit_rate: 0.8555, status: "ok" }],
  });

export const operations = area(
  { name: "Operations", description: "How the service is doing, and this document." },
  {
    "/api/v1/cache/stats": {
      get: operation({
        id: "cache.stats",
        summary: "Cache hit rate",
        description: "The cached reads' hits and misses across every server instance.",
        access: "signedIn",
        responses: {
          200: json("The figures; unknown (null) while the KV store is down, which is not an error.", cacheStats),
        },
      }),
    },
    "/api/v1/openapi.json": {
      get: operation({
        id: "openapi",
        summary: "This OpenAPI document",
        description: "Generated from the zod schemas the routes parse and the response schemas beside each service.",
        access: "public",
        responses: {
          200: json(
            "The OpenAPI 3.1 document of /api/v1.",
            z.looseObject({
              openapi: z.string(),
              info: z.looseObject({ title: z.string(), version: z.string() }),
              paths: z.record(z.string(), z.unknown()),
            }),
          ),
        },
      }),
    },
  },
);
