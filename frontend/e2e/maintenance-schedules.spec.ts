import { expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

const ENGINEER = "engineer@demo.local";
const FLOW = "Backup verification and test restore";

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: "targets.csv", mimeType: "text/csv", buffer: Buffer.from(`${rows.join("\n")}\n`) };
}

test("an engineer schedules a weekly maintenance, imports its targets from a CSV, edits one and runs it now", async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = `Weekly restore test ${Date.now()}`;
  let schedulePath: string | null = null;
  try {
    await page.goto("/sign-in");
    await signIn(page, ENGINEER);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maintenance" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Maintenance schedules" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Maintenance" }).getByRole("link", { name: "Schedules" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Weekly backup verification" })).toBeVisible();
    await screenshot(page, "maintenance-schedules");

    // A weekly recurrence, previewed before it is saved.
    await page.getByRole("link", { name: "New schedule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New schedule" })).toBeVisible();
    await page.getByLabel("Maintenance flow").selectOption({ label: FLOW });
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Thursday" }).click();
    await page.getByLabel("Time of day").fill("07:30");
    await page.getByLabel("Time zone").fill("Europe/Amsterdam");
    const preview = page.getByRole("region", { name: "Next runs" });
    await expect(preview.getByText("Weekly on Mon, Thu at 07:30")).toBeVisible();
    await expect(preview.getByRole("listitem")).toHaveCount(5);
    await expect(preview.getByRole("listitem").first()).toContainText("07:30");
    await page.getByRole("button", { name: "Create schedule" }).click();
    await expect(page).toHaveURL(/\/maintenance\/schedules\/[0-9a-f-]{36}$/);
    schedulePath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // A CSV with a row without its client: refused whole, the row named.
    const targets = page.getByRole("region", { name: "Targets" });
    const fileInput = targets.getByLabel("Choose a CSV file");
    await fileInput.setInputFiles(csv(["client,device,site", "Contoso Ltd,CON-BKP01,Amsterdam", ",FAB-BKP01,Utrecht", "Northwind,NW-BKP01,Rotterdam"]));
    const problems = targets.getByRole("table", { name: "Problems in targets.csv" });
    await expect(problems.getByRole("row").nth(1)).toHaveText(/3\s*client\s*Every target names its client\./);
    await expect(targets.getByText("The CSV has 1 problem; nothing was imported.", { exact: false })).toBeVisible();
    await expect(targets.getByRole("heading", { name: "Targets (0)" })).toBeVisible();

    const template = page.waitForEvent("download");
    await targets.getByRole("link", { name: "Download a template" }).click();
    expect((await template).suggestedFilename()).toBe("targets-template.csv");

    // Fixed, checked, imported.
    await fileInput.setInputFiles(csv(["client,device,site", "Contoso Ltd,CON-BKP01,Amsterdam", "Fabrikam,FAB-BKP01,Utrecht", "Northwind,NW-BKP01,Rotterdam"]));
    await expect(targets.getByText(/is fine: 3 created, 0 updated, 0 unchanged/)).toBeVisible();
    await targets.getByRole("button", { name: "Import", exact: true }).click();
    await expect(targets.getByRole("heading", { name: "Targets (3)" })).toBeVisible();

    // Edited in its row.
    await targets.getByRole("button", { name: "Edit Northwind · NW-BKP01" }).click();
    await targets.getByLabel("Device of Northwind · NW-BKP01").fill("NW-BKP02");
    await targets.getByLabel("site of Northwind · NW-BKP01").fill("Den Haag");
    await targets.getByLabel("site of Northwind · NW-BKP01").press("Enter");
    // Saved: the row reads again, named by its new device.
    await expect(targets.getByRole("button", { name: "Edit Northwind · NW-BKP02" })).toBeVisible();
    await expect(targets.getByRole("row", { name: /Northwind NW-BKP02 Den Haag/ })).toBeVisible();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await screenshot(page, "maintenance-schedule-editor");

    await page.getByRole("button", { name: "Run now" }).click();
    await expect(page).toHaveURL(/\/maintenance\/runs\/[0-9a-f-]{36}$/);
  } finally {
    // The schedule goes (its run stays, as runs do); the demo schedules are untouched.
    if (schedulePath) {
      const token = await apiToken(request, ENGINEER);
      const deleted = await request.delete(`/api/v1${schedulePath}`, { headers: bearer(token) });
      expect(deleted.status(), await deleted.text()).toBe(204);
    }
  }
});
