import { type FitQuality, fitQuality, type SprintFocus } from "@/lib/analysis/sprint-profile";
import type { SprintProfileSource, SprintStart } from "@/lib/core/domain";

/** How the Sprint profile pages name things: the figures with their units and meanings, starts, sources, fit quality. */

export const START_WORDS: Record<SprintStart, string> = {
  block: "Block start",
  crouch: "Crouch start",
  standing: "Standing start",
};

export const SOURCE_WORDS: Record<SprintProfileSource, string> = {
  manual: "typed in",
  csv: "from a CSV file",
  session: "from a session",
};

/** One figure of a profile: its short name, unit, digits shown, and what it means in one line. */
export interface Figure {
  name: string;
  unit: string;
  digits: number;
  meaning: string;
}

export const FIGURES = {
  mss: { name: "MSS", unit: "m/s", digits: 2, meaning: "Top speed: the fastest you would run if the sprint went on." },
  mac: { name: "MAC", unit: "m/s²", digits: 2, meaning: "Acceleration out of the start: how hard you push off." },
  tau: { name: "TAU", unit: "s", digits: 2, meaning: "Time to reach 63 % of top speed: lower is a quicker build-up." },
  pmax: { name: "PMAX", unit: "W/kg", digits: 1, meaning: "Peak horizontal power per kilogram (MSS × MAC ÷ 4)." },
  f0: { name: "F0", unit: "N/kg", digits: 2, meaning: "Horizontal force you could push at zero speed." },
  v0: { name: "V0", unit: "m/s", digits: 2, meaning: "Speed at which you could no longer push forward." },
  pmaxW: {
    name: "Pmax, total",
    unit: "W",
    digits: 0,
    meaning: "Peak horizontal power in watts, air resistance counted.",
  },
  rfMax: { name: "RFmax", unit: "%", digits: 1, meaning: "Share of your push that goes forward, at its best." },
  drf: {
    name: "DRF",
    unit: "% per m/s",
    digits: 1,
    meaning: "How fast that share falls as you speed up: closer to zero is better.",
  },
} as const satisfies Record<string, Figure>;

export function figureValue(figure: Figure, value: number): string {
  return `${value.toFixed(figure.digits)} ${figure.unit}`;
}

const FIT_WORDS: Record<FitQuality, string> = {
  close: "close fit",
  fair: "fair fit",
  loose: "loose fit: check the splits",
};

/** "close fit (RSE 0.012 s)": how well the model follows the splits, in words. */
export function fitWords(rse: number): string {
  return `${FIT_WORDS[fitQuality(rse)]} (RSE ${rse.toFixed(3)} s)`;
}

export const FOCUS_WORDS: Record<SprintFocus, string> = {
  acceleration: "Work on acceleration",
  top_speed: "Work on top speed",
  both: "Keep both acceleration and top speed in the plan",
};

/** The drill catalog's `trains` that serve each focus. */
export const FOCUS_TRAINS: Record<SprintFocus, readonly string[]> = {
  acceleration: ["acceleration"],
  top_speed: ["max_velocity"],
  both: ["acceleration", "max_velocity"],
};

/** "↑ 4.2 %", "↓ 1.0 %", "→ 0.5 %": a change with its direction, for a table cell. */
export function changeArrow(change: { pct: number; direction: "up" | "down" | "flat" } | null): string {
  if (!change) return "—";
  const arrow = change.direction === "up" ? "↑" : change.direction === "down" ? "↓" : "→";
  const sign = change.pct > 0 ? "+" : change.pct < 0 ? "−" : "";
  return `${arrow} ${sign}${Math.abs(change.pct).toFixed(1)} %`;
}

export function changeWords(change: { pct: number; direction: "up" | "down" | "flat" }): string {
  if (change.direction === "up") return `up ${Math.abs(change.pct).toFixed(1)} %`;
  if (change.direction === "down") return `down ${Math.abs(change.pct).toFixed(1)} %`;
  return "no real change";
}
