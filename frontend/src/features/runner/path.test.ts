import type { SessionEvent } from "@/lib/sessions";

import { wentBackCounts } from "./path";
import type { PathStep } from "./types";

const step = (nodeId: string, enteredSeq: number): PathStep => ({
  node_id: nodeId,
  title: nodeId,
  kind: "question",
  entered_seq: enteredSeq,
  left_seq: null,
  answer: null,
  result: null,
  variable: null,
  value: null,
});

const back = (seq: number, from: string, to: string): SessionEvent => ({
  seq,
  type: "went_back",
  at: "2026-11-23T10:00:00Z",
  author_id: "u",
  payload: { type: "went_back", from_node: from, to_node: to },
});

test("each went_back marks the visit it returned to", () => {
  const path = [step("a", 1), step("b", 2), step("c", 6)];
  const events = [back(4, "c", "b"), back(5, "c", "b"), back(3, "b", "a")];
  expect(wentBackCounts(path, events)).toEqual([1, 2, 0]);
});
