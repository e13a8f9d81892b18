import type { ChecklistStep } from "./model";

/** A checklist step as the API sends it: an open action unless `changes` say otherwise (tests). */
export function checklistStep(nodeId: string, changes: Partial<ChecklistStep> = {}): ChecklistStep {
  return {
    node_id: nodeId,
    title: nodeId,
    kind: "action",
    status: "open",
    answer: null,
    variable: null,
    value: null,
    seq: null,
    at: null,
    by_id: null,
    ruled_out_by: null,
    assignee_id: null,
    due_at: null,
    overdue: false,
    notes: 0,
    waiting_for: [],
    ...changes,
  };
}
