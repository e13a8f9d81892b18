import type { Page } from "@playwright/test";

import { collectPageErrors, expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer, mailedToken, setServerClock } from "./support/server";

const ADMIN = "admin@demo.local";
const SESSION_POLICY = "/api/v1/teams/current/session-policy";
const REDACTION_RULES = "/api/v1/teams/current/redaction-rules";

async function openAdmin(page: Page, section: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: section }).click();
  await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
}

test("an admin sets the shortest idle timeout, and an idle sign-in ends with the idle message", async ({ page, request }) => {
  // The demo team's policy is shared by every test: read it now, put it back whatever happens.
  const token = await apiToken(request, ADMIN);
  const original = (await (await request.get(SESSION_POLICY, { headers: bearer(token) })).json()) as object;
  try {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await openAdmin(page, "Members");
    await expect(page.getByLabel("Role of Erin Engineer")).toHaveValue("engineer");
    await screenshot(page, "admin-members");

    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Session policy" }).click();
    const idle = page.getByLabel("Idle timeout (minutes)");
    await idle.fill("4");
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByText("Enter a whole number of minutes from 5 to 1440.")).toBeVisible();
    await idle.fill("5");
    await expect(page.getByText("That is 5 minutes.")).toBeVisible();
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByText("Session policy saved")).toBeVisible();
    await screenshot(page, "admin-session-policy");

    // Six idle minutes pass on the server's clock; the next refresh (here: coming back to the
    // page) is refused as session_expired_idle, and the sign-in page says why.
    await setServerClock(request, 6 * 60);
    await page.reload();

    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fsession-policy$/);
    await expect(page.getByRole("alert").filter({ hasText: "inactivity" })).toHaveText(
      "You were signed out after 5 minutes of inactivity.",
    );
    await screenshot(page, "sign-in-idle-expired");
  } finally {
    await setServerClock(request, 0);
    const restored = await request.put(SESSION_POLICY, { headers: bearer(token), data: original });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});

test("an admin invites an engineer, who joins from the link in a fresh browser, and is then removed", async ({ page, browser, baseURL, request }) => {
  const email = `new-engineer-${Date.now()}@demo.local`;
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  await openAdmin(page, "Invitations");

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Engineer" });
  await page.getByRole("button", { name: "Send invitation" }).click();

  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/v1/dev/outbox" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Pending invitations" })).toContainText(email);
  await screenshot(page, "admin-invitations");

  // The invitee opens the e-mailed link in a browser of their own.
  const token = await mailedToken(request, email, "invitations/accept");
  const guestContext = await browser.newContext({ baseURL });
  const guest = await guestContext.newPage();
  const guestErrors = collectPageErrors(guest);
  await guest.goto(`/invitations/accept?token=${token}`);
  await expect(guest.getByText(`Northwind IT invites ${email} as engineer.`)).toBeVisible();
  await guest.getByLabel("Your name").fill("Nia Newcomer");
  await guest.getByLabel("New password", { exact: true }).fill("a-long-new-password-26");
  await guest.getByLabel("Repeat the new password").fill("a-long-new-password-26");
  await guest.getByRole("button", { name: "Create account and join" }).click();
  await expect(guest).toHaveURL(/\/$/);
  await expect(guest.getByText("Northwind IT")).toBeVisible();
  await screenshot(guest, "invitation-accepted");
  expect(guestErrors).toEqual([]);
  await guestContext.close();

  // Back with the admin: the newcomer is a member; change their role, then remove them again.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("list", { name: "Pending invitations" })).toHaveCount(0);
  await page.getByLabel("Role of Nia Newcomer").selectOption({ label: "Viewer" });
  await page.getByRole("dialog", { name: "Make Nia Newcomer viewer?" }).getByRole("button", { name: "Make viewer" }).click();
  await expect(page.getByText("Nia Newcomer is now viewer")).toBeVisible();
  await expect(page.getByLabel("Role of Nia Newcomer")).toHaveValue("viewer");

  await page.getByRole("button", { name: "Remove Nia Newcomer" }).click();
  await page.getByRole("dialog", { name: "Remove Nia Newcomer from the team?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByLabel("Role of Nia Newcomer")).toHaveCount(0);
});

