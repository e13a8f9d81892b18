import type { APIRequestContext } from "@playwright/test";

import { expect, screenshot, signIn, test } from "./support/fixtures";
import { apiToken, bearer } from "./support/server";

const ENGINEER = "engineer@demo.local";
const LOCKOUT_FLOW = "Active Directory account locked out";

/** A new session of the engineer on a demo flow (over the API), to open in the runner. */
async function startSession(request: APIRequestContext, flowTitle: string): Promise<string> {
  const headers = bearer(await apiToken(request, ENGINEER));
  const flows = await request.get("/api/v1/flows", { headers, params: { sort: "title", limit: 100 } });
  expect(flows.status()).toBe(200);
  const flow = ((await flows.json()) as { items: { id: string; title: string }[] }).items.find((item) => item.title === flowTitle);
  if (!flow) throw new Error(`no demo flow “${flowTitle}”`);
  const started = await request.post("/api/v1/sessions", { headers, data: { flow_id: flow.id, client_name: "Contoso" } });
  expect(started.status(), await started.text()).toBe(201);
  return ((await started.json()) as { id: string }).id;
}

test("FlowPilot suggests the next step offline, the engineer accepts it, then edits the ticket summary", async ({ page, request }) => {
  test.setTimeout(90_000);
  const sessionId = await startSession(request, LOCKOUT_FLOW);
  await page.goto(`/sign-in?next=${encodeURIComponent(`/sessions/${sessionId}/run`)}`);
  await signIn(page, ENGINEER);
  await expect(page.getByRole("heading", { name: "How many users are locked out?" })).toBeVisible();

  const copilot = page.getByRole("complementary", { name: "FlowPilot copilot" });
  await expect(copilot.getByText(/No AI provider is configured/)).toBeVisible();
  await page.keyboard.press("s");

  // The rationale streams in, then the suggestion: offline, from the team's past sessions.
  await expect(copilot.getByText(/past sessions at this step|No past session of the team reached this step/).first()).toBeVisible();
  await expect(copilot.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(copilot.getByRole("progressbar", { name: /^Confidence \d+ %/ })).toBeVisible();
  await expect(copilot.getByText("Offline", { exact: true })).toBeVisible();
  const next = ((await copilot.getByText(/^Next: /).textContent()) ?? "").replace(/^Next: /, "");
  expect(next).not.toBe("");
  await screenshot(page, "runner-copilot");

  await copilot.getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByRole("heading", { name: next, exact: true })).toBeVisible();
  await expect(copilot.getByRole("button", { name: /Suggest next step/ })).toBeVisible();

  await page.getByRole("button", { name: "End session…" }).click();
  const end = page.getByRole("dialog", { name: "End the session" });
  await end.getByRole("textbox", { name: "Summary" }).fill("Handed to the AD team: lockout source unclear.");
  await end.getByRole("button", { name: "End session" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));

  const summary = page.getByRole("region", { name: "Ticket summary" });
  await summary.getByRole("button", { name: "Generate summary" }).click();
  await expect(summary.getByText(new RegExp(LOCKOUT_FLOW))).toBeVisible();
  await expect(summary.getByText("Offline", { exact: true })).toBeVisible();
  await summary.getByRole("button", { name: "Edit" }).click();
  const text = summary.getByRole("textbox", { name: "Summary text" });
  await text.fill("One user locked out (Contoso). Checked the account; handed to the AD team to find the lockout source.");
  await summary.getByRole("button", { name: "Save" }).click();
  await expect(summary.getByText("Edited", { exact: true })).toBeVisible();
  await expect(summary.getByText(/handed to the AD team to find the lockout source/)).toBeVisible();
  await screenshot(page, "session-ticket-summary");

  // A reload reads the edited summary back.
  await page.reload();
  await expect(page.getByRole("region", { name: "Ticket summary" }).getByText(/handed to the AD team to find the lockout source/)).toBeVisible();
});

test("the assistant answers from the team's knowledge and its citations open the sources", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, ENGINEER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assistant" }).click();
  await expect(page.getByRole("heading", { name: "Assistant" })).toBeVisible();

  const question = page.getByRole("textbox", { name: "Your question" });
  await question.fill("Outlook keeps asking the user for their password");
  await question.press("Enter");

  const sources = page.getByRole("list", { name: "Sources" });
  const outlookFlow = sources.getByRole("link", { name: /Outlook keeps prompting for a password/ }).first();
  await expect(outlookFlow).toBeVisible();
  await expect(page).toHaveURL(/\/assistant\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/No AI provider is configured/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Outlook keeps asking/ })).toHaveAttribute("aria-current", "page");
  await screenshot(page, "assistant-chat");

  await outlookFlow.click();
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Outlook keeps prompting for a password" })).toBeVisible();

  // Back in the conversation: it is stored; delete it so the demo data stays as it was.
  await page.goBack();
  await expect(sources.first()).toBeVisible();
  await page.getByRole("button", { name: /^Delete “Outlook keeps asking/ }).click();
  await page.getByRole("dialog", { name: "Delete this conversation?" }).getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/assistant$/);
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Outlook keeps asking/ })).toHaveCount(0);
});
