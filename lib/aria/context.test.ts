import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mondayOf } from "@/lib/analysis/compliance";
import { ariaLocal } from "@/lib/aria/local/model";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { addPainLog, createInjury } from "@/lib/injuries/service";
import { athleteReadiness } from "@/lib/insights/readiness";
import { createPlans } from "@/lib/plans/service";
import { createSession } from "@/lib/training/sessions";
import { testAccount } from "@/scripts/test/accounts";
import { buildAthleteContext } from "./context";
import { systemPrompt } from "./prompt";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

describe("the athlete context's readiness", () => {
  it("carries today's verdict, reasons and session, the same as the readiness service's", async () => {
    const athlete = await testAccount(db, "athlete");
    const today = todayIn("UTC");
    const writer = { userId: athlete.id, timezone: "UTC" };
    const injury = await createInjury(db, writer, {
      body_part: "Hamstring",
      side: "left",
      severity: "mild",
      onset_date: addDays(today, -4),
    });
    await addPainLog(db, writer, injury.id, { level: 4, date: addDays(today, -1), notes: null });

    const context = await buildAthleteContext(db, athlete.id);
    const { planned, ...readiness } = await athleteReadiness(db, athlete.id);
    expect(planned).toBeNull();
    expect(context.today).toEqual(readiness);
    expect(context.plan_this_week).toEqual([]);
    expect(context.today).toMatchObject({
      date: context.as_of,
      verdict: "modify",
      reasons: [{ rule: "lower_body_injury", evidence: { pain: 4 } }],
      session: { source: "injury" },
    });

    // The prompt hands it to a remote model with the rule, and aria-local answers from it.
    const system = systemPrompt(context);
    expect(system).toContain("get_readiness");
    expect(system).toContain("Never contradict the verdict");
    const { stream } = await ariaLocal().doStream({
      prompt: [
        { role: "system", content: system },
        { role: "user", content: [{ type: "text", text: "Can I do flying sprints today?" }] },
      ],
    });
    let text = "";
    for await (const part of stream) if (part.type === "text-delta") text += part.delta;
    expect(text).toMatch(
      /^No — not today\. Max-velocity work \(flys\) is a hard sprint session, and your left hamstring/,
    );
  });
});

describe("the athlete context's plan", () => {
  it("carries the week's plans, done or not, and today's session follows today's plan", async () => {
    const athlete = await testAccount(db, "athlete");
    const today = todayIn("UTC");
    const monday = mondayOf(today);
    const caller = { userId: athlete.id, role: "athlete" as const };
    const plan = (date: string, type: "tempo" | "strength" | "technique", reps: string | null = null) =>
      createPlans(db, caller, { athlete_id: "me", date, type, duration_min: 40, rpe: 5, reps });
    await plan(today, "technique", "Wickets 4×30 m");
    await plan(addDays(monday, 7), "strength");
    await plan(addDays(monday, -1), "tempo");
    await createSession(db, athlete.id, { date: today, type: "tempo", duration_min: 30, rpe: 4 });

    const context = await buildAthleteContext(db, athlete.id);
    expect(context.plan_this_week).toEqual([
      { date: today, type: "technique", duration_min: 40, rpe: 5, reps: "Wickets 4×30 m", done: true },
    ]);
    const { planned, ...readiness } = await athleteReadiness(db, athlete.id);
    expect(planned).toMatchObject({ date: today, type: "technique", reps: "Wickets 4×30 m" });
    expect(context.today).toEqual(readiness);
    expect(context.today?.session).toMatchObject({ type: "technique", source: "plan", reps: "Wickets 4×30 m" });
  });
});

describe("the athlete context's sprint profile", () => {
  it("carries no reading without a profile, and the prompt names the tool and how to get one", async () => {
    const athlete = await testAccount(db, "athlete");
    const context = await buildAthleteContext(db, athlete.id);
    expect(context.sprint_profile).toBeNull();
    const system = systemPrompt(context);
    expect(system).toContain("get_sprint_profile");
    expect(system).toContain("Progress → Sprint profile");
  });
});
