import type { ProposalKind, ProposalStatus } from "./api";

export const PROPOSAL_STATUSES: ProposalStatus[] = ["pending", "accepted", "rejected"];

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: "Pending",
  accepted: "Accepted",
  rejected: "Rejected",
};

export const KIND_LABELS: Record<ProposalKind, string> = {
  new_flow: "New flow",
  new_branch: "New branch",
};

/** `?status=` of the queue's URL; anything else is the pending tab. */
export function statusFrom(value: string | null): ProposalStatus {
  return PROPOSAL_STATUSES.find((status) => status === value) ?? "pending";
}

export function sessionCount(count: number): string {
  return count === 1 ? "1 session" : `${count} sessions`;
}
