import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { copilotKeys } from "@/lib/copilot";
import { flowKeys } from "@/lib/flows";

export type Proposal = Schema<"ProposalOut">;
export type ProposalStatus = Proposal["status"];
export type ProposalKind = Proposal["kind"];
export type Evidence = Schema<"EvidenceOut">;
export type ProposedStep = Schema<"ProposedStepOut">;
export type FlywheelRun = Schema<"FlywheelRunOut">;

/** Keys start with the `/proposals` resource: invalidating `all` refreshes every tab and proposal. */
export const proposalKeys = {
  all: ["proposals"] as const,
  lists: ["proposals", "list"] as const,
  list: (status: ProposalStatus) => ["proposals", "list", status] as const,
  detail: (proposalId: string) => ["proposals", proposalId] as const,
};

const PAGE_SIZE = 25;

export function useProposals(status: ProposalStatus) {
  return useInfiniteQuery({
    queryKey: proposalKeys.list(status),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/proposals", { params: { query: { status, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export function useProposal(proposalId: string) {
  return useQuery({
    queryKey: proposalKeys.detail(proposalId),
    queryFn: () => unwrap(api.GET("/api/v1/proposals/{proposal_id}", { params: { path: { proposal_id: proposalId } } })),
  });
}

/** The flow a branch proposal extends (its draft: the branch is added there). */
export function useProposalFlow(flowId: string | null) {
  return useQuery({
    queryKey: flowKeys.version(flowId ?? "", null),
    queryFn: () => unwrap(api.GET("/api/v1/flows/{flow_id}", { params: { path: { flow_id: flowId ?? "" } } })),
    enabled: flowId !== null,
  });
}

/** After a decision: the proposal as decided, every tab again, and flows (accepting made or changed a draft). */
function useDecided() {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueryData(proposalKeys.detail(proposal.id), proposal);
    void queryClient.invalidateQueries({ queryKey: proposalKeys.lists });
    void queryClient.invalidateQueries({ queryKey: flowKeys.all });
  };
}

export function useAcceptProposal(proposalId: string) {
  const decided = useDecided();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/proposals/{proposal_id}/accept", { params: { path: { proposal_id: proposalId } } })),
    onSuccess: decided,
  });
}

export function useRejectProposal(proposalId: string) {
  const decided = useDecided();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST("/api/v1/proposals/{proposal_id}/reject", { params: { path: { proposal_id: proposalId } }, body: { reason } })),
    onSuccess: decided,
  });
}

export function useRunFlywheel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/copilot/flywheel/run")),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: proposalKeys.lists });
      // A run writes usage entries (one per proposal).
      void queryClient.invalidateQueries({ queryKey: copilotKeys.all });
    },
  });
}
