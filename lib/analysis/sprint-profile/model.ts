import { lambertW0 } from "./lambert-w";

/**
 * The mono-exponential sprint model (Furusawa, Hill & Parkinson 1927; Samozino et al. 2016; {shorts}):
 *   v(t) = MSS·(1 − e^(−t/TAU))
 *   d(t) = MSS·(t + TAU·e^(−t/TAU)) − MSS·TAU
 *   a(t) = (MSS/TAU)·e^(−t/TAU)
 *
 * Time at a distance, t(d) = TAU·W0(−e^(−d/(MSS·TAU) − 1)) + d/MSS + TAU. Derivation: write u = d/MSS + TAU, so
 * d(t) = d becomes t − u = −TAU·e^(−t/TAU). With w = (t − u)/TAU this is w = −e^(−u/TAU)·e^(−w), that is
 *   w·e^w = −e^(−u/TAU) = −e^(−d/(MSS·TAU) − 1),
 * so w = W(−e^(−d/(MSS·TAU) − 1)) and t = u + TAU·w. The argument lies in [−1/e, 0) for d ≥ 0, where W has two
 * real branches; since w = −e^(−t/TAU) ∈ [−1, 0) for t ≥ 0, the root is on the principal branch W0 (w ≥ −1).
 */

export function velocityAtTime(t: number, mss: number, tau: number): number {
  return -mss * Math.expm1(-t / tau);
}

export function distanceAtTime(t: number, mss: number, tau: number): number {
  // MSS·(t − TAU·(1 − e^(−t/TAU))), written with expm1 so that small t keeps its precision.
  return mss * (t + tau * Math.expm1(-t / tau));
}

export function accelerationAtTime(t: number, mss: number, tau: number): number {
  return (mss / tau) * Math.exp(-t / tau);
}

/** The W0 root w = −e^(−t/TAU) for a distance; 1 + w is the fraction of MSS not yet reached. */
function rootAtDistance(d: number, mss: number, tau: number): number {
  return lambertW0(-Math.exp(-d / (mss * tau) - 1));
}

export function timeAtDistance(d: number, mss: number, tau: number): number {
  const w = rootAtDistance(d, mss, tau);
  return tau * (1 + w) + d / mss;
}

export function velocityAtDistance(d: number, mss: number, tau: number): number {
  return velocityAtTime(timeAtDistance(d, mss, tau), mss, tau);
}

/**
 * ∂t/∂MSS and ∂t/∂TAU at a distance, for the fit's Jacobian. With z = d/(MSS·TAU), x = −e^(−z−1) and
 * W'(x) = w/(x·(1 + w)), ∂x/∂MSS = x·z/MSS and ∂x/∂TAU = x·z/TAU, which give
 *   ∂t/∂MSS = −(d/MSS²)/(1 + w)        ∂t/∂TAU = (1 + w) + z·w/(1 + w).
 */
export function timeAtDistanceGradient(d: number, mss: number, tau: number): [number, number] {
  const w = rootAtDistance(d, mss, tau);
  const onePlusW = 1 + w;
  const z = d / (mss * tau);
  return [-d / (mss * mss) / onePlusW, onePlusW + (z * w) / onePlusW];
}
