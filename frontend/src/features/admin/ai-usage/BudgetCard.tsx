import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Card, CardHeader, Field, Input, ProgressBar, toast } from "@/components/ui";
import type { CopilotBudget, ProviderName } from "@/lib/copilot";

import { useSetBudget } from "./api";
import { formatUsd } from "./labels";

const BUDGET_MAX = 1_000_000; // backend/app/copilot/schemas.py BudgetIn

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeZone: "UTC" });

/** Spend against the monthly budget, what happens at 80 % and 100 %, and the form to change it. */
export function BudgetCard({ budget, provider }: { budget: CopilotBudget; provider: ProviderName }) {
  const resets = DATE.format(new Date(budget.resets_at));
  return (
    <Card>
      <CardHeader title="This month" description={`Estimated from the tokens each answer used. The month resets on ${resets} (UTC).`} />
      <div className="flex flex-col gap-5">
        <BudgetMeter budget={budget} />
        <BudgetState budget={budget} provider={provider} resets={resets} />
        <BudgetForm key={String(budget.limit_usd)} limit={budget.limit_usd} />
      </div>
    </Card>
  );
}

const BAR_TONES = { unlimited: "accent", ok: "accent", warning: "warning", exhausted: "danger" } as const;

function BudgetMeter({ budget }: { budget: CopilotBudget }) {
  if (budget.limit_usd === null || budget.share === null) {
    return (
      <p className="text-2xl font-semibold">
        {formatUsd(budget.spent_usd)} <span className="text-base font-normal text-fg-muted">spent, no monthly budget</span>
      </p>
    );
  }
  const percent = Math.round(budget.share * 100);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-2xl font-semibold">
        {formatUsd(budget.spent_usd)} <span className="text-base font-normal text-fg-muted">of {formatUsd(budget.limit_usd)} · {percent} %</span>
      </p>
      <ProgressBar percent={percent} label="Monthly AI budget used" tone={BAR_TONES[budget.state]} className="h-3" />
    </div>
  );
}

function BudgetState({ budget, provider, resets }: { budget: CopilotBudget; provider: ProviderName; resets: string }) {
  if (provider === "offline") {
    return (
      <p className="text-sm text-fg-muted">
        FlowPilot runs offline (no AI provider is configured), so nothing is spent. The budget applies once a key is set.
      </p>
    );
  }
  switch (budget.state) {
    case "unlimited":
      return (
        <p className="text-sm text-fg-muted">
          No monthly budget: FlowPilot uses the model as much as your team asks. With a budget, answers carry a warning from 80 %
          and FlowPilot answers offline at 100 %.
        </p>
      );
    case "ok":
      return (
        <p className="text-sm text-fg-muted">
          From 80 % every FlowPilot answer carries a warning; at 100 % FlowPilot answers offline until the month ends.
        </p>
      );
    case "warning":
      return (
        <Alert tone="warning" title="80 % or more of the budget is used">
          Every FlowPilot answer now says so. At 100 % FlowPilot answers offline, from your team&apos;s own data, until {resets}.
        </Alert>
      );
    case "exhausted":
      return (
        <Alert tone="danger" title="Budget used up: FlowPilot is offline">
          Until {resets} every answer comes from your team&apos;s own data (flows, steps and past sessions), without a language model,
          and says so. Raise the budget to turn the model back on.
        </Alert>
      );
  }
}

function amountProblem(amount: string): string | null {
  if (!amount.trim()) return "Enter an amount in US dollars, e.g. 50.";
  const value = Number(amount);
  if (!Number.isFinite(value) || value < 0 || value > BUDGET_MAX) return `Enter an amount from 0 to ${BUDGET_MAX.toLocaleString()} US dollars.`;
  return null;
}

function BudgetForm({ limit }: { limit: number | null }) {
  const [amount, setAmount] = useState(limit === null ? "" : String(limit));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetBudget();

  const send = (value: number | null) => {
    save.mutate(value, {
      onSuccess: (saved) => {
        const limitText = saved.limit_usd === null ? "No monthly limit." : `${formatUsd(saved.limit_usd)} a month.`;
        toast.success(value === null ? "Team budget cleared" : "Monthly budget saved", limitText);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.monthly_budget_usd) setProblem(error.fieldErrors.monthly_budget_usd);
      },
    });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = amountProblem(amount);
    setProblem(found);
    if (!found) send(Number(amount));
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3 border-t border-border pt-5">
      {save.isError && !problem && <Alert tone="danger">{describeError(save.error).message}</Alert>}
      <Field
        label="Monthly budget (USD)"
        hint="Clearing it applies the installation's default, which is no limit unless the operator set one."
        error={problem}
      >
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="decimal"
            min={0}
            max={BUDGET_MAX}
            step={0.01}
            value={amount}
            onChange={(event) => {
              setAmount(event.target.value);
              setProblem(null);
            }}
            className="w-48"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={save.isPending && save.variables !== null}>
          Save budget
        </Button>
        {limit !== null && (
          <Button variant="secondary" busy={save.isPending && save.variables === null} onClick={() => send(null)}>
            Clear budget
          </Button>
        )}
      </div>
    </form>
  );
}
