import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { flowKeys } from "@/lib/flows";
import { overdueFirst, runKeys } from "@/lib/maintenance";
import { sessionKeys, type SessionStatus } from "@/lib/sessions";

export type SessionSummary = Schema<"SessionSummaryOut">;

const OPEN: SessionStatus[] = ["active", "paused"];
const OPEN_LIMIT = 10;
const RECENT_LIMIT = 8;
const FAVOURITES_LIMIT = 12;

function mySessions(status: SessionStatus[] | undefined, limit: number) {
  return unwrap(api.GET("/api/v1/sessions", { params: { query: { mine: true, status, limit } } }));
}

/** My active and paused sessions, newest first. */
export function useOpenSessions() {
  return useQuery({
    queryKey: sessionKeys.list({ mine: true, status: OPEN, limit: OPEN_LIMIT }),
    queryFn: () => mySessions(OPEN, OPEN_LIMIT),
  });
}

/** My latest sessions, whatever their status. */
export function useRecentSessions() {
  return useQuery({
    queryKey: sessionKeys.list({ mine: true, limit: RECENT_LIMIT }),
    queryFn: () => mySessions(undefined, RECENT_LIMIT),
  });
}

export function useFavouriteFlows() {
  return useQuery({
    queryKey: flowKeys.favourites,
    queryFn: () => unwrap(api.GET("/api/v1/flows", { params: { query: { favourite: true, sort: "title", limit: FAVOURITES_LIMIT } } })),
  });
}

const DUE_LIMIT = 10;

function myRuns(status: "open" | "overdue") {
  return unwrap(api.GET("/api/v1/maintenance/runs", { params: { query: { mine: true, status, limit: DUE_LIMIT } } }));
}

/**
 * My open maintenance runs (schedules I own or am assigned to), overdue first. Overdue ones are
 * asked for on their own: they are the oldest, the first to fall off a page of newest-due-first.
 */
export function useMaintenanceDue() {
  return useQuery({
    queryKey: runKeys.due,
    queryFn: async () => {
      const [overdue, open] = await Promise.all([myRuns("overdue"), myRuns("open")]);
      const seen = new Set(overdue.items.map((run) => run.id));
      return overdueFirst([...overdue.items, ...open.items.filter((run) => !seen.has(run.id))]);
    },
  });
}
