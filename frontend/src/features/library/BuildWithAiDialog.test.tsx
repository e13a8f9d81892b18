import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";

import type { Schema } from "@/api/types";
import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { BuildWithAiDialog } from "./BuildWithAiDialog";

const BUILD = "POST /api/v1/copilot/flows/build";
const STATUS = "GET /api/v1/copilot/status";
const FLOW_ID = "0b7e3c52-9d7c-4a40-8a55-4f3a3c1f0a11";

const BUDGET: Schema<"BudgetOut"> = { state: "unlimited", limit_usd: null, spent_usd: 0, share: null, resets_at: "2026-12-01T00:00:00Z" };
const OFFLINE_STATUS: Schema<"CopilotStatusOut"> = { provider: "offline", fast_model: "claude-haiku-5-5", deep_model: "claude-sonnet-5-5", budget: BUDGET };

function built(provider: Partial<Schema<"ProviderOut">> = {}, rounds = 0): Schema<"FlowBuildOut"> {
  return {
    flow: {
      id: FLOW_ID,
      kind: "troubleshooting",
      title: "Printer offline",
      description: "Printers that show offline.",
      category_id: null,
      folder_id: null,
      tags: [],
      status: "draft",
      owner_id: null,
      created_at: "2026-11-23T10:00:00Z",
      updated_at: "2026-11-23T10:00:00Z",
      latest_version: 0,
      draft_revision: 1,
      favourite: false,
      graph: {
        start: "ping",
        nodes: [
          { id: "ping", kind: "question", title: "Does the printer answer a ping?", body: "" },
          { id: "done", kind: "resolution", title: "Printing again", body: "" },
        ],
      },
      version: null,
    },
    validation: { valid: true, errors: [], warnings: [] },
    rounds,
    provider: {
      provider: "offline",
      offline: true,
      tier: "deep",
      model: "offline",
      reason: "no API key configured: answered from the team's own data",
      route_reason: "flow_builder always uses the deep tier",
      notice: null,
      budget: BUDGET,
      ...provider,
    },
  };
}

function renderDialog() {
  const onClose = vi.fn();
  renderWithProviders(<BuildWithAiDialog open onClose={onClose} />);
  return onClose;
}

test("a description and a runbook become an offline draft that opens in the editor or the preview", async () => {
  const server = fakeApi({ [STATUS]: () => json(OFFLINE_STATUS), [BUILD]: () => json(built(), 201) });
  renderDialog();

  expect(await screen.findByText("FlowPilot is offline")).toBeInTheDocument();
  await userEvent.selectOptions(screen.getByLabelText("Kind"), "Procedural");
  await userEvent.type(screen.getByLabelText("Description"), "  Printers show offline for every user.  ");
  await userEvent.type(screen.getByLabelText("Runbook (optional)"), "1. Ping the printer");
  expect(screen.getByLabelText("Runbook (optional)")).toHaveAccessibleDescription(/19 of at most 50,000 characters/);
  await userEvent.click(screen.getByRole("button", { name: "Build draft" }));

  const result = await screen.findByRole("dialog", { name: "Your draft flow is ready" });
  const request = server.requests.find((sent) => sent.method === "POST");
  expect(await request?.json()).toEqual({
    kind: "procedural",
    title: null,
    description: "Printers show offline for every user.",
    runbook: "1. Ping the printer",
  });
  expect(within(result).getByText("Draft, not published")).toBeInTheDocument();
  expect(within(result).getByText("Passes validation")).toBeInTheDocument();
  expect(within(result).getByText("Offline")).toBeInTheDocument();
  expect(within(result).getByText(/Why offline: no API key configured/)).toBeInTheDocument();
  expect(within(result).getByRole("link", { name: "Open in editor" })).toHaveAttribute("href", `/flows/${FLOW_ID}/edit`);
  expect(within(result).getByRole("link", { name: "Preview" })).toHaveAttribute("href", `/flows/${FLOW_ID}`);
});

test("a model's draft shows its repair rounds, and a fallback or budget notice is shown", async () => {
  fakeApi({
    [STATUS]: () => json({ ...OFFLINE_STATUS, provider: "anthropic" }),
    [BUILD]: () =>
      json(built({ provider: "anthropic", offline: false, model: "claude-sonnet-5-5", notice: "82% of the team's monthly AI budget ($50.00) is used." }, 2), 201),
  });
  renderDialog();

  expect(await screen.findByText(/claude-sonnet-5-5 writes the draft/)).toBeInTheDocument();
  await userEvent.type(screen.getByLabelText("Description"), "VPN client cannot connect from home.");
  await userEvent.click(screen.getByRole("button", { name: "Build draft" }));

  const result = await screen.findByRole("dialog", { name: "Your draft flow is ready" });
  expect(within(result).getByText("2 rounds of validate and repair (at most 3).")).toBeInTheDocument();
  expect(within(result).getByText("claude-sonnet-5-5")).toBeInTheDocument();
  expect(within(result).getByRole("alert")).toHaveTextContent("82% of the team's monthly AI budget");
});

test("a short description is refused before sending, and the API's 422 lands on its field", async () => {
  const server = fakeApi({
    [STATUS]: () => json(OFFLINE_STATUS),
    [BUILD]: () =>
      json(
        {
          detail: "validation_error",
          message: "The request is invalid.",
          errors: [{ loc: ["body", "runbook"], msg: "String should have at most 50000 characters", type: "string_too_long" }],
        },
        422,
      ),
  });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Description"), "short");
  await userEvent.click(screen.getByRole("button", { name: "Build draft" }));
  expect(screen.getByLabelText("Description")).toHaveAccessibleDescription(/at least 10 characters/);
  expect(server.calls(BUILD)).toBe(0);

  await userEvent.type(screen.getByLabelText("Description"), " but long enough now");
  await userEvent.click(screen.getByRole("button", { name: "Build draft" }));
  await waitFor(() => {
    expect(screen.getByLabelText("Runbook (optional)")).toHaveAttribute("aria-invalid", "true");
  });
  expect(screen.getByLabelText("Runbook (optional)")).toHaveAccessibleDescription(/at most 50000 characters/);
});

test("while it builds the time so far shows, and Cancel stops waiting", async () => {
  fakeApi({
    [STATUS]: () => json(OFFLINE_STATUS),
    // Answers only when the request is aborted, as fetch does.
    [BUILD]: (request) =>
      new Promise((_resolve, reject) => {
        request.signal.addEventListener("abort", () => {
          reject(new DOMException("The operation was aborted.", "AbortError"));
        });
      }),
  });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Description"), "Scanner to e-mail fails after the relay change.");
  await userEvent.click(screen.getByRole("button", { name: "Build draft" }));

  expect(await screen.findByText("Building the draft… 0 s")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Cancel" }));

  expect(await screen.findByText("Stopped waiting")).toBeInTheDocument();
  expect(screen.getByLabelText("Description")).toHaveValue("Scanner to e-mail fails after the relay change.");
});
