import { readFile } from "node:fs/promises";

import type { APIRequestContext } from "@playwright/test";

import { expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

const TARGETS = ["Contoso", "Fabrikam", "Northwind Traders"];

interface Created {
  scheduleId: string;
  runId: string;
  title: string;
}

/**
 * A run of its own, so that the demo run stays as other specs expect it: the admin schedules the
 * demo "Quarterly firewall review" over three clients, assigns the engineer and starts a run now.
 */
async function createRun(request: APIRequestContext, token: string): Promise<Created> {
  const headers = bearer(token);
  const flows = await request.get("/api/v1/flows", { headers, params: { kind: "maintenance", limit: 100 } });
  expect(flows.status()).toBe(200);
  const flow = ((await flows.json()) as { items: { id: string; title: string }[] }).items.find((item) => item.title === "Quarterly firewall review");
  if (!flow) throw new Error("the demo library has no Quarterly firewall review");
  const members = (await (await request.get("/api/v1/teams/current/members", { headers })).json()) as { user_id: string; email: string }[];
  const engineer = members.find((member) => member.email === "engineer@demo.local");
  if (!engineer) throw new Error("no demo engineer");

  const title = `Firewall review e2e ${Date.now()}`;
  const schedule = await request.post("/api/v1/maintenance/schedules", {
    headers,
    data: {
      flow_id: flow.id,
      name: title,
      recurrence: { kind: "monthly", day: 1, time: "09:00" },
      timezone: "Europe/Amsterdam",
      assignee_ids: [engineer.user_id],
    },
  });
  expect(schedule.status(), await schedule.text()).toBe(201);
  const scheduleId = ((await schedule.json()) as { id: string }).id;
  for (const client of TARGETS) {
    const target = await request.post(`/api/v1/maintenance/schedules/${scheduleId}/targets`, {
      headers,
      data: { client, device: `${client.slice(0, 3).toUpperCase()}-FW01` },
    });
    expect(target.status(), await target.text()).toBe(201);
  }
  const run = await request.post(`/api/v1/maintenance/schedules/${scheduleId}/runs`, { headers });
  expect(run.status(), await run.text()).toBe(201);
  return { scheduleId, runId: ((await run.json()) as { id: string }).id, title };
}

test("an engineer works a run in the matrix with the keyboard, opens a target's session and downloads the report", async ({ page, request }) => {
  test.setTimeout(90_000);
  const adminToken = await apiToken(request, "admin@demo.local");
  const created = await createRun(request, adminToken);
  try {
    await page.goto("/sign-in");
    await signIn(page, "engineer@demo.local");

    // The dashboard lists it among my due runs (I am assigned to its schedule).
    const due = page.getByRole("list", { name: "Maintenance due" });
    await expect(due.getByRole("link", { name: created.title })).toBeVisible();
    await screenshot(page, "dashboard-maintenance");

    // The runs list: mine, open.
    await page.getByRole("link", { name: "All my runs" }).click();
    await expect(page.getByRole("heading", { name: "Maintenance runs" })).toBeVisible();
    await expect(page.getByLabel(/Only mine/)).toBeChecked();
    const row = page.getByRole("row").filter({ hasText: created.title });
    await expect(row).toContainText("Quarterly firewall review · 3 targets");
    await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    await screenshot(page, "maintenance-runs");

    await row.getByRole("link", { name: created.title }).click();
    await expect(page.getByRole("heading", { name: created.title })).toBeVisible();
    const progress = page.getByRole("progressbar", { name: "Progress of the run" });
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    const grid = page.getByRole("grid", { name: "Targets by steps" });
    await expect(grid.getByRole("rowheader")).toHaveCount(3);

    // Keyboard only from the grid's tab stop: Back up the configuration and Check firmware, for all three clients.
    const first = grid.locator('td[data-row="0"][data-col="0"]');
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await expect(grid.locator('td[aria-selected="true"]')).toHaveCount(6);
    await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("6 cells selected");

    await page.keyboard.press("d");
    const dialog = page.getByRole("dialog", { name: "Mark 6 cells done" });
    await expect(dialog).toContainText("6 cells of 3 targets");
    await dialog.getByLabel("Note (optional)").fill("Config exported to the vault; firmware checked against the vendor advisories.");
    await dialog.getByLabel("Note (optional)").press("Control+Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByText("6 cells marked done")).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuenow", "11");
    await expect(grid.locator('td[data-col="3"]').filter({ hasText: "Done" })).toHaveCount(3);
    await expect(grid.locator('td[data-col="4"]').filter({ hasText: "Done" })).toHaveCount(3);
    await expect(grid.locator('td[aria-selected="true"]')).toHaveCount(0);
    await screenshot(page, "maintenance-run-matrix");

    // A question cannot be marked done in bulk: the API refuses, the dialog says why, nothing changes.
    await grid.getByRole("button", { name: /Is the firmware current\?/ }).click();
    await page.keyboard.press("d");
    const refused = page.getByRole("dialog", { name: "Mark 3 cells done" });
    await refused.getByRole("button", { name: "Mark done" }).click();
    await expect(refused.getByRole("alert")).toContainText("3 cells cannot be completed; nothing was changed.");
    await expect(refused.getByRole("alert")).toContainText("Contoso · CON-FW01 — Is the firmware current?");
    await refused.getByRole("button", { name: "Cancel" }).click();
    await expect(progress).toHaveAttribute("aria-valuenow", "11");

    // Enter on a cell opens that target's session in the runner.
    await grid.locator('td[data-row="1"][data-col="3"]').click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]+\/run$/);
    await expect(page.getByRole("heading", { name: "Quarterly firewall review" }).first()).toBeVisible();
    await page.goBack();
    await expect(grid).toBeVisible();

    // The CSV report: one line per target, the steps' results in their columns.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the report as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^maintenance-Firewall-review-e2e-\d+-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv$/);
    const lines = (await readFile(await file.path(), "utf8")).trim().split("\r\n");
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(0, 4)).toEqual(["position", "client", "device", "outcome"]);
    const backup = header.indexOf("Back up the configuration");
    const firmware = header.indexOf("Check firmware against advisories");
    expect(lines).toHaveLength(4);
    for (const client of TARGETS) {
      const cells = lines.find((line) => line.includes(`,${client},`))?.split(",") ?? [];
      expect(cells[3]).toBe("open");
      expect([cells[backup], cells[firmware]]).toEqual(["done", "done"]);
    }
  } finally {
    await request.delete(`/api/v1/maintenance/schedules/${created.scheduleId}`, { headers: bearer(adminToken) });
  }
});
