/**
 * What the adapters share so that they agree: how values are encoded, what a key pattern means, and the
 * counter script.
 */

/** `undefined` (and functions) have no JSON form; storing them as null keeps every adapter total. */
export function encodeValue(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}

const globSpecial = /[*?[\]\\]/g;
const regExpSpecial = /[.*+?^${}()|[\]\\]/g;

/**
 * A Redis MATCH pattern for `prefix + pattern` in which only the caller's `*` is a wildcard. Everything else,
 * the prefix above all, is escaped so that a pattern can never reach keys outside the prefix.
 */
export function redisMatch(prefix: string, pattern: string): string {
  const literal = (s: string) => s.replace(globSpecial, "\\$&");
  return literal(prefix) + pattern.split("*").map(literal).join("*");
}

/** The same pattern as a RegExp, for the in-process store. */
export function patternRegExp(prefix: string, pattern: string): RegExp {
  const literal = (s: string) => s.replace(regExpSpecial, "\\$&");
  return new RegExp(`^${literal(prefix)}${pattern.split("*").map(literal).join("[\\s\\S]*")}$`);
}

/** INCR that sets the expiry only when it creates the key, so a window never slides. KEYS[1], ARGV[1] = seconds. */
export const INCREMENT_WITH_TTL_SCRIPT = `
local created = redis.call("EXISTS", KEYS[1]) == 0
local value = redis.call("INCR", KEYS[1])
if created then redis.call("EXPIRE", KEYS[1], ARGV[1]) end
return value
`;