test("an admin edits a custom redaction rule and sees the live preview follow", async ({ page, request }) => {
  const token = await apiToken(request, ADMIN);
  const saved = (await (await request.get(REDACTION_RULES, { headers: bearer(token) })).json()) as { categories: string[]; rules: object[] };
  try {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await openAdmin(page, "Redaction rules");
    const output = page.getByTestId("redacted-text");
    // The sample text has a password: a built-in hides it whatever the team's rules.
    await expect(output).toContainText("Local admin password: [REDACTED:password]");
    await expect(output).toContainText("Asset tag NW-004211;");

    await page.getByRole("button", { name: "Add rule" }).click();
    await page.getByLabel("Name", { exact: true }).last().fill("asset-tag");
    await page.getByLabel("Pattern (RE2)").last().fill("NW-\\d{6}");
    await page.getByRole("checkbox", { name: /E-mail addresses/ }).check();
    await expect(output).toContainText("Asset tag [REDACTED:asset-tag];");
    await expect(output).toContainText("start for [EMAIL-1] on");
    await expect(output.locator("mark", { hasText: "[REDACTED:asset-tag]" })).toBeVisible();
    await page.getByRole("button", { name: "Save rules" }).click();
    await expect(page.getByText("Redaction rules saved")).toBeVisible();
    await screenshot(page, "admin-redaction");

    // An unusable pattern is refused by the API at its rule, while typing.
    const pattern = page.getByLabel("Pattern (RE2)").last();
    await pattern.fill("NW-(\\d{6}");
    await expect(page.getByText(/Not a valid pattern/)).toBeVisible();
    await expect(pattern).toHaveAttribute("aria-invalid", "true");

    // Edit the rule: the preview is the server's redaction of the sample with the edited draft.
    const previewed = page.waitForResponse(
      async (response) =>
        response.url().endsWith("/redaction/preview") && response.ok() && ((await response.json()) as { text: string }).text.includes("[REDACTED:asset]11"),
    );
    await page.getByLabel("Name", { exact: true }).last().fill("asset");
    await pattern.fill("NW-\\d{4}");
    const { text } = (await (await previewed).json()) as { text: string };
    await expect(output).toHaveText(text);
    await expect(output).toContainText("Asset tag [REDACTED:asset]11;");
    await expect(page.getByText("Unsaved changes: only the preview uses them.")).toBeVisible();
    await screenshot(page, "admin-redaction-editing");

    await page.getByRole("button", { name: "Discard changes" }).click();
    await expect(page.getByLabel("Name", { exact: true }).last()).toHaveValue("asset-tag");
  } finally {
    const restored = await request.put(REDACTION_RULES, { headers: bearer(token), data: { categories: saved.categories, rules: saved.rules } });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});

test("the operator creates a team and invites its first admin", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "super@demo.local");
  await openAdmin(page, "Teams");

  const name = `Contoso Support ${Date.now()}`;
  await page.getByLabel("Team name").fill(name);
  await page.getByLabel("First admin's e-mail").fill(`lead-${Date.now()}@demo.local`);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText(/^Invitation sent to lead-/)).toBeVisible();
  await expect(page.getByRole("cell", { name: new RegExp(name) })).toBeVisible();
  await screenshot(page, "admin-teams");
});

test.describe("at tablet width", () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test("the admin sections stay reachable", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, ADMIN);
    await openAdmin(page, "Redaction rules");
    await expect(page.getByTestId("redacted-text")).toContainText("[REDACTED:password]");
    await screenshot(page, "admin-redaction-tablet");
  });
});
