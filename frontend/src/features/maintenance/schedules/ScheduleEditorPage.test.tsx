import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import { FLOW_ID, FLOW_TITLE, FLOWS_PAGE, MEMBERS, OWNER_ID, PREVIEW, ROUTES, schedule, SCHEDULE_ID, signedInAs, TARGET } from "./test-fixtures";

const NEW_ID = "5c4e0d8a-1f2b-4c3d-9e8f-0000000000aa";
const RUN_ID = "5c4e0d8a-1f2b-4c3d-9e8f-0000000000bb";

function pageApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    [`GET ${ROUTES.schedule}`]: () => json(schedule()),
    [`GET ${ROUTES.targets}`]: () => json({ items: [TARGET], next_cursor: null, total: 1 }),
    [`GET ${ROUTES.members}`]: () => json(MEMBERS),
    [`GET ${ROUTES.flows}`]: () => json(FLOWS_PAGE),
    [`POST ${ROUTES.preview}`]: () => json(PREVIEW),
    ...extra,
  });
}

async function bodiesOf(server: ReturnType<typeof fakeApi>, route: string) {
  const sent = server.requests.filter((request) => `${request.method} ${new URL(request.url).pathname}` === route);
  return Promise.all(sent.map((request) => request.clone().json() as Promise<unknown>));
}

/** The page is a lazy chunk: the first render in a run waits for it. */
function findHeading(name: string) {
  return screen.findByRole("heading", { name, level: 1 }, { timeout: 15_000 });
}

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(signedInAs("engineer"));
});

test("a new weekly schedule: the days and time are previewed as typed, then created as the API's body", async () => {
  const server = pageApi({ "POST /api/v1/maintenance/schedules": () => json(schedule({ id: NEW_ID }), 201) });
  const { router } = renderApp("/maintenance/schedules/new");
  await findHeading("New schedule");

  await userEvent.selectOptions(await screen.findByLabelText("Maintenance flow"), FLOW_TITLE);
  expect(screen.getByLabelText("Name")).toHaveValue(FLOW_TITLE);
  await userEvent.click(screen.getByRole("button", { name: "Thursday" }));
  fireEvent.change(screen.getByLabelText("Time of day"), { target: { value: "07:30" } });
  await userEvent.clear(screen.getByLabelText("Time zone"));
  await userEvent.type(screen.getByLabelText("Time zone"), "Europe/Amsterdam");

  const preview = screen.getByRole("region", { name: "Next runs" });
  expect(await within(preview).findByText("Weekly on Mon, Thu at 07:30")).toBeInTheDocument();
  expect(within(preview).getByText("UTC+01:00")).toBeInTheDocument();
  expect(within(preview).getByText("Clocks change")).toBeInTheDocument();
  // Debounced: one request for the settled recurrence, none for each key typed. (The fake answers
  // every preview alike, so wait for the request itself rather than for the text.)
  await waitFor(async () => {
    expect((await bodiesOf(server, `POST ${ROUTES.preview}`)).at(-1)).toEqual({
      recurrence: { kind: "weekly", days: ["mon", "thu"], time: "07:30" },
      timezone: "Europe/Amsterdam",
      count: 5,
    });
  });
  expect(server.calls(`POST ${ROUTES.preview}`)).toBeLessThanOrEqual(2);

  await userEvent.click(screen.getByRole("button", { name: "Create schedule" }));
  await waitFor(() => {
    expect(router.state.location.pathname).toBe(`/maintenance/schedules/${NEW_ID}`);
  });
  expect(await bodiesOf(server, "POST /api/v1/maintenance/schedules")).toEqual([
    {
      flow_id: FLOW_ID,
      name: FLOW_TITLE,
      recurrence: { kind: "weekly", days: ["mon", "thu"], time: "07:30" },
      timezone: "Europe/Amsterdam",
      catch_up: "once",
      complete_within_hours: 24,
      owner_id: ENGINEER.id,
      assignee_ids: [],
      active: true,
    },
  ]);
}, 30_000);

