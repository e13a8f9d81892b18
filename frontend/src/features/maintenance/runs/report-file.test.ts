import { expect, test } from "vitest";

import { filenameOf } from "@/lib/download";

import { reportFilename } from "./report-file";

const RUN = { id: "3f2a9c10-7b1d-4e5f-8a9b-0c1d2e3f4a5b", title: "Weekly backup verification", due_at: "2026-11-23T07:00:00Z" };

test("the API's file name is kept (its title is redacted)", () => {
  const header = 'attachment; filename="maintenance-Weekly-backup-2026-11-23-3f2a9c10.csv"';
  expect(filenameOf(header, reportFilename(RUN, "csv"))).toBe("maintenance-Weekly-backup-2026-11-23-3f2a9c10.csv");
  expect(filenameOf("attachment", reportFilename(RUN, "csv"))).toBe("maintenance-Weekly-backup-verification-2026-11-23-3f2a9c10.csv");
});

test("without the header, a name made the API's way: title, UTC day of the due time, the run's id", () => {
  expect(reportFilename(RUN, "md")).toBe("maintenance-Weekly-backup-verification-2026-11-23-3f2a9c10.md");
  expect(reportFilename({ ...RUN, title: "  Ünïcode / *** ", due_at: "2026-01-31T23:30:00Z" }, "html")).toBe(
    "maintenance-n-code-2026-01-31-3f2a9c10.html",
  );
  expect(reportFilename({ ...RUN, title: "日本語" }, "csv")).toBe("maintenance-run-2026-11-23-3f2a9c10.csv");
  expect(reportFilename({ ...RUN, title: "x".repeat(60) }, "csv")).toBe(`maintenance-${"x".repeat(40)}-2026-11-23-3f2a9c10.csv`);
});
