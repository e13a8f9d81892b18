import { describe, expect, test } from "vitest";

import { gridCommand, type KeyPress } from "./grid-keys";
import { cellKey, initialSelection, selectedColumns, selectionReducer, type Selection, type SelectionAction } from "./selection";

const COLS = 4;

/** The selection after `actions` on a 5 × 4 matrix. */
function after(...actions: SelectionAction[]): Selection {
  return actions.reduce(selectionReducer, initialSelection(5, COLS));
}

/** The selected cells as "row:col", sorted. */
function cells(state: Selection): string[] {
  return [...state.selected]
    .sort((a, b) => a - b)
    .map((key) => `${Math.floor(key / COLS)}:${key % COLS}`);
}

const click = (row: number, col: number, mode: "replace" | "toggle" | "extend" = "replace"): SelectionAction => ({
  type: "click",
  cell: { row, col },
  mode,
});

describe("clicks", () => {
  test("a click selects one cell and moves the focus there", () => {
    const state = after(click(1, 2));
    expect(cells(state)).toEqual(["1:2"]);
    expect(state.focus).toEqual({ row: 1, col: 2 });
  });

  test("another click replaces the selection", () => {
    expect(cells(after(click(1, 2), click(3, 0)))).toEqual(["3:0"]);
  });

  test("shift-click selects the rectangle from the last click", () => {
    expect(cells(after(click(1, 1), click(2, 3, "extend")))).toEqual(["1:1", "1:2", "1:3", "2:1", "2:2", "2:3"]);
  });

  test("a second shift-click changes the range instead of adding to it", () => {
    expect(cells(after(click(1, 1), click(2, 3, "extend"), click(1, 2, "extend")))).toEqual(["1:1", "1:2"]);
  });

  test("ctrl-click adds a cell and removes a selected one", () => {
    expect(cells(after(click(0, 0), click(4, 3, "toggle")))).toEqual(["0:0", "4:3"]);
    expect(cells(after(click(0, 0), click(4, 3, "toggle"), click(0, 0, "toggle")))).toEqual(["4:3"]);
  });

  test("shift-click after ctrl-click extends what was there", () => {
    const state = after(click(0, 0), click(2, 2, "toggle"), click(3, 3, "extend"));
    expect(cells(state)).toEqual(["0:0", "2:2", "2:3", "3:2", "3:3"]);
  });

  test("a click outside the matrix lands on its edge", () => {
    expect(cells(after(click(9, -3)))).toEqual(["4:0"]);
  });
});

describe("rows and columns", () => {
  test("a row header selects the row, a column header the column", () => {
    expect(cells(after({ type: "row", row: 2, mode: "replace" }))).toEqual(["2:0", "2:1", "2:2", "2:3"]);
    expect(cells(after({ type: "column", col: 1, mode: "replace" }))).toEqual(["0:1", "1:1", "2:1", "3:1", "4:1"]);
  });

  test("ctrl on a header adds the row, and removes it when it is all selected", () => {
    const both = after({ type: "row", row: 0, mode: "replace" }, { type: "row", row: 4, mode: "toggle" });
    expect(cells(both)).toHaveLength(8);
    expect(cells(selectionReducer(both, { type: "row", row: 4, mode: "toggle" }))).toEqual(["0:0", "0:1", "0:2", "0:3"]);
  });

  test("shift on a header selects the rows from the anchor's", () => {
    const state = after(click(1, 2), { type: "row", row: 3, mode: "extend" });
    expect(cells(state)).toEqual(["1:0", "1:1", "1:2", "1:3", "2:0", "2:1", "2:2", "2:3", "3:0", "3:1", "3:2", "3:3"]);
  });

  test("without an index the focus row or column is meant (shift+space, ctrl+space)", () => {
    const state = after(click(2, 1), { type: "column", mode: "toggle" });
    expect(cells(state)).toEqual(["0:1", "1:1", "2:1", "3:1", "4:1"]);
    expect(cells(after(click(2, 1), { type: "row", mode: "toggle" }))).toEqual(["2:0", "2:1", "2:2", "2:3"]);
  });

  test("a header keeps the focus in its column or row", () => {
    expect(after(click(1, 2), { type: "row", row: 3, mode: "replace" }).focus).toEqual({ row: 3, col: 2 });
    expect(after(click(1, 2), { type: "column", col: 0, mode: "replace" }).focus).toEqual({ row: 1, col: 0 });
  });
});

