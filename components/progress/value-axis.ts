/**
 * The value axis of a progress chart: round ticks (12.40, 12.60 … or 2.40, 2.45 …), every one written with the same
 * decimals as the marks (2.40 beside 2.52, not 2.4), and a range that a single mark or a run of equal marks does
 * not blow up to whole units.
 */

import { markNumber } from "./controls";

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  decimals: number;
}

/** At most this many gaps between ticks: four or five labels fit the chart's height on a phone. */
const MAX_INTERVALS = 4;

/** The most decimals any of the marks is written with (markNumber): two for times, else as the marks use. */
function decimalsOf(values: readonly number[], unit: string): number {
  return Math.max(0, ...values.map((value) => markNumber(value, unit).split(".")[1]?.length ?? 0));
}

export function valueAxis(values: readonly number[], unit: string): ValueAxis {
  const decimals = decimalsOf(values, unit);
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { domain: [0, 1], ticks: [0, 1], decimals };
  // Whole counts of the marks' last decimal, so that no tick picks up float dust (12.389999…).
  const scale = 10 ** decimals;
  let low = Math.round(Math.min(...finite) * scale);
  let high = Math.round(Math.max(...finite) * scale);
  if (low === high) {
    // One value: 2 % of it either side, at least one step of its last decimal.
    const room = Math.max(1, Math.round(Math.abs(high) * 0.02));
    low -= room;
    high += room;
  }
  const step = roundStep(low, high);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last; tick += step) ticks.push(tick / scale);
  return { domain: [first / scale, last / scale], ticks, decimals };
}

/** The smallest of 1, 2, 5, 10, 20, 50 … steps that spans low to high in at most MAX_INTERVALS gaps. */
function roundStep(low: number, high: number): number {
  for (let power = 1; ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = multiple * power;
      if (Math.ceil(high / step) - Math.floor(low / step) <= MAX_INTERVALS) return step;
    }
  }
}
