import { describe, expect, it } from "vitest";

import type { SessionEvent } from "@/lib/sessions";

import {
  dateInputValue,
  endOfDay,
  filledNode,
  filterCounts,
  filterSections,
  fillVariables,
  neighbour,
  stepNotesOf,
  suggestedOutcome,
  type Checklist,
  type Progress,
} from "./model";
import { checklistStep } from "./test-fixtures";

const ME = "user-me";
const AT = "2026-11-23T10:00:00Z";

const step = checklistStep;

const PROGRESS: Progress = { percent: 0, applicable: 0, open: 0, done: 0, failed: 0, skipped: 0, not_applicable: 0 };

const CHECKLIST: Checklist = {
  progress: PROGRESS,
  sections: [
    { name: "Preparation", sequential: false, progress: PROGRESS, steps: [step("a", { status: "done" }), step("b", { assignee_id: ME })] },
    { name: "Close", sequential: true, progress: PROGRESS, steps: [step("c", { overdue: true, assignee_id: "someone" }), step("d", { waiting_for: ["c"] })] },
  ],
};

describe("filters", () => {
  it("count and keep the steps they show, leaving out empty sections", () => {
    expect(filterCounts(CHECKLIST, ME)).toEqual({ all: 4, open: 3, mine: 1, overdue: 1 });
    expect(filterSections(CHECKLIST, "mine", ME).map((section) => [section.name, section.steps.map((s) => s.node_id)])).toEqual([
      ["Preparation", ["b"]],
    ]);
    expect(filterSections(CHECKLIST, "open", ME).flatMap((section) => section.steps.map((s) => s.node_id))).toEqual(["b", "c", "d"]);
    expect(filterSections(CHECKLIST, "overdue", ME)[0]?.name).toBe("Close");
    expect(filterCounts(CHECKLIST, null).mine).toBe(0);
  });
});

describe("neighbour", () => {
  const order = ["a", "b", "c"];
  it("moves within the list and stops at its ends", () => {
    expect(neighbour(order, "a", 1)).toBe("b");
    expect(neighbour(order, "a", -1)).toBe("a");
    expect(neighbour(order, "c", 1)).toBe("c");
  });
  it("starts at an end when nothing (or a hidden step) is selected", () => {
    expect(neighbour(order, null, 1)).toBe("a");
    expect(neighbour(order, "hidden", -1)).toBe("c");
    expect(neighbour([], null, 1)).toBeNull();
  });
});

function event(seq: number, payload: SessionEvent["payload"]): SessionEvent {
  return { seq, type: payload.type, at: AT, author_id: ME, payload };
}

describe("stepNotesOf", () => {
  it("collects notes and evidence per step, including what came with a completion", () => {
    const notes = stepNotesOf([
      event(2, { type: "step_noted", node_id: "a", text: "Checked", output: null, late: false }),
      event(3, { type: "step_completed", node_id: "a", result: "done", note: null, output: "OK 200", ruled_out: [] }),
      event(4, { type: "step_completed", node_id: "b", result: "done", ruled_out: [] }),
      event(5, { type: "note", text: "Session note", late: false }),
      event(6, { type: "step_noted", node_id: "b", text: null, output: "late output", late: true }),
    ]);
    expect(notes.get("a")).toEqual([
      { seq: 2, at: AT, authorId: ME, text: "Checked", output: null, late: false },
      { seq: 3, at: AT, authorId: ME, text: null, output: "OK 200", late: false },
    ]);
    expect(notes.get("b")).toEqual([{ seq: 6, at: AT, authorId: ME, text: null, output: "late output", late: true }]);
  });
});

describe("variables", () => {
  it("fills captured values like the API, leaving unknown references", () => {
    expect(fillVariables("Patch {{ server_name }} ({{missing}}), VM: {{vm}}", { server_name: "SRV-01", vm: false, missing: null })).toBe(
      "Patch SRV-01 ({{missing}}), VM: false",
    );
  });
  it("fills a node's title, body, commands and expected result", () => {
    const node = filledNode(
      {
        id: "n",
        kind: "action",
        title: "Reboot {{host}}",
        body: "On {{host}}",
        commands: [{ label: "Restart", shell: "powershell", text: "Restart-Computer {{host}}" }],
        expected_result: "{{host}} is back",
      },
      { host: "SRV-01" },
    );
    expect([node.title, node.body, node.commands?.[0]?.text, node.expected_result]).toEqual([
      "Reboot SRV-01",
      "On SRV-01",
      "Restart-Computer SRV-01",
      "SRV-01 is back",
    ]);
  });
});

it("suggests resolved only when nothing is open and nothing failed", () => {
  expect(suggestedOutcome({ ...PROGRESS, done: 3, applicable: 3, percent: 100 })).toBe("resolved");
  expect(suggestedOutcome({ ...PROGRESS, done: 2, failed: 1, applicable: 3, percent: 100 })).toBe("unresolved");
  expect(suggestedOutcome({ ...PROGRESS, done: 2, open: 1, applicable: 3, percent: 66 })).toBe("unresolved");
});

it("turns a date field's day into the end of that local day and back", () => {
  const due = endOfDay("2026-06-12");
  expect(due).not.toBeNull();
  const local = new Date(due ?? "");
  expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2026, 5, 12, 23, 59]);
  expect(dateInputValue(due)).toBe("2026-06-12");
  expect(dateInputValue(null)).toBe("");
  expect(endOfDay("12/06/2026")).toBeNull();
});
