import type { Proposal } from "./api";

export const FLOW_ID = "5f0c9a8e-1a3b-4d6e-9f10-2b3c4d5e6f70";
export const SESSION_ID = "a1b2c3d4-0000-4000-8000-000000000001";

/** A pending branch proposal on FLOW_ID at its question `ask`, from three sessions. */
export function proposal(changes: Partial<Proposal> = {}): Proposal {
  return {
    id: "9c8b7a60-5e4d-4c3b-8a29-180706050403",
    kind: "new_branch",
    status: "pending",
    title: "Outlook: another path at “Does Outlook start in safe mode?” (teams, locked)",
    description: "3 similar sessions (3 unresolved) on “Outlook won't start”. Their notes keep mentioning: teams, locked.",
    flow_id: FLOW_ID,
    node_id: "ask",
    evidence: [0, 1, 2].map((n) => ({
      session_id: SESSION_ID.replace(/1$/, String(n + 1)),
      flow_title: "Outlook won't start",
      outcome: "unresolved",
      ended_at: `2026-11-2${n}T10:00:00Z`,
      excerpt: `OST file locked by the Teams add-in again (case ${n}).`,
    })),
    steps: [
      { kind: "question", title: "Does the case match: teams, locked?", body: "" },
      { kind: "action", title: "Check: OST file locked by the Teams add-in", body: "Quit Teams, then open Outlook." },
    ],
    provider: "offline",
    created_at: "2026-11-23T02:00:00Z",
    decided_at: null,
    decided_by_id: null,
    reject_reason: null,
    result_flow_id: null,
    ...changes,
  };
}
