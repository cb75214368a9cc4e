import { z } from "zod";
import type { sprintProfiles } from "@/db/schema";
import { SPRINT_PROFILE_SOURCES, SPRINT_STARTS } from "@/lib/core/domain";

/** Sprint profiles as the API answers them (`toSprintProfileDto`). */

type SprintProfileRow = typeof sprintProfiles.$inferSelect;

const forceVelocityResponse = z
  .object({
    f0: z.number().meta({ description: "Theoretical maximal horizontal force at zero speed, N." }),
    f0_rel: z.number().meta({ description: "F0 per kilogram of body mass, N/kg." }),
    v0: z.number().meta({ description: "Theoretical speed at which horizontal force would reach zero, m/s." }),
    pmax: z.number().meta({ description: "Maximal horizontal power F0·V0/4, W." }),
    pmax_rel: z.number().meta({ description: "Pmax per kilogram, W/kg." }),
    fv_slope: z.number().meta({ description: "−(F0/mass)/V0: steeper (more negative) is force-oriented." }),
    rf_max: z.number().meta({ description: "Highest ratio of horizontal to total ground force after 0.3 s, 0–1." }),
    drf: z.number().meta({ description: "How fast that ratio falls as speed rises, per m/s (negative)." }),
  })
  .meta({ id: "ForceVelocityProfile" });

export const sprintProfileResponse = z
  .object({
    id: z.uuid(),
    athlete_id: z.uuid(),
    date: z.iso.date(),
    start: z.enum(SPRINT_STARTS),
    source: z.enum(SPRINT_PROFILE_SOURCES),
    session_id: z.uuid().nullable(),
    distances_m: z.array(z.number()),
    times_s: z.array(z.number()).meta({ description: "As measured, before the time correction." }),
    time_correction_s: z.number(),
    body_mass_kg: z.number().nullable(),
    height_m: z.number().nullable(),
    wind_mps: z.number().nullable(),
    notes: z.string().nullable(),
    mss: z.number().meta({ description: "Maximal sprinting speed, m/s." }),
    tau: z.number().meta({ description: "Relative acceleration time constant, s." }),
    mac: z.number().meta({ description: "Maximal acceleration MSS/TAU, m/s²." }),
    pmax_rel: z.number().meta({ description: "Maximal relative power MSS·MAC/4, W/kg." }),
    rse: z.number().meta({ description: "Residual standard error of the fit, s." }),
    residuals: z
      .array(
        z.object({
          distance_m: z.number(),
          time_s: z.number(),
          predicted_s: z.number(),
          residual_s: z.number().meta({ description: "Measured minus model, s." }),
        }),
      )
      .meta({ description: "Each split next to the model's time at that gate." }),
    fv: forceVelocityResponse.nullable().meta({ description: "With body mass and height; null without." }),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "SprintProfile",
    examples: [
      {
        id: "5b7e2d91-3c4a-4f68-9a1e-7d2c8b4f6a30",
        athlete_id: "3f2a9d6e-1c5b-4a87-9e0d-7b4c2f8a1d36",
        date: "2026-11-18",
        start: "standing",
        source: "manual",
        session_id: null,
        distances_m: [5, 10, 20, 30, 40],
        times_s: [1.2, 1.98, 3.24, 4.4, 5.54],
        time_correction_s: 0.3,
        body_mass_kg: 75,
        height_m: 1.8,
        wind_mps: null,
        notes: "Indoor, timing gates",
        mss: 9.2412,
        tau: 1.537,
        mac: 6.0127,
        pmax_rel: 13.891,
        rse: 0.0122,
        residuals: [{ distance_m: 5, time_s: 1.2, predicted_s: 1.1981, residual_s: 0.0019 }],
        fv: {
          f0: 451,
          f0_rel: 6.01,
          v0: 9.78,
          pmax: 1103,
          pmax_rel: 14.7,
          fv_slope: -0.615,
          rf_max: 0.451,
          drf: -0.0566,
        },
        created_at: "2026-11-18T17:05:00.000Z",
      },
    ],
  });
export type SprintProfileDto = z.infer<typeof sprintProfileResponse>;

export const sprintProfilesResponse = z.object({
  profiles: z.array(sprintProfileResponse).meta({ description: "Newest first." }),
});

export const createdSprintProfileResponse = z.object({ profile: sprintProfileResponse });

export function toSprintProfileDto(row: SprintProfileRow): SprintProfileDto {
  return {
    id: row.id,
    athlete_id: row.userId,
    date: row.date,
    start: row.start,
    source: row.source,
    session_id: row.sessionId,
    distances_m: row.splits.map((s) => s.distance_m),
    times_s: row.splits.map((s) => s.time_s),
    time_correction_s: row.timeCorrectionS,
    body_mass_kg: row.bodyMassKg,
    height_m: row.heightM,
    wind_mps: row.windMps,
    notes: row.notes,
    mss: row.mss,
    tau: row.tau,
    mac: row.mac,
    pmax_rel: row.pmaxRel,
    rse: row.rse,
    residuals: row.residuals,
    fv: row.fv,
    created_at: row.createdAt.toISOString(),
  };
}

export const splitImportPreviewResponse = z.object({
  columns: z.array(z.string()).meta({ description: "The file's headers, in order." }),
  mapping: z
    .object({
      date_column: z.string().nullable().optional(),
      gates: z.array(z.object({ column: z.string(), distance_m: z.number() })),
      times: z.enum(["cumulative", "segments"]),
    })
    .meta({ description: "The mapping used: the one sent, or Aria's guess from the headers when none was." }),
  rows: z.array(
    z
      .object({
        line: z.int().min(2).meta({ description: "The line in the file; the header is line 1." }),
        valid: z.boolean(),
        values: z.record(z.string(), z.string()).meta({ description: "The row's cells by column, as typed." }),
        errors: z.record(z.string(), z.string()).meta({ description: "Each column at fault and what it must be." }),
        fit: z
          .object({ mss: z.number(), mac: z.number(), tau: z.number(), rse: z.number() })
          .nullable()
          .meta({ description: "The model fitted to a valid row; null for a row with problems." }),
      })
      .meta({ id: "SplitImportRow" }),
  ),
  valid: z.int().min(0),
  invalid: z.int().min(0),
});
