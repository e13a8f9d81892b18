import { useEffect, useId, useRef } from "react";

import { Markdown } from "@/components/Markdown";
import { Badge, cx } from "@/components/ui";
import { formatDate, formatDateTime } from "@/lib/format";
import type { TeamMember } from "@/lib/team";

import type { AppendProblem } from "../use-appender";
import { CommandBlock } from "../CommandBlock";
import type { StepEventIn, StepResult } from "./api";
import { MemberAvatar } from "./MemberAvatar";
import { STEP_STATUS_LABELS, type ChecklistStep, type FlowNode, type StepNote } from "./model";
import { StepAssignment } from "./StepAssignment";
import { StepControls, type CompleteExtras } from "./StepControls";
import { StepNoteForm, StepNoteList } from "./StepNotes";
import { StepStatusBadge } from "./StepStatusBadge";

const KIND_LABELS: Record<ChecklistStep["kind"], string> = { action: "Action", question: "Question", input: "Capture a value" };

/** What the checklist lets this user do, and how to reach the API: the same for every step. */
export interface StepWork {
  sessionId: string;
  /** Engineers and admins write (the API's rule); viewers only follow. */
  canWrite: boolean;
  /** Complete and reopen: the session is active and its flow still exists. */
  canComplete: boolean;
  /** Assign: the session is open (active or paused). */
  canAssign: boolean;
  meId: string | null;
  members: TeamMember[];
  nameOf: (userId: string) => string;
  titleOf: (nodeId: string) => string;
  /** The event being sent, if any. */
  pending: StepEventIn | null;
  /** The last refusal, when it was about `nodeId`. */
  problemOf: (nodeId: string) => AppendProblem | null;
  send: (event: StepEventIn, onDone?: () => void) => void;
  inputDraftOf: (nodeId: string) => string;
  setInputDraft: (nodeId: string, value: string) => void;
}

/** Where the keyboard asked focus to go (`nonce` repeats a request for the same place). */
export interface FocusRequest {
  nodeId: string;
  target: "step" | "controls" | "note";
  nonce: number;
}

interface ChecklistStepItemProps {
  step: ChecklistStep;
  /** Its node in the flow version, values filled in (null: the flow was deleted). */
  node: FlowNode | null;
  notes: StepNote[];
  work: StepWork;
  selected: boolean;
  expanded: boolean;
  focus: FocusRequest | null;
  onSelect: () => void;
  onToggle: () => void;
  onJump: (nodeId: string) => void;
}

function valueText(value: ChecklistStep["value"]): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return value === null ? "(empty)" : String(value);
}

/** One line under the title: what the step's state says. */
function stateLine(step: ChecklistStep, work: StepWork): string {
  if (step.status === "not_applicable") {
    return step.ruled_out_by ? `Ruled out by the answer to “${work.titleOf(step.ruled_out_by)}”` : "Ruled out";
  }
  if (step.status === "open") return KIND_LABELS[step.kind];
  const parts = [STEP_STATUS_LABELS[step.status]];
  if (step.answer !== null) parts[0] = `Answered “${step.answer}”`;
  if (step.variable !== null && step.status === "done") parts[0] = `${step.variable} = ${valueText(step.value)}`;
  if (step.by_id !== null) parts.push(`by ${work.nameOf(step.by_id)}`);
  if (step.at !== null) parts.push(formatDateTime(step.at));
  return parts.join(" · ");
}

