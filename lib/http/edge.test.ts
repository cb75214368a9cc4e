import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { API_ROUTE_METHODS, apiEdgeResponse, apiRouteFor } from "./edge";

// next-auth does not load under vitest's module resolution. Its proxy for pages only has to be told apart from
// the /api branch here, and its route handlers are always a GET and a POST.
const pageProxy = vi.hoisted(() => vi.fn(async () => new Response("page proxy")));
vi.mock("@/lib/auth", () => ({ auth: pageProxy, handlers: { GET: () => {}, POST: () => {} } }));

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("../../app/api/**/route.ts");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

describe("the /api route table", () => {
  it("lists exactly the methods each route file exports", async () => {
    const served: Record<string, string[]> = {};
    for (const [file, load] of Object.entries(ROUTE_FILES)) {
      const module = await load();
      const folder = file.replace("../../app/api/", "").replace(/\/route\.ts$/, "");
      served[folder] = METHODS.filter((method) => typeof module[method] === "function");
    }
    const listed = Object.fromEntries(Object.entries(API_ROUTE_METHODS).map(([route, m]) => [route, [...m].sort()]));
    for (const methods of Object.values(served)) methods.sort();
    expect(listed).toEqual(served);
  });

  it("finds the route Next would choose: static segments before dynamic ones, dynamic before catch-alls", () => {
    expect(apiRouteFor("/api/v1/drills/recommended/me")).toBe("v1/drills/recommended/[user_id]");
    expect(apiRouteFor("/api/v1/drills/recommended")).toBe("v1/drills/[slug]");
    expect(apiRouteFor("/api/v1/sessions")).toBe("v1/sessions");
    expect(apiRouteFor("/api/v1/sessions/")).toBe("v1/sessions");
    expect(apiRouteFor("/api/v1/sessions/abc")).toBe("v1/sessions/[id]");
    expect(apiRouteFor("/api/auth/callback/github")).toBe("auth/[...nextauth]");
    expect(apiRouteFor("/api/v1/nothing/here")).toBeUndefined();
    expect(apiRouteFor("/api/v1/sessions/abc/extra")).toBeUndefined();
  });
});

describe("apiEdgeResponse", () => {
  it("answers a broken percent-encoding in the path with a JSON 400", async () => {
    for (const path of ["/api/v1/goals/%E0%A4%A", "/api/v1/sessions/%zz", "/api/v1/progress/%"]) {
      const response = apiEdgeResponse("GET", path)!;
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toMatchObject({
        error: { code: "validation_error", fields: { path: expect.any(String) } },
      });
    }
  });

  it("answers a method the route does not serve with a JSON 405 and Allow", async () => {
    const response = apiEdgeResponse("DELETE", "/api/v1/me")!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "method_not_allowed", message: "DELETE is not supported here; use GET, HEAD, OPTIONS." },
    });
    expect(apiEdgeResponse("GET", "/api/v1/auth/token")?.headers.get("allow")).toBe("OPTIONS, POST");
    expect(apiEdgeResponse("PUT", "/api/v1/sessions/abc")?.headers.get("allow")).toBe(
      "DELETE, GET, HEAD, OPTIONS, PATCH",
    );
  });

  it("lets served methods, Next's own HEAD and OPTIONS, and unknown paths through", () => {
    expect(apiEdgeResponse("GET", "/api/v1/me")).toBeUndefined();
    expect(apiEdgeResponse("HEAD", "/api/v1/me")).toBeUndefined();
    expect(apiEdgeResponse("OPTIONS", "/api/v1/auth/token")).toBeUndefined();
    expect(apiEdgeResponse("PATCH", "/api/v1/sessions/%E2%9C%93")).toBeUndefined();
    expect(apiEdgeResponse("DELETE", "/api/v1/no-such-route")).toBeUndefined();
  });
});

describe("proxy.ts on /api", () => {
  const call = (method: string, path: string) =>
    proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method }), {} as never) as Promise<Response> | Response;

  it("sees the path still encoded, as the client sent it, and answers 400 and 405 in JSON", async () => {
    const malformed = await call("GET", "/api/v1/goals/%E0%A4%A");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("validation_error");
    const wrongMethod = await call("PATCH", "/api/v1/me");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("passes a good request on to the route, and leaves pages to Auth.js", async () => {
    const passed = await call("GET", "/api/v1/me");
    expect(passed.headers.get("x-middleware-next")).toBe("1");
    expect(pageProxy).not.toHaveBeenCalled();
    expect(await (await call("GET", "/dashboard")).text()).toBe("page proxy");
  });

  it("lets a calendar app fetch the feed without a session, and nothing but GET", async () => {
    const pageCalls = pageProxy.mock.calls.length;
    const passed = await call("GET", "/api/v1/calendar/feed/aria_cal_Vq3xYz");
    expect(passed.headers.get("x-middleware-next")).toBe("1");
    expect(pageProxy.mock.calls.length).toBe(pageCalls);
    const wrongMethod = await call("POST", "/api/v1/calendar/feed/aria_cal_Vq3xYz");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
