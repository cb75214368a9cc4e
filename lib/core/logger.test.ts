import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, errorForLog, scrubSecrets } from "./logger";

const BCRYPT = "$2b$10$APa1af09n10uuh6hoeQLseE6zOpQiS7uVyKdqdW/mWBRzGdybGDE2";
const TOKEN = "aria_Qm9vdHN0cmFwLXRva2VuLWZvci10ZXN0cy1vbmx5LTAxMjM0NTY3";
const TOKEN_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ level: "trace", destination }), text: () => lines.join("") };
}

/** What Drizzle throws for a failed query: the query and every parameter in the message, the driver error as cause. */
function failedInsert() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    name: "DatabaseError",
    code: "23505",
    severity: "ERROR",
    constraint: "users_email_unique",
    table: "users",
    detail: "Key (lower(email))=(jo@aria.example) already exists.",
  });
  return Object.assign(
    new Error(
      `Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: jo@aria.example,${BCRYPT}`,
    ),
    { name: "DrizzleQueryError", query: 'insert into "users" …', params: ["jo@aria.example", BCRYPT], cause },
  );
}

describe("logger", () => {
  it("logs a failed query by SQLSTATE, constraint and table, never its query text or parameters", () => {
    const { log, text } = capture();
    log.error({ err: failedInsert() }, "request failed");
    const line = JSON.parse(text());
    expect(line.err).toMatchObject({
      type: "DrizzleQueryError",
      message: "Failed query (query text and parameters withheld)",
      cause: { type: "DatabaseError", sqlstate: "23505", constraint: "users_email_unique", table: "users" },
    });
    expect(text()).not.toContain("$2b$");
    expect(text()).not.toContain("jo@aria.example");
    expect(text()).not.toContain("insert into");
  });

  it("withholds a failed query passed as a bare message too", () => {
    const { log, text } = capture();
    log.warn({ err: failedInsert().message }, "cache warming: loader failed");
    expect(JSON.parse(text()).err).toBe("Failed query (query text and parameters withheld)");
  });

  it("keeps a connection error's code and message, which carry no data", () => {
    const logged = errorForLog(
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ) as Record<string, unknown>;
    expect(logged).toMatchObject({
      type: "Error",
      code: "ECONNREFUSED",
      message: "connect ECONNREFUSED 127.0.0.1:5432",
    });
    expect((logged.stack as string[])[0]).toMatch(/^at /);
  });

  it.each([
    ["password", { password: "hunter22" }],
    ["password_hash", { user: { password_hash: BCRYPT } }],
    ["passwordHash", { row: { user: { passwordHash: BCRYPT } } }],
    ["token", { body: { token: TOKEN } }],
    ["token_hash", { a: { b: { c: { token_hash: TOKEN_HASH } } } }],
    ["authorization", { headers: { authorization: `Bearer ${TOKEN}` } }],
    ["cookie", { req: { headers: { cookie: "authjs.session-token=abc" } } }],
    ["set-cookie", { res: { headers: { "set-cookie": "authjs.session-token=abc" } } }],
    ["secret", { config: { secret: "s3cr3t-value" } }],
  ])("redacts a field named %s at any depth", (_name, fields) => {
    const { log, text } = capture();
    log.info(fields, "line");
    expect(text()).toContain("[redacted]");
    for (const secret of ["hunter22", "$2b$", TOKEN, TOKEN_HASH, "abc", "s3cr3t-value"]) {
      expect(text()).not.toContain(secret);
    }
  });

  it("scrubs password hashes, tokens and token hashes out of free text", () => {
    const scrubbed = scrubSecrets(`hash ${BCRYPT} token ${TOKEN} sha ${TOKEN_HASH} header Bearer ${TOKEN}`);
    expect(scrubbed).not.toMatch(/\$2[aby]\$/);
    expect(scrubbed).not.toContain("aria_Qm9v");
    expect(scrubbed).not.toContain(TOKEN_HASH);
    expect(scrubbed).toContain("[redacted bcrypt hash]");
  });
});