/** A step of the checklist: a row to scan, details (text, commands, controls, assignment, notes) when expanded. */
export function ChecklistStepItem({ step, node, notes, work, selected, expanded, focus, onSelect, onToggle, onJump }: ChecklistStepItemProps) {
  const id = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const title = node?.title ?? step.title;
  const waiting = step.waiting_for.length > 0;
  // One append at a time: every step waits while one is sent; the spinner shows on its own.
  const sending = work.pending !== null;
  const busy = work.pending?.node_id === step.node_id;

  useEffect(() => {
    if (focus?.nodeId !== step.node_id) return;
    if (focus.target === "note") noteRef.current?.focus();
    else if (focus.target === "controls") controlsRef.current?.querySelector<HTMLElement>("button:enabled, input:enabled")?.focus();
    else itemRef.current?.focus(); // focus scrolls it into view too
  }, [focus, step.node_id]);

  const complete = (result: StepResult, extras: CompleteExtras = {}) => {
    work.send({ type: "step_completed", node_id: step.node_id, result, ...extras });
  };
  const problem = work.problemOf(step.node_id);
  const inputError = problem?.kind === "refused" && problem.code === "invalid_input_value" ? problem : null;

  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      aria-current={selected || undefined}
      data-status={step.status}
      onFocus={onSelect}
      className={cx(
        "rounded-md border bg-surface outline-none focus-visible:ring-2 focus-visible:ring-focus",
        selected ? "border-accent" : "border-border",
        step.status === "not_applicable" && "opacity-75",
      )}
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2 p-3">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={`${id}-details`}
          onClick={onToggle}
          className="flex min-w-0 flex-1 basis-64 items-start gap-2 rounded text-left"
        >
          <Chevron open={expanded} />
          <span className="min-w-0">
            <span id={`${id}-title`} className={cx("block font-medium text-fg", step.status === "not_applicable" && "line-through")}>
              {title}
            </span>
            <span className="block text-xs text-fg-muted">{stateLine(step, work)}</span>
          </span>
        </button>
        <StepMeta step={step} work={work} />
      </div>
      {waiting && (
        <p className="border-t border-border px-3 py-2 text-sm text-fg-muted">
          <Badge tone="warning">Waiting</Badge> This section is done in order; first:{" "}
          {step.waiting_for.map((nodeId, index) => (
            <span key={nodeId}>
              {index > 0 && ", "}
              <button type="button" className="font-medium text-accent-text underline" onClick={() => { onJump(nodeId); }}>
                {work.titleOf(nodeId)}
              </button>
            </span>
          ))}
        </p>
      )}
      {expanded && (
        <div id={`${id}-details`} className="flex flex-col gap-5 border-t border-border p-4">
          {node === null && <p className="text-sm text-fg-muted">The flow of this session was deleted: the step's text is gone.</p>}
          {node?.body && <Markdown source={node.body} />}
          {node?.commands && node.commands.length > 0 && (
            <div className="flex flex-col gap-3">
              {node.commands.map((command, index) => (
                <CommandBlock key={index} command={command} />
              ))}
            </div>
          )}
          {node?.expected_result && (
            <div className="rounded-md border border-border bg-surface-raised px-4 py-3">
              <p className="text-sm font-medium text-fg">Expected result</p>
              <Markdown className="mt-1" source={node.expected_result} />
            </div>
          )}
          {work.canWrite && (
            <div ref={controlsRef}>
              <StepControls
                step={step}
                node={node}
                canWork={work.canComplete && !waiting && !sending}
                busy={busy}
                inputDraft={work.inputDraftOf(step.node_id)}
                onInputDraftChange={(value) => {
                  work.setInputDraft(step.node_id, value);
                }}
                inputError={inputError}
                onComplete={complete}
                onReopen={() => {
                  work.send({ type: "step_reopened", node_id: step.node_id });
                }}
              />
            </div>
          )}
          <section aria-labelledby={`${id}-assignment`} className="flex flex-col gap-3">
            <h4 id={`${id}-assignment`} className="text-sm font-semibold text-fg">
              Assignment
            </h4>
            <StepAssignment
              key={step.due_at ?? ""}
              step={step}
              members={work.members}
              meId={work.meId}
              canAssign={work.canWrite && work.canAssign}
              busy={sending}
              onAssign={(assigneeId, dueAt) => {
                work.send({ type: "step_assigned", node_id: step.node_id, assignee_id: assigneeId, due_at: dueAt });
              }}
            />
          </section>
          <section aria-labelledby={`${id}-notes`} className="flex flex-col gap-3">
            <h4 id={`${id}-notes`} className="text-sm font-semibold text-fg">
              Notes and evidence ({step.notes})
            </h4>
            <StepNoteList notes={notes} nameOf={work.nameOf} />
            {work.canWrite && (
              <StepNoteForm
                sessionId={work.sessionId}
                nodeId={step.node_id}
                noteRef={noteRef}
                busy={busy && work.pending?.type === "step_noted"}
                disabled={sending}
                onAdd={(text, output, onSent) => {
                  work.send({ type: "step_noted", node_id: step.node_id, text, output }, onSent);
                }}
              />
            )}
          </section>
        </div>
      )}
    </li>
  );
}

/** Status, due date, assignee and notes of a step, at a glance. */
function StepMeta({ step, work }: { step: ChecklistStep; work: StepWork }) {
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-2">
      <StepStatusBadge status={step.status} />
      {step.overdue && <Badge tone="danger">Overdue</Badge>}
      {step.due_at !== null && (
        <span className={cx("text-xs", step.overdue ? "font-medium text-danger" : "text-fg-muted")} title={formatDateTime(step.due_at)}>
          Due {formatDate(step.due_at)}
        </span>
      )}
      {step.assignee_id !== null && <MemberAvatar name={work.nameOf(step.assignee_id)} className="max-w-40" />}
      {step.notes > 0 && (
        <span className="text-xs text-fg-muted">
          {step.notes} {step.notes === 1 ? "note" : "notes"}
        </span>
      )}
    </div>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={cx("mt-0.5 size-5 shrink-0 text-fg-muted transition-transform motion-reduce:transition-none", open && "rotate-90")}
    >
      <path d="M7.5 5l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
