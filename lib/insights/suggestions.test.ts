import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { notifications, suggestions, users } from "@/db/schema";
import { generateSuggestions } from "@/lib/analysis/suggestions";
import { AS_OF, ago, athlete, injury, pain, session } from "@/lib/analysis/test-support";
import type { AthleteInput } from "@/lib/analysis/types";
import type { SuggestionType } from "@/lib/core/domain";
import { createTestDatabase } from "@/scripts/test/databases";
import { countQueries } from "@/scripts/test/query-counter";
import { setSuggestionStatus, storeSuggestions } from "./suggestions";

const adapters = [
  { name: "pglite (in-memory)", open: () => openDatabase({ driver: "pglite" }) },
  {
    name: "postgres via pg (real server)",
    open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }),
  },
];

/** Noon UTC on a day `days` after AS_OF (a Tuesday, 24 Nov 2026). */
const at = (days = 0) => new Date(`${ago(-days)}T12:00:00Z`);

describe.each(adapters)("stored suggestions on $name", ({ name, open }) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const newAthlete = async (timezone = "UTC") => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@suggestions.example`, name: "S", role: "athlete", timezone })
      .returning();
    return user!.id;
  };

  /** Generates the athlete's suggestions as of a day after AS_OF and stores them at noon that day. */
  const run = async (userId: string, input: AthleteInput, days = 0) => {
    const stored = await storeSuggestions(
      handle.db,
      [{ userId, suggestions: generateSuggestions(input, ago(-days)) }],
      at(days),
    );
    return stored.get(userId) ?? [];
  };

  const openOf = async (userId: string, input: AthleteInput, type: SuggestionType, days = 0) =>
    (await run(userId, input, days)).find((s) => s.type === type);

  const rowsOf = (userId: string, type: SuggestionType) =>
    handle.db
      .select()
      .from(suggestions)
      .where(and(eq(suggestions.userId, userId), eq(suggestions.type, type)));

  const painful = (logs: [number, number][]) =>
    athlete({ injuries: [injury({ onsetDaysAgo: 10 })], painLogs: pain("injury-1", logs) });

  const trainingOnInjury = athlete({
    injuries: [injury({ onsetDaysAgo: 3 })],
    sessions: [session(1, { type: "max_velocity", durationMin: 40 })],
  });

  it("keeps a dismissed suggestion closed on the next runs while its evidence is the same", async () => {
    const id = await newAthlete();
    const input = painful([[1, 7]]);
    const raised = await openOf(id, input, "pain_high");
    expect(raised?.evidenceKey).toBe(`injury-1@${ago(1)}=7`);
    await setSuggestionStatus(handle.db, id, raised!.id, "dismissed", at(0));
    expect(await openOf(id, input, "pain_high")).toBeUndefined();
    expect(await openOf(id, input, "pain_high", 2)).toBeUndefined();
    expect((await rowsOf(id, "pain_high")).map((r) => r.status)).toEqual(["dismissed"]);
  });

  it("raises it again with a new pain log, saying what is new in words", async () => {
    const id = await newAthlete();
    const input = painful([[1, 7]]);
    const raised = await openOf(id, input, "pain_high");
    await setSuggestionStatus(handle.db, id, raised!.id, "dismissed", at(0));
    const again = await openOf(
      id,
      painful([
        [1, 7],
        [-1, 8],
      ]),
      "pain_high",
      1,
    );
    expect(again?.id).not.toBe(raised?.id);
    expect(again?.message).toMatch(
      /^New since you dismissed this on Tue 24 Nov: pain 8\/10 on Wed 25 Nov for your right hamstring\. You logged pain 8\/10/,
    );
    expect(again?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(again?.evidenceKey).toBe(`injury-1@${ago(-1)}=8`);
  });

  it("treats done like dismissed", async () => {
    const id = await newAthlete();
    const input = painful([[1, 7]]);
    const raised = await openOf(id, input, "pain_high");
    await setSuggestionStatus(handle.db, id, raised!.id, "done", at(0));
    expect(await openOf(id, input, "pain_high", 1)).toBeUndefined();
    const again = await openOf(
      id,
      painful([
        [1, 7],
        [0, 9],
      ]),
      "pain_high",
      1,
    );
    expect(again?.message).toMatch(/^New since you marked this done on Tue 24 Nov: pain 9\/10 on Tue 24 Nov/);
  });

  it("holds a critical warning to the same rule: closed until a new session on the injury", async () => {
    const id = await newAthlete();
    const raised = await openOf(id, trainingOnInjury, "injury_warning");
    expect(raised?.priority).toBe("critical");
    await setSuggestionStatus(handle.db, id, raised!.id, "dismissed", at(0));
    expect(await openOf(id, trainingOnInjury, "injury_warning")).toBeUndefined();
    expect(await openOf(id, trainingOnInjury, "injury_warning", 3)).toBeUndefined();
    const trainedAgain = {
      ...trainingOnInjury,
      sessions: [...trainingOnInjury.sessions, session(-3, { type: "acceleration", durationMin: 30 })],
    };
    const again = await openOf(id, trainedAgain, "injury_warning", 3);
    expect(again?.message).toMatch(
      /^New since you dismissed this on Tue 24 Nov: 30 min of acceleration on Fri 27 Nov with your right hamstring injury still active\./,
    );
    // A critical warning raised again is news: it reaches the notifications too.
    const notes = await handle.db.select().from(notifications).where(eq(notifications.userId, id));
    expect(notes.map((n) => n.refId).sort()).toEqual([raised!.id, again!.id].sort());
  });

  it("names the day it was closed in the athlete's own zone", async () => {
    const id = await newAthlete("Pacific/Auckland");
    const input = painful([[1, 7]]);
    const raised = await openOf(id, input, "pain_high");
    // 23:30 UTC on Tue 24 Nov is already Wednesday in Auckland.
    await setSuggestionStatus(handle.db, id, raised!.id, "dismissed", new Date(`${AS_OF}T23:30:00Z`));
    const again = await openOf(
      id,
      painful([
        [1, 7],
        [-2, 8],
      ]),
      "pain_high",
      2,
    );
    expect(again?.message).toMatch(/^New since you dismissed this on Wed 25 Nov:/);
  });

  it("does not repeat an open suggestion when run twice, and keeps its key current", async () => {
    const id = await newAthlete();
    const first = await run(id, trainingOnInjury);
    const second = await run(id, trainingOnInjury);
    expect(second.map((s) => s.id).sort()).toEqual(first.map((s) => s.id).sort());
    expect((await rowsOf(id, "injury_warning")).length).toBe(1);
    const more = { ...trainingOnInjury, sessions: [...trainingOnInjury.sessions, session(0)] };
    const refreshed = (await run(id, more)).find((s) => s.type === "injury_warning");
    expect(refreshed?.id).toBe(first.find((s) => s.type === "injury_warning")?.id);
    expect(refreshed?.evidenceKey?.split(" ")).toHaveLength(2);
    expect(refreshed?.message).not.toMatch(/^New since/);
  });

  it("leaves an open suggestion untouched when a later run says the same, and updates it when the text changes", async () => {
    const id = await newAthlete();
    const storeAt = async (input: AthleteInput, now: Date) =>
      (await storeSuggestions(handle.db, [{ userId: id, suggestions: generateSuggestions(input, AS_OF) }], now))
        .get(id)
        ?.find((s) => s.type === "injury_warning");
    const first = await storeAt(trainingOnInjury, at(0));
    const same = await storeAt(trainingOnInjury, at(1));
    expect(same?.updatedAt.getTime()).toBe(at(0).getTime());
    const more = { ...trainingOnInjury, sessions: [...trainingOnInjury.sessions, session(0)] };
    const changed = await storeAt(more, at(1));
    expect(changed?.id).toBe(first?.id);
    expect(changed?.message).not.toBe(first?.message);
    expect(changed?.updatedAt.getTime()).toBe(at(1).getTime());
  });

  it("clears the key when Aria closes a suggestion itself, so the same evidence may be raised again", async () => {
    const id = await newAthlete();
    const raised = await openOf(id, trainingOnInjury, "injury_warning");
    const recovering = { ...trainingOnInjury, injuries: [injury({ onsetDaysAgo: 3, status: "recovering" })] };
    expect(await openOf(id, recovering, "injury_warning")).toBeUndefined();
    const [closed] = await rowsOf(id, "injury_warning");
    expect(closed).toMatchObject({ id: raised!.id, status: "done", evidenceKey: null });
    const again = await openOf(id, trainingOnInjury, "injury_warning");
    expect(again?.message).not.toMatch(/^New since/);
  });

  it("compares with the athlete's latest closed suggestion of the type", async () => {
    const id = await newAthlete();
    const first = await openOf(id, painful([[1, 7]]), "pain_high");
    await setSuggestionStatus(handle.db, id, first!.id, "dismissed", at(0));
    const second = await openOf(
      id,
      painful([
        [1, 7],
        [-1, 8],
      ]),
      "pain_high",
      1,
    );
    await setSuggestionStatus(handle.db, id, second!.id, "done", at(1));
    expect(
      await openOf(
        id,
        painful([
          [1, 7],
          [-1, 8],
        ]),
        "pain_high",
        2,
      ),
    ).toBeUndefined();
    const third = await openOf(
      id,
      painful([
        [1, 7],
        [-1, 8],
        [-2, 9],
      ]),
      "pain_high",
      2,
    );
    expect(third?.message).toMatch(/^New since you marked this done on Wed 25 Nov: pain 9\/10 on Thu 26 Nov/);
  });

  // The statement counter reads the embedded database's client, so the case exists for PGlite only.
  if (name.startsWith("pglite")) {
    it("issues the same number of statements for one athlete as for ten", async () => {
      const ids = await Promise.all(Array.from({ length: 10 }, () => newAthlete()));
      const batch = (n: number) =>
        ids.slice(0, n).map((userId) => ({ userId, suggestions: generateSuggestions(trainingOnInjury, AS_OF) }));
      const counter = countQueries(handle);
      await storeSuggestions(handle.db, batch(1), at(0), { readBack: false });
      const forOne = counter.count;
      counter.reset();
      await storeSuggestions(handle.db, batch(10), at(0), { readBack: false });
      expect(counter.count).toBe(forOne);
    });
  }
});
