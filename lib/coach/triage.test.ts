import { describe, expect, it } from "vitest";
import { acwrZone } from "@/lib/analysis/load";
import { acwrDistance, type TriageInput, triage, triageReason } from "./triage";

const athlete = (name: string, over: Partial<TriageInput> = {}): TriageInput => ({
  id: name.toLowerCase(),
  name,
  acwr: 1.0,
  daysSinceLastSession: 1,
  flags: [],
  ...over,
});
const flag = (priority: "critical" | "high" | "medium" | "low", type = "injury_warning" as const) => ({
  type,
  priority,
  title: `${priority} flag`,
});
const order = (athletes: TriageInput[]) => triage(athletes).map((a) => a.name);

describe("coach triage queue", () => {
  it("puts the injured athlete with a critical warning first, whatever the rest", () => {
    expect(
      order([
        athlete("Spike", { acwr: 2.4, flags: [flag("high"), flag("high")] }),
        athlete("Idle", { daysSinceLastSession: 40 }),
        athlete("Injured", { flags: [flag("critical")] }),
      ]),
    ).toEqual(["Injured", "Spike", "Idle"]);
  });

  it("ranks more high warnings above fewer, then the ACWR furthest from 0.8–1.3", () => {
    expect(
      order([
        athlete("OneHigh", { flags: [flag("high")] }),
        athlete("TwoHigh", { flags: [flag("high"), flag("high")] }),
        athlete("Low", { acwr: 0.5 }),
        athlete("Elevated", { acwr: 1.45 }),
      ]),
    ).toEqual(["TwoHigh", "OneHigh", "Low", "Elevated"]);
  });

  it("treats the sweet spot's edges as inside it", () => {
    expect(acwrDistance(0.8)).toBe(0);
    expect(acwrDistance(1.3)).toBe(0);
    expect(acwrDistance(1.31)).toBeCloseTo(0.01);
    expect(acwrDistance(0.79)).toBeCloseTo(0.01);
    expect(acwrDistance(null)).toBe(0);
  });

  it.each([0.79, 0.8, 1.3, 1.31, 1.5, 1.51])(
    "places an ACWR of %f off the sweet spot exactly when the engine does",
    (acwr) => {
      const off = acwrZone(acwr) !== "sweet_spot";
      expect(acwrDistance(acwr) > 0).toBe(off);
      expect(triageReason(athlete("A", { acwr })).includes("the 0.8–1.3 sweet spot")).toBe(off);
    },
  );

  it("reads an ACWR of 1.5 and of 1.51 as above the sweet spot, and queues the one past the danger line first", () => {
    expect(order([athlete("AtLine", { acwr: 1.5 }), athlete("Past", { acwr: 1.51 })])).toEqual(["Past", "AtLine"]);
    expect(triageReason(athlete("A", { acwr: 1.5 }))).toBe("ACWR 1.50, 0.20 above the 0.8–1.3 sweet spot");
    expect(triageReason(athlete("B", { acwr: 1.51 }))).toBe("ACWR 1.51, 0.21 above the 0.8–1.3 sweet spot");
    expect(triageReason(athlete("C", { acwr: 0.79 }))).toBe("ACWR 0.79, 0.01 below the 0.8–1.3 sweet spot");
  });

  it("then puts the longest without a session first, and never having trained longest of all", () => {
    expect(
      order([
        athlete("Yesterday", { daysSinceLastSession: 1 }),
        athlete("Never", { acwr: null, daysSinceLastSession: null }),
        athlete("Fortnight", { daysSinceLastSession: 14 }),
      ]),
    ).toEqual(["Never", "Fortnight", "Yesterday"]);
  });

  it("breaks full ties by the medium and low flags left, then by name, so the order is stable", () => {
    expect(
      order([
        athlete("Bea"),
        athlete("Abe"),
        athlete("Cal", { flags: [flag("low")] }),
        athlete("Dee", { flags: [flag("medium")] }),
      ]),
    ).toEqual(["Dee", "Cal", "Abe", "Bea"]);
  });

  it("says why each athlete sits where they do", () => {
    expect(triageReason(athlete("A", { flags: [flag("critical")] }))).toBe("Critical: critical flag");
    expect(triageReason(athlete("B", { flags: [flag("high")] }))).toBe("High: high flag");
    expect(triageReason(athlete("C", { acwr: 1.62 }))).toBe("ACWR 1.62, 0.32 above the 0.8–1.3 sweet spot");
    expect(triageReason(athlete("D", { acwr: null, daysSinceLastSession: null }))).toBe("No sessions logged yet");
    expect(triageReason(athlete("E", { daysSinceLastSession: 4 }))).toBe("On track: last session 4 days ago");
  });
});
