import type { Schema } from "@/api/types";

export type TeamRole = Schema<"TeamRole">;

const ROLES: Record<TeamRole, { label: string; summary: string }> = {
  team_admin: { label: "Team admin", summary: "manages members, invitations and policies" },
  engineer: { label: "Engineer", summary: "runs sessions and edits flows and steps" },
  viewer: { label: "Viewer", summary: "reads flows and sessions but changes nothing" },
};

/** The roles a team member can have, most powerful first. */
export const TEAM_ROLES: readonly TeamRole[] = ["team_admin", "engineer", "viewer"];

export function roleLabel(role: TeamRole): string {
  return ROLES[role].label;
}

/** What someone with `role` does, to follow "who …": "runs sessions and edits flows and steps". */
export function roleSummary(role: TeamRole): string {
  return ROLES[role].summary;
}
