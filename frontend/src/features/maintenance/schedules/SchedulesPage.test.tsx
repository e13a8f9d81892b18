import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { SchedulesPage } from "./SchedulesPage";
import { schedule, signedInAs } from "./test-fixtures";

const LIST = "GET /api/v1/maintenance/schedules";

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(signedInAs("engineer"));
});

test("schedules are listed with their recurrence, zone, targets, owner and state; the filter asks the API", async () => {
  const server = fakeApi({ [LIST]: () => json({ items: [schedule(), schedule({ id: "x", name: "Monthly patch review", active: false, next_due_at: null })], next_cursor: null }) });
  renderWithProviders(<SchedulesPage />, { path: "/maintenance" });

  const link = await screen.findByRole("link", { name: "Weekly backup verification" });
  expect(link).toHaveAttribute("href", "/maintenance/schedules/5c4e0d8a-1f2b-4c3d-9e8f-000000000001");
  const row = link.closest("tr");
  expect(row).toHaveTextContent("Weekly on Mon at 08:00");
  expect(row).toHaveTextContent("Europe/Amsterdam");
  expect(row).toHaveTextContent("Olivia Owner");
  expect(row).toHaveTextContent("Active");
  expect(screen.getByRole("link", { name: "Monthly patch review" }).closest("tr")).toHaveTextContent("Inactive");

  await userEvent.click(screen.getByRole("radio", { name: "Inactive" }));
  await waitFor(() => {
    expect(server.requests.map((request) => new URL(request.url).searchParams.get("active"))).toContain("false");
  });
});

test("with no schedules the page explains them and offers to create one", async () => {
  fakeApi({ [LIST]: () => json({ items: [], next_cursor: null }) });
  renderWithProviders(<SchedulesPage />, { path: "/maintenance" });

  expect(await screen.findByText("No maintenance schedules yet")).toBeInTheDocument();
  expect(screen.getByText(/runs a published maintenance flow on a recurrence/)).toBeInTheDocument();
  expect(screen.getAllByRole("link", { name: "New schedule" })).toHaveLength(2);
});

test("a viewer gets no New schedule", async () => {
  useSessionStore.getState().signedIn(signedInAs("viewer"));
  fakeApi({ [LIST]: () => json({ items: [], next_cursor: null }) });
  renderWithProviders(<SchedulesPage />, { path: "/maintenance" });

  expect(await screen.findByText("No maintenance schedules yet")).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "New schedule" })).not.toBeInTheDocument();
});
