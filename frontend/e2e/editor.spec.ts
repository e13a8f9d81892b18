import type { APIRequestContext, Locator, Page } from "@playwright/test";

import { DEMO_PASSWORD, expect, screenshot, signIn, test } from "./support/fixtures";

const card = (page: Page, title: string) => page.locator(".react-flow__node", { hasText: title });
const handle = (node: Locator, id: string) => node.locator(`.react-flow__handle[data-handleid="${id}"]`);
const inputHandle = (node: Locator) => node.locator(".react-flow__handle.target");
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();

/** Waits until the canvas stops moving (an animated zoom to fit). */
async function settle(page: Page) {
  const viewport = page.locator(".react-flow__viewport").first();
  let before = "";
  await expect
    .poll(async () => {
      const now = await viewport.evaluate((element) => (element as HTMLElement).style.transform);
      const still = now === before;
      before = now;
      return still;
    })
    .toBe(true);
}

/** Drags a palette item onto the canvas at (x, y) of the pane, then names the new node. */
async function dropNode(page: Page, kind: string, x: number, y: number, title: string) {
  await page.getByRole("group", { name: "Add a node" }).getByRole("button", { name: kind, exact: true }).dragTo(page.locator(".react-flow__pane"), {
    targetPosition: { x, y },
  });
  await page.getByLabel("Title", { exact: true }).fill(title);
  await expect(card(page, title)).toBeVisible();
}

