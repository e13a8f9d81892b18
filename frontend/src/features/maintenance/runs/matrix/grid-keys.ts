import type { BulkResult } from "../api";
import type { SelectionAction } from "./selection";

/** What a key pressed on the matrix does: change the selection, open the focus row's session, or start a bulk action. */
export type GridCommand = { kind: "select"; action: SelectionAction } | { kind: "open" } | { kind: "bulk"; result: BulkResult };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const ARROWS: Record<string, { rows: number; cols: number } | undefined> = {
  ArrowUp: { rows: -1, cols: 0 },
  ArrowDown: { rows: 1, cols: 0 },
  ArrowLeft: { rows: 0, cols: -1 },
  ArrowRight: { rows: 0, cols: 1 },
};

const BULK_KEYS: Record<string, BulkResult | undefined> = { d: "done", f: "failed", s: "skipped" };

function select(action: SelectionAction): GridCommand {
  return { kind: "select", action };
}

/**
 * The matrix's keyboard, as in a spreadsheet: arrows move (shift extends, ctrl/cmd jumps to the
 * edge), Home/End the row's ends (ctrl/cmd: the first or last cell), Page Up/Down by `pageRows`;
 * Space toggles the cell, shift+Space the row, ctrl+Space the column; ctrl/cmd+A all, Escape
 * none; D, F, S mark the selection done, failed or skipped; Enter opens the row's session.
 */
export function gridCommand(press: KeyPress, pageRows: number): GridCommand | null {
  const { key, shiftKey: extend, altKey } = press;
  const command = press.ctrlKey || press.metaKey;
  if (altKey) return null;
  const arrow = ARROWS[key];
  if (arrow) {
    if (!command) return select({ type: "move", ...arrow, extend });
    // Jump to the edge the arrow points at.
    const edge = (delta: number) => (delta < 0 ? 0 : Infinity);
    return select({
      type: "moveTo",
      ...(arrow.rows !== 0 && { row: edge(arrow.rows) }),
      ...(arrow.cols !== 0 && { col: edge(arrow.cols) }),
      extend,
    });
  }
  switch (key) {
    case "Home":
      return select({ type: "moveTo", col: 0, ...(command && { row: 0 }), extend });
    case "End":
      return select({ type: "moveTo", col: Infinity, ...(command && { row: Infinity }), extend });
    case "PageUp":
      return select({ type: "move", rows: -pageRows, cols: 0, extend });
    case "PageDown":
      return select({ type: "move", rows: pageRows, cols: 0, extend });
    case " ":
      if (command) return select({ type: "column", mode: "toggle" });
      return select(extend ? { type: "row", mode: "toggle" } : { type: "toggleFocus" });
    case "Escape":
      return select({ type: "clear" });
    case "Enter":
      return command || extend ? null : { kind: "open" };
  }
  if (command) return key.toLowerCase() === "a" && !extend ? select({ type: "selectAll" }) : null;
  const result = extend ? undefined : BULK_KEYS[key.toLowerCase()];
  return result ? { kind: "bulk", result } : null;
}
