import { AchievementsSection } from "@/components/dashboard/achievements-section";
import { DrillsSection } from "@/components/dashboard/drills-section";
import { EventsSection } from "@/components/dashboard/events-section";
import { GoalsSection } from "@/components/dashboard/goals-section";
import { InjuriesSection } from "@/components/dashboard/injuries-section";
import { LastSessionSection } from "@/components/dashboard/last-session-section";
import { LoadSection } from "@/components/dashboard/load-section";
import { PlanWeekCard } from "@/components/dashboard/plan-week-card";
import { SuggestionsSection } from "@/components/dashboard/suggestions-section";
import { WeekStats } from "@/components/dashboard/week-stats";
import type { AthleteOverview } from "@/lib/athlete/overview";

/**
 * The athlete's dashboard body: the athlete's own page, and read-only (no dismiss, no settings link) on a linked
 * coach's drill-down, where `noteHref` offers a note on each suggestion and on the last session.
 */
export function AthleteDashboard({
  overview,
  timeZone,
  readOnly = false,
  noteHref,
}: {
  overview: AthleteOverview;
  timeZone: string;
  readOnly?: boolean;
  noteHref?: (type: "session" | "suggestion", id: string) => string;
}) {
  return (
    <>
      <WeekStats week={overview.week} load={overview.load} />
      <PlanWeekCard plan={overview.plan} timeZone={timeZone} readOnly={readOnly} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <SuggestionsSection
            suggestions={overview.suggestions}
            hasHistory={overview.hasHistory}
            firstSteps={readOnly ? undefined : overview.firstSteps}
            readOnly={readOnly}
            noteHref={noteHref}
          />
          <LoadSection chart={overview.chart} hasHistory={overview.hasHistory} timeZone={timeZone} />
          <GoalsSection goals={overview.goals} timeZone={timeZone} />
        </div>
        <div className="min-w-0 space-y-6">
          <InjuriesSection injuries={overview.injuries} timeZone={timeZone} />
          <EventsSection upcoming={overview.upcoming} timeZone={timeZone} />
          <DrillsSection drills={overview.drills} experienceLevel={overview.experienceLevel} />
          <AchievementsSection recentAchievements={overview.recentAchievements} timeZone={timeZone} />
          <LastSessionSection
            lastSession={overview.lastSession}
            readOnly={readOnly}
            noteHref={noteHref}
            timeZone={timeZone}
          />
        </div>
      </div>
    </>
  );
}
