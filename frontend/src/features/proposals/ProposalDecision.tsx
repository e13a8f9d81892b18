import { useState } from "react";
import { Link } from "react-router";

import { describeError } from "@/api/errors";
import { hasRole } from "@/api/types";
import { Alert, Button, buttonClasses, Card, CardHeader, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useAcceptProposal, type Proposal } from "./api";
import { RejectProposalDialog } from "./RejectProposalDialog";

/** Where the proposal stands: accept or reject it (team admins, as the API), or what was decided. */
export function ProposalDecision({ proposal, flowTitle }: { proposal: Proposal; flowTitle: string | undefined }) {
  return (
    <Card>
      <CardHeader title="Decision" />
      {proposal.status === "pending" ? (
        <PendingDecision proposal={proposal} flowTitle={flowTitle} />
      ) : (
        <DecidedProposal proposal={proposal} />
      )}
    </Card>
  );
}

function PendingDecision({ proposal, flowTitle }: { proposal: Proposal; flowTitle: string | undefined }) {
  const user = useSessionStore((state) => state.user);
  const accept = useAcceptProposal(proposal.id);
  const [rejecting, setRejecting] = useState(false);
  const effect =
    proposal.kind === "new_flow"
      ? "Accepting creates a draft flow from the proposed steps."
      : `Accepting adds the proposed steps as a new answer in the draft of ${flowTitle ? `“${flowTitle}”` : "its flow"}.`;

  if (!user || !hasRole(user, "team_admin")) {
    return <p className="text-sm text-fg-muted">Waiting for a team admin to accept or reject it.</p>;
  }
  return (
    <div className="flex flex-col gap-4 text-sm">
      <p className="text-fg">{effect} Nothing is published: review the draft in the editor first.</p>
      {accept.isError && <Alert tone="danger">{describeError(accept.error).message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button
          busy={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: () => toast.success("Proposal accepted", "The draft is ready to review in the editor."),
            })
          }
        >
          Accept
        </Button>
        <Button variant="secondary" disabled={accept.isPending} onClick={() => setRejecting(true)}>
          Reject…
        </Button>
      </div>
      <RejectProposalDialog proposalId={proposal.id} open={rejecting} onClose={() => setRejecting(false)} />
    </div>
  );
}

function DecidedProposal({ proposal }: { proposal: Proposal }) {
  const user = useSessionStore((state) => state.user);
  const decidedAt = proposal.decided_at ? ` on ${formatDateTime(proposal.decided_at)}` : "";
  if (proposal.status === "rejected") {
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p className="text-fg">Rejected{decidedAt}.</p>
        {proposal.reject_reason && (
          <blockquote className="border-l-4 border-border pl-3 whitespace-pre-wrap text-fg-muted">{proposal.reject_reason}</blockquote>
        )}
      </div>
    );
  }
  const flowId = proposal.result_flow_id;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-fg">
        Accepted{decidedAt}. {proposal.kind === "new_flow" ? "It became a draft flow." : "It became a new branch in the flow's draft."}
      </p>
      {flowId && (
        <div className="flex flex-wrap gap-2">
          {user && hasRole(user, "engineer") && (
            <Link to={`/flows/${flowId}/edit`} className={buttonClasses()}>
              Open the draft in the editor
            </Link>
          )}
          {/* The flow's page shows a flow's draft only while nothing is published: a new flow's. */}
          {proposal.kind === "new_flow" && (
            <Link to={`/flows/${flowId}`} className={buttonClasses("secondary")}>
              Preview
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
