import type { DbHandle } from "@/db/client";

interface Queryable {
  query: (...args: unknown[]) => Promise<unknown>;
  transaction?: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;
}

/**
 * Counts the statements an embedded (PGlite) database receives, transactions included, so that a test can show a
 * page or a batch issues a bounded number of queries whatever the data size.
 */
export function countQueries(handle: DbHandle): { readonly count: number; reset(): void } {
  if (handle.driver !== "pglite") throw new Error("countQueries needs the embedded database");
  const client = (handle.db as unknown as { $client: Queryable }).$client;
  let count = 0;
  const wrap = (target: Queryable) => {
    const query = target.query.bind(target);
    target.query = (...args: unknown[]) => {
      count++;
      return query(...args);
    };
  };
  wrap(client);
  const transaction = client.transaction?.bind(client);
  if (transaction) {
    client.transaction = (work) =>
      transaction((tx) => {
        wrap(tx);
        return work(tx);
      });
  }
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}
