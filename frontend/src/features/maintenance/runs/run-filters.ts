import type { RunListFilters, RunStatusFilter } from "@/lib/maintenance";

export type StatusChoice = RunStatusFilter | "all";

export const STATUS_CHOICES: { value: StatusChoice; label: string }[] = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "overdue", label: "Overdue" },
  { value: "completed", label: "Completed" },
];

/** The runs list's filters as the URL holds them (`?status=overdue&mine=1`), so a view can be bookmarked. */
export function readRunFilters(params: URLSearchParams): RunListFilters {
  const status = STATUS_CHOICES.find((choice) => choice.value !== "all" && choice.value === params.get("status"))?.value;
  return { ...(status && status !== "all" && { status }), ...(params.get("mine") === "1" && { mine: true }) };
}

export function writeRunFilters(filters: RunListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.mine) params.set("mine", "1");
  return params;
}
