/**
 * Which rows of the matrix are in the DOM: those in view plus a margin, and always the row with the
 * keyboard focus (the grid's one tab stop must exist), with gaps of the right height between.
 * Rows have one fixed height, so a row's place is its index times that height.
 */

export const ROW_HEIGHT = 44;
const OVERSCAN = 8;
/** Before the first measurement (and in jsdom, which lays nothing out). */
const FALLBACK_VIEWPORT = 640;

export type RowSlot = { kind: "row"; index: number } | { kind: "gap"; key: string; height: number };

/** The rows in view (first included, last excluded) for the scroll position, with the margin. */
export function rowWindow(scrollTop: number, viewport: number, total: number): { first: number; last: number } {
  const height = viewport || FALLBACK_VIEWPORT;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/** The rows first..last-1 and the focus row, in order, with gaps for what is left out. */
export function rowSlots(first: number, last: number, focusRow: number, total: number): RowSlot[] {
  const indexes = new Set<number>();
  for (let index = first; index < last; index++) indexes.add(index);
  if (focusRow >= 0 && focusRow < total) indexes.add(focusRow);
  const slots: RowSlot[] = [];
  let next = 0;
  for (const index of [...indexes].sort((a, b) => a - b)) {
    if (index > next) slots.push({ kind: "gap", key: `gap-${next}`, height: (index - next) * ROW_HEIGHT });
    slots.push({ kind: "row", index });
    next = index + 1;
  }
  if (total > next) slots.push({ kind: "gap", key: `gap-${next}`, height: (total - next) * ROW_HEIGHT });
  return slots;
}
