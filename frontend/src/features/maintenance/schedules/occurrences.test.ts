import { expect, test } from "vitest";

import { occurrenceRows } from "./occurrences";

test("the wall-clock time is read from the schedule zone's time as written, and a clock change is marked", () => {
  const rows = occurrenceRows([
    { at: "2026-03-23T07:00:00Z", local: "2026-03-23T08:00:00+01:00" },
    { at: "2026-03-30T06:00:00Z", local: "2026-03-30T08:00:00+02:00" },
    { at: "2026-04-06T06:00:00Z", local: "2026-04-06T08:00:00+02:00" },
  ]);

  expect(rows.map((row) => row.offset)).toEqual(["UTC+01:00", "UTC+02:00", "UTC+02:00"]);
  expect(rows.map((row) => row.clocksChanged)).toEqual([false, true, false]);
  // 08:00 on each day, whatever zone this test runs in.
  for (const row of rows) expect(row.scheduleTime).toMatch(/08:00/);
  expect(rows[1]?.scheduleTime).toMatch(/30/);
});
