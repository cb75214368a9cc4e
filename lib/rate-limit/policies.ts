/**
 * Every abuse limit in one table. Fixed windows counted in the KV store; `whenKvDown` says what happens while the
 * store errors or times out: "fallback" keeps counting in this process (lib/rate-limit/counters.ts), "allow" lets
 * the request through. `whenAddressUnknown` (per-address limits only) says what happens when no trusted source
 * names the client (lib/rate-limit/client-address.ts): "skip" leaves the per-account and deployment-wide budgets
 * to hold, "shared" counts every such client as one.
 */
export const RATE_LIMITS = {
  /** Sign-in attempts from one address, over every account (credential stuffing). */
  signIn: { limit: 30, windowSeconds: 15 * 60, whenKvDown: "fallback", whenAddressUnknown: "skip" },
  /** API token requests from one address: a password guess by another door. */
  token: { limit: 30, windowSeconds: 15 * 60, whenKvDown: "fallback", whenAddressUnknown: "skip" },
  /** New accounts from one address. A sign-up has no account to throttle yet, so unknown clients share one. */
  register: { limit: 5, windowSeconds: 60 * 60, whenKvDown: "fallback", whenAddressUnknown: "shared" },
  /** Failed sign-ins and token requests over the whole deployment: guessing spread over many accounts and addresses. */
  credentialFailures: { limit: 1000, windowSeconds: 15 * 60, whenKvDown: "fallback" },
  /**
   * Calendar feed fetches from one address: a guard on load (a calendar app asks every hour; guessing a 256-bit token
   * is hopeless), so it lets fetches through while the KV is down.
   */
  calendarFeed: { limit: 120, windowSeconds: 15 * 60, whenKvDown: "allow", whenAddressUnknown: "skip" },
  /** Chat messages per user: a cost guard, not a security one, so it lets messages through while the KV is down. */
  chat: { limit: 20, windowSeconds: 60, whenKvDown: "allow" },
} as const;

export type RateLimitPolicy = keyof typeof RATE_LIMITS;
export type AddressPolicy = "signIn" | "token" | "register" | "calendarFeed";

/**
 * Consecutive unsuccessful sign-ins (and token requests) on one account, from any address: the first
 * `freeAttempts` go through at once; each one after that holds the account for twice as long as the one before,
 * from `firstDelaySeconds` up to `maxDelaySeconds`. A success forgets them; so does a day without one.
 * OWASP Authentication Cheat Sheet, "Login Throttling": exponential back-off per account, not a hard lockout.
 */
export const ACCOUNT_BACKOFF = {
  freeAttempts: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  memorySeconds: 24 * 60 * 60,
} as const;

/** How long attempt `n` (1-based, counting consecutive unsuccessful ones) holds the account; 0 for the free ones. */
export function backoffSeconds(n: number): number {
  const { freeAttempts, firstDelaySeconds, maxDelaySeconds } = ACCOUNT_BACKOFF;
  if (n <= freeAttempts) return 0;
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** (n - freeAttempts - 1));
}
