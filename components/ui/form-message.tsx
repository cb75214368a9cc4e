export function FormMessage({ tone = "error", children }: { tone?: "error" | "success"; children?: string | null }) {
  if (!children) return null;
  const styles =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200"
      : "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-200";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-xl border px-3 py-2 text-sm ${styles}`}>
      {children}
    </p>
  );
}

/** What the last action did, read out when it changes; kept in the page while empty so the change is announced. */
export function StatusLine({ className = "", children }: { className?: string; children?: string | null }) {
  return (
    <p role="status" className={`text-sm font-medium text-emerald-700 dark:text-emerald-400 ${className}`}>
      {children ?? ""}
    </p>
  );
}
