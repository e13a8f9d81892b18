import { QueryClient } from "@tanstack/react-query";

import { ApiError } from "@/api/errors";
import type { SessionStatus } from "@/session/store";

/** Client errors (4xx) will not go away by asking again; network and server errors might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

interface SessionView {
  status: SessionStatus;
  user: { id: string; team: { id: string } } | null;
}

/**
 * Whether what is cached may belong to someone no longer signed in: after sign-out, or when
 * another user (or team) signs in in this tab. Not when a visit starts signed out: the public
 * pages' requests (e.g. an invitation's preview) may be under way while the login is restored.
 */
export function cacheOutlivedItsUser(previous: SessionView, next: SessionView): boolean {
  if (previous.status !== "signed-in") return false;
  return next.status !== "signed-in" || next.user?.id !== previous.user?.id || next.user?.team.id !== previous.user?.team.id;
}
