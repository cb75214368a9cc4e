import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { ariaLocal } from "@/lib/aria/local/model";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { addPainLog, createInjury } from "@/lib/injuries/service";
import { athleteReadiness } from "@/lib/insights/readiness";
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
    expect(context.today).toEqual(await athleteReadiness(db, athlete.id));
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
