export default function DrillsLoading() {
  return (
    <div className="animate-pulse space-y-6">
      <span className="sr-only">Loading drills…</span>
      <div className="h-8 w-28 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      <div className="flex gap-3 overflow-hidden">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-36 w-64 shrink-0 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
        ))}
      </div>
      <div className="h-48 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="h-36 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
        ))}
      </div>
    </div>
  );
}
