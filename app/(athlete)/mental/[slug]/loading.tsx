export default function MentalExerciseLoading() {
  return (
    <div className="mx-auto max-w-3xl animate-pulse space-y-6">
      <span className="sr-only">Loading the exercise…</span>
      <div className="h-4 w-40 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-8 w-56 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-16 rounded-xl bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-64 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
