import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import { summary } from "./test/run-fixtures";

const RUNS = "GET /api/v1/maintenance/runs";
const SCHEDULE_ID = summary().schedule_id ?? "";

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("runs list with their state, progress and assignees; filters go to the API and the URL", async () => {
  const overdue = summary({ id: "3f2a9c10-0000-4000-8000-000000000009", title: "Monthly patch review", overdue: true });
  const server = fakeApi({
    [RUNS]: () => json({ items: [overdue, summary({ status: "completed", progress: { ...summary().progress, percent: 100 } })], next_cursor: null }),
    [`GET /api/v1/maintenance/schedules/${SCHEDULE_ID}`]: () => json({ id: SCHEDULE_ID, owner_name: "Erin Engineer", assignee_ids: [ENGINEER.id, "gone"] }),
    "GET /api/v1/teams/current/members": () => json([{ user_id: ENGINEER.id, full_name: "Erin Engineer" }]),
  });
  const { router } = renderApp("/maintenance/runs?status=overdue");

  const table = await screen.findByRole("table");
  const rows = within(table).getAllByRole("row");
  expect(rows[1]).toHaveTextContent("Monthly patch review");
  expect(rows[1]).toHaveTextContent("Overdue since");
  expect(within(rows[1] as HTMLElement).getByText("Overdue")).toBeInTheDocument();
  expect(within(rows[2] as HTMLElement).getByText("Completed")).toBeInTheDocument();
  expect(within(rows[2] as HTMLElement).getByRole("progressbar", { name: "Progress of Weekly backup verification" })).toHaveAttribute("aria-valuenow", "100");
  await waitFor(() => {
    expect(rows[1]).toHaveTextContent("Erin Engineer, A former member");
  });
  expect(new URL(server.requests[0]?.url ?? "").searchParams.get("status")).toBe("overdue");

  await userEvent.click(screen.getByLabelText(/Only mine/));
  await waitFor(() => {
    expect(router.state.location.search).toBe("?status=overdue&mine=1");
  });
  const last = server.requests.filter((request) => new URL(request.url).pathname === "/api/v1/maintenance/runs").at(-1);
  expect(Object.fromEntries(new URL(last?.url ?? "").searchParams)).toMatchObject({ status: "overdue", mine: "true" });
});

test("no runs: an empty state that points to the schedules", async () => {
  fakeApi({ [RUNS]: () => json({ items: [], next_cursor: null }), "GET /api/v1/teams/current/members": () => json([]) });
  renderApp("/maintenance/runs");
  expect(await screen.findByText("No runs yet")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "See the schedules" })).toHaveAttribute("href", "/maintenance");
});
