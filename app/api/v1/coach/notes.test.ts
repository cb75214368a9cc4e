import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, notifications, suggestions, trainingSessions } from "@/db/schema";
import { NOTE_MAX_CHARS } from "@/lib/coach/note-input";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import type { Account } from "@/scripts/test/authorization";
import * as myNotes from "../me/coach-notes/route";
import * as oneNote from "./athletes/[id]/notes/[note_id]/route";
import * as notes from "./athletes/[id]/notes/route";

let db: Database;

const link = (coach: { id: string }, athlete: { id: string }) =>
  db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id }).onConflictDoNothing();

async function sessionOf(athlete: { id: string }) {
  const [row] = await db
    .insert(trainingSessions)
    .values({ userId: athlete.id, date: "2026-11-24", type: "max_velocity", durationMin: 60, rpe: 8 })
    .returning();
  return row!.id;
}

async function suggestionOf(athlete: { id: string }) {
  const [row] = await db
    .insert(suggestions)
    .values({
      userId: athlete.id,
      type: "injury_warning",
      priority: "critical",
      title: "Training through a hamstring strain",
      message: "m",
      evidence: {},
    })
    .returning();
  return row!.id;
}

const write = (coach: Account, athleteId: string, body: unknown) =>
  callRoute(notes, "POST", { token: coach.token, params: { id: athleteId }, body });
const coachList = async (coach: Account, athleteId: string) =>
  callRoute(notes, "GET", { token: coach.token, params: { id: athleteId } });
const athleteList = async (athlete: Account) =>
  (await (await callRoute(myNotes, "GET", { token: athlete.token })).json()).notes as { id: string; body: string }[];

