import { z } from "zod";
import { subjectListQuery } from "@/lib/core/validation";
import { area, json, operation } from "@/lib/openapi/operation";
import { wellnessResponse } from "@/lib/wellness/responses";
import { wellnessInput } from "@/lib/wellness/schemas";

const wellness = z.object({ wellness: wellnessResponse });

export const wellnessArea = area(
  {
    name: "Wellness",
    description: "The daily Hooper questionnaire: sleep, stress, fatigue and soreness, 1 (best) to 7.",
  },
  {
    "/api/v1/wellness": {
      get: operation({
        id: "wellness.list",
        summary: "List wellness logs",
        access: "signedIn",
        query: subjectListQuery,
        responses: { 200: json("The logs, newest first.", z.object({ wellness: z.array(wellnessResponse) })) },
        errors: [403],
      }),
      post: operation({
        id: "wellness.log",
        summary: "Log the day's wellness",
        description: "One log per day: logging a day again replaces that day's log (200 instead of 201).",
        access: "athlete",
        body: wellnessInput,
        example: {
          date: "2026-03-13",
          sleep: 3,
          stress: 3,
          fatigue: 2,
          soreness: 3,
          notes: "Back of the thigh still tight",
        },
        responses: {
          200: json("The day's log, replacing the one logged before.", wellness),
          201: json("The day's log, the first for that day.", wellness),
        },
      }),
    },
  },
);
