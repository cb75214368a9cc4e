import { describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, crossSiteRefusal, NOT_JSON_MESSAGE } from "./csrf";

const URL_ = "http://aria.test/api/v1/me/profile";

const request = (method: string, headers: Record<string, string>, body?: string) =>
  new Request(URL_, { method, headers, body });

describe("crossSiteRefusal (cookie-authenticated calls)", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossSiteRefusal(request("GET", { origin: "https://evil.example" }))).toBeUndefined();
    expect(crossSiteRefusal(request("HEAD", {}))).toBeUndefined();
  });

  it("accepts a JSON write from the app's own origin", () => {
    const json = { "content-type": "application/json" };
    expect(crossSiteRefusal(request("PUT", { ...json, origin: "http://aria.test" }, "{}"))).toBeUndefined();
    expect(crossSiteRefusal(request("PUT", { ...json, "sec-fetch-site": "same-origin" }, "{}"))).toBeUndefined();
    expect(
      crossSiteRefusal(
        request(
          "POST",
          { ...json, "content-type": "application/json; charset=utf-8", origin: "http://aria.test" },
          "{}",
        ),
      ),
    ).toBeUndefined();
  });

  it("accepts the host the browser used when the server knows itself by another name", () => {
    const behindProxy = new Request("http://localhost:3000/api/v1/me/profile", {
      method: "PUT",
      headers: { host: "aria.example", origin: "https://aria.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(crossSiteRefusal(behindProxy)).toBeUndefined();
    const forwarded = new Request("http://10.0.0.5:3000/api/v1/me/profile", {
      method: "PUT",
      headers: {
        "x-forwarded-host": "aria.example",
        origin: "https://aria.example",
        "content-type": "application/json",
      },
      body: "{}",
    });
    expect(crossSiteRefusal(forwarded)).toBeUndefined();
    const configured = request("PUT", { origin: "https://app.aria.example", "content-type": "application/json" }, "{}");
    expect(crossSiteRefusal(configured, ["https://app.aria.example"])).toBeUndefined();
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a look-alike host", { origin: "http://aria.test.evil.example" }],
    ["another port", { origin: "http://aria.test:8080" }],
    ["an opaque origin", { origin: "null" }],
    ["no Origin at all", {}],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }],
    ["a same-site (sibling subdomain) fetch", { "sec-fetch-site": "same-site", origin: "http://blog.aria.test" }],
  ])("refuses a write with %s", (_what, headers) => {
    expect(crossSiteRefusal(request("POST", { ...headers, "content-type": "application/json" }, "{}"))).toBe(
      CROSS_SITE_MESSAGE,
    );
    expect(crossSiteRefusal(request("DELETE", headers))).toBe(CROSS_SITE_MESSAGE);
  });

  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
  ])("refuses a same-origin body sent as %s", (_what, type) => {
    const sent = request("POST", { origin: "http://aria.test", "content-type": type }, '{"name":"x"}');
    expect(crossSiteRefusal(sent)).toBe(NOT_JSON_MESSAGE);
  });

  it("needs no type for a write without a body", () => {
    expect(crossSiteRefusal(request("DELETE", { origin: "http://aria.test" }))).toBeUndefined();
    expect(crossSiteRefusal(request("POST", { origin: "http://aria.test", "content-length": "0" }))).toBeUndefined();
    const declared = request("POST", { origin: "http://aria.test", "content-length": "12" });
    expect(crossSiteRefusal(declared)).toBe(NOT_JSON_MESSAGE);
  });
});
