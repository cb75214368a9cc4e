import { type MatrixRow, subjectRead, subjectWrite } from "@/scripts/test/authorization";

const subject = (w: { athlete: { id: string } }) => ({ user_id: w.athlete.id });

// The POST analyses store what they find (suggestions, drill picks, awards, check-ins) in the athlete's account:
// writes, which a linked coach may not make; the coach reads the stored results and the patterns instead.
let metricDay = 0;

export const rows: MatrixRow[] = [
  { method: "POST", path: "ai/analyze/[user_id]", params: subject, expect: subjectWrite(200) },
  { method: "POST", path: "ai/suggestions/generate/[user_id]", params: subject, expect: subjectWrite(200) },
  { method: "GET", path: "ai/patterns/[user_id]", params: subject, expect: subjectRead(200) },
  { method: "GET", path: "ai/readiness/[user_id]", params: subject, expect: subjectRead(200) },
  { method: "POST", path: "ai/drills/recommend/[user_id]", params: subject, expect: subjectWrite(200) },
  { method: "POST", path: "ai/goals/analyze/[user_id]", params: subject, expect: subjectWrite(200) },
  { method: "POST", path: "ai/checkins/schedule/[user_id]", params: subject, expect: subjectWrite(200) },
  {
    method: "PATCH",
    path: "suggestions/[id]",
    // Nobody but the owner can close a suggestion; the others cannot even see that it exists.
    // Each caller's case closes it; a closed suggestion comes back only with new evidence, so each gets a new test date.
    params: async (w) => {
      const { storeSuggestions } = await import("@/lib/insights/suggestions");
      const lastMetric = { date: `2026-01-${String(++metricDay).padStart(2, "0")}`, metric: "100m" };
      const stored = await storeSuggestions(w.db, [
        {
          userId: w.athlete.id,
          suggestions: [
            {
              type: "needs_metrics",
              priority: "medium",
              title: "Time to test yourself",
              message: "m",
              evidence: { lastMetric },
            },
          ],
        },
      ]);
      return { id: stored.get(w.athlete.id)![0]!.id };
    },
    body: () => ({ status: "done" }),
    expect: { ...subjectWrite(200), otherAthlete: 404 },
  },
];
