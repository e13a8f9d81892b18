import { readFile } from "node:fs/promises";

import type { Browser, Page } from "@playwright/test";

import { expect, screenshot, signIn, test } from "./support/fixtures";

const SECRET_NOTE = "Local admin reset: password=Hunter2! (rotate it after)";

/** A page in a context of its own (no login shared), failing on page errors like the fixture. */
async function freshPage(browser: Browser, baseURL: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
  });
  return { page, errors, close: () => context.close() };
}

/** Library -> the Slow PC flow -> Start session: the runner opens on its first step. */
async function startSlowPcSession(page: Page, ticket: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await expect(page.getByRole("heading", { name: "Library" })).toBeVisible();
  // Found by search: flows other tests create can push it off the library's first page.
  await page.getByRole("combobox", { name: "Search flows and steps" }).fill("slow pc");
  await page.getByRole("combobox", { name: "Search flows and steps" }).press("Enter");
  await page.getByRole("list", { name: "Results" }).getByRole("link", { name: "Slow PC", exact: true }).first().click();
  await page.getByRole("button", { name: "Start session" }).click();
  const dialog = page.getByRole("dialog", { name: "Start a session" });
  await dialog.getByLabel("Ticket").fill(ticket);
  await dialog.getByLabel("Client").fill("Contoso");
  await dialog.getByLabel("Target").fill("PC-0042");
  await dialog.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]+\/run$/);
  await expect(page.getByRole("heading", { name: "Computer name" })).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/run$/, "");
}

async function captureHostname(page: Page) {
  const hostname = page.getByLabel("hostname");
  await expect(hostname).toBeFocused();
  await hostname.fill("PC 0042!");
  await hostname.press("Enter");
  await expect(page.getByText(/Does not match the expected format/)).toBeVisible();
  await hostname.fill("PC-0042");
  await hostname.press("Enter");
  await expect(page.getByRole("heading", { name: "When is it slow?" })).toBeVisible();
}