test("the API's word on a cron expression shows under it while typing, and a refused save on its field", async () => {
  const minuteProblem = "'61' is outside 0-59 in the minute field";
  const server = pageApi({
    [`POST ${ROUTES.preview}`]: async (request) => {
      const body = (await request.json()) as { recurrence: { expression?: string } };
      return body.recurrence.expression?.startsWith("61")
        ? json({ detail: "invalid_recurrence", message: minuteProblem }, 422)
        : json(PREVIEW);
    },
    [`PUT ${ROUTES.schedule}`]: () =>
      json({ detail: "validation_error", message: "The request is invalid.", errors: [{ loc: ["body", "name"], msg: "Use another name", type: "value_error" }] }, 422),
  });
  renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");

  await userEvent.click(screen.getByRole("radio", { name: "Cron" }));
  const cron = screen.getByLabelText("Cron expression");
  await userEvent.clear(cron);
  await userEvent.type(cron, "61 7 * * *");
  await waitFor(() => {
    expect(cron).toHaveAccessibleDescription(expect.stringContaining(minuteProblem));
  });
  expect(cron).toHaveAttribute("aria-invalid", "true");

  await userEvent.clear(cron);
  await userEvent.type(cron, "30 7 * * 1-5");
  await userEvent.click(screen.getByRole("button", { name: "Save schedule" }));
  expect(await screen.findByText("Check the fields marked below.")).toBeInTheDocument();
  expect(screen.getByLabelText("Name")).toHaveAccessibleDescription("Use another name");
  expect((await bodiesOf(server, `PUT ${ROUTES.schedule}`))[0]).toMatchObject({ recurrence: { kind: "cron", expression: "30 7 * * 1-5" }, owner_id: OWNER_ID });
}, 30_000);

test("a viewer reads a schedule: nothing to change, run or delete", async () => {
  useSessionStore.getState().signedIn(signedInAs("viewer"));
  pageApi();
  renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");

  expect(await screen.findByText("Contoso")).toBeInTheDocument();
  expect(screen.getByLabelText("Name")).toBeDisabled();
  for (const name of ["Save schedule", "Run now", "Delete", "Add target", "Edit Contoso · CON-BKP01"]) {
    expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
  }
  expect(screen.queryByText("Import from CSV")).not.toBeInTheDocument();
});

test("an engineer who does not own the schedule runs it but cannot delete it; a team admin can", async () => {
  pageApi();
  const view = renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");
  expect(screen.getByRole("button", { name: "Run now" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();
  view.unmount();

  useSessionStore.getState().signedIn(signedInAs("team_admin"));
  renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");
  expect(screen.getByRole("button", { name: "Delete" })).toBeInTheDocument();
});

test("the owner deletes after confirming, and lands on the list", async () => {
  useSessionStore.getState().signedIn(signedInAs("engineer", OWNER_ID));
  const server = pageApi({
    [`DELETE ${ROUTES.schedule}`]: () => new Response(null, { status: 204 }),
    "GET /api/v1/maintenance/schedules": () => json({ items: [], next_cursor: null }),
  });
  const { router } = renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");

  await userEvent.click(screen.getByRole("button", { name: "Delete" }));
  const dialog = screen.getByRole("dialog", { name: "Delete “Weekly backup verification”?" });
  expect(server.calls(`DELETE ${ROUTES.schedule}`)).toBe(0);
  await userEvent.click(within(dialog).getByRole("button", { name: "Delete schedule" }));

  await waitFor(() => {
    expect(router.state.location.pathname).toBe("/maintenance");
  });
  expect(server.calls(`DELETE ${ROUTES.schedule}`)).toBe(1);
});

test("Run now opens the run the API started", async () => {
  const server = pageApi({ [`POST ${ROUTES.schedule}/runs`]: () => json({ id: RUN_ID }, 201) });
  const { router } = renderApp(`/maintenance/schedules/${SCHEDULE_ID}`);
  await findHeading("Weekly backup verification");

  await userEvent.click(screen.getByRole("button", { name: "Run now" }));

  await waitFor(() => {
    expect(router.state.location.pathname).toBe(`/maintenance/runs/${RUN_ID}`);
  });
  expect(server.calls(`POST ${ROUTES.schedule}/runs`)).toBe(1);
});

test("a viewer cannot open the new-schedule page", async () => {
  useSessionStore.getState().signedIn(signedInAs("viewer"));
  pageApi();
  renderApp("/maintenance/schedules/new");
  expect(await screen.findByText("Not available for your role", undefined, { timeout: 15_000 })).toBeInTheDocument();
});
