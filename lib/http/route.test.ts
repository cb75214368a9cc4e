import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errors } from "@/lib/core/errors";
import { readJson, readQuery, route } from "./route";

const body = z.object({
  rpe: z.number().int().min(1, "must be an integer from 1 to 10").max(10, "must be an integer from 1 to 10"),
});

const handler = route("test", async ({ request }) => {
  const input = await readJson(request, body);
  return Response.json({ rpe: input.rpe }, { status: 201 });
});

const post = (raw: string) =>
  handler(
    new Request("http://aria.test/api", { method: "POST", body: raw, headers: { "content-type": "application/json" } }),
  );

describe("route wrapper", () => {
  it("answers a valid request and tags it with a request id", async () => {
    const response = await post('{"rpe": 7}');
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ rpe: 7 });
    expect(response.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("keeps a caller's request id", async () => {
    const response = await handler(
      new Request("http://aria.test/api", {
        method: "POST",
        body: '{"rpe":3}',
        headers: { "x-request-id": "abc-123" },
      }),
    );
    expect(response.headers.get("x-request-id")).toBe("abc-123");
  });

  it("renders malformed JSON as a 400, never a 500", async () => {
    const response = await post("{rpe: 7");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_error",
        message: "The request body is not valid JSON.",
        fields: { body: "must be valid JSON" },
      },
    });
  });

  it("names the invalid field", async () => {
    const response = await post('{"rpe": 11}');
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.code).toBe("validation_error");
    expect(json.error.fields).toEqual({ rpe: "must be an integer from 1 to 10" });
  });

  it("renders typed errors with their status and headers", async () => {
    const limited = route("limited", async () => {
      throw errors.rateLimited(30);
    });
    const response = await limited(new Request("http://aria.test/api"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await response.json()).error.code).toBe("rate_limited");
  });

  it("hides unexpected failures behind a bare internal error that names the request", async () => {
    const broken = route("broken", async () => {
      throw new Error("secret stack detail");
    });
    const response = await broken(new Request("http://aria.test/api"));
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("application/json");
    const requestId = response.headers.get("x-request-id");
    expect(await response.json()).toEqual({
      error: {
        code: "internal",
        message: "Something went wrong on our side. It has been logged.",
        request_id: requestId,
      },
    });
  });

  it("marks every answer not to be stored, unless the handler chose a policy", async () => {
    expect((await post('{"rpe": 7}')).headers.get("cache-control")).toBe("no-store");
    expect((await post("{rpe")).headers.get("cache-control")).toBe("no-store");
    const cacheable = route("cacheable", async () =>
      Response.json({}, { headers: { "cache-control": "public, max-age=60" } }),
    );
    expect((await cacheable(new Request("http://aria.test/api"))).headers.get("cache-control")).toBe(
      "public, max-age=60",
    );
  });

  it("replaces a caller's request id that is not a plain token", async () => {
    const response = await handler(
      new Request("http://aria.test/api", { method: "POST", body: '{"rpe":3}', headers: { "x-request-id": 'a b"c' } }),
    );
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports an unreachable database as 503 unavailable", async () => {
    const down = route("down", async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const response = await down(new Request("http://aria.test/api"));
    expect(response.status).toBe(503);
    const json = await response.json();
    expect(json.error.code).toBe("unavailable");
    expect(json.error.request_id).toBe(response.headers.get("x-request-id"));
  });

  it("passes route params through", async () => {
    const withParams = route<{ id: string }>("params", async ({ params }) => Response.json(params));
    const response = await withParams(new Request("http://aria.test/api"), { params: Promise.resolve({ id: "me" }) });
    expect(await response.json()).toEqual({ id: "me" });
  });
});

describe("query validation", () => {
  it("validates query parameters and names the bad one", () => {
    const schema = z.object({ days: z.coerce.number().int().positive() });
    expect(readQuery(new Request("http://aria.test/?days=30"), schema)).toEqual({ days: 30 });
    try {
      readQuery(new Request("http://aria.test/?days=-1"), schema);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields).toHaveProperty("days");
    }
  });
});
