import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Debian's Chromium (/usr/bin/chromium; Playwright's own browser download is
 * not used). e2e/global-setup.ts starts the real app (built SPA + API + embedded PostgreSQL with
 * demo data) on a free port with a throwaway data folder. Run: npm run e2e (after npm run build).
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "e2e/artifacts/results",
  globalSetup: "./e2e/global-setup.ts",
  // One server, one database: tests share the demo data, so they run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
});
