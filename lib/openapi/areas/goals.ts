import { z } from "zod";
import { achievementsResponse, goalProgressResponse, goalResponse } from "@/lib/goals/responses";
import {
  achievementsQuery,
  createGoalInput,
  goalProgressInput,
  goalsQuery,
  updateGoalInput,
} from "@/lib/goals/schemas";
import { area, idPath, json, noContent, operation, subjectPath } from "@/lib/openapi/operation";

const goal = z.object({ goal: goalResponse });

export const goals = area(
  { name: "Goals", description: "Goals with a baseline and a target, their progress, and the milestones awarded." },
  {
    "/api/v1/goals": {
      get: operation({
        id: "goals.list",
        summary: "List goals",
        description: "By target date; `from` and `to` bound the target date.",
        access: "signedIn",
        query: goalsQuery,
        responses: { 200: json("The goals.", z.object({ goals: z.array(goalResponse) })) },
        errors: [403],
      }),
      post: operation({
        id: "goals.create",
        summary: "Set a goal",
        description: "The target date must be today or later in the athlete's zone.",
        access: "athlete",
        body: createGoalInput,
        example: {
          title: "Break 10.40 in the 100 m",
          metric: "100m",
          baseline_value: 10.68,
          target_value: 10.4,
          target_date: "2027-06-20",
        },
        responses: { 201: json("The goal.", goal) },
      }),
    },
    "/api/v1/goals/{id}": {
      patch: operation({
        id: "goals.update",
        summary: "Change a goal",
        description: "Title, target date, or abandoning and taking it up again; an achieved goal keeps its status.",
        access: "athlete",
        path: idPath("goal"),
        body: updateGoalInput,
        example: { target_date: "2027-07-31" },
        responses: { 200: json("The goal as it now is.", goal) },
        errors: [404],
      }),
      delete: operation({
        id: "goals.delete",
        summary: "Delete a goal",
        description: "The goal and its achievements.",
        access: "athlete",
        path: idPath("goal"),
        responses: { 204: noContent("Deleted.") },
        errors: [404],
      }),
    },
    "/api/v1/goals/{id}/progress": {
      put: operation({
        id: "goals.progress",
        summary: "Record progress on a goal",
        description:
          "Awards every milestone newly reached (25, 50, 75, 100), each once ever. An abandoned goal is a 409 until " +
          "it is made active again.",
        access: "athlete",
        path: idPath("goal"),
        body: goalProgressInput,
        example: { current_value: 10.49 },
        responses: { 200: json("The goal and what this call awarded.", goalProgressResponse) },
        errors: [404, 409],
      }),
    },
    "/api/v1/achievements/{user_id}": {
      get: operation({
        id: "achievements.list",
        summary: "Milestones awarded",
        description: "Awarded in the last `days` days, newest first. Cached for an hour.",
        access: "signedIn",
        path: subjectPath,
        query: achievementsQuery,
        responses: { 200: json("The achievements.", achievementsResponse) },
        errors: [403],
      }),
    },
  },
);
