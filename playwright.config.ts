import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests in Debian's Chromium (no browser download here). The app is built and started once per run on
 * its embedded defaults, with a fresh PGlite directory so that every run begins from the seeded demo data.
 */

const port = Number(process.env.E2E_PORT ?? 3217);
// Set once in the main process; the workers inherit it, so they all talk to the same server.
process.env.E2E_DATA_DIR ??= `.data/e2e-${Date.now()}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    // A test tagged @phone or @desktop is about that layout (the tab bar, the sidebar) and runs only in its project.
    { name: "desktop", grepInvert: /@phone/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", grepInvert: /@desktop/, use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
  ],
  // E2E_EXTERNAL_SERVER=1 runs against a server already listening on E2E_PORT (a dev server while iterating).
  webServer: process.env.E2E_EXTERNAL_SERVER
    ? undefined
    : {
        command: `npm run build && npx next start -p ${port} -H 127.0.0.1`,
        url: `http://127.0.0.1:${port}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: {
          PGLITE_DIR: process.env.E2E_DATA_DIR,
          LOG_LEVEL: "warn",
          // `next start` is production mode: Auth.js needs a secret and, behind no proxy, to trust the host.
          AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
          AUTH_TRUST_HOST: "true",
          // The tests play the reverse proxy: each test's X-Forwarded-For is its own client address.
          TRUSTED_PROXY_HOPS: "1",
        },
      },
});
