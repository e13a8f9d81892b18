import { useMemo, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";

import { describeError } from "@/api/errors";
import { hasRole } from "@/api/types";
import { SessionStatusBadge } from "@/components/SessionStatusBadge";
import { Button, buttonClasses, Card, CardHeader, EmptyState, ErrorState, PageHeader, Skeleton, SkeletonList, toast } from "@/components/ui";
import { useSessionFlowVersion } from "@/lib/flows";
import { formatDateTime, formatDuration } from "@/lib/format";
import { isOpen, useSession, useSessionEvents, type SessionState } from "@/lib/sessions";
import { useTeamMembers } from "@/lib/team";
import { useSessionStore } from "@/session/store";

import { useTakeOver, useWaitingBriefing, type Briefing } from "./api";
import { BriefingCard } from "./BriefingCard";
import { EscalateDialog } from "./EscalateDialog";
import { ExportButtons } from "./ExportButtons";
import { PsaPushPanel } from "./PsaPushPanel";
import { ShareForm } from "./ShareForm";
import { ShareList } from "./ShareList";
import { TicketSummaryCard } from "./TicketSummaryCard";
import { Timeline } from "./Timeline";

/** One session: what happened (timeline), export, share, escalate, take over, continue. */
export function SessionDetailPage() {
  const { sessionId = "" } = useParams();
  const session = useSession(sessionId);

  if (session.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-8 w-80" />
        <SkeletonList lines={6} label="Loading the session" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <>
        <PageHeader title="Session" />
        <ErrorState error={session.error} title="This session could not be opened" onRetry={() => void session.refetch()} />
      </>
    );
  }
  return <SessionDetail session={session.data} />;
}

function SessionDetail({ session }: { session: SessionState }) {
  const user = useSessionStore((state) => state.user);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const takeOver = useTakeOver(session.id);
  const waiting = useWaitingBriefing(session.id, session.status === "escalated" && briefing === null);

  const myId = user?.id ?? "";
  const mine = session.owner_id === myId;
  const canWork = user !== null && hasRole(user, "engineer");
  const receiver = session.escalation?.to_user_id ?? null;
  // An escalation to a member is theirs (or a team admin's) to take; the team queue is anyone's.
  const canTakeOver =
    session.status === "escalated" &&
    user !== null &&
    hasRole(user, "engineer") &&
    (receiver === null || receiver === myId || hasRole(user, "team_admin"));
  const escalating = params.get("escalate") === "1" && mine && isOpen(session.status) && session.mode === "path";
  const shownBriefing = briefing ?? waiting.data ?? null;

  const setEscalating = (open: boolean) => {
    const next = new URLSearchParams(params);
    if (open) next.set("escalate", "1");
    else next.delete("escalate");
    setParams(next, { replace: true });
  };

  const startTakeOver = () => {
    takeOver.mutate(undefined, {
      onSuccess: () => {
        toast.success("The session is yours", "Continue where it stopped.");
        void navigate(`/sessions/${session.id}/run`);
      },
      onError: (error) => toast.error("Could not take the session over", describeError(error).message),
    });
  };

  return (
    <>
      <PageHeader
        title={session.flow.title}
        description={<SessionFacts session={session} />}
        actions={
          <>
            {mine && isOpen(session.status) && (
              <Link to={`/sessions/${session.id}/run`} className={buttonClasses("primary")}>
                Continue
              </Link>
            )}
            {mine && isOpen(session.status) && session.mode === "path" && (
              <Button
                variant="secondary"
                onClick={() => {
                  setEscalating(true);
                }}
              >
                Escalate…
              </Button>
            )}
            {canTakeOver && (
              <Button busy={takeOver.isPending} onClick={startTakeOver}>
                Take over
              </Button>
            )}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {shownBriefing && <BriefingCard briefing={shownBriefing} />}
          {session.summary && session.ended_at && (
            <Card>
              <CardHeader title="Resolution summary" />
              <p className="text-sm whitespace-pre-wrap text-fg">{session.summary}</p>
            </Card>
          )}
          <TicketSummaryCard sessionId={session.id} canEdit={canWork} />
          <Card>
            <CardHeader title="Timeline" description="Everything that happened, in order." />
            <SessionTimeline session={session} />
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card>
            <CardHeader title="Export" description="The documentation, with the team's redaction applied." />
            <ExportButtons sessionId={session.id} />
          </Card>
          <PsaPushPanel session={session} canPush={canWork} />
          <Card>
            <CardHeader title="Share" description="A read-only, redacted view by link." />
            {canWork && <ShareForm sessionId={session.id} />}
            <div className="mt-4 border-t border-border pt-2">
              <ShareList sessionId={session.id} />
            </div>
          </Card>
        </div>
      </div>
      {escalating && (
        <EscalateDialog
          sessionId={session.id}
          myId={myId}
          onClose={() => {
            setEscalating(false);
          }}
          onEscalated={(out) => {
            setBriefing(out.briefing);
            setEscalating(false);
            toast.success("Session escalated", "The briefing below goes with it.");
          }}
        />
      )}
    </>
  );
}

function SessionFacts({ session }: { session: SessionState }) {
  const facts = [
    session.ticket_id && `Ticket #${session.ticket_id}`,
    session.client_name,
    session.target,
    session.flow.version !== null && `version ${session.flow.version}`,
    session.owner_name,
    `started ${formatDateTime(session.started_at)}`,
    session.ended_at && `ended ${formatDateTime(session.ended_at)} (${formatDuration(session.started_at, session.ended_at)})`,
  ].filter(Boolean);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <SessionStatusBadge status={session.status} />
      <span>{facts.join(" · ")}</span>
    </span>
  );
}

function SessionTimeline({ session }: { session: SessionState }) {
  const events = useSessionEvents(session.id);
  const members = useTeamMembers();
  const graph = useSessionFlowVersion(session.flow).data?.graph;
  const titles = useMemo(() => new Map((graph?.nodes ?? []).map((node) => [node.id, node.title])), [graph]);
  const names = useMemo(
    () => new Map((members.data ?? []).map((member) => [member.user_id, member.full_name])),
    [members.data],
  );
  if (events.isPending) return <SkeletonList lines={5} label="Loading the timeline" />;
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.length === 0) return <EmptyState title="Nothing happened yet" />;
  return <Timeline events={events.data} titles={titles} names={names} />;
}
