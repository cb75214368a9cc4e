import { type RunningServer, startPostgres, startRedis } from "./servers";

/**
 * Vitest global setup: one real PostgreSQL and one real Redis for the whole run, on free loopback ports.
 * Suites read their URLs from TEST_POSTGRES_URL and TEST_REDIS_URL and isolate themselves (a fresh database,
 * a unique key prefix).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const servers: RunningServer[] = [];
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  servers.push(postgres, redis);
  process.env.TEST_POSTGRES_URL = postgres.url;
  process.env.TEST_REDIS_URL = redis.url;
  console.log(`test servers: postgres ${postgres.url}, redis ${redis.url}`);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
