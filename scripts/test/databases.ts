import { randomBytes } from "node:crypto";
import pg from "pg";
import { testServerUrl } from "./urls";

/** Creates an empty database on the test PostgreSQL server and returns its URL, so that each suite starts clean. */
export async function createTestDatabase(prefix = "aria_test"): Promise<string> {
  const adminUrl = testServerUrl("TEST_POSTGRES_URL");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
