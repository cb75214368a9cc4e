import { describe, expect, it } from "vitest";
import {
  accelerationAtTime,
  distanceAtTime,
  timeAtDistance,
  timeAtDistanceGradient,
  velocityAtDistance,
  velocityAtTime,
} from "./model";

const PAIRS: [number, number][] = [
  [6.5, 0.6],
  [8.591, 0.811],
  [10, 1.2],
  [12, 1.6],
];

describe("the mono-exponential sprint model", () => {
  it("starts from rest at MAC = MSS/TAU and tends to MSS", () => {
    for (const [mss, tau] of PAIRS) {
      expect(velocityAtTime(0, mss, tau)).toBe(0);
      expect(distanceAtTime(0, mss, tau)).toBe(0);
      expect(accelerationAtTime(0, mss, tau)).toBeCloseTo(mss / tau, 12);
      expect(velocityAtTime(60, mss, tau)).toBeCloseTo(mss, 10);
    }
  });

  it("gives d(t) = MSS·(t + TAU·e^(−t/TAU)) − MSS·TAU", () => {
    for (const [mss, tau] of PAIRS) {
      for (const t of [0.1, 1, 2.5, 6]) {
        expect(distanceAtTime(t, mss, tau)).toBeCloseTo(mss * (t + tau * Math.exp(-t / tau)) - mss * tau, 10);
      }
    }
  });

  it("inverts d(t) through Lambert W: d(t(d)) = d from 0.5 m to 200 m", () => {
    for (const [mss, tau] of PAIRS) {
      for (const d of [0.5, 1, 5, 10, 20, 30, 40, 60, 100, 200]) {
        expect(distanceAtTime(timeAtDistance(d, mss, tau), mss, tau)).toBeCloseTo(d, 9);
      }
      expect(timeAtDistance(0, mss, tau)).toBe(0);
    }
  });

  it("approaches t ≈ d/MSS + TAU once the athlete is at top speed", () => {
    expect(timeAtDistance(200, 10, 1)).toBeCloseTo(200 / 10 + 1, 8);
  });

  it("gives the velocity at a distance as the velocity at the time it is reached", () => {
    const t = timeAtDistance(30, 9, 1.1);
    expect(velocityAtDistance(30, 9, 1.1)).toBeCloseTo(velocityAtTime(t, 9, 1.1), 12);
  });

  it("has the analytic gradient of t(d) that central differences give", () => {
    for (const [mss, tau] of PAIRS) {
      for (const d of [2, 5, 10, 20, 40]) {
        const [dMss, dTau] = timeAtDistanceGradient(d, mss, tau);
        const h = 1e-6;
        const numericMss = (timeAtDistance(d, mss + h, tau) - timeAtDistance(d, mss - h, tau)) / (2 * h);
        const numericTau = (timeAtDistance(d, mss, tau + h) - timeAtDistance(d, mss, tau - h)) / (2 * h);
        expect(dMss).toBeCloseTo(numericMss, 6);
        expect(dTau).toBeCloseTo(numericTau, 6);
      }
    }
  });
});
