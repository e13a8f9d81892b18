import { expect, screenshot, signIn, test } from "./support/fixtures";

const OUTLOOK = "Outlook keeps prompting for a password";

test("an engineer finds the Outlook flow, reads it and starts a session on it", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await expect(page.getByRole("list", { name: "Flows" }).getByRole("listitem").first()).toBeVisible();
  await screenshot(page, "library");

  // Type-ahead: the suggestions come while typing, best first.
  const search = page.getByRole("combobox", { name: "Search flows and steps" });
  await search.fill("outlook password prompt");
  await expect(page.getByRole("option").first()).toContainText(OUTLOOK);
  await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/outlook/i);
  await screenshot(page, "library-type-ahead");

  // Enter without choosing a suggestion: every result, with why it matched.
  await search.press("Enter");
  await expect(page).toHaveURL(/\/library\?q=outlook\+password\+prompt$/);
  const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
  await expect(results.first().getByRole("heading")).toHaveText(OUTLOOK);
  await expect(results.first()).toContainText("Matched title");
  await screenshot(page, "library-search");

  await results.first().getByRole("link", { name: OUTLOOK }).click();
  await expect(page.getByRole("heading", { level: 1, name: OUTLOOK })).toBeVisible();
  await expect(page.getByRole("img", { name: /Flow graph: \d+ steps/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Outcomes of \d+ sessions? on version 1/ })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Who is affected?");
  await screenshot(page, "flow-detail");

  await page.getByRole("button", { name: "Start session" }).click();
  const dialog = page.getByRole("dialog", { name: "Start a session" });
  await dialog.getByLabel("Ticket").fill("T-4711");
  await dialog.getByLabel("Client").fill("Contoso Dental");
  await dialog.getByLabel("Target").fill("CDL-LT-0042");
  await screenshot(page, "start-session");
  await dialog.getByRole("button", { name: "Start session" }).click();

  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/run$/);
});

test("a favourite flow shows on the dashboard", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();

  // Other specs add flows, so the demo flow need not be on the first page: find it, star it on its page.
  await page.getByRole("combobox", { name: "Search flows and steps" }).fill("outlook password prompt");
  await page.getByRole("combobox", { name: "Search flows and steps" }).press("Enter");
  await page.getByRole("list", { name: "Results" }).getByRole("link", { name: OUTLOOK }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: OUTLOOK })).toBeVisible();
  const star = page.getByRole("button", { name: `Add ${OUTLOOK} to favourites` });
  await star.click();
  await expect(page.getByRole("button", { name: `Remove ${OUTLOOK} from favourites` })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const favourites = page.getByRole("list", { name: "Favourite flows" });
  await expect(favourites.getByRole("link", { name: new RegExp(OUTLOOK) })).toBeVisible();
  await screenshot(page, "dashboard-favourites");

  // Leave the demo data as it was: the star off again, from the flow's page.
  await favourites.getByRole("link", { name: new RegExp(OUTLOOK) }).click();
  await page.getByRole("button", { name: `Remove ${OUTLOOK} from favourites` }).click();
  await expect(page.getByRole("button", { name: `Add ${OUTLOOK} to favourites` })).toHaveAttribute("aria-pressed", "false");
});

test("an engineer rates and reviews a library step, then withdraws it", async ({ page }) => {
  const step = "Enable Remote Desktop remotely";
  const review = "Saved me a trip to the client's office.";
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Steps" }).click();
  await expect(page.getByRole("heading", { name: "Step library" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem").first()).toBeVisible();
  await screenshot(page, "steps");

  await page.getByLabel("Search titles").fill("remote desktop");
  await expect(page).toHaveURL(/\/steps\?q=remote\+desktop$/);
  await page.getByRole("link", { name: step }).click();
  await expect(page.getByRole("heading", { level: 1, name: step })).toBeVisible();

  await page.getByRole("radio", { name: "5 stars" }).check();
  await page.getByLabel("Review (optional)").fill(review);
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByText("Thanks for rating this step")).toBeVisible();
  const mine = page.getByRole("list", { name: "Reviews" }).getByRole("listitem").filter({ hasText: "Erin Engineer (you)" });
  await expect(mine).toContainText(review);
  await expect(page.getByRole("button", { name: "Update rating" })).toBeVisible();
  await screenshot(page, "step-detail");

  await page.getByRole("button", { name: "Withdraw rating" }).click();
  await expect(page.getByText("Your rating was withdrawn")).toBeVisible();
  await expect(mine).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save rating" })).toBeVisible();
});

test.describe("at tablet width", () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test("the flow page stacks its panels", async ({ page }) => {
    await page.goto("/library?q=outlook+password+prompt");
    await signIn(page, "engineer@demo.local");
    await page.getByRole("list", { name: "Results" }).getByRole("link", { name: OUTLOOK }).click();
    await expect(page.getByRole("img", { name: /Flow graph/ })).toBeVisible();
    await screenshot(page, "flow-detail-tablet");
  });
});
