import type { SessionStatus } from "@/lib/sessions";

import type { SessionListFilters } from "./api";

/** The history's filters as the URL holds them (so a filtered list can be bookmarked and shared). */
export interface HistoryFilters {
  mine: boolean;
  status: SessionStatus[];
  flow: string;
  engineer: string;
  ticket: string;
  /** yyyy-mm-dd, local days, both included. */
  from: string;
  to: string;
}

export const STATUSES: SessionStatus[] = ["active", "paused", "escalated", "resolved", "unresolved", "abandoned"];

export function readFilters(params: URLSearchParams): HistoryFilters {
  return {
    mine: params.get("mine") === "1",
    status: params.getAll("status").filter((status): status is SessionStatus => STATUSES.includes(status as SessionStatus)),
    flow: params.get("flow") ?? "",
    engineer: params.get("engineer") ?? "",
    ticket: params.get("ticket") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

export function writeFilters(filters: HistoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.mine) params.set("mine", "1");
  for (const status of filters.status) params.append("status", status);
  for (const key of ["flow", "engineer", "ticket", "from", "to"] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  return params;
}

/** The start of a local day (yyyy-mm-dd) as an instant, `days` later; undefined for no date. */
function dayStart(day: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}

/** What the API gets: the "to" day is included, so the range ends at the start of the next one. */
export function toApiFilters(filters: HistoryFilters): SessionListFilters {
  const api: SessionListFilters = {};
  if (filters.mine) api.mine = true;
  if (filters.status.length > 0) api.status = filters.status;
  if (filters.flow) api.flow_id = filters.flow;
  if (filters.engineer) api.engineer_id = filters.engineer;
  if (filters.ticket.trim()) api.ticket_id = filters.ticket.trim();
  const from = dayStart(filters.from);
  const to = dayStart(filters.to, 1);
  if (from) api.started_from = from;
  if (to) api.started_to = to;
  return api;
}

export function hasFilters(filters: HistoryFilters): boolean {
  return writeFilters(filters).size > 0;
}
