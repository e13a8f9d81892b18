import { expect, test } from "vitest";

import { ApiError } from "@/api/errors";

import { NEW_RECURRENCE } from "./recurrence-draft";
import { apiProblems, inputOf, scheduleFormProblems, valuesOf } from "./schedule-form";

const FLOW = "1a2b3c4d-0000-4000-8000-000000000001";
const OWNER = "1a2b3c4d-0000-4000-8000-000000000002";

test("a 422's issues land on the field of the body's top-level key", () => {
  const error = new ApiError(422, {
    detail: "validation_error",
    message: "The request is invalid.",
    errors: [
      { loc: ["body", "name"], msg: "String should have at least 1 character", type: "string_too_short" },
      { loc: ["body", "recurrence", "weekly", "days"], msg: "List should have at least 1 item", type: "too_short" },
      { loc: ["body", "complete_within_hours"], msg: "Input should be less than or equal to 2160", type: "less_than_equal" },
    ],
  });
  expect(apiProblems(error)).toEqual({
    name: "String should have at least 1 character",
    recurrence: "List should have at least 1 item",
    completeWithinHours: "Input should be less than or equal to 2160",
  });
});

test("codes that name a field land on it; others belong to the form", () => {
  const cron = new ApiError(422, { detail: "invalid_recurrence", message: "'61' is outside 0-59 in the minute field" });
  expect(apiProblems(cron)).toEqual({ recurrence: "'61' is outside 0-59 in the minute field" });
  const assignee = new ApiError(422, { detail: "invalid_assignee", message: "Owners and assignees are active engineers or admins of your team." });
  expect(apiProblems(assignee)).toEqual({ assigneeIds: "Owners and assignees are active engineers or admins of your team." });
  expect(apiProblems(new ApiError(409, { detail: "flow_not_runnable", message: "No published version." }))).toEqual({ flowId: "No published version." });
  expect(apiProblems(new ApiError(403, { detail: "forbidden", message: "No." }))).toBeNull();
});

test("the body is what the API takes; problems are found before asking", () => {
  const values = { ...valuesOf(null, { timezone: "Europe/Amsterdam", ownerId: OWNER }), flowId: FLOW, name: "  Weekly backups " };
  expect(scheduleFormProblems(values, null)).toEqual({});
  expect(inputOf(values)).toEqual({
    flow_id: FLOW,
    name: "Weekly backups",
    recurrence: { kind: "weekly", days: ["mon"], time: "08:00" },
    timezone: "Europe/Amsterdam",
    catch_up: "once",
    complete_within_hours: 24,
    owner_id: OWNER,
    assignee_ids: [],
    active: true,
  });
  expect(
    scheduleFormProblems({ ...values, name: "", timezone: "Mars/Olympus", completeWithinHours: "0", recurrence: { ...NEW_RECURRENCE, days: [] } }, null),
  ).toEqual({
    name: "Give the schedule a name.",
    timezone: "Choose a time zone from the list, e.g. Europe/Amsterdam.",
    completeWithinHours: "A whole number of hours from 1 to 2160 (90 days).",
    recurrence: "Choose at least one day.",
  });
});
