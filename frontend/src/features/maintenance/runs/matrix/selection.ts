/**
 * The matrix's selection and focus as a pure reducer over row and column indexes of the loaded
 * rows (rows only ever get appended, so an index keeps meaning the same target).
 *
 * - `focus` is the cell with the keyboard focus (the roving tab stop); `anchor` is where a range
 *   starts (the last cell clicked or toggled, or where the focus was before shift+arrows).
 * - A range (shift-click, shift+arrows) is the rectangle from the anchor to the focus, added to
 *   `base`: what was selected when the anchor was set. So ctrl-click, then shift-click extends the
 *   selection instead of replacing it, as in a spreadsheet or a file list.
 * - Cells are numbers (`row * cols + col`), so a selection of 1,000 × 20 cells is one Set.
 */

export interface Cell {
  row: number;
  col: number;
}

/** How a click (or a header click) changes the selection: replace it, toggle into it, or extend it. */
export type ClickMode = "replace" | "toggle" | "extend";

export interface Selection {
  rows: number;
  cols: number;
  focus: Cell;
  anchor: Cell;
  base: ReadonlySet<number>;
  selected: ReadonlySet<number>;
}

export type SelectionAction =
  | { type: "resize"; rows: number; cols: number }
  | { type: "click"; cell: Cell; mode: ClickMode }
  /** A whole row (its header clicked); the focus row when `row` is left out. */
  | { type: "row"; row?: number; mode: ClickMode }
  /** A whole column (its header clicked); the focus column when `col` is left out. */
  | { type: "column"; col?: number; mode: ClickMode }
  /** By a number of rows and columns (arrows, page up/down); `extend`: shift held. */
  | { type: "move"; rows: number; cols: number; extend: boolean }
  /** To a row and/or column (Home, End, ctrl+arrows); what is left out stays as it is. */
  | { type: "moveTo"; row?: number; col?: number; extend: boolean }
  | { type: "toggleFocus" }
  | { type: "selectAll" }
  | { type: "clear" };

const NONE: ReadonlySet<number> = new Set();

export function initialSelection(rows: number, cols: number): Selection {
  const origin = { row: 0, col: 0 };
  return { rows, cols, focus: origin, anchor: origin, base: NONE, selected: NONE };
}

export function cellKey(cell: Cell, cols: number): number {
  return cell.row * cols + cell.col;
}

export function cellOf(key: number, cols: number): Cell {
  return { row: Math.floor(key / cols), col: key % cols };
}

function clamp(value: number, size: number): number {
  return Math.min(Math.max(value, 0), Math.max(size - 1, 0));
}

function clampCell(cell: Cell, state: Pick<Selection, "rows" | "cols">): Cell {
  return { row: clamp(cell.row, state.rows), col: clamp(cell.col, state.cols) };
}

/** The cells of the rectangle between `a` and `b` (both included), added to `into`. */
function addRect(into: Set<number>, a: Cell, b: Cell, cols: number): Set<number> {
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) {
      into.add(row * cols + col);
    }
  }
  return into;
}

/** `cells` toggled as a group: removed when all of them are selected already, added otherwise. */
function toggleAll(selected: ReadonlySet<number>, cells: Set<number>): Set<number> {
  const next = new Set(selected);
  const allIn = [...cells].every((key) => selected.has(key));
  for (const key of cells) {
    if (allIn) next.delete(key);
    else next.add(key);
  }
  return next;
}

/** Select the rectangle `from`–`to` in `mode`; the focus goes to `to`. */
function pick(state: Selection, from: Cell, to: Cell, mode: ClickMode): Selection {
  if (state.rows === 0 || state.cols === 0) return state;
  if (mode === "extend") {
    const selected = addRect(new Set(state.base), state.anchor, to, state.cols);
    return { ...state, focus: to, selected };
  }
  const rect = addRect(new Set(), from, to, state.cols);
  const selected = mode === "toggle" ? toggleAll(state.selected, rect) : rect;
  return { ...state, focus: to, anchor: from, base: selected, selected };
}

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  const lastRow = state.rows - 1;
  const lastCol = state.cols - 1;
  switch (action.type) {
    case "resize": {
      if (action.cols !== state.cols) return initialSelection(action.rows, action.cols);
      const limit = action.rows * action.cols;
      const keep = (cells: ReadonlySet<number>) => new Set([...cells].filter((key) => key < limit));
      const sized = { ...state, rows: action.rows };
      return {
        ...sized,
        focus: clampCell(state.focus, sized),
        anchor: clampCell(state.anchor, sized),
        base: keep(state.base),
        selected: keep(state.selected),
      };
    }
    case "click": {
      const cell = clampCell(action.cell, state);
      return pick(state, cell, cell, action.mode);
    }
    case "row": {
      const row = clamp(action.row ?? state.focus.row, state.rows);
      if (action.mode === "extend") {
        const anchor = { row: state.anchor.row, col: 0 };
        const selected = addRect(new Set(state.base), anchor, { row, col: lastCol }, state.cols);
        return { ...state, focus: { row, col: state.focus.col }, selected };
      }
      const next = pick(state, { row, col: 0 }, { row, col: lastCol }, action.mode);
      return { ...next, focus: { row, col: state.focus.col } };
    }
    case "column": {
      const col = clamp(action.col ?? state.focus.col, state.cols);
      if (action.mode === "extend") {
        const anchor = { row: 0, col: state.anchor.col };
        const selected = addRect(new Set(state.base), anchor, { row: lastRow, col }, state.cols);
        return { ...state, focus: { row: state.focus.row, col }, selected };
      }
      const next = pick(state, { row: 0, col }, { row: lastRow, col }, action.mode);
      return { ...next, focus: { row: state.focus.row, col } };
    }
    case "move":
    case "moveTo": {
      const target =
        action.type === "move"
          ? { row: state.focus.row + action.rows, col: state.focus.col + action.cols }
          : { row: action.row ?? state.focus.row, col: action.col ?? state.focus.col };
      const focus = clampCell(target, state);
      if (action.extend) {
        return { ...state, focus, selected: addRect(new Set(state.base), state.anchor, focus, state.cols) };
      }
      // A plain move keeps the selection; a later shift+arrow starts its range here.
      return { ...state, focus, anchor: focus, base: state.selected };
    }
    case "toggleFocus":
      return pick(state, state.focus, state.focus, "toggle");
    case "selectAll": {
      if (state.rows === 0 || state.cols === 0) return state;
      const all = addRect(new Set(), { row: 0, col: 0 }, { row: lastRow, col: lastCol }, state.cols);
      return { ...state, base: all, selected: all };
    }
    case "clear":
      return { ...state, anchor: state.focus, base: NONE, selected: NONE };
  }
}

/** The selected cells of one row as their column indexes (what a row of the grid needs to draw itself). */
export function selectedColumns(state: Selection, row: number): number[] {
  const columns: number[] = [];
  for (let col = 0; col < state.cols; col++) {
    if (state.selected.has(row * state.cols + col)) columns.push(col);
  }
  return columns;
}
