import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import type { Schema } from "@/api/types";
import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { AiUsagePage } from "./AiUsagePage";

const BUDGET_PUT = "PUT /api/v1/copilot/budget";
const RESETS = "2026-12-01T00:00:00Z";

const WARNING: Schema<"BudgetOut"> = { state: "warning", limit_usd: 50, spent_usd: 42.5, share: 0.85, resets_at: RESETS };

function usage(budget: Schema<"BudgetOut">): Schema<"UsageOut"> {
  return {
    month: "2026-11",
    provider: "anthropic",
    budget,
    lines: [
      { feature: "suggest", tier: "fast", requests: 120, input_tokens: 240_000, output_tokens: 30_000, cost_usd: 0.42, offline: 20 },
      { feature: "flow_builder", tier: "deep", requests: 3, input_tokens: 9000, output_tokens: 6000, cost_usd: 0.117, offline: 3 },
    ],
    recent: [
      {
        created_at: "2026-11-23T10:00:00Z",
        feature: "flow_builder",
        tier: "deep",
        provider: "offline",
        model: "claude-sonnet-5-5",
        input_tokens: 0,
        output_tokens: 0,
        cost_usd: 0,
        latency_ms: 1400,
        outcome: "fallback",
        reason: "the provider timed out",
      },
      {
        created_at: "2026-11-23T09:00:00Z",
        feature: "suggest",
        tier: "fast",
        provider: "anthropic",
        model: "claude-haiku-5-5",
        input_tokens: 2000,
        output_tokens: 250,
        cost_usd: 0.0035,
        latency_ms: 600,
        outcome: "ok",
        reason: "simple, confident step",
      },
    ],
  };
}

function serve(budget: Schema<"BudgetOut">, provider: "anthropic" | "offline" = "anthropic", extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    "GET /api/v1/copilot/usage": () => json(usage(budget)),
    "GET /api/v1/copilot/status": () => json({ provider, fast_model: "claude-haiku-5-5", deep_model: "claude-sonnet-5-5", budget }),
    "GET /api/v1/search/embeddings": () =>
      json({ model: "wordllama/l2_supercat-256", dimensions: 256, documents: 40, embedded: 40, pending: 0, failing: 0 }),
    ...extra,
  });
}

test("spend against the budget, the 80 % warning, and usage by feature and tier", async () => {
  serve(WARNING);
  renderWithProviders(<AiUsagePage />);

  expect(await screen.findByRole("progressbar", { name: "Monthly AI budget used" })).toHaveAttribute("aria-valuenow", "85");
  expect(screen.getByText(/of \$50\.00 · 85 %/)).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("80 % or more of the budget is used");

  const table = screen.getByRole("table", { name: "FlowPilot usage this month by feature and tier" });
  const rows = within(table).getAllByRole("row");
  const suggestions = within(table).getByRole("row", { name: /Next-step suggestions/ });
  expect(within(suggestions).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
    "Fastclaude-haiku-5-5",
    "120 (100 model, 20 offline)",
    "240,000",
    "30,000",
    "$0.42",
  ]);
  // Every flow-builder request was answered offline: no model to name.
  expect(within(within(table).getByRole("row", { name: /Flow builder/ })).getAllByRole("cell")[0]).toHaveTextContent(/^Deep$/);
  expect(rows.at(-1)).toHaveTextContent("Total");
  expect(rows.at(-1)).toHaveTextContent("$0.54");

  expect(screen.getByText(/Average latency 1.0 s · Fell back to offline 1 · Model 1/)).toBeInTheDocument();
  expect(screen.getByRole("table", { name: "The latest FlowPilot requests" })).toHaveTextContent("the provider timed out");
  expect(await screen.findByText("wordllama/l2_supercat-256")).toBeInTheDocument();
});

test("a used-up budget explains the offline fallback", async () => {
  serve({ state: "exhausted", limit_usd: 10, spent_usd: 10.2, share: 1.02, resets_at: RESETS });
  renderWithProviders(<AiUsagePage />);

  expect(await screen.findByRole("alert")).toHaveTextContent("Budget used up: FlowPilot is offline");
  expect(screen.getByRole("progressbar", { name: "Monthly AI budget used" })).toHaveAttribute("aria-valuenow", "100");
});

test("without a key the page says FlowPilot is offline and nothing is spent", async () => {
  serve({ state: "unlimited", limit_usd: null, spent_usd: 0, share: null, resets_at: RESETS }, "offline");
  renderWithProviders(<AiUsagePage />);

  expect(await screen.findByText(/FlowPilot runs offline \(no AI provider is configured\)/)).toBeInTheDocument();
  expect(screen.getByText("Models once a key is set")).toBeInTheDocument();
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Clear budget" })).not.toBeInTheDocument();
});

test("a budget is saved as a number, the API's 422 shows at the field, and clearing sends null", async () => {
  let refuse = true;
  const server = serve(WARNING, "anthropic", {
    [BUDGET_PUT]: async (request) => {
      const { monthly_budget_usd } = (await request.json()) as { monthly_budget_usd: number | null };
      if (refuse) {
        refuse = false;
        return json(
          {
            detail: "validation_error",
            message: "The request is invalid.",
            errors: [{ loc: ["body", "monthly_budget_usd"], msg: "Input should be less than or equal to 1000000", type: "less_than_equal" }],
          },
          422,
        );
      }
      return json({ ...WARNING, limit_usd: monthly_budget_usd });
    },
  });
  renderWithProviders(<AiUsagePage />);

  const amount = await screen.findByLabelText("Monthly budget (USD)");
  expect(amount).toHaveValue(50);
  await userEvent.clear(amount);
  await userEvent.click(screen.getByRole("button", { name: "Save budget" }));
  expect(amount).toHaveAccessibleDescription(/Enter an amount in US dollars/);
  expect(server.calls(BUDGET_PUT)).toBe(0);

  await userEvent.type(amount, "75.5");
  await userEvent.click(screen.getByRole("button", { name: "Save budget" }));
  await waitFor(() => {
    expect(amount).toHaveAccessibleDescription(/less than or equal to 1000000/);
  });

  await userEvent.click(screen.getByRole("button", { name: "Save budget" }));
  await userEvent.click(screen.getByRole("button", { name: "Clear budget" }));
  await waitFor(() => {
    expect(server.calls(BUDGET_PUT)).toBe(3);
  });
  const bodies = await Promise.all(server.requests.filter((request) => request.method === "PUT").map((request) => request.json()));
  expect(bodies).toEqual([{ monthly_budget_usd: 75.5 }, { monthly_budget_usd: 75.5 }, { monthly_budget_usd: null }]);
});
