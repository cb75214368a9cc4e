import { z } from "zod";
import { TIMINGS } from "@/lib/core/domain";

/** Marks and progress analytics as the API answers them (`toMetricDto`, `buildProgressAnalytics`). */

export const metricResponse = z
  .object({
    id: z.uuid(),
    metric: z.string().meta({ description: "A lower-case slug: 100m, 30m_fly, squat_1rm…" }),
    value: z.number(),
    unit: z.string().meta({ description: "s, m, cm or kg." }),
    timing: z.enum(TIMINGS).nullable(),
    wind_mps: z.number().nullable(),
    date: z.iso.date(),
    notes: z.string().nullable(),
    fat_equivalent: z.number().nullable().meta({ description: "A time as fully automatic timing; null otherwise." }),
    still_air: z.number().nullable().meta({ description: "The still-air equivalent of a time (Moinat et al. 2018)." }),
    wind_aided: z.boolean(),
    is_pb: z.boolean().meta({ description: "The legal lifetime best of its metric (ties go to the earliest)." }),
  })
  .meta({
    id: "Metric",
    examples: [
      {
        id: "7d2a5f8c-1e94-4b3d-8c60-3f9b2e7a4d15",
        metric: "100m",
        value: 10.49,
        unit: "s",
        timing: "fat",
        wind_mps: 0.4,
        date: "2026-03-04",
        notes: "Time trial, best legal mark",
        fat_equivalent: 10.49,
        still_air: 10.51,
        wind_aided: false,
        is_pb: true,
      },
    ],
  });

const metricSummary = z.object({
  unit: z.string(),
  best: z.number().nullable().meta({ description: "The legal lifetime best as it compares (FAT for times)." }),
  best_date: z.iso.date().nullable(),
  latest: z.number(),
  latest_date: z.iso.date(),
  trend: z.enum(["improving", "declining", "steady"]).nullable(),
  count: z.int().min(1).meta({ description: "Marks in the window." }),
});

export const progressAnalyticsResponse = z
  .object({
    as_of: z.iso.date(),
    from: z.iso.date(),
    metrics: z.array(metricResponse).meta({ description: "The window's marks, oldest first." }),
    summary: z.record(z.string(), metricSummary).meta({ description: "By metric." }),
    age_graded: z
      .record(z.string(), z.number())
      .optional()
      .meta({ description: "WMA age-graded percentages of the bests, for masters (35 and over)." }),
  })
  .meta({
    id: "ProgressAnalytics",
    examples: [
      {
        as_of: "2026-03-14",
        from: "2025-03-15",
        metrics: [],
        summary: {
          "100m": {
            unit: "s",
            best: 10.49,
            best_date: "2026-03-04",
            latest: 10.49,
            latest_date: "2026-03-04",
            trend: "improving",
            count: 6,
          },
        },
      },
    ],
  });
