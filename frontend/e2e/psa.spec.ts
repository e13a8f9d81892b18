/**
 * ConnectWise PSA against the fake server global-setup starts (backend/tests/fakes/connectwise.py):
 * an admin connects the team and maps members, an engineer works a session on a ticket and pushes
 * its documentation, once. The connection is removed at the end, so other specs see none.
 */
import type { APIRequestContext, Browser, Page } from "@playwright/test";

import { collectPageErrors, expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

// What the fake accepts by default (COMPANY_ID, PUBLIC_KEY, ... in connectwise.py) and its demo ticket.
const FAKE = { companyId: "contoso", publicKey: "PubKey1234", privateKey: "PrivKey5678", clientId: "8c5d1e7a-2f4b-4c3d-9e8f-1a2b3c4d5e6f" };
const TICKET = "4711";
const ADMIN = "admin@demo.local";

function fakeUrl(): string {
  const url = process.env.E2E_CONNECTWISE_URL;
  if (!url) throw new Error("E2E_CONNECTWISE_URL is unset: global-setup starts the fake ConnectWise");
  return url;
}

/** The notes our API created on the fake's ticket. */
async function notesOnTicket(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${fakeUrl()}/_fake/notes?ticket=${TICKET}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { count: number }).count;
}

/** Toasts cover the page's corner: gone before a screenshot. */
async function dismissToasts(page: Page) {
  const dismiss = page.getByRole("button", { name: "Dismiss notification" });
  // One may time out by itself meanwhile: that is as good.
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 2000 }).catch(() => undefined);
}

async function openAdminSection(page: Page, section: string) {
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: section }).click();
  await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
}

async function connectTheTeam(page: Page) {
  await page.goto("/admin/psa");
  await expect(page.getByRole("heading", { level: 1, name: "PSA connection" })).toBeVisible();
  await expect(page.getByText("Not connected")).toBeVisible();

  await page.getByLabel("Site", { exact: true }).fill(fakeUrl());
  await page.getByLabel("Company id").fill(FAKE.companyId);
  await page.getByLabel("Client id").fill(FAKE.clientId);
  await page.getByLabel("Public key").fill(FAKE.publicKey);
  await page.getByLabel("Private key").fill("WrongKey0000");
  await page.getByRole("checkbox", { name: /Allow an http:\/\/ site/ }).check();
  await expect(page.getByText(/the keys and every ticket travel unencrypted/)).toBeVisible();
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByText("Set up", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Private key")).toHaveAccessibleDescription(/Set, ends in …0000/);

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Bad credentials")).toBeVisible();
  await expect(page.getByText(/ConnectWise refused the credentials/)).toBeVisible();

  await page.getByLabel("Private key").fill(FAKE.privateKey);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Connection works")).toBeVisible();
  await expect(page.getByText("Connected: ConnectWise v2025.1.102345.")).toBeVisible();
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByLabel("Private key")).toHaveAccessibleDescription(/Set, ends in …5678/);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Connection works")).toBeVisible();
  await dismissToasts(page);
  await screenshot(page, "admin-psa-connection");
}

async function mapMembers(page: Page) {
  await openAdminSection(page, "Member mapping");
  await page.getByRole("button", { name: "Auto-match by e-mail" }).click();
  // admin@ (in other case on ConnectWise) and engineer@ match; the fake's jsmith matches nobody.
  await expect(page.getByText("2 members matched by e-mail")).toBeVisible();
  await expect(page.getByRole("row", { name: /Erin Engineer/ })).toContainText("eengineer");
  await expect(page.getByRole("row", { name: /Alex Admin/ })).toContainText("Matched by e-mail");

  await page.getByRole("button", { name: "Choose the ConnectWise member of Vic Viewer" }).click();
  const dialog = page.getByRole("dialog", { name: "ConnectWise member of Vic Viewer" });
  await dialog.getByLabel("Search ConnectWise members").fill("jordan");
  await dialog.getByRole("radio", { name: /Jordan Smith/ }).check();
  await dialog.getByRole("button", { name: "Map member" }).click();
  await expect(page.getByRole("row", { name: /Vic Viewer/ })).toContainText("Set by hand");

  await page.getByRole("button", { name: /^Unmatched/ }).click();
  await expect(page.getByRole("row", { name: /Erin Engineer/ })).toHaveCount(0);
  await page.getByRole("button", { name: /^All members/ }).click();
  await dismissToasts(page);
  await screenshot(page, "admin-member-mapping");
}

