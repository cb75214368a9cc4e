import { z } from "zod";
import { area, idPath, json, noContent, operation, subjectPath } from "@/lib/openapi/operation";
import { metricResponse, progressAnalyticsResponse } from "@/lib/progress/responses";
import { progressQuery, trackMetricInput, updateMetricInput } from "@/lib/progress/schemas";

const metric = z.object({ metric: metricResponse });

export const progress = area(
  {
    name: "Progress",
    description:
      "Time trials and other marks, with FAT conversion, wind rules, still-air equivalents and personal bests.",
  },
  {
    "/api/v1/progress/track": {
      post: operation({
        id: "progress.track",
        summary: "Log a mark",
        description: "A race metric (100m, 30m_fly…) is timed in seconds; other metrics name their unit.",
        access: "athlete",
        body: trackMetricInput,
        example: {
          metric: "100m",
          value: 10.49,
          timing: "fat",
          wind_mps: 0.4,
          date: "2026-03-04",
          notes: "Time trial",
        },
        responses: { 201: json("The stored mark, and whether it is a personal best.", metric) },
      }),
    },
    "/api/v1/progress/{user_id}": {
      get: operation({
        id: "progress.analytics",
        summary: "Progress analytics",
        description: "The window's marks and a summary per metric (best, latest, trend). Cached for 30 minutes.",
        access: "signedIn",
        path: subjectPath,
        query: progressQuery,
        responses: { 200: json("The analytics.", progressAnalyticsResponse) },
        errors: [403],
      }),
    },
    "/api/v1/progress/metrics/{id}": {
      patch: operation({
        id: "progress.metrics.update",
        summary: "Change a mark",
        description: "The mark as changed must pass every rule a new one passes.",
        access: "athlete",
        path: idPath("mark"),
        body: updateMetricInput,
        example: { wind_mps: 0.6 },
        responses: { 200: json("The mark as it now is.", metric) },
        errors: [404],
      }),
      delete: operation({
        id: "progress.metrics.delete",
        summary: "Delete a mark",
        access: "athlete",
        path: idPath("mark"),
        responses: { 204: noContent("Deleted.") },
        errors: [404],
      }),
    },
  },
);
