import { describe, expect, test } from "vitest";

import { ApiError } from "@/api/errors";

import { bulkPlan, describeBulkError, targetName } from "./bulk";
import { COLUMNS, row } from "./test/run-fixtures";

const ROWS = [row(0), row(1, { client: "Contoso", device: "", cells: COLUMNS.map((_, col) => ({ status: col === 3 ? "not_applicable" : "open", notes: 0 })) })];
const key = (rowIndex: number, col: number) => rowIndex * COLUMNS.length + col;

describe("the request", () => {
  test("one cell per selected key, the rows' last_seq as expected_seq", () => {
    const plan = bulkPlan(new Set([key(1, 1), key(0, 1), key(0, 3)]), ROWS, COLUMNS);
    expect(plan.cells).toEqual([
      { session_id: ROWS[0]?.session_id, node_id: "review-jobs" },
      { session_id: ROWS[0]?.session_id, node_id: "check-offsite" },
      { session_id: ROWS[1]?.session_id, node_id: "review-jobs" },
    ]);
    expect(plan.expectedSeq).toEqual({ [ROWS[0]?.session_id ?? ""]: 4, [ROWS[1]?.session_id ?? ""]: 5 });
    expect(plan.targets).toBe(2);
    expect(plan.leftOut).toBe(0);
  });

  test("cells ruled out by an answer are left out and counted", () => {
    const plan = bulkPlan(new Set([key(1, 3), key(1, 1)]), ROWS, COLUMNS);
    expect(plan.cells).toEqual([{ session_id: ROWS[1]?.session_id, node_id: "review-jobs" }]);
    expect(plan.leftOut).toBe(1);
  });

  test("keys beyond the loaded rows are ignored", () => {
    expect(bulkPlan(new Set([key(7, 0)]), ROWS, COLUMNS).cells).toEqual([]);
  });
});

describe("refusals", () => {
  test("bulk_refused names each target and step with the API's reason", () => {
    const error = new ApiError(422, {
      detail: "bulk_refused",
      message: "2 cells cannot be completed; nothing was changed.",
      error_count: 2,
      errors: [
        { session_id: ROWS[1]?.session_id, node_id: "jobs-healthy", detail: "wrong_node_kind", message: "A question: answer it or skip it." },
        { session_id: "5e000000-0000-4000-8000-999999999999", node_id: "gone", detail: "session_not_found", message: "No such session." },
      ],
    });
    expect(describeBulkError(error, ROWS, COLUMNS)).toEqual({
      message: "2 cells cannot be completed; nothing was changed.",
      details: [
        "Contoso — How did the jobs do?: A question: answer it or skip it.",
        "A target not loaded here — gone: No such session.",
      ],
    });
  });

  test("a long list is cut with how many more there are", () => {
    const errors = Array.from({ length: 8 }, () => ({ session_id: ROWS[0]?.session_id, node_id: "review-jobs", message: "Waits." }));
    const error = new ApiError(422, { detail: "bulk_refused", message: "120 cells cannot be completed.", error_count: 120, errors });
    const { details } = describeBulkError(error, ROWS, COLUMNS);
    expect(details).toHaveLength(9);
    expect(details.at(-1)).toBe("and 112 more");
  });

  test("stale_seq says who changed and that nothing was written", () => {
    const error = new ApiError(409, { detail: "stale_seq", message: "Some rows changed.", stale: [{ session_id: ROWS[0]?.session_id, last_seq: 9 }] });
    const text = describeBulkError(error, ROWS, COLUMNS);
    expect(text.message).toMatch(/^Someone changed a row since you loaded the matrix, so nothing was changed\./);
    expect(text.details).toEqual(["Client 1 · SRV-1"]);
  });

  test("anything else reads as the API's message", () => {
    const error = new ApiError(403, { detail: "insufficient_role", message: "Viewers cannot change sessions." });
    expect(describeBulkError(error, ROWS, COLUMNS)).toEqual({ message: "Viewers cannot change sessions.", details: [] });
    expect(describeBulkError(new TypeError("Failed to fetch"), ROWS, COLUMNS).message).toMatch(/Could not reach ResolutionFlow/);
  });

  test("a target reads as its client and device", () => {
    expect(targetName({ client: "Contoso", device: "" })).toBe("Contoso");
    expect(targetName({ client: "Contoso", device: "DC01" })).toBe("Contoso · DC01");
  });
});
