/** Data the schedule pages' tests share: a schedule of the demo kind, its team and its flow. */
import type { TeamMember } from "@/lib/team";
import { ENGINEER, tokens } from "@/test/fake-api";

import type { Schedule, Target } from "./api";

export const SCHEDULE_ID = "5c4e0d8a-1f2b-4c3d-9e8f-000000000001";
export const FLOW_ID = "5c4e0d8a-1f2b-4c3d-9e8f-000000000002";
export const OWNER_ID = "5c4e0d8a-1f2b-4c3d-9e8f-000000000003";
export const VIEWER_ID = "5c4e0d8a-1f2b-4c3d-9e8f-000000000004";
export const FLOW_TITLE = "Backup verification and test restore";

export const ROUTES = {
  schedule: `/api/v1/maintenance/schedules/${SCHEDULE_ID}`,
  targets: `/api/v1/maintenance/schedules/${SCHEDULE_ID}/targets`,
  members: "/api/v1/teams/current/members",
  flows: "/api/v1/flows",
  preview: "/api/v1/maintenance/recurrence/preview",
};

function member(userId: string, fullName: string, role: TeamMember["role"]): TeamMember {
  return { user_id: userId, email: `${role}@demo.local`, full_name: fullName, role, disabled: false, email_verified: true, joined_at: "2026-01-05T09:00:00Z" };
}

export const MEMBERS: TeamMember[] = [
  member(ENGINEER.id, ENGINEER.full_name, "engineer"),
  member(OWNER_ID, "Olivia Owner", "engineer"),
  member(VIEWER_ID, "Victor Viewer", "viewer"),
];

export const FLOWS_PAGE = { items: [{ id: FLOW_ID, title: FLOW_TITLE }], next_cursor: null };

export function schedule(changes: Partial<Schedule> = {}): Schedule {
  return {
    id: SCHEDULE_ID,
    flow: { id: FLOW_ID, version: 3, title: FLOW_TITLE },
    name: "Weekly backup verification",
    recurrence: { kind: "weekly", days: ["mon"], time: "08:00" },
    summary: "Weekly on Mon at 08:00",
    timezone: "Europe/Amsterdam",
    catch_up: "once",
    complete_within_hours: 48,
    owner_id: OWNER_ID,
    owner_name: "Olivia Owner",
    assignee_ids: [],
    active: true,
    next_due_at: "2026-03-23T07:00:00Z",
    next_occurrences: ["2026-03-23T07:00:00Z"],
    target_count: 1,
    created_at: "2026-01-05T09:00:00Z",
    updated_at: "2026-01-05T09:00:00Z",
    ...changes,
  };
}

export const TARGET: Target = {
  id: "5c4e0d8a-1f2b-4c3d-9e8f-000000000010",
  position: 1,
  client: "Contoso",
  device: "CON-BKP01",
  fields: { site: "Amsterdam" },
};

/** A week over the spring change in Amsterdam: 08:00 is UTC+1, then UTC+2. */
export const PREVIEW = {
  summary: "Weekly on Mon, Thu at 07:30",
  occurrences: [
    { at: "2026-03-26T06:30:00Z", local: "2026-03-26T07:30:00+01:00" },
    { at: "2026-03-30T05:30:00Z", local: "2026-03-30T07:30:00+02:00" },
  ],
};

/** Signed in as the demo engineer with another role (and id) when given. */
export function signedInAs(role: "viewer" | "engineer" | "team_admin", id: string = ENGINEER.id) {
  return tokens("access-1", { ...ENGINEER, id, role });
}
