import { z } from "zod";
import { analysisGoalsResponse, drillPicksResponse, patternsResponse } from "@/lib/analysis/responses";
import { achievementResponse } from "@/lib/goals/responses";
import { asOfQuery } from "@/lib/insights/one";
import { readinessQuery } from "@/lib/insights/readiness";
import { athleteReadinessResponse, scheduledCheckInResponse, suggestionResponse } from "@/lib/insights/responses";
import { area, idPath, json, operation, subjectPath } from "@/lib/openapi/operation";

const asOf = z.iso.date().meta({ description: "The day analysed: `as_of`, or today in the athlete's zone." });

/** The body of `PATCH /api/v1/suggestions/{id}`, as its route parses it. */
const suggestionStatusInput = z.object({ status: z.enum(["dismissed", "done"]) });

const AS_OF_NOTE = "`as_of` analyses another day (today in the athlete's zone when left out).";
const READ_NOTE = `The athlete, or a linked coach, may read it. ${AS_OF_NOTE}`;
const STORES_NOTE =
  `What it produces is stored in the athlete's account, as the scheduled analyses store it, so only the athlete ` +
  `may run it (a linked coach reads the stored results). ${AS_OF_NOTE}`;

export const analyses = area(
  {
    name: "Analyses",
    description:
      "Aria's analysis engine for one athlete: suggestions, training patterns and load (ACWR), drill picks, goal " +
      "progress and check-in scheduling.",
  },
  {
    "/api/v1/ai/analyze/{user_id}": {
      post: operation({
        id: "ai.analyze",
        summary: "Run every analysis",
        description: STORES_NOTE,
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: {
          200: json(
            "Everything the engine found: open suggestions by priority, patterns, drill picks, goals and check-ins.",
            z.object({
              as_of: asOf,
              suggestions: z.array(suggestionResponse),
              patterns: patternsResponse,
              drills: drillPicksResponse,
              goals: analysisGoalsResponse,
              check_ins: z.array(scheduledCheckInResponse),
            }),
          ),
        },
        errors: [403],
      }),
    },
    "/api/v1/ai/suggestions/generate/{user_id}": {
      post: operation({
        id: "ai.suggestions.generate",
        summary: "Generate suggestions",
        description:
          `${STORES_NOTE} A type the athlete dismissed or marked done stays closed, critical included, until its ` +
          "evidence holds something new (a new session on the injury, a new pain log, a new spike); the message of " +
          "the one raised then opens on what is new.",
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: {
          200: json("The open suggestions, by priority.", z.object({ suggestions: z.array(suggestionResponse) })),
        },
        errors: [403],
      }),
    },
    "/api/v1/ai/patterns/{user_id}": {
      get: operation({
        id: "ai.patterns",
        summary: "Training patterns",
        description: READ_NOTE,
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: { 200: json("Frequency, variety, RPE, mood and load.", patternsResponse.extend({ as_of: asOf })) },
        errors: [403],
      }),
    },
    "/api/v1/ai/readiness/{user_id}": {
      get: operation({
        id: "ai.readiness",
        summary: "Today's readiness",
        description:
          "What to do today and whether it is safe (PRODUCT 4.8): `go`, `modify` or `rest`, every reason with its " +
          "rule and evidence, and one concrete session: the day's plan (`planned`) when there is one, fitted to the " +
          "reasons. The athlete, or a linked coach, may read it; `date` asks about another day (today in the " +
          "athlete's zone when left out).",
        access: "signedIn",
        path: subjectPath,
        query: readinessQuery,
        responses: { 200: json("The verdict, its reasons, the day's session and its plan.", athleteReadinessResponse) },
        errors: [403],
      }),
    },
    "/api/v1/ai/drills/recommend/{user_id}": {
      post: operation({
        id: "ai.drills.recommend",
        summary: "Recommend drills",
        description: STORES_NOTE,
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: { 200: json("The drill picks, best first.", drillPicksResponse.extend({ as_of: asOf })) },
        errors: [403],
      }),
    },
    "/api/v1/ai/goals/analyze/{user_id}": {
      post: operation({
        id: "ai.goals.analyze",
        summary: "Analyse goals",
        description: `${STORES_NOTE} Running it again awards nothing new.`,
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: {
          200: json(
            "Each goal's progress, and the milestones this call awarded.",
            z.object({
              as_of: asOf,
              goals: analysisGoalsResponse.shape.goals,
              new_achievements: z.array(achievementResponse.omit({ goal_title: true })),
            }),
          ),
        },
        errors: [403],
      }),
    },
    "/api/v1/ai/checkins/schedule/{user_id}": {
      post: operation({
        id: "ai.checkins.schedule",
        summary: "Schedule check-ins",
        description: STORES_NOTE,
        access: "signedIn",
        path: subjectPath,
        query: asOfQuery,
        responses: {
          200: json(
            "The check-ins scheduled and not yet answered.",
            z.object({ as_of: asOf, check_ins: z.array(scheduledCheckInResponse) }),
          ),
        },
        errors: [403],
      }),
    },
    "/api/v1/suggestions/{id}": {
      patch: operation({
        id: "suggestions.update",
        summary: "Dismiss a suggestion or mark it done",
        description:
          "It leaves the dashboard and stays as history; only an open suggestion can change. It is not raised " +
          "again until its evidence holds something new, critical warnings included.",
        access: "athlete",
        path: idPath("suggestion"),
        body: suggestionStatusInput,
        example: { status: "done" },
        responses: { 200: json("The suggestion.", z.object({ suggestion: suggestionResponse })) },
        errors: [404],
      }),
    },
  },
);
