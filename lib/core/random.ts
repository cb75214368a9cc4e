import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * The one seeded random generator (pure-rand's xoroshiro128+), for the demo squad and the benchmarks: the same
 * seed always gives the same sequence, so generated data and a benchmark's mix of operations can be repeated.
 */
export class SeededRandom {
  private readonly generator;

  constructor(seed: string | number) {
    this.generator = xoroshiro128plus(typeof seed === "number" ? seed : hashSeed(seed));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** Uniform integer from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return uniformInt(this.generator, lo, hi);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A UUID v4-format string drawn from this sequence (stable ids for generated rows). */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => this.int(0, 255));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/** FNV-1a: a text seed ("jordan:sessions") as a 32-bit number. */
function hashSeed(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h | 0;
}
