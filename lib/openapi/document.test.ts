import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ZodOpenApiResponseObject } from "zod-openapi";
import { API_PATHS, openApiDocument } from "./document";
import { METHODS } from "./operation";

/** Every zod schema an operation names (parameters, bodies, responses, headers) and every schema inside them. */
function schemasOf(root: unknown, seen = new Set<z.ZodType>()): Set<z.ZodType> {
  if (!(root instanceof z.ZodType) || seen.has(root)) return seen;
  seen.add(root);
  const def = root.def as unknown as Record<string, unknown>;
  const children = [
    ...(root instanceof z.ZodObject ? Object.values(root.shape) : []),
    ...(Array.isArray(def.options) ? def.options : []),
    def.innerType,
    def.element,
    def.valueType,
    def.left,
    def.right,
    def.in,
    def.out,
  ];
  for (const child of children) schemasOf(child, seen);
  return seen;
}

function operationSchemas(): Set<z.ZodType> {
  const seen = new Set<z.ZodType>();
  for (const item of Object.values(API_PATHS)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      schemasOf(op.requestParams?.path, seen);
      schemasOf(op.requestParams?.query, seen);
      for (const media of Object.values(op.requestBody?.content ?? {})) schemasOf(media?.schema, seen);
      for (const response of Object.values(op.responses) as unknown[]) {
        if (!response || typeof response !== "object" || !("description" in response)) continue;
        const { headers, content } = response as ZodOpenApiResponseObject;
        schemasOf(headers, seen);
        for (const media of Object.values(content ?? {})) schemasOf(media?.schema, seen);
      }
    }
  }
  return seen;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = structuredClone(openApiDocument());
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(document as Parameters<typeof validate>[0]);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.warnings).toEqual([]);
  });

  it("gives every operation a unique id, a summary, a tag and an error response", () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(openApiDocument().paths ?? {})) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.tags, `${method} ${path}`).toHaveLength(1);
        expect(Object.keys(op.responses ?? {}), `${method} ${path}`).toContain("500");
        ids.push(op.operationId!);
      }
    }
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("holds examples that its own schemas accept", () => {
    const checked = new Set<string>();
    for (const schema of operationSchemas()) {
      const meta = schema.meta() as { id?: string; examples?: unknown[] } | undefined;
      for (const example of meta?.examples ?? []) {
        const result = schema.safeParse(example);
        if (!result.success) throw new Error(`${meta?.id ?? "an example"}: ${z.prettifyError(result.error)}`);
      }
      if (meta?.id && meta.examples) checked.add(meta.id);
    }
    const components = openApiDocument().components?.schemas ?? {};
    const withExamples = Object.entries(components).filter(([, s]) => "examples" in s && s.examples);
    expect(withExamples.map(([id]) => id).filter((id) => !checked.has(id))).toEqual([]);
    expect(checked.size).toBeGreaterThan(20);
  });

  it("holds request examples that the routes would accept", () => {
    let examples = 0;
    for (const [path, item] of Object.entries(API_PATHS)) {
      for (const method of METHODS) {
        const media = item[method]?.requestBody?.content["application/json"];
        if (!media || media.example === undefined) continue;
        const result = (media.schema as z.ZodType).safeParse(media.example);
        if (!result.success) throw new Error(`${method} ${path}: ${z.prettifyError(result.error)}`);
        examples++;
      }
    }
    expect(examples).toBeGreaterThan(20);
  });
});
