import { area, idPath, json, noContent, operation, subjectPath } from "@/lib/openapi/operation";
import { splitImportBody } from "@/lib/sprint-profiles/csv-import";
import {
  createdSprintProfileResponse,
  splitImportPreviewResponse,
  sprintProfilesResponse,
} from "@/lib/sprint-profiles/responses";
import { sprintProfileInput, sprintProfileListQuery } from "@/lib/sprint-profiles/schemas";

export const sprintProfiles = area(
  {
    name: "Sprint profiles",
    description:
      "From the split times of one maximal sprint (PRODUCT 4.9): maximal sprinting speed (MSS), the acceleration " +
      "time constant (TAU), maximal acceleration (MAC) and power, fitted with the mono-exponential model as the " +
      "{shorts} R package does (time as the target), and with body mass and height the horizontal force–velocity " +
      "profile of Samozino et al. 2016. The model is fitted when a profile is stored.",
  },
  {
    "/api/v1/sprint-profiles": {
      post: operation({
        id: "sprint_profiles.create",
        summary: "Store a sprint profile",
        description:
          "At least 3 splits, distances (m) and times (s) strictly increasing, one time per distance, as measured from " +
          "the start. `time_correction_s` is added to every split before fitting (0.3 s is usual for a start behind " +
          "the first gate). With both `body_mass_kg` and `height_m` the force–velocity profile is added. Times no " +
          "maximal sprint can give (faster than 13 m/s over a segment, slower than 2 m/s on average) are refused with " +
          "the split named, e.g. `times_s.2`. `source: session` names the logged session whose reps gave the splits.",
        access: "athlete",
        body: sprintProfileInput,
        example: {
          date: "2026-11-18",
          start: "standing",
          distances_m: [5, 10, 20, 30, 40],
          times_s: [1.2, 1.98, 3.24, 4.4, 5.54],
          time_correction_s: 0.3,
          body_mass_kg: 75,
          height_m: 1.8,
        },
        responses: { 201: json("The stored profile, with the fitted model.", createdSprintProfileResponse) },
      }),
    },
    "/api/v1/sprint-profiles/import/preview": {
      post: operation({
        id: "sprint_profiles.import_preview",
        summary: "Read a timing system's CSV",
        description:
          "One sprint per row, one column per gate. `mapping` says which column holds the date and which distance " +
          "each time column is, and whether the times are cumulative or per segment; left out, Aria guesses it from " +
          "the headers (`10m`, `Split 20 m`, `Date`) and answers the guess. Every row is fitted or its problem named " +
          "by column; nothing is stored. `date` is the date of rows when no column holds one; `start`, " +
          "`time_correction_s`, `body_mass_kg` and `height_m` apply to every row.",
        access: "athlete",
        body: splitImportBody,
        example: { csv: "Date,5m,10m,20m,30m\n2026-11-18,1.21,1.95,3.22,4.38\n", time_correction_s: 0.3 },
        responses: { 200: json("The mapping, and each row fitted or with its problems.", splitImportPreviewResponse) },
      }),
    },
    "/api/v1/sprint-profiles/import": {
      post: operation({
        id: "sprint_profiles.import",
        summary: "Import a timing system's CSV",
        description:
          "The same body as the preview. Every row is stored as a profile in one transaction, or none: a file with " +
          "any bad row is a 400 naming each problem as `line N.column`.",
        access: "athlete",
        body: splitImportBody,
        example: {
          csv: "Date,5m,10m,20m,30m\n2026-11-18,1.21,1.95,3.22,4.38\n",
          mapping: {
            date_column: "Date",
            gates: [
              { column: "5m", distance_m: 5 },
              { column: "10m", distance_m: 10 },
              { column: "20m", distance_m: 20 },
              { column: "30m", distance_m: 30 },
            ],
            times: "cumulative",
          },
          time_correction_s: 0.3,
        },
        responses: { 201: json("The stored profiles.", sprintProfilesResponse) },
      }),
    },
    "/api/v1/sprint-profiles/{user_id}": {
      get: operation({
        id: "sprint_profiles.list",
        summary: "List sprint profiles",
        description:
          "Newest first; `from` and `to` bound the dates, both inclusive. The athlete, or a linked coach, may read them.",
        access: "signedIn",
        path: subjectPath,
        query: sprintProfileListQuery,
        responses: { 200: json("The profiles, newest first.", sprintProfilesResponse) },
        errors: [403],
      }),
    },
    "/api/v1/sprint-profiles/items/{id}": {
      delete: operation({
        id: "sprint_profiles.delete",
        summary: "Remove a sprint profile",
        description: "The athlete's own; another's is not found.",
        access: "athlete",
        path: idPath("sprint profile"),
        responses: { 204: noContent("Removed.") },
        errors: [404],
      }),
    },
  },
);
