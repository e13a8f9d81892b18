import { memo } from "react";
import { Link } from "react-router";

import { cx } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import type { Column, MatrixCell, MatrixRow } from "../api";
import { targetName } from "../bulk";
import { CELL_STATUS } from "./cell-status";

interface MatrixGridRowProps {
  row: MatrixRow;
  index: number;
  columns: Column[];
  /** The selected cells' column indexes, comma-separated: a string, so an unchanged row is not drawn again. */
  selectedCols: string;
  /** The column of the keyboard focus when it is in this row. */
  focusCol: number | null;
}

function cellTitle(column: Column, cell: MatrixCell): string {
  const when = cell.at ? ` · ${formatDateTime(cell.at)}` : "";
  return `${column.title}: ${CELL_STATUS[cell.status].label}${when}`;
}

function OpenIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7.5 8.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * One target: its name (a click selects the row), a link to its session, and a cell per step.
 * Clicks are handled by the grid (one listener for every cell); only the focus cell is tabbable.
 */
export const MatrixGridRow = memo(function MatrixGridRow({ row, index, columns, selectedCols, focusCol }: MatrixGridRowProps) {
  const selected = new Set(selectedCols ? selectedCols.split(",").map(Number) : []);
  const name = targetName(row);
  return (
    <tr aria-rowindex={index + 2} className="h-11">
      <th
        scope="row"
        aria-colindex={1}
        className="sticky left-0 z-10 w-48 border-r border-b border-border bg-surface px-2 text-left font-normal lg:w-56"
      >
        <div className="flex items-center gap-1">
          <button
            type="button"
            tabIndex={-1}
            data-select-row={index}
            title={`Select every step of ${name}`}
            className="min-w-0 flex-1 rounded px-1 text-left hover:bg-surface-raised"
          >
            <span className="block truncate text-sm font-medium text-fg">{row.client}</span>
            <span className="block truncate text-xs text-fg-muted">
              {row.device || "Client-wide"} · {row.percent} %
              {row.outcome === "failed" && <span className="font-medium text-danger"> · failed</span>}
            </span>
          </button>
          <Link
            to={`/sessions/${row.session_id}/run`}
            tabIndex={-1}
            aria-label={`Open the session of ${name}`}
            title="Open the session"
            className="rounded p-1.5 text-fg-muted hover:bg-surface-raised hover:text-accent-text"
          >
            <OpenIcon />
          </Link>
        </div>
      </th>
      {row.cells.map((cell, col) => {
        const column = columns[col];
        const status = CELL_STATUS[cell.status];
        const isSelected = selected.has(col);
        return (
          <td
            key={column?.node_id ?? col}
            role="gridcell"
            aria-colindex={col + 2}
            aria-selected={isSelected}
            tabIndex={focusCol === col ? 0 : -1}
            data-row={index}
            data-col={col}
            title={column ? cellTitle(column, cell) : status.label}
            className={cx(
              // relative: the cell holds its screen-reader text, which would otherwise widen the page beyond the scroller.
              "relative w-24 cursor-pointer border-r border-b border-border text-center text-base font-semibold",
              "focus-visible:[outline-offset:-6px]",
              status.className,
              isSelected && "shadow-[inset_0_0_0_3px_var(--accent)]",
            )}
          >
            <span aria-hidden="true">{status.glyph}</span>
            <span className="sr-only">{status.label}</span>
          </td>
        );
      })}
    </tr>
  );
});
