import type { APIRequestContext, Locator, Page } from "@playwright/test";

import { expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

const DEMO_FLOW = "Windows Server patching";
const SEQUENTIAL = "Reboot and verify";

interface FlowOut {
  id: string;
  title: string;
  draft_revision: number;
  graph: { sections?: { name: string; sequential: boolean }[] };
}

/**
 * The demo's "Windows Server patching" with its "Reboot and verify" section done in order, as a
 * flow of its own (a copy, published), so that the demo flow stays as other tests expect it.
 */
async function sequentialCopyOfDemoFlow(request: APIRequestContext, token: string): Promise<FlowOut> {
  const headers = bearer(token);
  const list = await request.get("/api/v1/flows", { headers, params: { kind: "procedural", sort: "title", limit: 100 } });
  expect(list.status()).toBe(200);
  const demo = ((await list.json()) as { items: FlowOut[] }).items.find((flow) => flow.title === DEMO_FLOW);
  if (!demo) throw new Error(`the demo flow "${DEMO_FLOW}" is missing`);

  const copy = (await (await request.post(`/api/v1/flows/${demo.id}/duplicate`, { headers })).json()) as FlowOut;
  const title = `${DEMO_FLOW} (checklist e2e ${Date.now()})`;
  expect((await request.patch(`/api/v1/flows/${copy.id}`, { headers, data: { title } })).status()).toBe(200);
  const saved = await request.put(`/api/v1/flows/${copy.id}/draft`, {
    headers,
    data: { revision: copy.draft_revision, graph: { ...copy.graph, sections: [{ name: SEQUENTIAL, sequential: true }] } },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const published = await request.post(`/api/v1/flows/${copy.id}/publish`, { headers, data: { change_note: "Reboot and verify in order" } });
  expect(published.status(), await published.text()).toBe(201);
  return { ...copy, title };
}

function step(page: Page, title: string | RegExp): Locator {
  return page.getByRole("listitem").filter({ has: page.locator("[id$='-title']", { hasText: title }) });
}

async function expand(page: Page, title: string | RegExp): Promise<Locator> {
  const item = step(page, title);
  const toggle = item.getByRole("button", { expanded: false }).first();
  if (await toggle.isVisible()) await toggle.click();
  return item;
}

async function percent(page: Page): Promise<number> {
  return Number(await page.getByRole("progressbar", { name: "Checklist progress" }).getAttribute("aria-valuenow"));
}

test("engineers work a procedural checklist: out of order, in order where a section says so, with notes, assignment, another engineer's change, and the end", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, "engineer@demo.local");
  const flow = await sequentialCopyOfDemoFlow(request, token);
  try {
    await page.goto("/sign-in");
    await signIn(page, "engineer@demo.local");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    // Start it from the flow's page, like any session.
    await page.goto(`/flows/${flow.id}`);
    await page.getByRole("button", { name: "Start session" }).click();
    const start = page.getByRole("dialog", { name: "Start a session" });
    await start.getByLabel("Ticket").fill("51207");
    await start.getByLabel("Client").fill("Contoso");
    await start.getByLabel("Target").fill("SRV-FS01");
    await start.getByRole("button", { name: "Start session" }).click();
    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]+\/run$/);
    const sessionPath = new URL(page.url()).pathname.replace(/\/run$/, "");
    await expect(page.getByRole("heading", { level: 2, name: "Preparation", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `${SEQUENTIAL} In order` })).toBeVisible();
    expect(await percent(page)).toBe(0);

    // Out of order: the last section's step first.
    const close = await expand(page, "Close the change");
    await close.getByRole("button", { name: /^Done/ }).click();
    await expect(close).toHaveAttribute("data-status", "done");
    await expect.poll(() => percent(page)).toBeGreaterThan(0);
    const afterClose = await percent(page);

    // An input captured inline fills the steps that use it.
    const server = await expand(page, "Server name");
    await server.getByLabel("server_name").fill("SRV-FS01");
    await server.getByRole("button", { name: "Save the value" }).click();
    await expect(server).toHaveAttribute("data-status", "done");
    await expect(step(page, "Is there a successful backup of SRV-FS01 from the last 24 hours?")).toBeVisible();

    // A sequential section: the second step waits for the first, by button and by key.
    const postChecks = await expand(page, "Post-patch checks");
    await expect(postChecks.getByText(/This section is done in order/)).toContainText("Reboot and wait");
    await expect(postChecks.getByRole("button", { name: /^Done/ })).toBeDisabled();
    await postChecks.focus();
    await page.keyboard.press("x");
    await expect(page.getByText("“Post-patch checks” cannot be changed now")).toBeVisible();
    await page.keyboard.press("k"); // up to "Reboot and wait"
    await expect(step(page, "Reboot and wait")).toBeFocused();
    await page.keyboard.press("x");
    await expect(step(page, "Reboot and wait")).toHaveAttribute("data-status", "done");
    await expect(postChecks.getByRole("button", { name: /^Done/ })).toBeEnabled();

    // A note with evidence on a step, and the step assigned to me with a due date that has passed.
    const baseline = await expand(page, "Record a health baseline");
    await baseline.getByLabel("Note", { exact: true }).fill("Baseline taken before patching; **all services running**.");
    await baseline.getByLabel("Evidence (pasted output)").fill("Status  Name\n------  ----\nRunning LanmanServer\nRunning W32Time");
    await baseline.getByRole("button", { name: "Add to step" }).click();
    await expect(baseline.getByText("Running LanmanServer")).toBeVisible();
    await expect(baseline.getByText("all services running")).toBeVisible();
    await expect(baseline.getByText("1 note")).toBeVisible();
    await baseline.getByRole("button", { name: "Assign to me" }).click();
    await expect(baseline.getByLabel("Assignee")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(baseline.getByText("Erin Engineer").first()).toBeVisible();
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, "0")}-${String(yesterday.getDate()).padStart(2, "0")}`;
    await baseline.getByLabel("Due date").fill(day);
    await baseline.getByRole("button", { name: "Set due date" }).click();
    await expect(baseline.getByText("Overdue")).toBeVisible();
    await page.getByRole("button", { name: "Mine (1)" }).click();
    await expect(page.getByRole("button", { name: "Mine (1)" })).toHaveAttribute("aria-pressed", "true");
    await expect(step(page, "Close the change")).toHaveCount(0);
    await page.getByRole("button", { name: /^All/ }).click();

    // Another engineer works the same checklist: their change appears here without a reload.
    const adminToken = await apiToken(request, "admin@demo.local");
    const sessionUrl = `/api/v1${sessionPath}`;
    const current = (await (await request.get(sessionUrl, { headers: bearer(adminToken) })).json()) as { last_seq: number };
    const theirs = await request.post(`${sessionUrl}/events`, {
      headers: { ...bearer(adminToken), "Idempotency-Key": `checklist-e2e-${Date.now()}` },
      data: { expected_seq: current.last_seq, event: { type: "step_completed", node_id: "confirm-window", result: "done" } },
    });
    expect(theirs.status(), await theirs.text()).toBe(201);
    await expect(step(page, "Confirm the maintenance window")).toContainText("by Alex Admin", { timeout: 15_000 });
    expect(await percent(page)).toBeGreaterThan(afterClose);

    await expect(page.getByLabel("Ticket note preview")).toContainText("Record a health baseline");
    for (const done of ["Close the change", "Server name"]) await step(page, done).getByRole("button", { expanded: true }).click();
    await screenshot(page, "checklist-runner");
    await page.setViewportSize({ width: 820, height: 1180 });
    await expect(step(page, "Post-patch checks")).toBeVisible();
    await screenshot(page, "checklist-runner-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });

    // The end: outcome and summary; the session's details show the steps worked.
    await page.getByRole("button", { name: "End session…" }).click();
    const end = page.getByRole("dialog", { name: "End the session" });
    await expect(end.getByRole("radio", { name: /Unresolved/ })).toBeChecked();
    await end.getByRole("textbox", { name: "Summary" }).fill("Rebooted and baselined; patching continues in the next window.");
    await end.getByRole("button", { name: "End session" }).click();
    await expect(page).toHaveURL(new RegExp(`${sessionPath}$`));
    const timeline = page.getByRole("main");
    await expect(timeline.getByText("Reboot and wait → done")).toBeVisible();
    await expect(timeline.getByText("Close the change → done")).toBeVisible();
    await expect(timeline.getByText("Note on Record a health baseline")).toBeVisible();
    // Twice: once assigned, once given the due date (one event sets both).
    await expect(timeline.getByText("Record a health baseline assigned to Erin Engineer")).toHaveCount(2);
  } finally {
    // The copy leaves the library's everyday lists (its session stays readable).
    await request.post(`/api/v1/flows/${flow.id}/archive`, { headers: bearer(token) });
  }
});
