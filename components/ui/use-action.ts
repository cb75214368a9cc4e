"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiClientError, errorMessage } from "@/lib/http/client";

interface RunOptions {
  /** Refresh the page's server data after a success (default); off when the component keeps what changed itself. */
  refresh?: boolean;
  /**
   * Stay pending after a success: the request removed what the page shows, and the refreshed page drops it, so its
   * button must not come back in between.
   */
  holdPending?: boolean;
  /** What to show for a failure, or null to show nothing (the component shows it another way). */
  describe?: (failure: unknown) => string | null;
}

/**
 * The one way a button sends a request: which request is running (`key`, so each button can say "Saving…"), what
 * the last failure said, and the page's server data refreshed after a success. `run` resolves with the request's
 * value, or null when it failed.
 */
export function useAction<K extends string>() {
  const router = useRouter();
  const [pending, setPending] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run<R>(
    key: K,
    request: () => Promise<R>,
    { refresh = true, holdPending = false, describe = errorMessage }: RunOptions = {},
  ): Promise<{ value: R } | null> {
    setError(null);
    setPending(key);
    try {
      const value = await request();
      if (refresh) router.refresh();
      if (!holdPending) setPending(null);
      return { value };
    } catch (failure) {
      setError(describe(failure));
      setPending(null);
      return null;
    }
  }

  return { pending, error, setError, run };
}

/**
 * For a request's `.catch`: a failure with this API error code means what the request wanted is already so (deleted
 * elsewhere, answered in another tab), and counts as done.
 */
export function doneWhen(code: string) {
  return (failure: unknown): undefined => {
    if (failure instanceof ApiClientError && failure.code === code) return undefined;
    throw failure;
  };
}
