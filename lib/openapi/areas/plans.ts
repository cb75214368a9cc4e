import { z } from "zod";
import { area, idPath, json, noContent, operation, subjectPath } from "@/lib/openapi/operation";
import { complianceResponse, plannedSessionResponse, plannedSessionsResponse } from "@/lib/plans/responses";
import { complianceQuery, copyWeekInput, planInput, planListQuery, planUpdate } from "@/lib/plans/schemas";

const WHO_PLANS =
  "`athlete_id` is `squad` (every athlete linked to the calling coach), one linked athlete's id (a coach), or `me` " +
  "(an athlete, who plans only their own sessions). A coach naming an athlete not linked to them gets 403; so " +
  "does an athlete naming anyone else.";

export const plans = area(
  {
    name: "Plans",
    description:
      "What the coach prescribes (PRODUCT 4.10): planned sessions for an athlete or the whole squad, a week copied " +
      "to the next, and compliance, planned against done. Logging a session on a planned day links the two.",
  },
  {
    "/api/v1/plans": {
      post: operation({
        id: "plans.create",
        summary: "Plan a session",
        description: `${WHO_PLANS} For the squad, one planned session per athlete is stored, all or none.`,
        access: "signedIn",
        body: planInput,
        example: {
          athlete_id: "squad",
          date: "2026-11-24",
          type: "acceleration",
          duration_min: 60,
          rpe: 7,
          reps: "6×30 m from blocks, 3 min rest",
          notes: "Drive phase: stay low for the first 3 steps",
        },
        responses: { 201: json("The stored planned sessions, one per athlete.", plannedSessionsResponse) },
      }),
    },
    "/api/v1/plans/copy-week": {
      post: operation({
        id: "plans.copy_week",
        summary: "Copy a week's plan to the next week",
        description:
          `${WHO_PLANS} The caller's own plans dated \`week_start\` (a Monday) to the Sunday after are planned again ` +
          "seven days later, not done yet. A plan already there (same athlete, day, type and planner) is not copied " +
          "again, so copying twice adds nothing; a week with nothing to copy answers an empty list.",
        access: "signedIn",
        body: copyWeekInput,
        example: { athlete_id: "squad", week_start: "2026-11-23" },
        responses: { 201: json("The planned sessions the copy added.", plannedSessionsResponse) },
      }),
    },
    "/api/v1/plans/{user_id}": {
      get: operation({
        id: "plans.list",
        summary: "List planned sessions",
        description:
          "Oldest first; `from` and `to` bound the dates, both inclusive. The athlete, or a linked coach, may read them.",
        access: "signedIn",
        path: subjectPath,
        query: planListQuery,
        responses: { 200: json("The planned sessions, oldest first.", plannedSessionsResponse) },
        errors: [403],
      }),
    },
    "/api/v1/plans/{user_id}/compliance": {
      get: operation({
        id: "plans.compliance",
        summary: "Compliance: planned against done",
        description:
          "Over the last `days` days (7 to 90, 7 by default) ending today in the athlete's zone: the planned sessions, " +
          "those done (a session logged on their date), the load of each (RPE × minutes) and done ÷ planned. Today's " +
          "plans count once done; a session on an unplanned day is extra and not counted. The athlete, or a linked " +
          "coach, may read it.",
        access: "signedIn",
        path: subjectPath,
        query: complianceQuery,
        responses: { 200: json("The window's compliance.", complianceResponse) },
        errors: [403],
      }),
    },
    "/api/v1/plans/items/{id}": {
      patch: operation({
        id: "plans.update",
        summary: "Change a planned session",
        description:
          "Any of the fields; `null` clears minutes, RPE, reps or notes. Only whoever planned it may change it (a " +
          "coach while still linked to the athlete): the athlete cannot change their coach's plan (403). Moving a " +
          "done plan to another day unlinks its session.",
        access: "signedIn",
        path: idPath("planned session"),
        body: planUpdate,
        example: { rpe: 6, notes: "Lighter: competition on Saturday" },
        responses: {
          200: json("The planned session as it now is.", z.object({ planned_session: plannedSessionResponse })),
        },
        errors: [404],
      }),
      delete: operation({
        id: "plans.delete",
        summary: "Remove a planned session",
        description:
          "Only whoever planned it may remove it (403 otherwise); a session that fulfilled it stays, now unplanned.",
        access: "signedIn",
        path: idPath("planned session"),
        responses: { 204: noContent("Removed.") },
        errors: [404],
      }),
    },
  },
);