/** Drags a connection from one handle to another, the way a person does. */
async function connect(page: Page, from: Locator, to: Locator) {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error("handle not visible");
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post("/api/v1/auth/login", { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

test("a team admin builds a troubleshooting flow on the canvas, publishes it and starts a session", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-in");
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("link", { name: "New flow" }).click();
  await page.getByLabel("Title").fill("Printer offline (e2e)");
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]+\/edit$/);
  await saved(page);

  // A new flow has one starter step; this one is built from scratch.
  await card(page, "First step").click();
  await page.keyboard.press("Delete");
  await expect(card(page, "First step")).toHaveCount(0);

  await dropNode(page, "Question", 360, 60, "Is the printer switched on?");
  await page.getByRole("button", { name: "Make this the start" }).click();
  await dropNode(page, "Action", 200, 250, "Restart the print spooler");
  await dropNode(page, "Escalation", 540, 250, "Send an on-site technician");
  await dropNode(page, "Resolution", 200, 430, "Printing works again");
  await dropNode(page, "Action", 540, 430, "Check the USB cable");
  await expect(page.locator(".react-flow__node")).toHaveCount(5);

  // Answers: drag from "+ answer" to the next step, then name the answer in the side panel.
  const question = card(page, "Is the printer switched on?");
  await connect(page, handle(question, "new-answer"), inputHandle(card(page, "Restart the print spooler")));
  await question.click();
  await page.getByRole("textbox", { name: "Answer 1" }).fill("Yes");
  await connect(page, handle(question, "new-answer"), inputHandle(card(page, "Send an on-site technician")));
  await page.getByRole("textbox", { name: "Answer 2" }).fill("No");
  await connect(page, handle(card(page, "Restart the print spooler"), "out"), inputHandle(card(page, "Printing works again")));
  await expect(page.locator(".react-flow__edge")).toHaveCount(3);

  // The cable check hangs in the air: validation marks it on the canvas and in the problems list.
  await saved(page);
  const cable = card(page, "Check the USB cable");
  await expect(cable.getByLabel(/^2 errors:/)).toBeVisible();
  await cable.getByLabel(/^2 errors:/).hover();
  await expect(cable.getByRole("tooltip")).toContainText("cannot be reached from the start node");
  await screenshot(page, "editor-unreachable-node");
  await page.getByRole("tab", { name: /Problems/ }).click();
  await page.getByRole("list", { name: "Problems" }).getByRole("button", { name: /cannot be reached/ }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Check the USB cable");
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await settle(page);

  // Fix it: a third answer leads to the cable check, which leads on to the resolution.
  await connect(page, handle(question, "new-answer"), inputHandle(cable));
  await connect(page, handle(cable, "out"), inputHandle(card(page, "Printing works again")));
  await saved(page);
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByText("No problems: the flow can be published.")).toBeVisible();

  // Undo takes the last connection back (the error returns); redo restores it.
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);
  await saved(page);
  await expect(page.getByRole("list", { name: "Problems" })).toContainText("has no way forward");
  await page.keyboard.press("Control+Shift+z");
  await expect(page.locator(".react-flow__edge")).toHaveCount(5);
  await saved(page);
  await expect(page.getByText("No problems: the flow can be published.")).toBeVisible();

  // Automatic layout, left to right: the answers' targets end up to the right of the question.
  await page.getByRole("button", { name: "Layout left to right" }).click();
  await expect
    .poll(async () => ((await card(page, "Restart the print spooler").boundingBox())?.x ?? 0) - ((await question.boundingBox())?.x ?? 0))
    .toBeGreaterThan(150);
  await page.getByRole("button", { name: "Layout top to bottom" }).click();
  await expect
    .poll(async () => ((await card(page, "Restart the print spooler").boundingBox())?.y ?? 0) - ((await question.boundingBox())?.y ?? 0))
    .toBeGreaterThan(60);
  await saved(page);
  await screenshot(page, "editor-canvas");
  await page.getByRole("button", { name: "Switch to the light theme" }).click();
  await question.click();
  await screenshot(page, "editor-canvas-light");
  await page.getByRole("button", { name: "Switch to the dark theme" }).click();

  await page.getByRole("button", { name: "Publish…" }).click();
  const publish = page.getByRole("dialog", { name: "Publish this flow" });
  await expect(publish.getByText("No problems found.")).toBeVisible();
  await publish.getByLabel("Change note").fill("First version, built in the editor");
  await screenshot(page, "editor-publish");
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  const published = page.getByRole("dialog", { name: "Published version 1" });
  await expect(published).toBeVisible();
  await published.getByRole("button", { name: "Start a session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]+\/run$/);
  await expect(page.getByText("Is the printer switched on?").first()).toBeVisible();
});

/** A flow of `count` nodes on a grid: questions branching into later nodes, ends at the back. */
function bigGraph(count: number) {
  const columns = 20;
  const nodes = Array.from({ length: count }, (_, i) => {
    const position = { x: (i % columns) * 280, y: Math.floor(i / columns) * 180 };
    const children = [2 * i + 1, 2 * i + 2].filter((child) => child < count);
    if (children.length === 0) return { id: `n${i}`, kind: i % 2 ? "resolution" : "escalation", title: `End ${i}`, position };
    return {
      id: `n${i}`,
      kind: "question",
      title: `Question ${i}: does the check pass?`,
      answers: children.map((child, index) => ({ label: index ? "No" : "Yes", target: `n${child}` })),
      position,
    };
  });
  return { start: "n0", nodes, edges: [] };
}

/** Frame-to-frame times (requestAnimationFrame) while `action` runs. */
async function frameTimes(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => {
    const state = window as unknown as { frames: number[]; sampling: boolean };
    state.frames = [];
    state.sampling = true;
    const tick = (time: number) => {
      state.frames.push(time);
      if (state.sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  const frames = await page.evaluate(() => {
    const state = window as unknown as { frames: number[]; sampling: boolean };
    state.sampling = false;
    return state.frames;
  });
  const deltas = frames.slice(1).map((time, i) => time - (frames[i] ?? time)).sort((a, b) => a - b);
  const at = (share: number) => deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * share))] ?? 0;
  const mean = deltas.reduce((sum, delta) => sum + delta, 0) / Math.max(1, deltas.length);
  return {
    median: at(0.5),
    summary: `${deltas.length} frames, mean ${mean.toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
  };
}

test("a 300-node flow renders and pans smoothly", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, "admin@demo.local");
  const created = await request.post("/api/v1/flows", {
    headers: { Authorization: `Bearer ${token}` },
    data: { kind: "troubleshooting", title: "Large flow (e2e, 300 nodes)", graph: bigGraph(300) },
  });
  expect(created.status()).toBe(201);
  const flowId = ((await created.json()) as { id: string }).id;

  await page.goto("/sign-in");
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.goto(`/flows/${flowId}/edit`);
  // Time to first render: from the navigation to all 300 cards measured and shown.
  const firstRenderMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const cards = document.querySelectorAll<HTMLElement>(".react-flow__node");
          if (cards.length === 300 && [...cards].every((element) => element.style.visibility !== "hidden" && element.offsetWidth > 0)) {
            resolve(performance.now());
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
  );
  await saved(page);

  // Frame times while panning (drags that start on empty canvas) and zooming (wheel), sampled with rAF.
  const box = await page.locator(".react-flow__pane").boundingBox();
  if (!box) throw new Error("no canvas");
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const emptySpot = () =>
    page.evaluate(({ x, y, width, height }) => {
      for (let top = y + 10; top < y + height - 130; top += 10) {
        for (let left = x + 60; left < x + width - 10; left += 10) {
          if (document.elementFromPoint(left, top)?.classList.contains("react-flow__pane")) return { x: left, y: top };
        }
      }
      return null;
    }, box);
  const pan = await frameTimes(page, async () => {
    for (const [dx, dy] of [[-300, -200], [300, 200], [-200, 150], [250, -100]] as const) {
      const from = await emptySpot();
      if (!from) throw new Error("no empty spot on the canvas");
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dx, from.y + dy, { steps: 30 });
      await page.mouse.up();
    }
  });
  await page.mouse.move(middle.x, middle.y);
  const zoom = await frameTimes(page, async () => {
    for (let i = 0; i < 12; i += 1) await page.mouse.wheel(0, i < 6 ? -120 : 120);
  });
  // Panning moved the view, nothing else: no node was dragged, nothing to undo.
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  console.log(`300-node flow: first render ${firstRenderMs.toFixed(0)} ms after navigation; pan ${pan.summary}; zoom ${zoom.summary}`);
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await settle(page);
  await screenshot(page, "editor-300-nodes");
  // Guards against gross regressions only: the figures move with the machine's load.
  expect(firstRenderMs).toBeLessThan(8_000);
  expect(pan.median).toBeLessThan(100);
});

async function createFlow(request: APIRequestContext, token: string, data: Record<string, unknown>): Promise<{ id: string; draft_revision: number }> {
  const response = await request.post("/api/v1/flows", { headers: { Authorization: `Bearer ${token}` }, data });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; draft_revision: number };
}

const checklistGraph = {
  start: "s1",
  nodes: [
    { id: "s1", kind: "action", title: "Create the account", section: "Accounts", position: { x: 0, y: 0 } },
    { id: "s2", kind: "action", title: "Assign a licence", section: "Accounts", position: { x: 0, y: 140 } },
    { id: "s3", kind: "action", title: "Set up the laptop", section: "Hardware", position: { x: 0, y: 280 } },
    { id: "done", kind: "resolution", title: "Onboarded", section: "Hardware", position: { x: 0, y: 420 } },
  ],
  edges: [
    { source: "s1", target: "s2" },
    { source: "s2", target: "s3" },
    { source: "s3", target: "done" },
  ],
};

test("a procedural flow is edited as a list with sections, and two versions are compared side by side", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, "admin@demo.local");
  const flow = await createFlow(request, token, { kind: "procedural", title: "Onboarding checklist (e2e)", graph: checklistGraph });
  const published = await request.post(`/api/v1/flows/${flow.id}/publish`, { headers: { Authorization: `Bearer ${token}` }, data: { change_note: "First" } });
  expect(published.status()).toBe(201);

  await page.goto("/sign-in");
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto(`/flows/${flow.id}/edit`);
  await saved(page);

  await page.getByRole("button", { name: "List", exact: true }).click();
  const accounts = page.getByRole("region", { name: "Accounts" });
  await expect(accounts.getByRole("listitem")).toHaveCount(2);
  await accounts.getByRole("button", { name: "+ Add step" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Add to the staff mailing list");
  await expect(accounts.getByRole("listitem")).toHaveCount(3);
  await accounts.getByRole("button", { name: "Move Add to the staff mailing list up" }).click();
  await expect(accounts.getByRole("listitem").nth(1)).toContainText("Add to the staff mailing list");
  await page.getByRole("region", { name: "Hardware" }).getByLabel(/In order/).check();
  await saved(page);
  await screenshot(page, "editor-procedural-list");

  // The new step sits in the chain (after "Create the account"), so the draft still validates.
  await page.getByRole("button", { name: "Publish…" }).click();
  const publish = page.getByRole("dialog", { name: "Publish this flow" });
  await expect(publish.getByText("No problems found.")).toBeVisible();
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("dialog", { name: "Published version 2" }).getByRole("button", { name: "Keep editing" }).click();

  await page.getByRole("tab", { name: "Versions" }).click();
  await page.getByLabel("Compare").selectOption("1");
  await page.getByLabel("with").selectOption("2");
  await page.getByRole("button", { name: "Compare side by side" }).click();
  const compare = page.getByRole("region", { name: "Compare versions" });
  await expect(compare.getByRole("status")).toHaveText("1 added, 0 removed, 1 changed");
  await expect(compare.locator(".react-flow__node", { hasText: "Added" })).toContainText("Add to the staff mailing list");
  await screenshot(page, "editor-compare-versions");
  await compare.getByRole("button", { name: "Back to editing" }).click();
  await expect(page.getByRole("region", { name: "Accounts" })).toBeVisible();
});

test("a step comes from the library, nodes are pasted into another flow, and a conflicting save is resolved", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, "admin@demo.local");
  const source = await createFlow(request, token, { kind: "troubleshooting", title: "Copy source (e2e)" });
  const target = await createFlow(request, token, { kind: "troubleshooting", title: "Paste target (e2e)" });

  await page.goto("/sign-in");
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto(`/flows/${source.id}/edit`);
  await saved(page);

  // Insert a library step after the selected one: the API builds the node and counts the use.
  await card(page, "First step").click();
  await page.getByRole("button", { name: "From step library…" }).click();
  const library = page.getByRole("dialog", { name: "Insert from the step library" });
  await library.getByRole("searchbox").fill("spooler");
  await library.getByRole("button", { name: "Insert Restart the Print Spooler and clear stuck jobs" }).click();
  const inserted = card(page, "Restart the Print Spooler and clear stuck jobs");
  await expect(inserted).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await saved(page);

  // Copy both steps, paste them into the other flow: new ids, the edge between them kept.
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Control+c");
  await page.goto(`/flows/${target.id}/edit`);
  await saved(page);
  await page.locator(".react-flow__pane").click({ position: { x: 30, y: 30 } });
  await page.keyboard.press("Control+v");
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await saved(page);

  // Someone else saves the draft meanwhile; the next autosave meets their revision.
  const current = (await (await request.get(`/api/v1/flows/${target.id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    draft_revision: number;
    graph: { nodes: unknown[] };
  };
  const theirs = { ...current.graph, nodes: [...current.graph.nodes, { id: "theirs", kind: "resolution", title: "Their resolution", position: { x: 600, y: 0 } }] };
  const put = await request.put(`/api/v1/flows/${target.id}/draft`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { revision: current.draft_revision, graph: theirs },
  });
  expect(put.ok()).toBe(true);
  await page.getByRole("group", { name: "Add a node" }).getByRole("button", { name: "Escalation", exact: true }).click();
  const conflict = page.getByRole("dialog", { name: "Someone else changed this draft" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Added “Their resolution”");
  await expect(conflict).toContainText("Added “Escalate”");
  await screenshot(page, "editor-conflict");
  await conflict.getByRole("button", { name: "Reload theirs" }).click();
  await expect(card(page, "Their resolution")).toBeVisible();
  await expect(card(page, "Escalate")).toHaveCount(0);
  // Their version replaced mine as one undo step: undo brings mine back, and it saves over theirs.
  await page.keyboard.press("Control+z");
  await expect(card(page, "Escalate")).toBeVisible();
  await saved(page);
});
