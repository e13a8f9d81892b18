import { screen, within } from "@testing-library/react";
import { beforeEach, expect, test } from "vitest";

import type { RunSummary } from "@/lib/maintenance";
import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { MaintenanceDue } from "./MaintenanceDue";

const RUNS = "GET /api/v1/maintenance/runs";

function run(id: string, title: string, overdue: boolean, deadline: string): RunSummary {
  return {
    id,
    schedule_id: null,
    title,
    flow: { id: null, version: null, title: "Backup verification" },
    timezone: "Europe/Amsterdam",
    due_at: "2026-11-20T07:00:00Z",
    deadline_at: deadline,
    created_at: "2026-11-20T07:00:00Z",
    trigger: "schedule",
    missed: 0,
    target_count: 8,
    status: "open",
    overdue,
    progress: { percent: 40, steps_closed: 4, steps_open: 6, steps_failed: 0, targets_done: 3, targets_failed: 0, targets_open: 5 },
  };
}

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("my open runs, overdue first, each linking to its matrix", async () => {
  const late = run("3f2a9c10-0000-4000-8000-000000000001", "Weekly backup verification", true, "2026-11-22T07:00:00Z");
  const soon = run("3f2a9c10-0000-4000-8000-000000000002", "Monthly patch review", false, "2026-11-30T07:00:00Z");
  const server = fakeApi({
    [RUNS]: (request) => json({ items: new URL(request.url).searchParams.get("status") === "overdue" ? [late] : [soon, late], next_cursor: null }),
  });
  renderWithProviders(<MaintenanceDue />);

  const list = await screen.findByRole("list", { name: "Maintenance due" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent("Weekly backup verification");
  expect(items[0]).toHaveTextContent("Overdue since");
  expect(within(items[0] as HTMLElement).getByRole("link")).toHaveAttribute("href", `/maintenance/runs/${late.id}`);
  expect(items[1]).toHaveTextContent("Deadline");
  const queries = server.requests.map((request) => Object.fromEntries(new URL(request.url).searchParams));
  expect(queries).toEqual(
    expect.arrayContaining([expect.objectContaining({ mine: "true", status: "overdue" }), expect.objectContaining({ mine: "true", status: "open" })]),
  );
});

test("nothing due: a short empty state", async () => {
  fakeApi({ [RUNS]: () => json({ items: [], next_cursor: null }) });
  renderWithProviders(<MaintenanceDue />);
  expect(await screen.findByText("Nothing due")).toBeInTheDocument();
});
