import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { ROUTES, SCHEDULE_ID, TARGET } from "../test-fixtures";
import { TargetsCard } from "./TargetsCard";

const IMPORT = `POST ${ROUTES.targets}/import`;
const REFUSAL = {
  detail: "csv_invalid",
  message: "The CSV has 2 problems; nothing was imported.",
  errors: [
    { line: 3, column: "client", code: "client_required", message: "Every target names its client." },
    { line: 5, column: null, code: "extra_cells", message: "The line has 4 cells; the header 3." },
  ],
  error_count: 2,
};
const COUNTS = { mode: "merge", created: 2, updated: 1, unchanged: 0, deleted: 0, total: 3 };

function csvFile(text: string) {
  return new File([text], "targets.csv", { type: "text/csv" });
}

async function importBodies(server: ReturnType<typeof fakeApi>) {
  const sent = server.requests.filter((request) => request.method === "POST");
  return Promise.all(sent.map((request) => request.json() as Promise<{ csv: string; mode: string; dry_run: boolean }>));
}

test("a refused CSV lists each problem with its line and column as the API gives them, and offers no import", async () => {
  const server = fakeApi({
    [`GET ${ROUTES.targets}`]: () => json({ items: [], next_cursor: null, total: 0 }),
    [IMPORT]: () => json(REFUSAL, 422),
  });
  renderWithProviders(<TargetsCard scheduleId={SCHEDULE_ID} canEdit />);

  await userEvent.upload(await screen.findByLabelText("Choose a CSV file"), csvFile("client,device,site\nContoso,DC01,A\n,DC02,B\n"));

  const problems = await screen.findByRole("table", { name: "Problems in targets.csv" });
  expect(screen.getByText("targets.csv: The CSV has 2 problems; nothing was imported.")).toBeInTheDocument();
  const rows = within(problems).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
  expect(rows).toEqual([
    ["3", "client", "Every target names its client."],
    ["5", "—", "The line has 4 cells; the header 3."],
  ]);
  expect(screen.queryByRole("button", { name: "Import" })).not.toBeInTheDocument();
  expect(await importBodies(server)).toEqual([{ csv: "client,device,site\nContoso,DC01,A\n,DC02,B\n", mode: "merge", dry_run: true }]);
});

test("a good CSV is checked first, then imported on request with the counts shown", async () => {
  const server = fakeApi({
    [`GET ${ROUTES.targets}`]: () => json({ items: [], next_cursor: null, total: 0 }),
    [IMPORT]: async (request) => {
      const body = (await request.json()) as { dry_run: boolean; mode: string };
      return json({ ...COUNTS, mode: body.mode, dry_run: body.dry_run });
    },
  });
  renderWithProviders(<TargetsCard scheduleId={SCHEDULE_ID} canEdit />);

  await userEvent.upload(await screen.findByLabelText("Choose a CSV file"), csvFile("client\nContoso\nFabrikam\n"));
  expect(await screen.findByText(/is fine: 2 created, 1 updated, 0 unchanged; the schedule will have 3 targets/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole("radio", { name: "Replace the list" }));
  await waitFor(() => {
    expect(server.calls(IMPORT)).toBe(2);
  });
  await userEvent.click(await screen.findByRole("button", { name: "Import" }));

  expect(await screen.findByText(/2 created, 1 updated, 0 unchanged; the schedule has 3 targets/)).toBeInTheDocument();
  expect((await importBodies(server)).map(({ mode, dry_run }) => ({ mode, dry_run }))).toEqual([
    { mode: "merge", dry_run: true },
    { mode: "replace", dry_run: true },
    { mode: "replace", dry_run: false },
  ]);
});

test("a target is edited in its row: Enter saves client, device and fields, and focus returns to the row", async () => {
  const server = fakeApi({
    [`GET ${ROUTES.targets}`]: () => json({ items: [TARGET], next_cursor: null, total: 1 }),
    [`PUT ${ROUTES.targets}/${TARGET.id}`]: async (request) => json({ ...TARGET, ...((await request.json()) as object) }),
  });
  renderWithProviders(<TargetsCard scheduleId={SCHEDULE_ID} canEdit />);

  await userEvent.click(await screen.findByRole("button", { name: "Edit Contoso · CON-BKP01" }));
  const device = screen.getByLabelText("Device of Contoso · CON-BKP01");
  await userEvent.clear(device);
  await userEvent.type(device, "CON-BKP02");
  await userEvent.clear(screen.getByLabelText("site of Contoso · CON-BKP01"));
  await userEvent.keyboard("{Enter}");

  await waitFor(() => {
    expect(server.calls(`PUT ${ROUTES.targets}/${TARGET.id}`)).toBe(1);
  });
  const put = server.requests.find((request) => request.method === "PUT");
  // An emptied field is left out: the target no longer has it.
  expect(await put?.json()).toEqual({ client: "Contoso", device: "CON-BKP02", fields: {} });
  // Focus goes back where it was: the row's Edit button.
  await waitFor(() => {
    expect(screen.getByRole("button", { name: /^Edit Contoso/ })).toHaveFocus();
  });
});

test("a duplicate is refused in the row with the API's message", async () => {
  fakeApi({
    [`GET ${ROUTES.targets}`]: () => json({ items: [TARGET], next_cursor: null, total: 1 }),
    [`POST ${ROUTES.targets}`]: () => json({ detail: "duplicate_target", message: "The schedule already has a target for this client and device." }, 409),
  });
  renderWithProviders(<TargetsCard scheduleId={SCHEDULE_ID} canEdit />);

  await userEvent.click(await screen.findByRole("button", { name: "Add target" }));
  await userEvent.type(screen.getByLabelText("Client of new target"), "Contoso");
  await userEvent.type(screen.getByLabelText("Device of new target"), "CON-BKP01{Enter}");

  expect(await screen.findByRole("alert")).toHaveTextContent("The schedule already has a target for this client and device.");
});
