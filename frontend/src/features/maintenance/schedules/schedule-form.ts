/** The schedule form's values, their checks (as backend/app/maintenance/schemas.py makes them), the body, and the API's refusals by field. */
import { ApiError } from "@/api/errors";

import type { Schedule, ScheduleInput } from "./api";
import { draftOf, NEW_RECURRENCE, recurrenceOf, recurrenceProblem, type RecurrenceDraft } from "./recurrence-draft";
import { isKnownTimeZone } from "./time-zones";

export const LIMITS = { name: 200, minHours: 1, maxHours: 2160 } as const;

export type CatchUp = ScheduleInput["catch_up"];

export interface ScheduleFormValues {
  flowId: string;
  name: string;
  recurrence: RecurrenceDraft;
  timezone: string;
  catchUp: CatchUp;
  /** As typed. */
  completeWithinHours: string;
  ownerId: string;
  assigneeIds: string[];
  active: boolean;
}

export type ScheduleField = "flowId" | "name" | "recurrence" | "timezone" | "catchUp" | "completeWithinHours" | "ownerId" | "assigneeIds";
export type ScheduleFormProblems = Partial<Record<ScheduleField, string>>;

/** A new schedule starts in the viewer's time zone and owned by the viewer. */
export function valuesOf(schedule: Schedule | null, defaults: { timezone: string; ownerId: string }): ScheduleFormValues {
  if (!schedule) {
    return {
      flowId: "",
      name: "",
      recurrence: NEW_RECURRENCE,
      timezone: defaults.timezone,
      catchUp: "once",
      completeWithinHours: "24",
      ownerId: defaults.ownerId,
      assigneeIds: [],
      active: true,
    };
  }
  return {
    flowId: schedule.flow.id ?? "",
    name: schedule.name,
    recurrence: draftOf(schedule.recurrence),
    timezone: schedule.timezone,
    catchUp: schedule.catch_up,
    completeWithinHours: String(schedule.complete_within_hours),
    ownerId: schedule.owner_id,
    assigneeIds: schedule.assignee_ids,
    active: schedule.active,
  };
}

/** `savedTimezone`: a zone the schedule has already is fine even if this browser does not list it. */
export function scheduleFormProblems(values: ScheduleFormValues, savedTimezone: string | null): ScheduleFormProblems {
  const problems: ScheduleFormProblems = {};
  if (!values.flowId) problems.flowId = "Choose the maintenance flow to run.";
  const name = values.name.trim();
  if (!name) problems.name = "Give the schedule a name.";
  else if (name.length > LIMITS.name) problems.name = `At most ${LIMITS.name} characters.`;
  const recurrence = recurrenceProblem(values.recurrence);
  if (recurrence) problems.recurrence = recurrence;
  if (values.timezone !== savedTimezone && !isKnownTimeZone(values.timezone)) {
    problems.timezone = "Choose a time zone from the list, e.g. Europe/Amsterdam.";
  }
  const hours = Number(values.completeWithinHours);
  if (!Number.isInteger(hours) || hours < LIMITS.minHours || hours > LIMITS.maxHours) {
    problems.completeWithinHours = `A whole number of hours from ${LIMITS.minHours} to ${LIMITS.maxHours} (90 days).`;
  }
  if (!values.ownerId) problems.ownerId = "Choose who owns the runs.";
  return problems;
}

export function hasProblems(problems: ScheduleFormProblems): boolean {
  return Object.keys(problems).length > 0;
}

export function inputOf(values: ScheduleFormValues): ScheduleInput {
  return {
    flow_id: values.flowId,
    name: values.name.trim(),
    recurrence: recurrenceOf(values.recurrence),
    timezone: values.timezone,
    catch_up: values.catchUp,
    complete_within_hours: Number(values.completeWithinHours),
    owner_id: values.ownerId,
    // The owner is e-mailed anyway when nobody is assigned; listing them too changes nothing.
    assignee_ids: values.assigneeIds,
    active: values.active,
  };
}

const FIELD_OF_BODY_KEY: Record<string, ScheduleField | undefined> = {
  flow_id: "flowId",
  name: "name",
  recurrence: "recurrence",
  timezone: "timezone",
  catch_up: "catchUp",
  complete_within_hours: "completeWithinHours",
  owner_id: "ownerId",
  assignee_ids: "assigneeIds",
};

const FIELD_OF_CODE: Record<string, ScheduleField | undefined> = {
  invalid_recurrence: "recurrence",
  invalid_assignee: "assigneeIds",
  flow_not_maintenance: "flowId",
  flow_not_runnable: "flowId",
  flow_not_found: "flowId",
};

interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
}

/**
 * The API's refusal of a save as messages on the fields: a 422's issues by the body's top-level
 * key (`["body", "recurrence", "weekly", "days"]` is the recurrence), and the codes that name one
 * field. Null when the error belongs to no field (shown above the form).
 */
export function apiProblems(error: unknown): ScheduleFormProblems | null {
  if (!(error instanceof ApiError)) return null;
  const field = FIELD_OF_CODE[error.code];
  if (field) return { [field]: error.message };
  if (error.code !== "validation_error" || !Array.isArray(error.body.errors)) return null;
  const problems: ScheduleFormProblems = {};
  for (const issue of error.body.errors as ValidationIssue[]) {
    const key = FIELD_OF_BODY_KEY[String(issue.loc[1])];
    if (key) problems[key] ??= issue.msg;
  }
  return hasProblems(problems) ? problems : null;
}