/** An engineer's own browser: the Slow PC flow started on the ticket, from the library. */
async function engineerPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  return { page, errors, close: () => context.close() };
}

async function startOnTicket(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("combobox", { name: "Search flows and steps" }).fill("slow pc");
  await page.getByRole("combobox", { name: "Search flows and steps" }).press("Enter");
  await page.getByRole("list", { name: "Results" }).getByRole("link", { name: "Slow PC", exact: true }).first().click();
  await page.getByRole("button", { name: "Start session" }).click();
  const dialog = page.getByRole("dialog", { name: "Start a session" });
  await dialog.getByLabel("Ticket").fill(TICKET);
  await expect(dialog.getByLabel("Ticket")).toHaveAccessibleDescription(/Outlook won't start after the Office update · Contoso Ltd/);
  await dialog.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]+\/run$/);
}

test("an admin connects ConnectWise and maps members; an engineer sees the ticket and pushes the note once", async ({ page, browser, baseURL, request }) => {
  test.setTimeout(150_000);
  const adminToken = await apiToken(request, ADMIN);
  try {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await connectTheTeam(page);
    await mapMembers(page);

    const engineer = await engineerPage(browser, baseURL ?? "");
    const runner = engineer.page;
    await startOnTicket(runner);
    const ticket = runner.getByRole("region", { name: `Ticket #${TICKET}` });
    await expect(ticket).toContainText("Outlook won't start after the Office update");
    await expect(ticket).toContainText("Contoso Ltd");
    await expect(ticket).toContainText("Alex Doe");
    await expect(ticket).not.toContainText("Unverified");
    await ticket.getByRole("button", { name: /Show the last 2 notes/ }).click();
    await expect(ticket.getByRole("list", { name: "Ticket notes, newest first" })).toContainText("webmail works");
    await screenshot(runner, "runner-ticket-context");

    await runner.getByLabel("hostname").fill("PC-0042");
    await runner.getByLabel("hostname").press("Enter");
    await expect(runner.getByRole("heading", { name: "When is it slow?" })).toBeVisible();
    await runner.getByRole("button", { name: "End session…" }).click();
    const end = runner.getByRole("dialog", { name: "End the session" });
    await end.getByRole("textbox", { name: "Summary" }).fill("Outlook profile rebuilt; escalating the Office update to the vendor.");
    await end.getByRole("button", { name: "End session" }).click();
    await expect(runner).toHaveURL(/\/sessions\/[0-9a-f-]+$/);

    const before = await notesOnTicket(request);
    await runner.getByRole("button", { name: "Push to ConnectWise" }).click();
    await expect(runner.getByText(/^Posted as note #\d+$/)).toBeVisible();
    const pushes = runner.getByRole("list", { name: "Pushes to ConnectWise" });
    await expect(pushes).toContainText("Posted");
    await expect(pushes.getByRole("link", { name: new RegExp(`^Note #\\d+ on ticket #${TICKET}$`) })).toHaveAttribute("href", /service_recid=4711/);
    expect(await notesOnTicket(request)).toBe(before + 1);

    await runner.getByRole("button", { name: "Push to ConnectWise" }).click();
    await expect(runner.getByText("Already pushed")).toBeVisible();
    await expect(pushes.getByRole("listitem")).toHaveCount(1);
    expect(await notesOnTicket(request)).toBe(before + 1);
    await dismissToasts(runner);
    await screenshot(runner, "session-psa-push");
    expect(engineer.errors).toEqual([]);
    await engineer.close();
  } finally {
    const removed = await request.delete("/api/v1/psa/connectwise", { headers: bearer(adminToken) });
    expect(removed.status(), await removed.text()).toBe(204);
  }
});
