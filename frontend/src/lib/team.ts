/**
 * The signed-in user's team as several features need it: its members (owners and assignees,
 * names for ids). The key is the one the admin and session pages use, so they share one cache.
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type TeamMember = Schema<"MemberOut">;

export const teamMemberKeys = { members: ["teams", "current", "members"] as const };

export function useTeamMembers() {
  return useQuery({
    queryKey: teamMemberKeys.members,
    queryFn: () => unwrap(api.GET("/api/v1/teams/{team_ref}/members", { params: { path: { team_ref: "current" } } })),
    staleTime: 5 * 60_000,
  });
}

/** Who may own or be assigned work (the API's rule): active members who run sessions. */
export function canTakeWork(member: TeamMember): boolean {
  return !member.disabled && member.role !== "viewer";
}
