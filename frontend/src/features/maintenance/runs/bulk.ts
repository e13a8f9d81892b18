import { ApiError, describeError } from "@/api/errors";

import type { BulkIn, Column, MatrixRow } from "./api";
import { cellOf } from "./matrix/selection";

/** A target as people name it: the client, and the device when there is one. */
export function targetName(row: Pick<MatrixRow, "client" | "device">): string {
  return row.device ? `${row.client} · ${row.device}` : row.client;
}

export interface BulkPlan {
  cells: BulkIn["cells"];
  /** The `last_seq` of every row concerned: a row someone changed since refuses the whole request. */
  expectedSeq: Record<string, number>;
  targets: number;
  /** Selected cells ruled out by an answer (not applicable): no result applies to them, so they are left out. */
  leftOut: number;
}

/** What a bulk request sends for the selected cells (by key, `row * cols + col`) of the loaded rows. */
export function bulkPlan(selected: ReadonlySet<number>, rows: MatrixRow[], columns: Column[]): BulkPlan {
  const plan: BulkPlan = { cells: [], expectedSeq: {}, targets: 0, leftOut: 0 };
  for (const key of [...selected].sort((a, b) => a - b)) {
    const { row: index, col } = cellOf(key, columns.length);
    const row = rows.at(index);
    const column = columns.at(col);
    if (!row || !column) continue;
    if (row.cells[col]?.status === "not_applicable") {
      plan.leftOut += 1;
      continue;
    }
    if (!(row.session_id in plan.expectedSeq)) {
      plan.expectedSeq[row.session_id] = row.last_seq;
      plan.targets += 1;
    }
    plan.cells.push({ session_id: row.session_id, node_id: column.node_id });
  }
  return plan;
}

interface RefusedCell {
  session_id: string;
  node_id: string;
  message: string;
}

const LISTED = 8;

export interface BulkErrorText {
  message: string;
  /** One line per refused cell or changed row (the first few), "and N more" last. */
  details: string[];
}

function listed(lines: string[], total: number): string[] {
  const shown = lines.slice(0, LISTED);
  return total > shown.length ? [...shown, `and ${total - shown.length} more`] : shown;
}

/** Why a bulk request was refused, in words, naming the targets and steps concerned. */
export function describeBulkError(error: unknown, rows: MatrixRow[], columns: Column[]): BulkErrorText {
  const described = describeError(error);
  if (!(error instanceof ApiError)) return { message: described.message, details: [] };
  const targets = new Map(rows.map((row) => [row.session_id, targetName(row)]));
  const steps = new Map(columns.map((column) => [column.node_id, column.title]));
  const target = (sessionId: string) => targets.get(sessionId) ?? "A target not loaded here";
  if (error.code === "bulk_refused" && Array.isArray(error.body.errors)) {
    const refused = error.body.errors as RefusedCell[];
    const total = typeof error.body.error_count === "number" ? error.body.error_count : refused.length;
    const lines = refused.map((cell) => `${target(cell.session_id)} — ${steps.get(cell.node_id) ?? cell.node_id}: ${cell.message}`);
    return { message: described.message, details: listed(lines, total) };
  }
  if (error.code === "stale_seq" && Array.isArray(error.body.stale)) {
    const stale = error.body.stale as { session_id: string }[];
    return {
      message: `Someone changed ${stale.length === 1 ? "a row" : `${stale.length} rows`} since you loaded the matrix, so nothing was changed. The matrix shows what they did now: check it and try again.`,
      details: listed(stale.map((row) => target(row.session_id)), stale.length),
    };
  }
  return { message: described.message, details: [] };
}
