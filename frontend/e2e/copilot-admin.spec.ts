/**
 * FlowPilot for engineers and team admins, with the offline provider (the e2e server has no API key):
 * building a flow with AI from the library, the flywheel's review queue, and AI usage & budget.
 */
import type { APIRequestContext } from "@playwright/test";

import { expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

const ADMIN = "admin@demo.local";
const ENGINEER = "engineer@demo.local";

interface Flow {
  id: string;
  status: string;
  latest_version: number;
}

test("an engineer builds a flow with AI; the draft opens in the editor and is not published", async ({ page, request }) => {
  await page.goto("/sign-in");
  await signIn(page, ENGINEER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("button", { name: "Build with AI" }).click();

  const dialog = page.getByRole("dialog", { name: "Build a flow with AI" });
  await expect(dialog.getByText("FlowPilot is offline")).toBeVisible();
  const title = `Label printer prints blank labels (e2e ${Date.now()})`;
  await dialog.getByLabel("Title (optional)").fill(title);
  await dialog.getByLabel("Description").fill("The warehouse label printer feeds labels but prints nothing on them.");
  await dialog
    .getByLabel("Runbook (optional)")
    .fill("1. Is the printer set to thermal transfer mode?\n2. Replace the ribbon\n3. Run `Get-Printer -Name Zebra*`\n4. Print a test label");
  await screenshot(page, "library-build-with-ai");
  await dialog.getByRole("button", { name: "Build draft" }).click();

  const result = page.getByRole("dialog", { name: "Your draft flow is ready" });
  await expect(result.getByText("Draft, not published")).toBeVisible();
  await expect(result.getByText("Passes validation")).toBeVisible();
  await expect(result.getByText("Offline", { exact: true })).toBeVisible();
  await screenshot(page, "library-build-with-ai-result");
  await result.getByRole("link", { name: "Open in editor" }).click();

  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const flowId = /\/flows\/([0-9a-f-]+)\/edit$/.exec(page.url())?.[1] ?? "";
  const token = await apiToken(request, ENGINEER);
  const flow = (await (await request.get(`/api/v1/flows/${flowId}`, { headers: bearer(token) })).json()) as Flow;
  expect(flow.status).toBe("draft");
  expect(flow.latest_version).toBe(0);
});

/**
 * The demo sessions hold no cluster of three similar unresolved ones (the flywheel proposes nothing
 * from them), so the test makes two: three sessions that leave a flow of its own at the same
 * question (a branch), and three that end on another flow before any answer (a new flow).
 */
async function seedUnresolvedSessions(request: APIRequestContext, stamp: number): Promise<void> {
  const headers = bearer(await apiToken(request, ENGINEER));
  const publishedFlow = async (title: string): Promise<string> => {
    const graph = {
      start: "ask",
      nodes: [
        { id: "ask", kind: "question", title: "Does it work on a phone hotspot?", answers: [{ label: "Yes", target: "fixed" }, { label: "No", target: "handover" }] },
        { id: "fixed", kind: "resolution", title: "Working again" },
        { id: "handover", kind: "escalation", title: "Hand over to networking" },
      ],
    };
    const created = await request.post("/api/v1/flows", { headers, data: { kind: "troubleshooting", title, graph } });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as Flow;
    const published = await request.post(`/api/v1/flows/${id}/publish`, { headers, data: {} });
    expect(published.status(), await published.text()).toBe(201);
    return id;
  };
  const unresolvedSession = async (flowId: string, events: object[]) => {
    const started = await request.post("/api/v1/sessions", { headers, data: { flow_id: flowId } });
    expect(started.status(), await started.text()).toBe(201);
    let session = (await started.json()) as { id: string; last_seq: number };
    for (const event of events) {
      const appended = await request.post(`/api/v1/sessions/${session.id}/events`, { headers, data: { expected_seq: session.last_seq, event } });
      expect(appended.status(), await appended.text()).toBe(201);
      session = ((await appended.json()) as { session: typeof session }).session;
    }
  };

  const vpn = await publishedFlow(`VPN drops on hotel Wi-Fi (e2e ${stamp})`);
  const scanner = await publishedFlow(`Scanner cannot send e-mail (e2e ${stamp})`);
  for (const n of [1, 2, 3]) {
    await unresolvedSession(vpn, [
      { type: "answered", node_id: "ask", answer: 1 },
      { type: "note", text: `Hotel captive portal blocks IPsec UDP 500 and 4500 again (guest ${n}).` },
      { type: "ended", outcome: "unresolved", summary: "Captive portal blocks IPsec; no fix found." },
    ]);
    await unresolvedSession(scanner, [
      { type: "note", text: `Scanner rejected by the SMTP relay after the mail server move, relay log shows 550 (device ${n}).` },
      { type: "ended", outcome: "unresolved", summary: "SMTP relay refuses the scanner; the relay allow-list is unknown." },
    ]);
  }
}

test("the team admin runs the flywheel, rejects one proposal with a reason and accepts one into a draft", async ({ page, request }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  await seedUnresolvedSessions(request, stamp);

  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await page.getByRole("button", { name: "Run the flywheel now" }).click();
  await expect(page.getByText(/new proposals? to review/)).toBeVisible({ timeout: 30_000 });

  const pending = page.getByRole("list", { name: "Pending proposals" });
  const branch = pending.getByRole("listitem").filter({ hasText: `VPN drops on hotel Wi-Fi (e2e ${stamp})` });
  const newFlow = pending.getByRole("listitem").filter({ hasText: `Scanner cannot send e-mail (e2e ${stamp})` });
  await expect(branch).toContainText("New branch");
  await expect(newFlow).toContainText("New flow");
  await screenshot(page, "review-queue");

  // A branch on the VPN flow: read the evidence, then reject it with a reason.
  await branch.getByRole("link").click();
  await expect(page.getByText(/A new answer at the question “Does it work on a phone hotspot\?”/)).toBeVisible();
  const evidence = page.getByRole("list", { name: "Evidence" }).getByRole("listitem");
  await expect(evidence).toHaveCount(3);
  await expect(evidence.first()).toContainText("Hotel captive portal blocks IPsec");
  await expect(evidence.first().getByRole("link")).toHaveAttribute("href", /^\/sessions\/[0-9a-f-]+$/);
  await screenshot(page, "proposal-detail");
  await page.getByRole("button", { name: "Reject…" }).click();
  const reject = page.getByRole("dialog", { name: "Reject this proposal?" });
  await reject.getByRole("button", { name: "Reject proposal" }).click();
  await expect(reject.getByText(/Say why/)).toBeVisible();
  await reject.getByLabel("Reason").fill("Hotels are out of scope: the client's travel policy says use the hotspot.");
  await reject.getByRole("button", { name: "Reject proposal" }).click();
  await expect(page.getByText("Hotels are out of scope: the client's travel policy says use the hotspot.")).toBeVisible();
  await expect(page.getByText(/^Rejected on /)).toBeVisible();

  // A new flow from the scanner sessions: accept it and land on its draft.
  await page.getByRole("link", { name: "← Review queue" }).click();
  await page.getByRole("button", { name: "Pending" }).click();
  await newFlow.getByRole("link").click();
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await page.getByRole("button", { name: "Accept" }).click();
  await page.getByRole("link", { name: "Open the draft in the editor" }).click();
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("the team admin sets a monthly AI budget and sees spend against it", async ({ page, request }) => {
  const headers = bearer(await apiToken(request, ADMIN));
  const before = (await (await request.get("/api/v1/copilot/usage", { headers })).json()) as { budget: { limit_usd: number | null } };
  try {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "AI usage & budget" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "AI usage & budget" })).toBeVisible();
    await expect(page.getByText(/FlowPilot runs offline/)).toBeVisible();

    await page.getByLabel("Monthly budget (USD)").fill("25");
    await page.getByRole("button", { name: "Save budget" }).click();
    await expect(page.getByText("Monthly budget saved")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Monthly AI budget used" })).toBeVisible();
    await expect(page.getByText(/of \$25\.00 · 0 %/)).toBeVisible();
    await expect(page.getByRole("table", { name: "FlowPilot usage this month by feature and tier" })).toContainText("Flow builder");
    await page.getByRole("button", { name: "Dismiss notification" }).click();
    await screenshot(page, "admin-ai-usage");
  } finally {
    const restored = await request.put("/api/v1/copilot/budget", { headers, data: { monthly_budget_usd: before.budget.limit_usd } });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});

test.describe("at tablet width", () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test("the review queue and AI usage stay readable", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await page.getByRole("button", { name: "Rejected" }).click();
    await expect(page.getByRole("list", { name: "Rejected proposals" })).toContainText("Reason: Hotels are out of scope");
    await screenshot(page, "review-queue-tablet");

    await page.goto("/admin/ai-usage");
    await expect(page.getByRole("heading", { level: 1, name: "AI usage & budget" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Providers" })).toBeVisible();
    await screenshot(page, "admin-ai-usage-tablet");
  });
});
