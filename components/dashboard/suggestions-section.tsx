import { type EndsWhen, SuggestionCard } from "@/components/dashboard/suggestion-card";
import { WelcomeCard } from "@/components/dashboard/welcome-card";
import { Card } from "@/components/ui/card";
import { SUGGESTION_ENDS_WHEN } from "@/lib/analysis/suggestions";
import type { AthleteOverview } from "@/lib/athlete/overview";
import type { SuggestionType } from "@/lib/core/domain";

/** Where the athlete changes what ends a critical warning. */
const ENDS_WHEN_LINKS: Partial<Record<SuggestionType, Omit<EndsWhen, "text">>> = {
  injury_warning: { href: "/injuries", label: "Update your injury" },
};

function endsWhen(type: SuggestionType): EndsWhen | undefined {
  const text = SUGGESTION_ENDS_WHEN[type];
  const link = ENDS_WHEN_LINKS[type];
  return text && link ? { text, ...link } : undefined;
}

/**
 * What Aria noticed, most urgent first; each card can be closed by the athlete or noted on by a coach. A brand-new
 * account is welcomed with its first steps instead (PRODUCT 4.1), above anything already raised.
 */
export function SuggestionsSection({
  suggestions,
  hasHistory,
  firstSteps,
  readOnly,
  noteHref,
}: Pick<AthleteOverview, "suggestions" | "hasHistory"> &
  Partial<Pick<AthleteOverview, "firstSteps">> & {
    readOnly: boolean;
    noteHref?: (type: "suggestion", id: string) => string;
  }) {
  const welcome = !readOnly && firstSteps?.show ? firstSteps : null;
  return (
    <Card title="Aria noticed">
      {welcome ? <WelcomeCard steps={welcome} /> : null}
      {suggestions.length === 0 ? (
        welcome ? null : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {hasHistory
              ? "Nothing needs your attention: your load, effort and recovery are all within healthy ranges."
              : "Aria reads your sessions, time trials, injuries and wellness. As soon as there is training to read, what it notices appears here."}
          </p>
        )
      ) : (
        <ul className={welcome ? "mt-3 space-y-3" : "space-y-3"}>
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
              endsWhen={s.priority === "critical" ? endsWhen(s.type) : undefined}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
