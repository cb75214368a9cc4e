import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sprintProfiles, trainingSessions } from "@/db/schema";
import { withinDates } from "@/db/sql";
import { fitSprintProfile, type SprintProfile, type SprintProfileError } from "@/lib/analysis/sprint-profile";
import { CACHE_TTL_SECONDS, cached, cacheKeys, invalidate } from "@/lib/cache";
import { errors } from "@/lib/core/errors";
import { type ListQuery, uuidField } from "@/lib/core/validation";
import { apiField } from "./api-field";
import { type SprintProfileDto, toSprintProfileDto } from "./responses";
import type { SprintProfileInputBody } from "./schemas";

/**
 * Sprint profiles (PRODUCT 4.9): an athlete stores the split times of one maximal sprint; the model is fitted when
 * it is stored and kept with the splits, so a read never fits again. Reads are cached per athlete and cleared by
 * every write. The athlete and their linked coaches may read them (the route resolves who); only the athlete writes.
 */

type Fields = Omit<SprintProfileInputBody, "source" | "session_id">;

/** The model fitted to the fields, or the first reason it cannot be, named by the API's field. */
export function fitFields(
  fields: Fields,
): { ok: true; profile: SprintProfile } | { ok: false; error: SprintProfileError } {
  const result = fitSprintProfile({
    splits: fields.distances_m.map((distance_m, i) => ({ distance_m, time_s: fields.times_s[i]! })),
    timeCorrection_s: fields.time_correction_s,
    bodyMass_kg: fields.body_mass_kg,
    height_m: fields.height_m,
    wind_mps: fields.wind_mps,
  });
  if (result.ok) return result;
  return { ok: false, error: { ...result.error, field: apiField(result.error.field) } };
}

function rowValues(userId: string, input: SprintProfileInputBody, profile: SprintProfile) {
  return {
    userId,
    date: input.date,
    start: input.start,
    source: input.source,
    sessionId: input.session_id ?? null,
    splits: input.distances_m.map((distance_m, i) => ({ distance_m, time_s: input.times_s[i]! })),
    timeCorrectionS: profile.timeCorrection_s,
    bodyMassKg: input.body_mass_kg ?? null,
    heightM: input.height_m ?? null,
    windMps: input.wind_mps ?? null,
    notes: input.notes ?? null,
    mss: profile.mss,
    tau: profile.tau,
    mac: profile.mac,
    pmaxRel: profile.pmax,
    rse: profile.rse,
    residuals: profile.residuals,
    fv: profile.fv
      ? {
          f0: profile.fv.f0_n,
          f0_rel: profile.fv.f0_nkg,
          v0: profile.fv.v0_mps,
          pmax: profile.fv.pmax_w,
          pmax_rel: profile.fv.pmax_wkg,
          fv_slope: profile.fv.fvSlope,
          rf_max: profile.fv.rfMax,
          drf: profile.fv.drf,
        }
      : null,
  };
}

/** Refuses a session that is not the athlete's own, as not found (whose sessions exist is not for others to learn). */
async function checkOwnSession(db: Database, userId: string, sessionId: string | undefined): Promise<void> {
  if (!sessionId) return;
  const [row] = await db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.userId, userId)))
    .limit(1);
  if (!row) throw errors.validation({ session_id: "must be one of your own logged sessions" });
}

/**
 * Fits and stores each profile, all in one transaction, or none: the first that cannot be fitted is refused with its
 * field named (`fieldOf` prefixes it for a file's line). Invalidates the athlete's cached reads after the commit.
 */
export async function insertSprintProfiles(
  db: Database,
  userId: string,
  inputs: readonly SprintProfileInputBody[],
  fieldOf: (index: number, field: string) => string = (_, field) => field,
): Promise<SprintProfileDto[]> {
  const values = inputs.map((input, index) => {
    const fitted = fitFields(input);
    if (!fitted.ok) {
      throw errors.validation(
        { [fieldOf(index, fitted.error.field)]: fitted.error.message },
        "These split times cannot give a sprint profile.",
      );
    }
    return rowValues(userId, input, fitted.profile);
  });
  const rows = await db.transaction(async (tx) => {
    for (const input of inputs) await checkOwnSession(tx, userId, input.session_id);
    return tx.insert(sprintProfiles).values(values).returning();
  });
  await invalidate.sprintProfilesWritten(userId);
  return rows.map(toSprintProfileDto);
}

/** `POST /api/v1/sprint-profiles`. */
export async function createSprintProfile(
  db: Database,
  userId: string,
  input: SprintProfileInputBody,
): Promise<SprintProfileDto> {
  const [profile] = await insertSprintProfiles(db, userId, [input]);
  return profile!;
}

/** `GET /api/v1/sprint-profiles/{user_id}`: newest first (by date, then by when stored). */
export async function listSprintProfiles(db: Database, userId: string, query: ListQuery): Promise<SprintProfileDto[]> {
  const rows = await db
    .select()
    .from(sprintProfiles)
    .where(and(eq(sprintProfiles.userId, userId), withinDates(sprintProfiles.date, query)))
    .orderBy(desc(sprintProfiles.date), desc(sprintProfiles.createdAt), desc(sprintProfiles.id))
    .limit(query.limit);
  return rows.map(toSprintProfileDto);
}

/** The cached read (cleared by every write of the athlete's profiles). */
export function cachedSprintProfiles(db: Database, userId: string, query: ListQuery): Promise<SprintProfileDto[]> {
  return cached(
    cacheKeys.sprintProfiles(userId, `${query.from ?? ""}:${query.to ?? ""}:${query.limit}`),
    CACHE_TTL_SECONDS.sprintProfiles,
    () => listSprintProfiles(db, userId, query),
  );
}

/** `DELETE /api/v1/sprint-profiles/items/{id}`: the athlete's own; anyone else's is not found. */
export async function deleteSprintProfile(db: Database, userId: string, id: string): Promise<void> {
  if (!uuidField.safeParse(id).success) throw errors.notFound("sprint profile");
  const deleted = await db
    .delete(sprintProfiles)
    .where(and(eq(sprintProfiles.id, id), eq(sprintProfiles.userId, userId)))
    .returning({ id: sprintProfiles.id });
  if (deleted.length === 0) throw errors.notFound("sprint profile");
  await invalidate.sprintProfilesWritten(userId);
}
