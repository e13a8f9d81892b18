import type { MatrixCell } from "../api";

export type CellStatus = MatrixCell["status"];

/** Each status by colour and by a glyph, so that it never depends on colour alone; `label` for screen readers and the legend. */
export const CELL_STATUS: Record<CellStatus, { glyph: string; label: string; className: string }> = {
  done: { glyph: "✓", label: "Done", className: "bg-success-soft text-success" },
  failed: { glyph: "✕", label: "Failed", className: "bg-danger-soft text-danger" },
  skipped: { glyph: "↷", label: "Skipped", className: "bg-warning-soft text-warning" },
  open: { glyph: "○", label: "Open", className: "bg-surface text-fg-muted" },
  not_applicable: { glyph: "–", label: "Not applicable", className: "bg-surface-raised text-fg-muted" },
};
