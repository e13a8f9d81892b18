/** A run and its matrix as the API sends them, for the tests of the runs pages. */
import type { RunSummary } from "@/lib/maintenance";

import type { Column, MatrixCell, MatrixRow, Run } from "../api";

export const RUN_ID = "3f2a9c10-7b1d-4e5f-8a9b-0c1d2e3f4a5b";

export const COLUMNS: Column[] = [
  { node_id: "capture-client", title: "Client", kind: "input", section: "Job status", sequential: false },
  { node_id: "review-jobs", title: "Review the last 7 days of jobs", kind: "action", section: "Job status", sequential: false },
  { node_id: "jobs-healthy", title: "How did the jobs do?", kind: "question", section: "Job status", sequential: false },
  { node_id: "check-offsite", title: "Check the offsite copy", kind: "action", section: "Offsite", sequential: false },
];

export function summary(changes: Partial<RunSummary> = {}): RunSummary {
  return {
    id: RUN_ID,
    schedule_id: "5c6d7e8f-0000-4000-8000-000000000001",
    title: "Weekly backup verification",
    flow: { id: "5c6d7e8f-0000-4000-8000-000000000002", version: 3, title: "Backup verification and test restore" },
    timezone: "Europe/Amsterdam",
    due_at: "2026-11-23T07:00:00Z",
    deadline_at: "2026-11-25T07:00:00Z",
    created_at: "2026-11-23T07:00:02Z",
    trigger: "schedule",
    missed: 0,
    target_count: 3,
    status: "open",
    overdue: false,
    progress: { percent: 25, steps_closed: 3, steps_open: 9, steps_failed: 0, targets_done: 0, targets_failed: 0, targets_open: 3 },
    ...changes,
  };
}

export function run(changes: Partial<Run> = {}): Run {
  return { ...summary(), columns: COLUMNS, ...changes };
}

const OPEN: MatrixCell = { status: "open", notes: 0 };

export function row(index: number, changes: Partial<MatrixRow> = {}): MatrixRow {
  return {
    position: index + 1,
    target_id: `7a000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    client: `Client ${index + 1}`,
    device: `SRV-${index + 1}`,
    fields: {},
    session_id: `5e000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    last_seq: 4 + index,
    session_status: "active",
    outcome: "open",
    percent: 0,
    cells: COLUMNS.map(() => OPEN),
    ...changes,
  };
}

export function rows(count: number): MatrixRow[] {
  return Array.from({ length: count }, (_, index) => row(index));
}
