import { z } from "zod";
import { subjectListQuery } from "@/lib/core/validation";
import { area, idPath, json, noContent, operation } from "@/lib/openapi/operation";
import { sessionResponse } from "@/lib/training/responses";
import { sessionInput, sessionUpdate } from "@/lib/training/schemas";

const session = z.object({ session: sessionResponse });

export const sessions = area(
  { name: "Sessions", description: "Training sessions: type, minutes, RPE, mood, notes and rep detail." },
  {
    "/api/v1/sessions": {
      get: operation({
        id: "sessions.list",
        summary: "List sessions",
        description: "Newest first. `user_id` reads a linked athlete's sessions as their coach.",
        access: "signedIn",
        query: subjectListQuery,
        responses: { 200: json("The sessions, newest first.", z.object({ sessions: z.array(sessionResponse) })) },
        errors: [403],
      }),
      post: operation({
        id: "sessions.create",
        summary: "Log a session",
        description: "The date may not be more than a day after today (UTC).",
        access: "athlete",
        body: sessionInput,
        example: {
          date: "2026-03-09",
          type: "max_velocity",
          duration_min: 40,
          rpe: 7,
          mood: 2,
          notes: "Felt a grab in the right hamstring on the 4th fly",
          reps: [{ reps: 4, distance_m: 30, times_s: [2.79, 2.81, 2.78, 2.95], rest_s: 240 }],
        },
        responses: { 201: json("The stored session.", session) },
      }),
    },
    "/api/v1/sessions/{id}": {
      get: operation({
        id: "sessions.get",
        summary: "One session",
        description: "One's own or a linked athlete's; anything else is a 404.",
        access: "signedIn",
        path: idPath("session"),
        responses: { 200: json("The session.", session) },
        errors: [404],
      }),
      patch: operation({
        id: "sessions.update",
        summary: "Change a session",
        description: "Any of the fields; `null` clears mood, notes or reps.",
        access: "athlete",
        path: idPath("session"),
        body: sessionUpdate,
        example: { rpe: 8, notes: "Stopped after the 4th fly: hamstring" },
        responses: { 200: json("The session as it now is.", session) },
        errors: [404],
      }),
      delete: operation({
        id: "sessions.delete",
        summary: "Delete a session",
        access: "athlete",
        path: idPath("session"),
        responses: { 204: noContent("Deleted.") },
        errors: [404],
      }),
    },
  },
);
