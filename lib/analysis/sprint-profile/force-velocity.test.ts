import { describe, expect, it } from "vitest";
import { airResistanceK, fitSprintProfile, forceVelocityProfile } from "./index";

const KIMBERLEY = [5, 10, 15, 20, 30, 40].map((distance_m, i) => ({
  distance_m,
  time_s: [1.158, 1.893, 2.541, 3.149, 4.313, 5.444][i]!,
}));

describe("the horizontal force–velocity profile (Samozino et al. 2016)", () => {
  it("matches {shorts}' published profile of Kimberley at 60 kg and 1.70 m", () => {
    const result = fitSprintProfile({ splits: KIMBERLEY, bodyMass_kg: 60, height_m: 1.7 });
    if (!result.ok) throw new Error(result.error.message);
    const fv = result.profile.fv!;
    // create_FVP(MSS, MAC, bodymass = 60, bodyheight = 1.7), README.md of {shorts} 3.3.0 (commit 5f8ce55, 2024-10-27):
    // F0 635, F0_rel 10.6, V0 8.85, Pmax 1405, Pmax_rel 23.4, FV_slope −1.2 (printed to 3 significant digits).
    expect(fv.f0_n).toBeCloseTo(635, 0);
    expect(fv.f0_nkg).toBeCloseTo(10.6, 1);
    expect(fv.v0_mps).toBeCloseTo(8.85, 2);
    expect(fv.pmax_w).toBeCloseTo(1405, 0);
    expect(fv.pmax_wkg).toBeCloseTo(23.4, 1);
    expect(fv.fvSlope).toBeCloseTo(-1.2, 1);
    // get_FV_profile(MSS, TAU, bodymass = 60, bodyheight = 1.7), README.md of {shorts} 1.1.6: RFmax 0.599,
    // Drf −0.104. (That version took F0 and V0 from a regression over the sampled sprint, 630 N and 8.83 m/s;
    // 2.x and 3.x solve them exactly, as here.)
    expect(fv.rfMax).toBeCloseTo(0.599, 3);
    expect(fv.drf).toBeCloseTo(-0.104, 3);
  });

  it("computes k = ½·ρ·A·Cd from mass, height and air as {shorts}' get_air_resistance does", () => {
    // By hand: ρ = 1.293·(760/760)·273/298 = 1.18453 kg/m³, A = 0.2025·1.7^0.725·60^0.425·0.266 = 0.450917 m²,
    // k = 0.5·1.18453·0.450917·0.9.
    expect(airResistanceK(60, 1.7)).toBeCloseTo(0.5 * 1.1845268 * 0.4509168 * 0.9, 6);
    // ρ = 1.293·(700/760)·273/283 = 1.148839, A = 0.2025·1.85^0.725·80^0.425·0.266 = 0.541776.
    expect(airResistanceK(80, 1.85, 10, 700)).toBeCloseTo(0.5 * 1.148839 * 0.5417756 * 0.9, 6);
  });

  it("gives F0 = mass·MAC, V0 where F_H falls to zero, Pmax = F0·V0/4 and the slope −(F0/mass)/V0", () => {
    const mss = 9.5;
    const tau = 1.2;
    const mass = 75;
    for (const wind of [-3, 0, 2]) {
      const fv = forceVelocityProfile({ mss, tau, bodyMass_kg: mass, height_m: 1.8, wind_mps: wind })!;
      const k = airResistanceK(mass, 1.8);
      const horizontal = (v: number) => mass * (mss / tau) * (1 - v / mss) + k * (v - wind) * Math.abs(v - wind);
      // Tailwind helps at the start (−k·w²), headwind hinders (+k·w²).
      expect(fv.f0_n).toBeCloseTo(horizontal(0), 9);
      expect(fv.f0_n).toBeCloseTo(mass * (mss / tau) - k * wind * Math.abs(wind), 9);
      expect(horizontal(fv.v0_mps)).toBeCloseTo(0, 8);
      expect(fv.v0_mps).toBeGreaterThan(mss);
      expect(fv.pmax_w).toBeCloseTo((fv.f0_n * fv.v0_mps) / 4, 9);
      expect(fv.pmax_wkg).toBeCloseTo(fv.pmax_w / mass, 12);
      expect(fv.fvSlope).toBeCloseTo(-fv.f0_nkg / fv.v0_mps, 12);
    }
  });

  it("takes RFmax at 0.3 s, where the ratio of forces is highest, and a negative DRF", () => {
    const mss = 9.5;
    const tau = 1.2;
    const mass = 75;
    const fv = forceVelocityProfile({ mss, tau, bodyMass_kg: mass, height_m: 1.8 })!;
    const k = airResistanceK(mass, 1.8);
    const v = mss * (1 - Math.exp(-0.3 / tau));
    const horizontal = mass * (mss / tau) * Math.exp(-0.3 / tau) + k * v * v;
    expect(fv.rfMax).toBeCloseTo(horizontal / Math.hypot(horizontal, mass * 9.81), 12);
    expect(fv.drf).toBeLessThan(0);
  });

  it("is left out without body mass and height", () => {
    const result = fitSprintProfile({ splits: KIMBERLEY });
    expect(result.ok && result.profile.fv).toBeUndefined();
  });
});
