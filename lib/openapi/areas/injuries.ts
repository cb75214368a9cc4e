import { z } from "zod";
import { injuryResponse, painLogResponse } from "@/lib/injuries/responses";
import { createInjuryInput, injuriesQuery, painLogInput, updateInjuryInput } from "@/lib/injuries/schemas";
import { area, idPath, json, operation } from "@/lib/openapi/operation";

const injury = z.object({ injury: injuryResponse });

export const injuries = area(
  { name: "Injuries", description: "Injuries and pain monitoring (0–10, with the Silbernagel pain zones)." },
  {
    "/api/v1/injuries": {
      get: operation({
        id: "injuries.list",
        summary: "List injuries",
        description: "Active first, then recovering, then resolved; `from` and `to` bound the onset date.",
        access: "signedIn",
        query: injuriesQuery,
        responses: {
          200: json("The injuries, each with its pain history.", z.object({ injuries: z.array(injuryResponse) })),
        },
        errors: [403],
      }),
      post: operation({
        id: "injuries.create",
        summary: "Report an injury",
        description: "A new injury is active; the onset may not be after today in the athlete's zone.",
        access: "athlete",
        body: createInjuryInput,
        example: {
          body_part: "hamstring",
          side: "right",
          severity: "moderate",
          onset_date: "2026-03-09",
          notes: "Grabbed on the 4th 30 m fly",
        },
        responses: { 201: json("The injury.", injury) },
      }),
    },
    "/api/v1/injuries/{id}": {
      patch: operation({
        id: "injuries.update",
        summary: "Change an injury's status or notes",
        description: "Resolving sets the resolved date to today in the athlete's zone; any other status clears it.",
        access: "athlete",
        path: idPath("injury"),
        body: updateInjuryInput,
        example: { status: "recovering" },
        responses: { 200: json("The injury as it now is.", injury) },
        errors: [404],
      }),
    },
    "/api/v1/injuries/{id}/pain": {
      post: operation({
        id: "injuries.pain.create",
        summary: "Log pain",
        description: "A level on a day from the onset to today.",
        access: "athlete",
        path: idPath("injury"),
        body: painLogInput,
        example: { level: 4, date: "2026-03-13", notes: "Tight on the stretch, fine walking" },
        responses: { 201: json("The pain log.", z.object({ pain_log: painLogResponse })) },
        errors: [404],
      }),
    },
  },
);
