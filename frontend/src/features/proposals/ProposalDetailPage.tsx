import { Link, useParams } from "react-router";

import { ApiError } from "@/api/errors";
import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import { Badge, buttonClasses, Card, CardHeader, EmptyState, ErrorState, PageHeader, Skeleton, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useProposal, useProposalFlow, type Proposal } from "./api";
import { EvidenceList } from "./EvidenceList";
import { KIND_LABELS, sessionCount, STATUS_LABELS } from "./labels";
import { ProposalDecision } from "./ProposalDecision";
import { ProposedSteps } from "./ProposedSteps";

const STATUS_TONES = { pending: "warning", accepted: "success", rejected: "neutral" } as const;

export function ProposalDetailPage() {
  const { proposalId = "" } = useParams();
  const proposal = useProposal(proposalId);

  if (proposal.isPending) {
    return (
      <div className="flex flex-col gap-6" role="status" aria-label="Loading the proposal">
        <Skeleton className="h-8 w-2/3" />
        <SkeletonList lines={4} />
      </div>
    );
  }
  if (proposal.isError) {
    if (proposal.error instanceof ApiError && proposal.error.status === 404) {
      return (
        <EmptyState
          title="This proposal does not exist"
          description="The link may be wrong, or it belongs to another team."
          action={
            <Link to="/proposals" className={buttonClasses("secondary")}>
              Back to the review queue
            </Link>
          }
        />
      );
    }
    return <ErrorState error={proposal.error} title="The proposal could not be loaded" onRetry={() => void proposal.refetch()} />;
  }
  return <ProposalDetail proposal={proposal.data} />;
}

function ProposalDetail({ proposal }: { proposal: Proposal }) {
  const flow = useProposalFlow(proposal.kind === "new_branch" ? proposal.flow_id : null);
  const question = flow.data?.graph.nodes.find((node) => node.id === proposal.node_id);

  return (
    <>
      <Link
        to={proposal.status === "pending" ? "/proposals" : `/proposals?status=${proposal.status}`}
        className="mb-3 inline-block text-sm text-accent-text hover:underline"
      >
        ← Review queue
      </Link>
      <PageHeader
        title={proposal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={proposal.kind === "new_flow" ? "accent" : "neutral"}>{KIND_LABELS[proposal.kind]}</Badge>
            <Badge tone={STATUS_TONES[proposal.status]}>{STATUS_LABELS[proposal.status]}</Badge>
            <CopilotProviderBadge provider={proposal.provider} />
            <span>Proposed {formatDateTime(proposal.created_at)}</span>
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader title="What FlowPilot proposes" />
            <p className="text-sm whitespace-pre-wrap text-fg">{proposal.description}</p>
            {proposal.kind === "new_branch" && proposal.flow_id && (
              <p className="mt-3 text-sm text-fg">
                A new answer
                {question ? ` at the question “${question.title}”` : ""} of{" "}
                <Link to={`/flows/${proposal.flow_id}`} className="text-accent-text hover:underline">
                  {flow.data?.title ?? "the flow"}
                </Link>
                , leading to these steps.
              </p>
            )}
          </Card>
          <Card>
            <CardHeader title="Proposed steps" />
            <ProposedSteps steps={proposal.steps} />
          </Card>
          <Card>
            <CardHeader
              title={`Evidence: ${sessionCount(proposal.evidence.length)}`}
              description="The similar sessions behind this proposal, with what FlowPilot read in their notes or ends."
            />
            {proposal.evidence.length > 0 ? (
              <EvidenceList evidence={proposal.evidence} />
            ) : (
              <p className="text-sm text-fg-muted">No sessions are attached to this proposal.</p>
            )}
          </Card>
        </div>
        <ProposalDecision proposal={proposal} flowTitle={flow.data?.title} />
      </div>
    </>
  );
}