test("an engineer runs a flow with the keyboard, resolves it, exports the note and shares it publicly", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  const sessionPath = await startSlowPcSession(page, "48213");
  await captureHostname(page);
  await page.keyboard.press("1"); // All the time
  await expect(page.getByRole("heading", { name: "Measure CPU, memory and disk" })).toBeVisible();
  await page.keyboard.press("Enter"); // done
  await expect(page.getByRole("heading", { name: "What stands out?" })).toBeVisible();
  await page.keyboard.press("1"); // CPU above 90%
  await expect(page.getByRole("heading", { name: "Which process uses the CPU?" })).toBeVisible();
  await page.keyboard.press("b"); // that was not it
  await expect(page.getByRole("heading", { name: "What stands out?" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Path taken" })).toContainText("went back here");

  await page.keyboard.press("n");
  const note = page.getByRole("textbox", { name: "Note" });
  await expect(note).toBeFocused();
  await page.keyboard.type(SECRET_NOTE);
  await page.keyboard.press("Control+Enter");
  await expect(note).toHaveValue("");
  const preview = page.getByLabel("Ticket note preview");
  await expect(preview).toContainText("Local admin reset: password=[REDACTED:password]");
  await expect(preview).not.toContainText("Hunter2!");
  await screenshot(page, "runner");

  await page.keyboard.press("Escape"); // out of the note field: the keys work again
  await page.keyboard.press("4"); // Nothing obvious
  await expect(page.getByRole("heading", { name: "Repair Windows system files" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Is performance acceptable to the user now?" })).toBeVisible();
  await page.keyboard.press("1");
  await expect(page.getByRole("heading", { name: "Resolved: performance restored" })).toBeVisible();

  await page.getByRole("button", { name: "End as resolved…" }).click();
  const end = page.getByRole("dialog", { name: "End the session" });
  await expect(end.getByRole("radio", { name: /Resolved/ })).toBeChecked();
  await end.getByRole("textbox", { name: "Summary" }).fill("System files repaired with SFC and DISM; the PC is fast again.");
  await end.getByRole("button", { name: "End session" }).click();

  await expect(page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(page.getByText("Resolved", { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Went back from Which process uses the CPU? to “What stands out?”");
  await expect(timeline).toContainText("hostname = “PC-0042”");
  await screenshot(page, "session-detail");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile(await file.path(), "utf8");
  expect(markdown).toContain("Local admin reset: password=[REDACTED:password]");
  expect(markdown).not.toContain("Hunter2!");

  await page.getByRole("radio", { name: /Public/ }).check();
  await page.getByLabel("Expires after").selectOption({ label: "1 day" });
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByRole("textbox", { name: "New share link" }).inputValue();
  expect(link).toMatch(/\/shared\/[A-Za-z0-9_-]{40,}$/);

  const visitor = await freshPage(browser, baseURL ?? "");
  await visitor.page.goto(link);
  const documentView = visitor.page.getByRole("article", { name: "Session documentation" });
  await expect(documentView).toContainText("Local admin reset: password=[REDACTED:password]");
  await expect(documentView).toContainText("System files repaired with SFC and DISM");
  await expect(visitor.page.getByText("Hunter2!")).toHaveCount(0);
  await expect(visitor.page.getByText("1 secret hidden")).toBeVisible();
  await screenshot(visitor.page, "shared-session");

  await page.reload(); // the list counts the view
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("1 view");
  await page.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog", { name: "Revoke this link?" }).getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("Revoked");

  await visitor.page.reload();
  await expect(visitor.page.getByText("This link was revoked")).toBeVisible();
  await visitor.page.goto("/shared/not-a-real-token");
  await expect(visitor.page.getByText("This link does not exist")).toBeVisible();
  expect(visitor.errors).toEqual([]);
  await visitor.close();
});

test("an engineer escalates to the team queue and an admin takes the session over", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  const sessionPath = await startSlowPcSession(page, "48214");
  await captureHostname(page);
  await page.keyboard.press("3"); // Only in one application
  await expect(page.getByRole("heading", { name: "Escalate: application issue" })).toBeVisible();
  await page.getByRole("link", { name: "Escalate…" }).click();

  const dialog = page.getByRole("dialog", { name: "Escalate the session" });
  await expect(dialog.getByLabel("Hand over to")).toHaveValue("");
  await dialog.getByLabel("Reason").fill("Only the ERP client is slow: needs the vendor's support contract.");
  await dialog.getByLabel("Urgency").selectOption("high");
  await dialog.getByRole("button", { name: "Escalate" }).click();

  const briefing = page.getByRole("region", { name: "Escalation briefing" });
  await expect(briefing).toContainText("Only in one application");
  await expect(briefing).toContainText("PC-0042");
  await expect(page.getByText("Escalated", { exact: true }).first()).toBeVisible();
  await screenshot(page, "session-escalated");

  const admin = await freshPage(browser, baseURL ?? "");
  await admin.page.goto(sessionPath);
  await signIn(admin.page, "admin@demo.local");
  await expect(admin.page.getByRole("heading", { name: "Slow PC" })).toBeVisible();
  await expect(admin.page.getByRole("region", { name: "Escalation briefing" })).toContainText("ERP client");
  await admin.page.getByRole("button", { name: "Take over" }).click();
  await expect(admin.page).toHaveURL(new RegExp(`${sessionPath}/run$`));
  await expect(admin.page.getByRole("heading", { name: "Escalate: application issue" })).toBeVisible();
  await expect(admin.page.getByText(/Alex Admin/).first()).toBeVisible();
  expect(admin.errors).toEqual([]);
  await admin.close();

  // The engineer's runner now says whose session it is.
  await page.goto(`${sessionPath}/run`);
  await expect(page.getByText("Alex Admin is working this session")).toBeVisible();
});
