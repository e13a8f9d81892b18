import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import { useEffect, useId, useReducer, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { ListFooter } from "@/components/ListFooter";

import type { BulkResult, Column, MatrixRow } from "../api";
import { BulkBar } from "../BulkBar";
import { BulkDialog } from "../BulkDialog";
import { CELL_STATUS } from "./cell-status";
import { gridCommand } from "./grid-keys";
import { MatrixGridRow } from "./MatrixGridRow";
import { rowSlots, rowWindow } from "./row-window";
import { initialSelection, selectedColumns, selectionReducer, type ClickMode } from "./selection";

/** Rows a Page Up/Down moves by. */
const PAGE_ROWS = 10;
/** How close to the last loaded row the window gets before the next page is asked for. */
const LOAD_AHEAD = 20;

interface RunMatrixProps {
  runId: string;
  columns: Column[];
  rows: MatrixRow[];
  /** Every row of the run (or -1 when unknown: a filtered matrix still loading pages). */
  totalRows: number;
  canBulk: boolean;
  /** The matrix query's paging: pages are read ahead as the window nears the last loaded row. */
  pages: Pick<UseInfiniteQueryResult, "hasNextPage" | "isFetchingNextPage" | "isFetchNextPageError" | "fetchNextPage" | "error">;
}

function clickMode(event: MouseEvent): ClickMode {
  if (event.shiftKey) return "extend";
  return event.ctrlKey || event.metaKey ? "toggle" : "replace";
}

function MatrixLegend({ id }: { id: string }) {
  return (
    <div className="mb-3 flex flex-wrap items-start justify-between gap-3 text-xs text-fg-muted">
      <ul aria-label="Legend" className="flex flex-wrap gap-3">
        {Object.values(CELL_STATUS).map((status) => (
          <li key={status.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-flex size-5 items-center justify-center rounded text-sm font-semibold ${status.className}`}>
              {status.glyph}
            </span>
            {status.label}
          </li>
        ))}
      </ul>
      <details className="max-w-xl">
        <summary className="cursor-pointer text-fg hover:text-accent-text">Keyboard</summary>
        <p id={id} className="mt-1">
          Arrows move, Shift+arrows select a range, Space selects a cell, Shift+Space the row, Ctrl+Space the column,
          Ctrl/⌘+A everything loaded, Escape nothing. D, F or S mark the selection done, failed or skipped. Enter opens
          the target’s session. Click a target or a step for its row or column; Shift-click for a range, Ctrl/⌘-click to add.
        </p>
      </details>
    </div>
  );
}

/**
 * The run as a grid: targets (rows) by steps (columns), the selection and its bulk actions. Only
 * the rows in view are in the DOM (1,000 targets cost what 30 do); the next page of rows is read
 * as the window nears the last loaded row.
 */
export function RunMatrix({ runId, columns, rows, totalRows, canBulk, pages }: RunMatrixProps) {
  const navigate = useNavigate();
  const helpId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const [selection, dispatch] = useReducer(selectionReducer, undefined, () => initialSelection(rows.length, columns.length));
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [bulk, setBulk] = useState<BulkResult | null>(null);
  // Set by the grid's own keys and clicks: only they move the DOM focus to the focus cell (never a
  // mount or a reload, and even when the row that had the focus has just left the window).
  const takeFocus = useRef(false);

  // More rows loaded (or fewer after a refetch): the selection follows during the render.
  if (selection.rows !== rows.length || selection.cols !== columns.length) {
    dispatch({ type: "resize", rows: rows.length, cols: columns.length });
  }

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      setViewport(element.clientHeight);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);

  const { focus } = selection;
  // The focus cell is always rendered (row-window.ts), so it can take the focus at once.
  useEffect(() => {
    if (!takeFocus.current) return;
    takeFocus.current = false;
    const cell = grid.current?.querySelector<HTMLElement>(`td[data-row="${focus.row}"][data-col="${focus.col}"]`);
    if (!cell || cell === document.activeElement) return;
    cell.focus({ preventScroll: true });
    // scroll-padding on the scroller keeps it clear of the sticky header and first column.
    if ("scrollIntoView" in cell) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [focus.row, focus.col]);

  const { first, last } = rowWindow(scrollTop, viewport, rows.length);
  // Scrolled or moved by the keyboard near the last loaded row: the next page. After a failure only
  // the button tries again.
  const nearEnd = Math.max(last, focus.row + 1) >= rows.length - LOAD_AHEAD;
  const autoLoad = pages.hasNextPage && !pages.isFetchingNextPage && !pages.isFetchNextPageError && nearEnd;
  const { fetchNextPage } = pages;
  useEffect(() => {
    if (autoLoad) void fetchNextPage();
  }, [autoLoad, fetchNextPage]);

  const openBulk = (result: BulkResult) => {
    if (selection.selected.size === 0) dispatch({ type: "toggleFocus" });
    setBulk(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const command = gridCommand(event, PAGE_ROWS);
    if (!command || rows.length === 0) return;
    if (command.kind === "open") {
      const row = rows[focus.row];
      if (!row) return;
      event.preventDefault();
      void navigate(`/sessions/${row.session_id}/run`);
    } else if (command.kind === "bulk") {
      if (!canBulk) return;
      event.preventDefault();
      openBulk(command.result);
    } else {
      // Escape with nothing selected is not ours: it may close something around the grid.
      if (command.action.type === "clear" && selection.selected.size === 0) return;
      event.preventDefault();
      takeFocus.current = true;
      dispatch(command.action);
    }
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const target = event.target as Element;
    if (target.closest("a")) return;
    const mode = clickMode(event);
    takeFocus.current = true;
    const rowHeader = target.closest<HTMLElement>("[data-select-row]");
    const columnHeader = target.closest<HTMLElement>("[data-select-col]");
    const cell = target.closest<HTMLElement>("td[data-col]");
    if (rowHeader) dispatch({ type: "row", row: Number(rowHeader.dataset.selectRow), mode });
    else if (columnHeader) dispatch({ type: "column", col: Number(columnHeader.dataset.selectCol), mode });
    else if (cell) dispatch({ type: "click", cell: { row: Number(cell.dataset.row), col: Number(cell.dataset.col) }, mode });
  };

  return (
    <section aria-label="Targets by steps">
      <MatrixLegend id={helpId} />
      {canBulk && (
        <BulkBar
          count={selection.selected.size}
          onResult={openBulk}
          onClear={() => {
            dispatch({ type: "clear" });
          }}
        />
      )}
      <div
        ref={scroller}
        onScroll={(event) => {
          setScrollTop(event.currentTarget.scrollTop);
        }}
        className="max-h-[70vh] scroll-pt-16 scroll-pl-48 overflow-auto rounded-lg border border-border bg-surface lg:scroll-pl-56"
      >
        <table
          ref={grid}
          role="grid"
          aria-label="Targets by steps"
          aria-describedby={helpId}
          aria-multiselectable="true"
          aria-rowcount={totalRows < 0 ? -1 : totalRows + 1}
          aria-colcount={columns.length + 1}
          onKeyDown={onKeyDown}
          onClick={onClick}
          className="w-max table-fixed border-separate border-spacing-0 text-sm select-none"
        >
          <thead>
            <tr aria-rowindex={1} className="h-16">
              <th
                scope="col"
                aria-colindex={1}
                className="sticky top-0 left-0 z-30 w-48 border-r border-b border-border bg-surface-raised px-3 text-left text-xs font-medium text-fg-muted uppercase lg:w-56"
              >
                Target
              </th>
              {columns.map((column, col) => (
                <th
                  key={column.node_id}
                  scope="col"
                  aria-colindex={col + 2}
                  className="sticky top-0 z-20 w-24 border-r border-b border-border bg-surface-raised p-0 align-top font-normal"
                >
                  <button
                    type="button"
                    tabIndex={-1}
                    data-select-col={col}
                    title={`${column.section ? `${column.section} › ` : ""}${column.title}: select this step of every target`}
                    className="flex h-16 w-full flex-col items-start gap-0.5 px-2 py-1.5 text-left hover:bg-surface"
                  >
                    <span className="line-clamp-2 text-xs leading-4 font-medium text-fg">{column.title}</span>
                    {column.kind !== "action" && <span className="text-[0.6875rem] text-fg-muted">{column.kind}</span>}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowSlots(first, last, focus.row, rows.length).map((slot) => {
              if (slot.kind === "gap") {
                return (
                  <tr key={slot.key} aria-hidden="true">
                    <td colSpan={columns.length + 1} className="p-0" style={{ height: slot.height }} />
                  </tr>
                );
              }
              const row = rows[slot.index];
              if (!row) return null;
              return (
                <MatrixGridRow
                  key={row.session_id}
                  row={row}
                  index={slot.index}
                  columns={columns}
                  selectedCols={selectedColumns(selection, slot.index).join(",")}
                  focusCol={focus.row === slot.index ? focus.col : null}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <ListFooter
        status={
          <>
            {rows.length} of {totalRows < 0 ? "…" : totalRows} {totalRows === 1 ? "target" : "targets"} loaded
            {pages.isFetchNextPageError && <span className="ml-2 text-danger">{describeError(pages.error).message}</span>}
          </>
        }
        query={pages}
        moreLabel="Load more targets"
      />
      {bulk && (
        <BulkDialog
          runId={runId}
          result={bulk}
          selected={selection.selected}
          rows={rows}
          columns={columns}
          onClose={() => {
            setBulk(null);
          }}
          onDone={() => {
            setBulk(null);
            dispatch({ type: "clear" });
          }}
        />
      )}
    </section>
  );
}
