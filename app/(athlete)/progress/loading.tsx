export default function ProgressLoading() {
  return (
    <div className="animate-pulse space-y-6">
      <span className="sr-only">Loading your progress…</span>
      <div className="h-8 w-40 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-28 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
        ))}
      </div>
      <div className="h-72 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-72 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-72 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
      </div>
    </div>
  );
}
