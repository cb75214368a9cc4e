import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { contractProblem, undocumentedFields } from "./contract";
import { body, errorBody, json, noContent, operation } from "./operation";

const paths: ZodOpenApiPathsObject = {
  "/api/v1/things/{id}": {
    get: operation({
      id: "things.get",
      summary: "One thing",
      access: "signedIn",
      responses: {
        200: json("The thing.", z.object({ thing: z.object({ id: z.string(), size: z.int().nullable() }) })),
      },
      errors: [404],
    }),
    delete: operation({
      id: "things.delete",
      summary: "Delete a thing",
      access: "signedIn",
      responses: { 204: noContent("Deleted.") },
    }),
    put: operation({
      id: "things.export",
      summary: "A thing as CSV",
      access: "signedIn",
      responses: { 200: body("The file.", "text/csv; charset=utf-8", { "content-disposition": z.string() }) },
    }),
  },
};

const withId = { "x-request-id": "req-1" };
const check = (method: string, response: Response) => contractProblem("/api/v1/things/{id}", method, response, paths);

describe("the contract check", () => {
  it("accepts a response that keeps its documented shape", async () => {
    const response = Response.json({ thing: { id: "a", size: null } }, { headers: withId });
    expect(await check("GET", response)).toBeNull();
    expect(await response.json()).toEqual({ thing: { id: "a", size: null } });
  });

  it("names a field of the wrong type and a field the schema does not have", async () => {
    const problem = await check(
      "GET",
      Response.json({ thing: { id: 7, size: 1, colour: "red" } }, { headers: withId }),
    );
    expect(problem).toContain("thing.id");
    const extra = await check(
      "GET",
      Response.json({ thing: { id: "a", size: 1, colour: "red" } }, { headers: withId }),
    );
    expect(extra).toBe("thing.colour is not in the schema");
  });

  it("refuses a status, a path or a method the document does not list", async () => {
    expect(await check("GET", Response.json({}, { status: 409, headers: withId }))).toMatch(
      /status 409 is not documented/,
    );
    expect(await check("PATCH", Response.json({}, { headers: withId }))).toMatch(/not in the OpenAPI document/);
    expect(await contractProblem("/api/v1/nothing", "GET", new Response(null), paths)).toMatch(/not in the OpenAPI/);
  });

  it("checks error bodies against the one error shape and the code against the status", async () => {
    const notFound = { error: { code: "not_found", message: "That thing was not found." } };
    expect(await check("GET", Response.json(notFound, { status: 404, headers: withId }))).toBeNull();
    const wrongCode = { error: { code: "forbidden", message: "No." } };
    expect(await check("GET", Response.json(wrongCode, { status: 404, headers: withId }))).toMatch(/does not go with/);
    expect(errorBody.safeParse({ error: { code: "teapot", message: "" } }).success).toBe(false);
  });

  it("requires the documented headers", async () => {
    expect(await check("DELETE", new Response(null, { status: 204 }))).toMatch(/x-request-id is missing/);
    expect(await check("DELETE", new Response(null, { status: 204, headers: withId }))).toBeNull();
  });

  it("checks a file by its content type without reading it", async () => {
    const csv = new Response("date,type\n", {
      headers: { ...withId, "content-type": "text/csv; charset=utf-8", "content-disposition": "attachment" },
    });
    expect(await check("PUT", csv)).toBeNull();
    expect(await csv.text()).toBe("date,type\n");
    expect(await check("PUT", Response.json({}, { headers: { ...withId, "content-disposition": "x" } }))).toMatch(
      /content type application\/json is not documented/,
    );
  });

  it("walks arrays and nested objects for undocumented fields", () => {
    expect(undocumentedFields({ a: [{ b: 1, c: 2 }] }, { a: [{ b: 1 }] })).toEqual(["a[0].c"]);
    expect(undocumentedFields({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
