/**
 * Works through a keyed list page by page with a few pages in flight at once: while one lane's page is being
 * written by the database, another's is loaded and computed, so the database works on its own cores while this
 * process computes. Pages are claimed strictly in key order, and `onSettled` hears of progress in that same order:
 * the key it is given never passes a page that is still in flight, so a cursor recorded from it is always safe to
 * resume from.
 */

interface LaneOptions<K> {
  lanes: number;
  /** Where to start: the last key already handled, or null for the beginning. */
  after: K | null;
  pageSize: number;
  /** The next page of keys after `after`, in order; fewer than `pageSize` means the list ends there. */
  nextPage: (after: K | null, size: number) => Promise<K[]>;
  /** Asked before claiming each page after the first: true stops claiming (the time budget ran out). */
  shouldStop: () => boolean;
  work: (keys: K[]) => Promise<void>;
  /** Called in order after pages finish, with the last key of the longest run of finished pages from the start. */
  onSettled: (through: K) => Promise<void>;
}

/** Resolves with whether the whole list was handled (false when stopped early); rejects with the first failure. */
export async function runInLanes<K>(options: LaneOptions<K>): Promise<{ complete: boolean }> {
  let next = options.after;
  let exhausted = false;
  let failed = false;
  let claimed = 0;
  let settled = 0;
  const finished = new Map<number, K>();
  // Claims and progress reports each go one at a time, in order.
  let claiming: Promise<unknown> = Promise.resolve();
  let reporting: Promise<unknown> = Promise.resolve();

  const claim = (): Promise<{ seq: number; keys: K[] } | null> => {
    const page = claiming.then(async () => {
      if (failed || exhausted || (claimed > 0 && options.shouldStop())) return null;
      const keys = await options.nextPage(next, options.pageSize);
      if (keys.length < options.pageSize) exhausted = true;
      if (keys.length === 0) return null;
      next = keys[keys.length - 1]!;
      return { seq: claimed++, keys };
    });
    claiming = page.catch(() => undefined);
    return page;
  };

  const lane = async () => {
    try {
      for (let page = await claim(); page; page = await claim()) {
        await options.work(page.keys);
        finished.set(page.seq, page.keys[page.keys.length - 1]!);
        let through: K | undefined;
        while (finished.has(settled)) {
          through = finished.get(settled);
          finished.delete(settled++);
        }
        if (through !== undefined) {
          const key = through;
          reporting = reporting.then(() => options.onSettled(key));
          await reporting;
        }
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  const results = await Promise.allSettled(Array.from({ length: Math.max(1, options.lanes) }, lane));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
  return { complete: exhausted && settled === claimed };
}
