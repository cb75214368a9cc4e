import { z } from "zod";
import {
  drillResponse,
  mentalExerciseResponse,
  mentalExercisesResponse,
  recommendedDrillsResponse,
} from "@/lib/content/responses";
import { drillsQuery, mentalExercisesQuery, recommendedDrillsQuery } from "@/lib/content/schemas";
import { area, json, operation, subjectPath } from "@/lib/openapi/operation";

const slugPath = (what: string) =>
  z.object({ slug: z.string().meta({ description: `The ${what}'s slug, lower-case words joined by dashes.` }) });

export const library = area(
  { name: "Library", description: "The sprint drills and mental performance exercises that ship with Aria." },
  {
    "/api/v1/drills": {
      get: operation({
        id: "drills.list",
        summary: "List drills",
        description:
          "Filtered by category, difficulty, body region and text (`q` searches name, description and tags).",
        access: "signedIn",
        query: drillsQuery,
        responses: { 200: json("The drills by category, then name.", z.object({ drills: z.array(drillResponse) })) },
      }),
    },
    "/api/v1/drills/{slug}": {
      get: operation({
        id: "drills.get",
        summary: "One drill",
        access: "signedIn",
        path: slugPath("drill"),
        responses: { 200: json("The drill.", z.object({ drill: drillResponse })) },
        errors: [404],
      }),
    },
    "/api/v1/drills/recommended/{user_id}": {
      get: operation({
        id: "drills.recommended",
        summary: "Drills recommended for an athlete",
        description:
          "Picked for the athlete's experience, recent training and injuries (no lower-body drills over an active " +
          "lower-body injury), best first. Cached for an hour.",
        access: "signedIn",
        path: subjectPath,
        query: recommendedDrillsQuery,
        responses: { 200: json("The drills, each with why it was picked.", recommendedDrillsResponse) },
        errors: [403],
      }),
    },
    "/api/v1/mental/exercises": {
      get: operation({
        id: "mental.exercises.list",
        summary: "List mental exercises",
        description: "Of one type, or all. Cached for a day.",
        access: "signedIn",
        query: mentalExercisesQuery,
        responses: { 200: json("The exercises by type, then name.", mentalExercisesResponse) },
      }),
    },
    "/api/v1/mental/exercises/{slug}": {
      get: operation({
        id: "mental.exercises.get",
        summary: "One mental exercise",
        access: "signedIn",
        path: slugPath("exercise"),
        responses: { 200: json("The exercise.", z.object({ exercise: mentalExerciseResponse })) },
        errors: [404],
      }),
    },
  },
);
