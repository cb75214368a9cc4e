export default function GoalsLoading() {
  return (
    <div className="mx-auto max-w-3xl animate-pulse space-y-6">
      <span className="sr-only">Loading your goals…</span>
      <div className="h-8 w-32 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      {[0, 1].map((i) => (
        <div key={i} className="h-44 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
      ))}
      <div className="h-64 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
