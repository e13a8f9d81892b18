/**
 * The checklist as the runner shows it, pure: the API's `checklist` (backend/app/sessions/checklist.py)
 * filtered, the notes of each step from the log, the flow's text with captured values filled in.
 */
import type { Schema } from "@/api/types";
import type { SessionEvent, SessionState } from "@/lib/sessions";

import type { Outcome } from "../EndSessionDialog";

export type Checklist = NonNullable<SessionState["checklist"]>;
export type ChecklistSection = Schema<"ChecklistSectionOut">;
export type ChecklistStep = Schema<"ChecklistStepOut">;
export type StepStatus = ChecklistStep["status"];
export type Progress = Schema<"ProgressOut">;
export type FlowNode = Schema<"Node">;

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  open: "Open",
  done: "Done",
  failed: "Failed",
  skipped: "Skipped",
  not_applicable: "Not applicable",
};

export type StepFilter = "all" | "open" | "mine" | "overdue";

export const STEP_FILTERS: { filter: StepFilter; label: string }[] = [
  { filter: "all", label: "All" },
  { filter: "open", label: "Open" },
  { filter: "mine", label: "Mine" },
  { filter: "overdue", label: "Overdue" },
];

export function isStepFilter(value: string | null): value is StepFilter {
  return STEP_FILTERS.some((option) => option.filter === value);
}

function matches(step: ChecklistStep, filter: StepFilter, userId: string | null): boolean {
  switch (filter) {
    case "all":
      return true;
    case "open":
      return step.status === "open";
    case "mine":
      return userId !== null && step.assignee_id === userId;
    case "overdue":
      return step.overdue;
  }
}

/** How many steps each filter shows. */
export function filterCounts(checklist: Checklist, userId: string | null): Record<StepFilter, number> {
  const steps = checklist.sections.flatMap((section) => section.steps);
  return Object.fromEntries(
    STEP_FILTERS.map(({ filter }) => [filter, steps.filter((step) => matches(step, filter, userId)).length]),
  ) as Record<StepFilter, number>;
}

/** The sections with the steps the filter shows (sections left without any are left out). */
export function filterSections(checklist: Checklist, filter: StepFilter, userId: string | null): ChecklistSection[] {
  return checklist.sections
    .map((section) => ({ ...section, steps: section.steps.filter((step) => matches(step, filter, userId)) }))
    .filter((section) => section.steps.length > 0);
}

/** The step `delta` places after `current` in `order` (the first one when nothing is selected). */
export function neighbour(order: string[], current: string | null, delta: 1 | -1): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index === -1) return delta === 1 ? (order[0] ?? null) : (order.at(-1) ?? null);
  return order[Math.min(order.length - 1, Math.max(0, index + delta))] ?? null;
}

/** A note or evidence attached to a step: `step_noted`, or what came with `step_completed`. */
export interface StepNote {
  seq: number;
  at: string;
  authorId: string;
  text: string | null;
  output: string | null;
  late: boolean;
}

/** Each step's notes and evidence, oldest first (the log has them; the checklist only counts them). */
export function stepNotesOf(events: SessionEvent[]): Map<string, StepNote[]> {
  const notes = new Map<string, StepNote[]>();
  for (const event of events) {
    const { payload } = event;
    if (payload.type !== "step_noted" && payload.type !== "step_completed") continue;
    const text = payload.type === "step_noted" ? (payload.text ?? null) : (payload.note ?? null);
    const output = payload.output ?? null;
    if (text === null && output === null) continue;
    const late = payload.type === "step_noted" && payload.late;
    const list = notes.get(payload.node_id) ?? [];
    list.push({ seq: event.seq, at: event.at, authorId: event.author_id, text, output, late });
    notes.set(payload.node_id, list);
  }
  return notes;
}

type Variables = SessionState["variables"];

// As the API fills the current node of a path (backend/app/sessions/service.py `_fill`).
const VARIABLE_REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** `{{name}}` replaced by the captured value; references to nothing captured stay as they are. */
export function fillVariables(text: string, variables: Variables): string {
  if (!text.includes("{{")) return text;
  return text.replace(VARIABLE_REFERENCE, (whole, name: string) => {
    const value = variables[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A flow node with the session's captured values filled into what the engineer reads and copies. */
export function filledNode(node: FlowNode, variables: Variables): FlowNode {
  return {
    ...node,
    title: fillVariables(node.title, variables),
    body: fillVariables(node.body, variables),
    commands: node.commands?.map((command) => ({ ...command, text: fillVariables(command.text, variables) })),
    expected_result: node.expected_result ? fillVariables(node.expected_result, variables) : node.expected_result,
  };
}

/** What ending the session probably means: everything closed without a failure is resolved. */
export function suggestedOutcome(progress: Progress): Outcome {
  return progress.open === 0 && progress.failed === 0 ? "resolved" : "unresolved";
}

/** "3 of 5 closed": steps ruled out by an answer do not count. */
export function progressText(progress: Progress): string {
  return `${progress.done + progress.failed + progress.skipped} of ${progress.applicable} closed`;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A due instant as a date field shows it: the local day, "2026-06-12". */
export function dateInputValue(iso: string | null): string {
  if (iso === null) return "";
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date field's day as a due instant: the end of that local day (due on Friday: by Friday night). */
export function endOfDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).toISOString();
}