describe("coach notes", () => {
  let coach: Account;
  let otherCoach: Account;
  let athlete: Account;
  let otherAthlete: Account;

  beforeAll(async () => {
    db = await getDb();
    coach = await testAccount(db, "coach", "Coach Carter");
    otherCoach = await testAccount(db, "coach", "Coach Other");
    athlete = await testAccount(db, "athlete", "Sam Sprint");
    otherAthlete = await testAccount(db, "athlete", "Ola Other");
    await link(coach, athlete);
    await link(otherCoach, athlete);
  });

  it("lets a linked coach note a session; the athlete sees it and is notified", async () => {
    const sessionId = await sessionOf(athlete);
    const response = await write(coach, athlete.id, {
      target_type: "session",
      target_id: sessionId,
      body: "  Lovely relaxed shoulders on the flys. Keep that.  ",
    });
    expect(response.status).toBe(201);
    const { note } = await response.json();
    expect(note).toMatchObject({
      coach: { id: coach.id, name: "Coach Carter" },
      athlete_id: athlete.id,
      target_type: "session",
      target_id: sessionId,
      target_label: "Max velocity on Tue 24 Nov · 60 min at RPE 8",
      body: "Lovely relaxed shoulders on the flys. Keep that.",
    });
    expect((await athleteList(athlete)).map((n) => n.id)).toContain(note.id);
    const [notified] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, athlete.id), eq(notifications.refId, note.id)));
    expect(notified).toMatchObject({ kind: "coach_note", title: "Coach Carter left you a note" });
    expect(notified?.link).toBe("/dashboard#coach-notes");
    expect(notified?.body).toContain("Lovely relaxed shoulders");
  });

  it("lets a linked coach note a suggestion, labelled by its title", async () => {
    const suggestionId = await suggestionOf(athlete);
    const response = await write(coach, athlete.id, {
      target_type: "suggestion",
      target_id: suggestionId,
      body: "Agree with Aria: no max-speed work until the pain is gone.",
    });
    expect(response.status).toBe(201);
    expect((await response.json()).note).toMatchObject({
      target_type: "suggestion",
      target_id: suggestionId,
      target_label: "“Training through a hamstring strain”",
    });
  });

  it("lets a linked coach leave a general note; the athlete reads it and is notified", async () => {
    const response = await write(coach, athlete.id, {
      target_type: "athlete",
      body: "Proud of how you handled this block. Sleep is the next thing to win.",
    });
    expect(response.status).toBe(201);
    const { note } = await response.json();
    expect(note).toMatchObject({
      coach: { id: coach.id, name: "Coach Carter" },
      athlete_id: athlete.id,
      target_type: "athlete",
      target_id: null,
      target_label: "General note",
    });
    const read = (await athleteList(athlete)).find((n) => n.id === note.id);
    expect(read).toMatchObject({ target_type: "athlete", target_id: null, target_label: "General note" });
    expect((await (await coachList(coach, athlete.id)).json()).notes.map((n: { id: string }) => n.id)).toContain(
      note.id,
    );
    const [notified] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, athlete.id), eq(notifications.refId, note.id)));
    expect(notified).toMatchObject({
      kind: "coach_note",
      title: "Coach Carter left you a note",
      body: "General note: Proud of how you handled this block. Sleep is the next thing to win.",
    });
    // A null id reads the same as none.
    expect((await write(coach, athlete.id, { target_type: "athlete", target_id: null, body: "Hi" })).status).toBe(201);
  });

  it("refuses a general note from a coach who is not linked, as for any athlete", async () => {
    const outsider = await testAccount(db, "coach");
    const response = await write(outsider, athlete.id, { target_type: "athlete", body: "Fancy joining my squad?" });
    expect(response.status).toBe(404);
    expect(
      await db.select().from(notifications).where(eq(notifications.body, "General note: Fancy joining my squad?")),
    ).toEqual([]);
  });

  it("is read only by the two of them", async () => {
    const sessionId = await sessionOf(athlete);
    const { note } = await (
      await write(coach, athlete.id, { target_type: "session", target_id: sessionId, body: "Between us." })
    ).json();
    // Another coach of the same athlete lists only their own notes.
    const theirs = await coachList(otherCoach, athlete.id);
    expect(theirs.status).toBe(200);
    expect((await theirs.json()).notes.map((n: { id: string }) => n.id)).not.toContain(note.id);
    const mine = await (await coachList(coach, athlete.id)).json();
    expect(mine.notes.map((n: { id: string }) => n.id)).toContain(note.id);
    // Another athlete sees none of it.
    expect((await athleteList(otherAthlete)).map((n) => n.id)).not.toContain(note.id);
    // A coach who is not linked cannot list the athlete's notes or write one: the athlete does not exist for them.
    const outsider = await testAccount(db, "coach");
    expect((await coachList(outsider, athlete.id)).status).toBe(404);
    expect(
      (await write(outsider, athlete.id, { target_type: "session", target_id: sessionId, body: "Hi" })).status,
    ).toBe(404);
    // Nor can the other coach take it back.
    const stolen = await callRoute(oneNote, "DELETE", {
      token: otherCoach.token,
      params: { id: athlete.id, note_id: note.id },
    });
    expect(stolen.status).toBe(404);
  });

  it("refuses a target that is not the athlete's, and a body that is empty or too long, naming the field", async () => {
    const elsewhere = await sessionOf(otherAthlete);
    const notTheirs = await write(coach, athlete.id, { target_type: "session", target_id: elsewhere, body: "Hi" });
    expect(notTheirs.status).toBe(400);
    expect((await notTheirs.json()).error.fields).toEqual({ target_id: "is not one of this athlete's sessions" });

    const sessionId = await sessionOf(athlete);
    const cases: [unknown, string][] = [
      [{ target_type: "session", target_id: sessionId, body: "   " }, "body"],
      [{ target_type: "session", target_id: sessionId, body: "x".repeat(NOTE_MAX_CHARS + 1) }, "body"],
      [{ target_type: "meal", target_id: sessionId, body: "Hi" }, "target_type"],
      [{ target_type: "session", target_id: "nope", body: "Hi" }, "target_id"],
      // A session id offered as a suggestion is not one of the athlete's suggestions.
      [{ target_type: "suggestion", target_id: sessionId, body: "Hi" }, "target_id"],
      // A session or suggestion note names which; a general note names none.
      [{ target_type: "session", body: "Hi" }, "target_id"],
      [{ target_type: "suggestion", target_id: null, body: "Hi" }, "target_id"],
      [{ target_type: "athlete", target_id: sessionId, body: "Hi" }, "target_id"],
      [{ target_type: "athlete", body: "" }, "body"],
    ];
    for (const [body, field] of cases) {
      const response = await write(coach, athlete.id, body);
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toEqual([field]);
    }
    const unnamed = await write(coach, athlete.id, { target_type: "session", body: "Hi" });
    expect((await unnamed.json()).error.fields).toEqual({ target_id: "is required for a session note" });
    const longest = await write(coach, athlete.id, {
      target_type: "session",
      target_id: sessionId,
      body: "x".repeat(NOTE_MAX_CHARS),
    });
    expect(longest.status).toBe(201);
  });

  it("lets the coach take a note back, with its notification", async () => {
    const sessionId = await sessionOf(athlete);
    const { note } = await (
      await write(coach, athlete.id, { target_type: "session", target_id: sessionId, body: "Wrong athlete, sorry." })
    ).json();
    const response = await callRoute(oneNote, "DELETE", {
      token: coach.token,
      params: { id: athlete.id, note_id: note.id },
    });
    expect(response.status).toBe(204);
    expect((await athleteList(athlete)).map((n) => n.id)).not.toContain(note.id);
    expect(await db.select().from(notifications).where(eq(notifications.refId, note.id))).toEqual([]);
    const again = await callRoute(oneNote, "DELETE", {
      token: coach.token,
      params: { id: athlete.id, note_id: note.id },
    });
    expect(again.status).toBe(404);
  });

  it("goes with the session it is about, and stays with the athlete after the coach unlinks", async () => {
    const gone = await sessionOf(athlete);
    const kept = await sessionOf(athlete);
    const a = (await (await write(coach, athlete.id, { target_type: "session", target_id: gone, body: "A" })).json())
      .note;
    const b = (await (await write(coach, athlete.id, { target_type: "session", target_id: kept, body: "B" })).json())
      .note;
    await db.delete(trainingSessions).where(eq(trainingSessions.id, gone));
    const ids = (await athleteList(athlete)).map((n) => n.id);
    expect(ids).not.toContain(a.id);
    expect(ids).toContain(b.id);

    await db
      .delete(coachAthletes)
      .where(and(eq(coachAthletes.coachId, coach.id), eq(coachAthletes.athleteId, athlete.id)));
    expect((await coachList(coach, athlete.id)).status).toBe(404);
    expect((await athleteList(athlete)).map((n) => n.id)).toContain(b.id);
    await link(coach, athlete);
  });
});
