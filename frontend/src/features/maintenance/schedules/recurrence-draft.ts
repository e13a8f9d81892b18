/**
 * The recurrence builder's state and the API's recurrence (backend/app/maintenance/recurrence.py),
 * both ways. The draft keeps every kind's settings, so switching from weekly to cron and back
 * loses nothing; only the chosen kind goes to the API.
 */
import type { Recurrence, Weekday } from "./api";

export type RecurrenceKind = Recurrence["kind"];
export type MonthlyMode = "day" | "last_weekday";

export interface RecurrenceDraft {
  kind: RecurrenceKind;
  /** `HH:MM` in the schedule's time zone (daily, weekly, monthly). */
  time: string;
  days: Weekday[];
  monthly: MonthlyMode;
  day: number;
  lastWeekday: Weekday;
  expression: string;
}

export const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export const KIND_LABELS: Record<RecurrenceKind, string> = { daily: "Daily", weekly: "Weekly", monthly: "Monthly", cron: "Cron" };

export const NEW_RECURRENCE: RecurrenceDraft = {
  kind: "weekly",
  time: "08:00",
  days: ["mon"],
  monthly: "day",
  day: 1,
  lastWeekday: "fri",
  expression: "30 7 * * 1-5",
};

const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function draftOf(recurrence: Recurrence): RecurrenceDraft {
  switch (recurrence.kind) {
    case "daily":
      return { ...NEW_RECURRENCE, kind: "daily", time: recurrence.time };
    case "weekly":
      return { ...NEW_RECURRENCE, kind: "weekly", time: recurrence.time, days: recurrence.days };
    case "monthly":
      return recurrence.last_weekday
        ? { ...NEW_RECURRENCE, kind: "monthly", time: recurrence.time, monthly: "last_weekday", lastWeekday: recurrence.last_weekday }
        : { ...NEW_RECURRENCE, kind: "monthly", time: recurrence.time, monthly: "day", day: recurrence.day ?? 1 };
    case "cron":
      return { ...NEW_RECURRENCE, kind: "cron", expression: recurrence.expression };
  }
}

export function recurrenceOf(draft: RecurrenceDraft): Recurrence {
  switch (draft.kind) {
    case "daily":
      return { kind: "daily", time: draft.time };
    case "weekly":
      return { kind: "weekly", days: WEEKDAYS.filter((day) => draft.days.includes(day)), time: draft.time };
    case "monthly":
      return draft.monthly === "day"
        ? { kind: "monthly", day: draft.day, time: draft.time }
        : { kind: "monthly", last_weekday: draft.lastWeekday, time: draft.time };
    case "cron":
      return { kind: "cron", expression: draft.expression.trim() };
  }
}

/** What keeps the draft from being a recurrence, or null; the API checks the rest (cron syntax). */
export function recurrenceProblem(draft: RecurrenceDraft): string | null {
  if (draft.kind === "cron") {
    return draft.expression.trim() ? null : "Enter a cron expression, e.g. 30 7 * * 1-5.";
  }
  if (!TIME_OF_DAY.test(draft.time)) return "Enter a time of day, e.g. 07:30.";
  if (draft.kind === "weekly" && draft.days.length === 0) return "Choose at least one day.";
  return null;
}
