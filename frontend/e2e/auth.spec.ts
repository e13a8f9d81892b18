import { expect, screenshot, signIn, test } from "./support/fixtures";
import { expiredCopyOf } from "./support/tokens";

test("the demo engineer signs in from the sign-in page", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveURL(/\/sign-in$/);
  const demo = page.getByRole("heading", { name: "Demo accounts" });
  await expect(demo).toBeVisible();
  await screenshot(page, "sign-in");

  await page.getByRole("button", { name: /engineer@demo\.local/ }).click();
  await expect(page.getByLabel("E-mail")).toHaveValue("engineer@demo.local");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Northwind IT")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Dashboard", "Library", "Sessions", "Steps"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await screenshot(page, "dashboard");

  // A reload keeps the login: the access token is gone with the page, the refresh cookie is not.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("a wrong password shows the error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");

  await signIn(page, "viewer@demo.local", "not-the-password");

  await expect(page.getByRole("alert")).toHaveText("E-mail or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in$/);
  await screenshot(page, "sign-in-wrong-password");
});

test("after signing in the user is back on the page they opened", async ({ page }) => {
  await page.goto("/steps");

  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsteps$/);
  await signIn(page, "admin@demo.local");

  await expect(page).toHaveURL(/\/steps$/);
  await expect(page.getByRole("heading", { name: "Step library" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
});

test("an expired access token is refreshed transparently", async ({ page }) => {
  await page.goto("/sign-in");
  const login = page.waitForResponse((response) => response.url().endsWith("/api/v1/auth/login"));
  await signIn(page, "engineer@demo.local");
  const { access_token: accessToken } = (await (await login).json()) as { access_token: string };
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  // The profile page's first API call goes out with a really expired token; later ones untouched.
  const expired = expiredCopyOf(accessToken);
  let replaced = false;
  await page.route("**/api/v1/auth/sessions", async (route) => {
    const headers = route.request().headers();
    if (!replaced) {
      replaced = true;
      await route.continue({ headers: { ...headers, authorization: `Bearer ${expired}` } });
    } else {
      await route.continue();
    }
  });
  const statuses: string[] = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (path === "/api/v1/auth/sessions" || path === "/api/v1/auth/refresh") statuses.push(`${path} ${response.status()}`);
  });

  await page.getByRole("button", { name: /Erin Engineer/ }).click();
  await page.getByRole("link", { name: "Profile and sign-ins" }).click();

  await expect(page.getByText("This device")).toBeVisible();
  expect(statuses).toEqual(["/api/v1/auth/sessions 401", "/api/v1/auth/refresh 200", "/api/v1/auth/sessions 200"]);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await screenshot(page, "profile");
});

test("the theme toggle switches to light and the choice survives a reload", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "engineer@demo.local");
  await expect(page.locator("html")).toHaveClass(/dark/);

  await page.getByRole("button", { name: "Switch to the light theme" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();

  await expect(page.getByRole("button", { name: "Switch to the dark theme" })).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await screenshot(page, "dashboard-light");
});

test.describe("at tablet width", () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test("the navigation keeps its names with icons only", async ({ page }) => {
    await page.goto("/sign-in");
    await screenshot(page, "sign-in-tablet");
    await signIn(page, "admin@demo.local");

    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Library" }).click();
    await expect(page.getByRole("heading", { name: "Library" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Admin" })).toBeVisible();
    await screenshot(page, "library-tablet");
  });
});
