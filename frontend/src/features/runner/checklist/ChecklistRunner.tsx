import { useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { Badge, Button, Card, EmptyState, ErrorState, toast } from "@/components/ui";
import { useSessionFlowVersion } from "@/lib/flows";
import { isOpen, useSessionEvents, type SessionState } from "@/lib/sessions";
import { useTeamMembers } from "@/lib/team";
import { useSessionStore } from "@/session/store";

import { useDraftStore, useSessionDrafts } from "../drafts";
import { EndSessionDialog } from "../EndSessionDialog";
import { RunnerHeader } from "../RunnerHeader";
import { AppendProblemNotice } from "../RunnerNotices";
import { TicketContextCard } from "../TicketContextCard";
import { TicketNotePreview } from "../TicketNotePreview";
import { useSessionAppender, type AppendProblem } from "../use-appender";
import { useEndSession } from "../use-end-session";
import { useLiveChecklist, type StepEventIn, type StepResult } from "./api";
import { ChecklistKeysDialog } from "./ChecklistKeysDialog";
import { ChecklistNotice } from "./ChecklistNotice";
import { ChecklistOverview } from "./ChecklistOverview";
import { ChecklistSectionView } from "./ChecklistSectionView";
import { ChecklistStepItem, type FocusRequest, type StepWork } from "./ChecklistStepItem";
import {
  filledNode,
  filterCounts,
  filterSections,
  fillVariables,
  isStepFilter,
  neighbour,
  stepNotesOf,
  suggestedOutcome,
  type Checklist,
  type ChecklistStep,
  type StepFilter,
} from "./model";
import { useStepDraftStore } from "./step-drafts";
import { useChecklistKeys } from "./use-checklist-keys";

const CONFLICT_MESSAGE =
  "Someone else changed this checklist while you were working on it. The list shows it as it is now; nothing you typed was lost: check the step and try again.";

/** A checklist session (a procedural or maintenance flow): sections of steps, worked in any order
 *  (in order where a section says so) by any engineer of the team at once. */
export function ChecklistRunner({ session }: { session: SessionState }) {
  // Only a troubleshooting session has none (RunnerPage sends those elsewhere).
  if (!session.checklist) {
    return <EmptyState title="This session is not a checklist" description="It walks a path; open it from the session history." />;
  }
  return <ChecklistWorkspace session={session} checklist={session.checklist} />;
}

function ChecklistWorkspace({ session, checklist }: { session: SessionState; checklist: Checklist }) {
  const user = useSessionStore((state) => state.user);
  const [searchParams, setSearchParams] = useSearchParams();
  const appender = useSessionAppender(session.id);
  const events = useSessionEvents(session.id);
  const flow = useSessionFlowVersion(session.flow);
  const members = useTeamMembers();
  const drafts = useSessionDrafts(session.id);
  const setInput = useDraftStore((state) => state.setInput);
  const clearInput = useDraftStore((state) => state.clearInput);
  const forgetDrafts = useDraftStore((state) => state.forget);
  const forgetStepDrafts = useStepDraftStore((state) => state.forget);
  const { endingAs, setEndingAs, end } = useEndSession(session.id, appender, "Checklist", () => {
    forgetDrafts(session.id);
    forgetStepDrafts(session.id);
  });
  useLiveChecklist(session.id, session.last_seq, isOpen(session.status));

  const meId = user?.id ?? null;
  const canWrite = user !== null && hasRole(user, "engineer");
  const showParam = searchParams.get("show");
  const filter: StepFilter = isStepFilter(showParam) ? showParam : "all";

  const steps = useMemo(() => new Map(checklist.sections.flatMap((section) => section.steps.map((step) => [step.node_id, step]))), [checklist]);
  const [selectedId, setSelectedId] = useState<string | null>(() => (steps.has(session.current_node) ? session.current_node : null));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const focusCount = useRef(0);
  const [keysOpen, setKeysOpen] = useState(false);
  const [lastStepSent, setLastStepSent] = useState<string | null>(null);

  const nodes = useMemo(
    () => new Map((flow.data?.graph.nodes ?? []).map((node) => [node.id, filledNode(node, session.variables)])),
    [flow.data, session.variables],
  );
  const names = useMemo(() => new Map((members.data ?? []).map((member) => [member.user_id, member.full_name])), [members.data]);
  const notes = useMemo(() => stepNotesOf(events.data ?? []), [events.data]);
  const sections = filterSections(checklist, filter, meId);
  const order = sections.flatMap((section) => section.steps.map((step) => step.node_id));
  // The keys work the selected step only while the filter shows it.
  const selected = selectedId !== null && order.includes(selectedId) ? steps.get(selectedId) : undefined;

  const problem: AppendProblem | null =
    appender.problem?.kind === "conflict" ? { ...appender.problem, message: CONFLICT_MESSAGE } : appender.problem;

  const send = (event: StepEventIn, onDone?: () => void) => {
    setLastStepSent(event.node_id);
    appender.send(event, () => {
      if (event.type === "step_completed" && event.value !== undefined) clearInput(session.id, event.node_id);
      onDone?.();
    });
  };

  const titleOf = (nodeId: string) => nodes.get(nodeId)?.title ?? fillVariables(steps.get(nodeId)?.title ?? nodeId, session.variables);
  const work: StepWork = {
    sessionId: session.id,
    canWrite,
    canComplete: session.status === "active" && session.flow.id !== null,
    canAssign: isOpen(session.status),
    meId,
    members: members.data ?? [],
    nameOf: (userId) => names.get(userId) ?? (userId === session.owner_id ? session.owner_name : "A former member"),
    titleOf,
    pending: appender.pendingEvent && "node_id" in appender.pendingEvent ? appender.pendingEvent : null,
    problemOf: (nodeId) => (lastStepSent === nodeId ? problem : null),
    send,
    inputDraftOf: (nodeId) => drafts.inputs[nodeId] ?? "",
    setInputDraft: (nodeId, value) => {
      setInput(session.id, nodeId, value);
    },
  };

  const focusOn = (nodeId: string, target: FocusRequest["target"]) => {
    focusCount.current += 1;
    setSelectedId(nodeId);
    setFocus({ nodeId, target, nonce: focusCount.current });
  };
  const setOpen = (nodeId: string, open: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(nodeId);
      else next.delete(nodeId);
      return next;
    });
  };
  const openAndFocus = (nodeId: string, target: FocusRequest["target"]) => {
    setOpen(nodeId, true);
    focusOn(nodeId, target);
  };

  /** Why the selected step cannot be completed now (said in a toast when a key asked), or null. */
  const blockedBecause = (step: ChecklistStep): string | null => {
    if (!canWrite) return "Viewers follow the checklist; engineers and admins work it.";
    if (session.status === "paused") return "The checklist is paused: resume it first.";
    if (!work.canComplete) return "The checklist has ended.";
    if (step.status === "not_applicable") return `It was ruled out by the answer to “${titleOf(step.ruled_out_by ?? "")}”.`;
    if (step.waiting_for.length > 0) return `This section is done in order: first ${step.waiting_for.map(titleOf).join(", ")}.`;
    return null;
  };
  const onWorkable = (act: (step: ChecklistStep) => void) => {
    if (!selected || appender.pending) return;
    const reason = blockedBecause(selected);
    if (reason) toast.info(`“${titleOf(selected.node_id)}” cannot be changed now`, reason);
    else act(selected);
  };
  const complete = (step: ChecklistStep, result: StepResult) => {
    send({ type: "step_completed", node_id: step.node_id, result });
  };

  useChecklistKeys(
    {
      move: (delta) => {
        const next = neighbour(order, selectedId, delta);
        if (next) focusOn(next, "step");
      },
      toggle: () => {
        if (selected) setOpen(selected.node_id, !expanded.has(selected.node_id));
      },
      // Actions are done at once; questions and inputs open to be answered.
      done: () => {
        onWorkable((step) => {
          if (step.kind === "action") complete(step, "done");
          else openAndFocus(step.node_id, "controls");
        });
      },
      answer: (position) => {
        onWorkable((step) => {
          const answers = nodes.get(step.node_id)?.answers ?? [];
          if (step.kind === "question" && position < answers.length) {
            send({ type: "step_completed", node_id: step.node_id, result: "done", answer: position });
          }
        });
      },
      fail: () => {
        onWorkable((step) => {
          if (step.kind === "action") complete(step, "failed");
        });
      },
      skip: () => {
        onWorkable((step) => {
          complete(step, "skipped");
        });
      },
      assignToMe: () => {
        if (!selected || !meId || !canWrite || !work.canAssign || appender.pending) return;
        send({ type: "step_assigned", node_id: selected.node_id, assignee_id: meId, due_at: selected.due_at });
      },
      note: () => {
        if (selected && canWrite) openAndFocus(selected.node_id, "note");
      },
      showKeys: () => {
        setKeysOpen(true);
      },
    },
    true,
  );


  return (
    <div className="flex flex-col gap-4">
      <RunnerHeader
        session={session}
        canControl={canWrite && isOpen(session.status)}
        sending={appender.sending}
        onSend={appender.send}
        onEnd={() => {
          setEndingAs(suggestedOutcome(checklist.progress));
        }}
      />
      {flow.data?.kind === "maintenance" && <MaintenanceTarget session={session} />}
      <ChecklistNotice session={session} canWrite={canWrite} />
      <AppendProblemNotice problem={endingAs ? null : problem} onDismiss={appender.dismissProblem} />
      {flow.isError && <ErrorState error={flow.error} title="The steps' text could not be loaded" onRetry={() => void flow.refetch()} />}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <ChecklistOverview
              progress={checklist.progress}
              filter={filter}
              counts={filterCounts(checklist, meId)}
              onFilter={(next) => {
                setSearchParams(next === "all" ? {} : { show: next }, { replace: true });
              }}
              onShowKeys={() => {
                setKeysOpen(true);
              }}
            />
          </Card>
          {sections.length === 0 ? (
            <EmptyState
              title="No steps to show"
              description="No step matches this filter."
              action={
                <Button variant="secondary" onClick={() => { setSearchParams({}, { replace: true }); }}>
                  Show all steps
                </Button>
              }
            />
          ) : (
            sections.map((section, index) => (
              <ChecklistSectionView key={section.name ?? `unnamed-${index}`} section={section}>
                {section.steps.map((step) => (
                  <ChecklistStepItem
                    key={step.node_id}
                    step={step}
                    node={nodes.get(step.node_id) ?? null}
                    notes={notes.get(step.node_id) ?? []}
                    work={work}
                    selected={step.node_id === selectedId}
                    expanded={expanded.has(step.node_id)}
                    focus={focus}
                    onSelect={() => {
                      setSelectedId(step.node_id);
                    }}
                    onToggle={() => {
                      setOpen(step.node_id, !expanded.has(step.node_id));
                    }}
                    onJump={(nodeId) => {
                      if (!order.includes(nodeId)) setSearchParams({}, { replace: true }); // the filter hides it
                      openAndFocus(nodeId, "step");
                    }}
                  />
                ))}
              </ChecklistSectionView>
            ))
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <TicketContextCard session={session} />
          <TicketNotePreview sessionId={session.id} />
        </div>
      </div>

      <ChecklistKeysDialog
        open={keysOpen}
        onClose={() => {
          setKeysOpen(false);
        }}
      />
      {endingAs && (
        <EndSessionDialog
          sessionId={session.id}
          open
          initialOutcome={endingAs}
          busy={appender.sending === "ended"}
          problem={problem}
          onClose={() => {
            setEndingAs(null);
          }}
          onEnd={end}
        />
      )}
    </div>
  );
}

/** A maintenance run's session works one target. (The session does not say which run it belongs to.) */
function MaintenanceTarget({ session }: { session: SessionState }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
      <Badge tone="accent">Maintenance</Badge>
      <span>
        Target <span className="font-medium text-fg">{session.target ?? "not named"}</span>
        {session.client_name && (
          <>
            {" "}
            of <span className="font-medium text-fg">{session.client_name}</span>
          </>
        )}
      </span>
    </p>
  );
}
