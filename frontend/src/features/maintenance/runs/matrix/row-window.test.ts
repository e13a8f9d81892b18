import { expect, test } from "vitest";

import { ROW_HEIGHT, rowSlots, rowWindow } from "./row-window";

test("the window is the rows in view and a margin, within the loaded rows", () => {
  expect(rowWindow(0, 440, 1000)).toEqual({ first: 0, last: 18 });
  expect(rowWindow(100 * ROW_HEIGHT, 440, 1000)).toEqual({ first: 92, last: 118 });
  expect(rowWindow(990 * ROW_HEIGHT, 440, 1000)).toEqual({ first: 982, last: 1000 });
  expect(rowWindow(0, 440, 5)).toEqual({ first: 0, last: 5 });
});

test("rows outside the window are gaps of their height, the focus row included wherever it is", () => {
  expect(rowSlots(10, 12, 11, 20)).toEqual([
    { kind: "gap", key: "gap-0", height: 10 * ROW_HEIGHT },
    { kind: "row", index: 10 },
    { kind: "row", index: 11 },
    { kind: "gap", key: "gap-12", height: 8 * ROW_HEIGHT },
  ]);
  expect(rowSlots(0, 2, 15, 20)).toEqual([
    { kind: "row", index: 0 },
    { kind: "row", index: 1 },
    { kind: "gap", key: "gap-2", height: 13 * ROW_HEIGHT },
    { kind: "row", index: 15 },
    { kind: "gap", key: "gap-16", height: 4 * ROW_HEIGHT },
  ]);
  expect(rowSlots(0, 0, 0, 0)).toEqual([]);
});
