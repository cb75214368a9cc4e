import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { buildAthleteContext } from "@/lib/aria/context";
import { SPRINT_PROFILE_HOW_TO } from "@/lib/aria/context-types";
import { ALEX } from "@/lib/aria/local/fixtures";
import { ariaLocal } from "@/lib/aria/local/model";
import { systemPrompt } from "@/lib/aria/prompt";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { sprintProfileAnswer } from "./sprint-profile";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

/** aria-local's reply to one message, with the athlete's context as the chat builds it (the demo squad is seeded). */
async function ask(userId: string, message: string): Promise<string> {
  const { stream } = await ariaLocal().doStream({
    prompt: [
      { role: "system", content: systemPrompt(await buildAthleteContext(db, userId)) },
      { role: "user", content: [{ type: "text", text: message }] },
    ],
  });
  let text = "";
  for await (const part of stream) if (part.type === "text-delta") text += part.delta;
  return text;
}

const demo = async (email: string) => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo athlete ${email}`);
  return user.id;
};

describe("aria-local on the sprint profile", () => {
  it.each([
    "how is my acceleration?",
    "what should I work on, speed or acceleration?",
    "what's my top speed?",
    "did my max velocity improve?",
  ])("answers %s from Priya's profiles: the reading, the focus and why, and drills for it", async (question) => {
    const id = await demo("priya@aria.example");
    const { sprint_profile: profile } = await buildAthleteContext(db, id);
    expect(profile).toMatchObject({ focus: "top_speed" });
    expect(profile?.summary).toMatch(/^Your acceleration improved .* since .*; top speed has not moved\./);
    expect(profile?.drills.length).toBeGreaterThanOrEqual(2);
    const reply = await ask(id, question);
    expect(reply.startsWith(profile?.summary ?? "-")).toBe(true);
    expect(reply).toContain(`What to work on: top speed — ${profile?.focus_reason}.`);
    for (const drill of profile?.drills ?? []) expect(reply).toContain(drill.name);
  });

  it("names acceleration drills when acceleration is the focus (Leo: top speed up, acceleration flat)", async () => {
    const id = await demo("leo@aria.example");
    const { sprint_profile: profile } = await buildAthleteContext(db, id);
    expect(profile).toMatchObject({ focus: "acceleration", drills_held_back_for: [] });
    const reply = await ask(id, "how is my acceleration?");
    expect(reply).toContain("What to work on: acceleration — your acceleration has not moved since");
    expect(reply).toMatch(/Drills for it: .*(Standing starts|3-point starts|Acceleration sprints)/);
  });

  it("holds the sprint drills back while Jordan's hamstring is active", async () => {
    const reply = await ask(await demo("jordan@aria.example"), "what should I work on, speed or acceleration?");
    expect(reply).toMatch(/^Your acceleration improved .*; top speed has not moved\./);
    expect(reply).toContain("No sprint drills while your right hamstring is active");
    expect(reply).not.toContain("Drills for it");
  });

  it("explains how to get a profile to an athlete without one", async () => {
    const athlete = await testAccount(db, "athlete", "Robin Test");
    const reply = await ask(athlete.id, "how is my acceleration?");
    expect(reply).toContain("You don't have a sprint profile yet, Robin.");
    expect(reply).toContain("5, 10, 20, 30 and 40 m");
    expect(reply).toContain("Progress → Sprint profile");
  });

  it("still says how to measure one without any context", () => {
    expect(sprintProfileAnswer(null)).toContain(SPRINT_PROFILE_HOW_TO);
    expect(sprintProfileAnswer({ ...ALEX, sprint_profile: null })).toContain(SPRINT_PROFILE_HOW_TO);
  });
});
