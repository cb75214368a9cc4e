import { SuggestionCard } from "@/components/dashboard/suggestion-card";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";

/** What Aria noticed, most urgent first; each card can be closed by the athlete or noted on by a coach. */
export function SuggestionsSection({
  suggestions,
  hasHistory,
  readOnly,
  noteHref,
}: Pick<AthleteOverview, "suggestions" | "hasHistory"> & {
  readOnly: boolean;
  noteHref?: (type: "suggestion", id: string) => string;
}) {
  return (
    <Card title="Aria noticed">
      {suggestions.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {hasHistory
            ? "Nothing needs your attention: your load, effort and recovery are all within healthy ranges."
            : "Aria reads your sessions, time trials, injuries and wellness. As soon as there is training to read, what it notices appears here."}
        </p>
      ) : (
        <ul className="space-y-3">
          {suggestions.map((s) => (
            <SuggestionCard
              key={s.id}
              readOnly={readOnly}
              noteHref={noteHref?.("suggestion", s.id)}
              // SuggestionCard is a client component: it is sent only what it shows, not the whole stored row.
              suggestion={{
                id: s.id,
                type: s.type,
                priority: s.priority,
                title: s.title,
                message: s.message,
                evidence: s.evidence,
              }}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
