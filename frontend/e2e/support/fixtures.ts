import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SCREENS = fileURLToPath(new URL("../artifacts/screens/", import.meta.url));

export const DEMO_PASSWORD = "northwind-demo-26";

/**
 * `test` for every e2e spec: the app started by global-setup as baseURL, and a check that the
 * page logged no Content-Security-Policy violation or uncaught error.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error("E2E_BASE_URL is unset: run through playwright.config.ts (global setup)");
    await use(url);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors = collectPageErrors(page);
      await use(errors);
      expect(errors, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Content-Security-Policy violations and uncaught errors of `page`, as they happen. The `page`
 * fixture is checked for them; a page of a spec's own context is watched with
 * `const errors = collectPageErrors(guest)` and checked with `expect(errors).toEqual([])`.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** A full-page screenshot kept as a test artifact in e2e/artifacts/screens/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}${name}.png`, fullPage: true });
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
