export default function InjuriesLoading() {
  return (
    <div className="mx-auto max-w-3xl animate-pulse space-y-6">
      <span className="sr-only">Loading your injuries…</span>
      <div className="h-8 w-36 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-56 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-72 rounded-2xl bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
