import { describe, expect, it } from "vitest";
import { lambertW0 } from "./lambert-w";

/** The omega constant Ω = W(1) (OEIS A030178). */
const OMEGA = 0.5671432904097838;
const BRANCH_POINT = -Math.exp(-1);

describe("lambertW0: the principal branch of Lambert W", () => {
  it("is 0 at 0, 1 at e, Ω at 1 and −1 at the branch point −1/e", () => {
    expect(lambertW0(0)).toBe(0);
    expect(lambertW0(Math.E)).toBeCloseTo(1, 15);
    expect(lambertW0(1)).toBeCloseTo(OMEGA, 15);
    expect(lambertW0(BRANCH_POINT)).toBe(-1);
  });

  it("inverts w·e^w over the whole branch, from next to −1/e to 1e300", () => {
    const xs = [
      BRANCH_POINT + 1e-12,
      BRANCH_POINT + 1e-6,
      -0.36,
      -0.3,
      -0.25,
      -0.1,
      -1e-3,
      -1e-12,
      1e-12,
      1e-3,
      0.5,
      2,
      Math.E + 1e-9,
      10,
      1e3,
      1e6,
      1e12,
    ];
    for (const x of xs) {
      const w = lambertW0(x);
      expect(w).toBeGreaterThanOrEqual(-1);
      expect(Math.abs(w * Math.exp(w) - x)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(x)));
    }
    // e^w overflows beyond about 1e308, so the huge end is checked on the logarithm of the identity.
    for (const x of [1e100, 1e300]) {
      const w = lambertW0(x);
      expect(w + Math.log(w)).toBeCloseTo(Math.log(x), 12);
    }
  });

  it("keeps full relative precision next to 0, where W(x) ≈ x − x²", () => {
    for (const x of [1e-10, -1e-10, 1e-300]) {
      expect(lambertW0(x) / (x - x * x)).toBeCloseTo(1, 14);
    }
  });

  it("rises monotonically along the branch", () => {
    let previous = -1;
    for (let x = BRANCH_POINT + 1e-9; x < 50; x += 0.05) {
      const w = lambertW0(x);
      expect(w).toBeGreaterThan(previous);
      previous = w;
    }
  });

  it("is NaN below −1/e and for NaN, and +∞ at +∞", () => {
    expect(lambertW0(-0.37)).toBeNaN();
    expect(lambertW0(-1)).toBeNaN();
    expect(lambertW0(Number.NaN)).toBeNaN();
    expect(lambertW0(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
