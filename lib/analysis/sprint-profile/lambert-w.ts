/**
 * The principal branch W0 of the Lambert W function: the w ≥ −1 with w·e^w = x, defined for x ≥ −1/e.
 *
 * The sprint model needs it to turn distance into time (see `timeAtDistance` in ./model), where x always lies
 * in (−1/e, 0). The function is written for the whole branch so that its tests can pin it at the known points
 * W(−1/e) = −1, W(0) = 0, W(e) = 1 and by the round trip w·e^w = x.
 *
 * Method (Corless, Gonnet, Hare, Jeffrey & Knuth 1996, "On the Lambert W function", Adv. Comput. Math.
 * 5:329–359): a starting guess from the series about the branch point (near −1/e), from log1p (small x) or from
 * the asymptotic expansion ln x − ln ln x (large x), then Halley's iteration, which converges cubically. Beyond
 * x = e the iteration runs on the logarithm of the equation, w + ln w = ln x, so that e^w never overflows.
 */

/** Relative step below which the iteration stops: a few units in the last place of a double. */
const TOLERANCE = 4 * Number.EPSILON;
/** Halley needs a few steps from these guesses; the cap only guards against a pathological input. */
const MAX_ITERATIONS = 50;
/** How close 1 + e·x may come to 0 (x to −1/e) before the answer is taken as the branch point −1 itself. */
const BRANCH_POINT_SLACK = 1e-15;
/** Below this x the branch-point series is a better start than log1p. */
const SERIES_START_MAX = -0.25;

export function lambertW0(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x === 0) return 0;

  // 1 + e·x, the distance to the branch point; −1/e itself is not representable exactly, so allow its rounding.
  const q = 1 + Math.E * x;
  if (q < -BRANCH_POINT_SLACK) return Number.NaN;
  if (q <= BRANCH_POINT_SLACK) return -1;

  if (x > Math.E) return halleyOnLogarithm(x);

  let w = startingGuess(x, q);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const ew = Math.exp(w);
    const f = w * ew - x;
    const wPlus1 = w + 1;
    // Halley: w − f / (f' − f·f''/(2f')), with f' = e^w (w + 1) and f''/f' = (w + 2)/(w + 1).
    const step = f / (ew * wPlus1 - ((w + 2) * f) / (2 * wPlus1));
    if (!Number.isFinite(step)) break;
    w -= step;
    if (Math.abs(step) <= TOLERANCE * (1 + Math.abs(w))) break;
  }
  return w;
}

function startingGuess(x: number, q: number): number {
  if (x < SERIES_START_MAX) {
    // W = −1 + p − p²/3 + 11p³/72 − …, p = √(2(1 + e·x)) (Corless 1996).
    const p = Math.sqrt(2 * q);
    return -1 + p - (p * p) / 3 + (11 * p * p * p) / 72;
  }
  return Math.log1p(x);
}

/** For x > e: solve g(w) = w + ln w − ln x = 0, with g' = 1 + 1/w and g'' = −1/w². */
function halleyOnLogarithm(x: number): number {
  const lnX = Math.log(x);
  const lnLnX = Math.log(lnX);
  // ln x − ln ln x + ln ln x / ln x (Corless 1996), never below 1 for x > e.
  let w = Math.max(1, lnX - lnLnX + lnLnX / lnX);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const g = w + Math.log(w) - lnX;
    const g1 = 1 + 1 / w;
    const g2 = -1 / (w * w);
    const step = (2 * g * g1) / (2 * g1 * g1 - g * g2);
    if (!Number.isFinite(step)) break;
    w -= step;
    if (Math.abs(step) <= TOLERANCE * (1 + Math.abs(w))) break;
  }
  return w;
}
