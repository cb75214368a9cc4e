import { describe, expect, it } from "vitest";
import { newSecret, sha256Hex } from "./secrets";

describe("secrets", () => {
  it("makes a fresh 256-bit secret behind its prefix each time", () => {
    const a = newSecret("aria_");
    expect(a).toMatch(/^aria_[A-Za-z0-9_-]{43}$/);
    expect(newSecret("aria_")).not.toBe(a);
  });

  it("hashes with SHA-256 as hex (the published digest of 'abc')", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(sha256Hex("abc"));
  });
});