describe("keyboard moves", () => {
  const move = (rows: number, cols: number, extend = false): SelectionAction => ({ type: "move", rows, cols, extend });

  test("arrows move the focus and leave the selection alone", () => {
    const state = after(click(1, 1), move(1, 0), move(0, 1));
    expect(state.focus).toEqual({ row: 2, col: 2 });
    expect(cells(state)).toEqual(["1:1"]);
  });

  test("moves stop at the edges", () => {
    expect(after(move(-1, -1)).focus).toEqual({ row: 0, col: 0 });
    expect(after(move(99, 99)).focus).toEqual({ row: 4, col: 3 });
    expect(after({ type: "moveTo", row: Infinity, extend: false }).focus).toEqual({ row: 4, col: 0 });
  });

  test("shift+arrows select the rectangle from where the focus was", () => {
    const state = after(move(1, 1), move(1, 0, true), move(0, 1, true));
    expect(cells(state)).toEqual(["1:1", "1:2", "2:1", "2:2"]);
    expect(cells(selectionReducer(state, move(-1, 0, true)))).toEqual(["1:1", "1:2"]);
  });

  test("space toggles the focus cell; a later range keeps what space selected", () => {
    const state = after(move(0, 0), { type: "toggleFocus" }, move(2, 0), { type: "toggleFocus" }, move(0, 1, true));
    expect(cells(state)).toEqual(["0:0", "2:0", "2:1"]);
    expect(cells(selectionReducer(state, { type: "toggleFocus" }))).toEqual(["0:0", "2:0"]);
  });

  test("select all and clear", () => {
    expect(after({ type: "selectAll" }).selected.size).toBe(20);
    const cleared = after(click(1, 1), { type: "selectAll" }, { type: "clear" });
    expect(cleared.selected.size).toBe(0);
    expect(cleared.focus).toEqual({ row: 1, col: 1 });
  });
});

describe("resizing", () => {
  test("more rows keep the selection; fewer drop what is gone and pull the focus in", () => {
    const state = after(click(4, 3), click(1, 0, "toggle"));
    expect(cells(selectionReducer(state, { type: "resize", rows: 10, cols: COLS }))).toEqual(["1:0", "4:3"]);
    const smaller = selectionReducer(state, { type: "resize", rows: 3, cols: COLS });
    expect(cells(smaller)).toEqual(["1:0"]);
    expect(smaller.focus).toEqual({ row: 1, col: 0 });
  });

  test("an empty matrix selects nothing", () => {
    const empty = initialSelection(0, COLS);
    expect(selectionReducer(empty, { type: "selectAll" }).selected.size).toBe(0);
    expect(selectionReducer(empty, click(0, 0)).selected.size).toBe(0);
  });

  test("a row knows its selected columns", () => {
    const state = after(click(2, 1), click(2, 3, "toggle"));
    expect(selectedColumns(state, 2)).toEqual([1, 3]);
    expect(selectedColumns(state, 1)).toEqual([]);
    expect(cellKey({ row: 2, col: 3 }, COLS)).toBe(11);
  });
});

describe("keys", () => {
  const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  });

  test("arrows, shift+arrows and ctrl+arrows", () => {
    expect(gridCommand(press("ArrowDown"), 10)).toEqual({ kind: "select", action: { type: "move", rows: 1, cols: 0, extend: false } });
    expect(gridCommand(press("ArrowLeft", { shiftKey: true }), 10)).toEqual({
      kind: "select",
      action: { type: "move", rows: 0, cols: -1, extend: true },
    });
    expect(gridCommand(press("ArrowRight", { metaKey: true }), 10)).toEqual({
      kind: "select",
      action: { type: "moveTo", col: Infinity, extend: false },
    });
  });

  test("Home, End and the pages", () => {
    expect(gridCommand(press("Home"), 10)).toEqual({ kind: "select", action: { type: "moveTo", col: 0, extend: false } });
    expect(gridCommand(press("End", { ctrlKey: true }), 10)).toEqual({
      kind: "select",
      action: { type: "moveTo", col: Infinity, row: Infinity, extend: false },
    });
    expect(gridCommand(press("PageDown"), 10)).toEqual({ kind: "select", action: { type: "move", rows: 10, cols: 0, extend: false } });
  });

  test("space, shift+space, ctrl+space, ctrl+A, Escape", () => {
    expect(gridCommand(press(" "), 10)).toEqual({ kind: "select", action: { type: "toggleFocus" } });
    expect(gridCommand(press(" ", { shiftKey: true }), 10)).toEqual({ kind: "select", action: { type: "row", mode: "toggle" } });
    expect(gridCommand(press(" ", { ctrlKey: true }), 10)).toEqual({ kind: "select", action: { type: "column", mode: "toggle" } });
    expect(gridCommand(press("a", { metaKey: true }), 10)).toEqual({ kind: "select", action: { type: "selectAll" } });
    expect(gridCommand(press("Escape"), 10)).toEqual({ kind: "select", action: { type: "clear" } });
  });

  test("d, f and s start a bulk action; Enter opens the session; the rest is not the grid's", () => {
    expect(gridCommand(press("d"), 10)).toEqual({ kind: "bulk", result: "done" });
    expect(gridCommand(press("F"), 10)).toEqual({ kind: "bulk", result: "failed" });
    expect(gridCommand(press("s"), 10)).toEqual({ kind: "bulk", result: "skipped" });
    expect(gridCommand(press("Enter"), 10)).toEqual({ kind: "open" });
    expect(gridCommand(press("d", { ctrlKey: true }), 10)).toBeNull();
    expect(gridCommand(press("ArrowUp", { altKey: true }), 10)).toBeNull();
    expect(gridCommand(press("Tab"), 10)).toBeNull();
  });
});
