/** How the usage ledger's values read (backend/app/copilot/models.py FEATURES, OUTCOMES). */

export const FEATURE_LABELS: Record<string, string | undefined> = {
  suggest: "Next-step suggestions",
  summary: "Ticket summaries",
  chat: "Assistant chat",
  flow_builder: "Flow builder",
  flywheel: "Knowledge flywheel",
  briefing: "Escalation briefings",
};

export const OUTCOME_LABELS: Record<string, string | undefined> = {
  ok: "Model",
  offline: "Offline",
  fallback: "Fell back to offline",
  budget_exhausted: "Offline: budget used up",
};

export const TIER_LABELS: Record<string, string | undefined> = { fast: "Fast", deep: "Deep" };

/** The label of a ledger value, or the value itself for one this page does not know yet. */
export function labelOf(labels: Record<string, string | undefined>, value: string): string {
  return labels[value] ?? value;
}

const USD = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" });

/** Dollars to the cent; a cost above zero but under a cent reads "< $0.01", not "$0.00". */
export function formatUsd(amount: number): string {
  return amount > 0 && amount < 0.005 ? "< $0.01" : USD.format(amount);
}

export function formatCount(count: number): string {
  return count.toLocaleString();
}
