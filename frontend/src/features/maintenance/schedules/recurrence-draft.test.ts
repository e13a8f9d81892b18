import { describe, expect, test } from "vitest";

import type { Recurrence } from "./api";
import { draftOf, NEW_RECURRENCE, recurrenceOf, recurrenceProblem } from "./recurrence-draft";

describe("a recurrence from the API and back is the same recurrence", () => {
  const cases: [string, Recurrence][] = [
    ["daily", { kind: "daily", time: "06:15" }],
    ["weekly", { kind: "weekly", days: ["mon", "thu"], time: "07:30" }],
    ["monthly on a day", { kind: "monthly", day: 31, time: "09:00" }],
    ["monthly on the last weekday", { kind: "monthly", last_weekday: "fri", time: "22:00" }],
    ["cron", { kind: "cron", expression: "30 7 * * 1-5" }],
  ];
  test.each(cases)("%s", (_, recurrence) => {
    expect(recurrenceOf(draftOf(recurrence))).toEqual(recurrence);
  });

  test("the API's nulls for the monthly choice not taken are read as absent", () => {
    const fromApi: Recurrence = { kind: "monthly", day: null, last_weekday: "sun", time: "03:00" };
    expect(recurrenceOf(draftOf(fromApi))).toEqual({ kind: "monthly", last_weekday: "sun", time: "03:00" });
  });
});

describe("the builder's state as the API's body", () => {
  test("weekly days go in week order, however they were picked", () => {
    expect(recurrenceOf({ ...NEW_RECURRENCE, days: ["sun", "wed", "mon"], time: "18:00" })).toEqual({
      kind: "weekly",
      days: ["mon", "wed", "sun"],
      time: "18:00",
    });
  });

  test("only the chosen kind's settings are sent, the others are kept for switching back", () => {
    const draft = { ...NEW_RECURRENCE, kind: "cron" as const, expression: "  0 6 1 * *  ", days: ["tue" as const] };
    expect(recurrenceOf(draft)).toEqual({ kind: "cron", expression: "0 6 1 * *" });
    expect(recurrenceOf({ ...draft, kind: "weekly" })).toEqual({ kind: "weekly", days: ["tue"], time: "08:00" });
  });

  test("monthly sends the day or the last weekday, never both", () => {
    const monthly = { ...NEW_RECURRENCE, kind: "monthly" as const, day: 15, lastWeekday: "fri" as const };
    expect(recurrenceOf({ ...monthly, monthly: "day" })).toEqual({ kind: "monthly", day: 15, time: "08:00" });
    expect(recurrenceOf({ ...monthly, monthly: "last_weekday" })).toEqual({ kind: "monthly", last_weekday: "fri", time: "08:00" });
  });
});

test("an incomplete recurrence says what is missing; cron syntax is left to the API", () => {
  expect(recurrenceProblem({ ...NEW_RECURRENCE, days: [] })).toBe("Choose at least one day.");
  expect(recurrenceProblem({ ...NEW_RECURRENCE, kind: "daily", time: "" })).toBe("Enter a time of day, e.g. 07:30.");
  expect(recurrenceProblem({ ...NEW_RECURRENCE, kind: "cron", expression: " " })).toBe("Enter a cron expression, e.g. 30 7 * * 1-5.");
  expect(recurrenceProblem({ ...NEW_RECURRENCE, kind: "cron", expression: "not cron", time: "" })).toBeNull();
  expect(recurrenceProblem(NEW_RECURRENCE)).toBeNull();
});
