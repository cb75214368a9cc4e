"use client";

import { useEffect, useRef } from "react";

/**
 * Moves focus to a message when an action changes it (WCAG 2.2: the result of every action is where focus lands),
 * never on the first render, so a page that opens with a message keeps its natural focus order.
 */
function useFocusWhenChanged<T extends HTMLElement>(text: string | null | undefined) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (text) ref.current?.focus({ preventScroll: false });
  }, [text]);
  return ref;
}

export function FormMessage({ tone = "error", children }: { tone?: "error" | "success"; children?: string | null }) {
  const ref = useFocusWhenChanged<HTMLParagraphElement>(children);
  if (!children) return null;
  const styles =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200"
      : "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-200";
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-xl border px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-track-500/40 ${styles}`}
    >
      {children}
    </p>
  );
}

/** What the last action did, read out when it changes; kept in the page while empty so the change is announced. */
export function StatusLine({ className = "", children }: { className?: string; children?: string | null }) {
  const ref = useFocusWhenChanged<HTMLParagraphElement>(children);
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className={`text-sm font-medium text-emerald-700 outline-none dark:text-emerald-400 ${className}`}
    >
      {children ?? ""}
    </p>
  );
}
