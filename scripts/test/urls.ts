/** The URLs of the real servers the global setup started; a suite that needs one fails loudly without it. */
export function testServerUrl(name: "TEST_POSTGRES_URL" | "TEST_REDIS_URL"): string {
  const url = process.env[name];
  if (!url) {
    throw new Error(`${name} is not set: run the suites with 'npm test' or 'npx vitest', whose global setup starts it`);
  }
  return url;
}
