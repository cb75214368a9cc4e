import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/core/env";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("believes no header a client can set when neither Vercel nor trusted proxies are configured", () => {
    const e = parseEnv({});
    for (const forged of ["203.0.113.9", "203.0.113.9, 198.51.100.1", "10.0.0.1"]) {
      expect(clientAddress(headers({ "x-forwarded-for": forged, "x-real-ip": forged }), e)).toBe(UNKNOWN_ADDRESS);
    }
    expect(clientAddress(headers({ "x-vercel-forwarded-for": "203.0.113.9" }), e)).toBe(UNKNOWN_ADDRESS);
  });

  it("takes the Nth entry from the right of X-Forwarded-For behind N trusted proxies", () => {
    // The client wrote the first two; proxy 2 (outermost) appended the client's real address, proxy 1 proxy 2's.
    const chain = headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.23, 10.0.0.2" });
    expect(clientAddress(chain, parseEnv({ TRUSTED_PROXY_HOPS: "1" }))).toBe("10.0.0.2");
    expect(clientAddress(chain, parseEnv({ TRUSTED_PROXY_HOPS: "2" }))).toBe("198.51.100.23");
  });

  it("gives each rotated forgery the same address when one proxy is trusted: the one the proxy appended", () => {
    const e = parseEnv({ TRUSTED_PROXY_HOPS: "1" });
    const seen = new Set(
      ["1.2.3.4", "5.6.7.8", "9.9.9.9"].map((forged) =>
        clientAddress(headers({ "x-forwarded-for": `${forged}, 198.51.100.23` }), e),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.23"]);
  });

  it("answers unknown when the chain is shorter than the trusted hops or its entry is not an address", () => {
    const e = parseEnv({ TRUSTED_PROXY_HOPS: "2" });
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.23" }), e)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers({}), e)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers({ "x-forwarded-for": "evil, 10.0.0.2" }), e)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads IPv6 and addresses a proxy wrote with their port", () => {
    const e = parseEnv({ TRUSTED_PROXY_HOPS: "1" });
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.23:51234" }), e)).toBe("198.51.100.23");
    expect(clientAddress(headers({ "x-forwarded-for": "2001:DB8::1" }), e)).toBe("2001:db8::1");
    expect(clientAddress(headers({ "x-forwarded-for": "[2001:db8::1]:443" }), e)).toBe("2001:db8::1");
  });

  it("on Vercel believes only Vercel's own header, never X-Forwarded-For", () => {
    const e = parseEnv({ VERCEL: "1", TRUSTED_PROXY_HOPS: "1" });
    expect(
      clientAddress(headers({ "x-vercel-forwarded-for": "198.51.100.23", "x-forwarded-for": "203.0.113.9" }), e),
    ).toBe("198.51.100.23");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), e)).toBe(UNKNOWN_ADDRESS);
  });

  it("trusts x-vercel-forwarded-for only when running on Vercel", () => {
    const forged = headers({ "x-vercel-forwarded-for": "203.0.113.9", "x-forwarded-for": "198.51.100.23" });
    expect(clientAddress(forged, parseEnv({ TRUSTED_PROXY_HOPS: "1" }))).toBe("198.51.100.23");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is a whole number of proxies from 1 to 10, or unset when blank", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "" }).TRUSTED_PROXY_HOPS).toBeUndefined();
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBeUndefined();
  });

  it.each([
    ["0", "must be 1 or more"],
    ["1.5", "must be a whole number"],
    ["two", "must be a whole number"],
    ["11", "must be 10 or fewer"],
  ])("refuses %s, naming the variable", (value, message) => {
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(EnvError);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(`TRUSTED_PROXY_HOPS ${message}`);
  });
});
