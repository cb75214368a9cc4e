import { describe, expect, it } from "vitest";
import { API_PATHS, openApiDocument } from "@/lib/openapi/document";
import { METHODS } from "@/lib/openapi/operation";
import { callRoute } from "@/scripts/test/api";
import * as openapi from "./openapi.json/route";

/**
 * The document and the routes agree: the route files are walked as the authorization matrix walks them, so a route
 * or a method added without its operation fails here, and so does an operation left behind by a removed route.
 */

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("./**/route.ts");

const documentPath = (file: string) =>
  `/api/v1/${file.slice("./".length, -"/route.ts".length).replace(/\[([^\]]+)\]/g, "{$1}")}`;

describe("the OpenAPI document of /api/v1", () => {
  it("documents every method of every route, and nothing else", async () => {
    const served: string[] = [];
    for (const [file, load] of Object.entries(ROUTE_FILES)) {
      const module = await load();
      for (const method of METHODS) {
        if (typeof module[method.toUpperCase()] === "function")
          served.push(`${method.toUpperCase()} ${documentPath(file)}`);
      }
    }
    const documented = Object.entries(API_PATHS).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(
      served.filter((entry) => !documented.includes(entry)),
      "routes without an operation",
    ).toEqual([]);
    expect(
      documented.filter((entry) => !served.includes(entry)),
      "operations without a route",
    ).toEqual([]);
    expect(served.length).toBe(documented.length);
  });

  it("is served at /api/v1/openapi.json to anyone", async () => {
    const response = await callRoute(openapi, "GET");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });
});
