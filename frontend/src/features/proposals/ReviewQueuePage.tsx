import { Link, useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { Badge, Button, cx, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useProposals, type Proposal, type ProposalStatus } from "./api";
import { KIND_LABELS, PROPOSAL_STATUSES, sessionCount, STATUS_LABELS, statusFrom } from "./labels";
import { RunFlywheelButton } from "./RunFlywheelButton";

/** FlowPilot's proposals by status (`?status=`); team admins can run the flywheel from here. */
export function ReviewQueuePage() {
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get("status"));
  const user = useSessionStore((state) => state.user);
  const lead = user !== null && hasRole(user, "team_admin");

  return (
    <>
      <PageHeader
        title="Review queue"
        description="New flows and branches FlowPilot proposes from sessions that ended unresolved, escalated or off the flow's path."
        actions={lead ? <RunFlywheelButton /> : undefined}
      />
      <div className="flex flex-col gap-4">
        <StatusFilter
          status={status}
          onChange={(next) => {
            setParams(next === "pending" ? {} : { status: next });
          }}
        />
        <ProposalList status={status} lead={lead} />
      </div>
    </>
  );
}

function StatusFilter({ status, onChange }: { status: ProposalStatus; onChange: (status: ProposalStatus) => void }) {
  return (
    <div role="group" aria-label="Status" className="inline-flex self-start rounded-md border border-control-border p-0.5">
      {PROPOSAL_STATUSES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={status === option}
          onClick={() => {
            onChange(option);
          }}
          className={cx(
            "rounded px-3 py-1.5 text-sm font-medium",
            status === option ? "bg-accent text-accent-fg" : "text-fg hover:bg-surface-raised",
          )}
        >
          {STATUS_LABELS[option]}
        </button>
      ))}
    </div>
  );
}

const EMPTY_TITLES: Record<ProposalStatus, string> = {
  pending: "Nothing to review",
  accepted: "No accepted proposals yet",
  rejected: "No rejected proposals",
};

function ProposalList({ status, lead }: { status: ProposalStatus; lead: boolean }) {
  const proposals = useProposals(status);
  const items = proposals.data?.pages.flatMap((page) => page.items) ?? [];

  if (proposals.isPending) return <SkeletonList lines={4} label="Loading proposals" />;
  if (proposals.isError) {
    return <ErrorState error={proposals.error} title="The proposals could not be loaded" onRetry={() => void proposals.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState
        title={EMPTY_TITLES[status]}
        description={
          <>
            FlowPilot&apos;s knowledge flywheel runs every night: it reads the sessions that ended since its last run, groups
            similar ones that ended unresolved, escalated or off the flow&apos;s path, and proposes a new flow or a new branch
            here, with those sessions as evidence.{" "}
            {lead ? "You can also run it now." : "A team admin reviews each proposal."}
          </>
        }
      />
    );
  }
  return (
    <>
      <ul aria-label={`${STATUS_LABELS[status]} proposals`} className="flex flex-col gap-3">
        {items.map((proposal) => (
          <ProposalRow key={proposal.id} proposal={proposal} />
        ))}
      </ul>
      {proposals.hasNextPage && (
        <Button variant="secondary" className="self-center" busy={proposals.isFetchingNextPage} onClick={() => void proposals.fetchNextPage()}>
          Show more proposals
        </Button>
      )}
    </>
  );
}

function ProposalRow({ proposal }: { proposal: Proposal }) {
  return (
    <li className="rounded-lg border border-border bg-surface p-4 focus-within:border-accent">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">
          <Link to={`/proposals/${proposal.id}`} className="text-fg hover:text-accent-text hover:underline">
            {proposal.title}
          </Link>
        </h2>
        <Badge tone={proposal.kind === "new_flow" ? "accent" : "neutral"}>{KIND_LABELS[proposal.kind]}</Badge>
      </div>
      <p className="mt-1 line-clamp-2 text-sm text-fg-muted">{proposal.description}</p>
      <p className="mt-2 text-xs text-fg-muted">
        From {sessionCount(proposal.evidence.length)} · proposed {formatDateTime(proposal.created_at)}
        {proposal.decided_at && ` · ${STATUS_LABELS[proposal.status].toLowerCase()} ${formatDateTime(proposal.decided_at)}`}
      </p>
      {proposal.reject_reason && <p className="mt-1 text-sm text-fg">Reason: {proposal.reject_reason}</p>}
    </li>
  );
}
