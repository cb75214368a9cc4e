import { describe, expect, it } from "vitest";
import { toAppError } from "./errors";

/** Drizzle's wrapper: the query and its parameters in the message, the driver's error as the cause. */
const failedQuery = (query: string, params: unknown[], cause: unknown) =>
  Object.assign(new Error(`Failed query: ${query}\nparams: ${params.join(",")}`), { query, params, cause });

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("toAppError on a lost database", () => {
  it.each([
    [
      "pg's closed client under the ROLLBACK",
      failedQuery("rollback", [], new Error("Client was closed and is not queryable")),
    ],
    [
      "pg's broken client under the ROLLBACK",
      failedQuery("rollback", [], new Error("Client has encountered a connection error and is not queryable")),
    ],
    ["a dropped socket", failedQuery("select 1", [], new Error("Connection terminated unexpectedly"))],
    ["a pool's connect timeout", new Error("Connection terminated due to connection timeout")],
    ["an administrator shutdown (57P01)", failedQuery("commit", [], withCode("terminating connection", "57P01"))],
    ["a connection exception (08006)", withCode("connection failure", "08006")],
    ["too many connections (53300)", withCode("sorry, too many clients already", "53300")],
    ["a refused connection behind an AggregateError", new AggregateError([withCode("connect", "ECONNREFUSED")], "x")],
    ["a reset connection deep in the chain", { cause: { cause: { cause: withCode("read", "ECONNRESET") } } }],
  ])("reads %s as 503 unavailable", (_what, error) => {
    expect(toAppError(error).code).toBe("unavailable");
  });

  it("does not read a failed query's parameters as a verdict", () => {
    const uniqueViolation = withCode('duplicate key value violates unique constraint "x"', "23505");
    const error = failedQuery("insert into notes", ["the connection terminated mid-rep"], uniqueViolation);
    expect(toAppError(error).code).toBe("internal");
  });
});
