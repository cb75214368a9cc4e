/** Goal progress with its 25/50/75/100 % milestones marked, reached ones filled. */
export function MilestoneBar({
  progressPct,
  milestones,
  label,
}: {
  progressPct: number;
  milestones: { milestone: number; reached: boolean }[];
  label: string;
}) {
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progressPct)}
        className="relative h-2.5 rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full rounded-full bg-track-500" style={{ width: `${Math.min(100, progressPct)}%` }} />
        {milestones.map(({ milestone, reached }) => (
          <span
            key={milestone}
            aria-hidden="true"
            className={`absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white dark:border-zinc-900 ${
              reached ? "bg-track-600" : "bg-zinc-300 dark:bg-zinc-600"
            }`}
            style={{ left: `${milestone}%` }}
          />
        ))}
      </div>
      <div className="mt-1 flex justify-between text-[10px] text-zinc-500">
        {milestones.map(({ milestone, reached }) => (
          <span key={milestone} className={reached ? "font-semibold text-track-600 dark:text-track-400" : ""}>
            {milestone}%
          </span>
        ))}
      </div>
    </div>
  );
}
