import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useToastStore } from "@/components/ui/toast-store";
import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import type { MatrixRow } from "./api";
import { COLUMNS, row, rows, run, RUN_ID, summary } from "./test/run-fixtures";

const RUN = `GET /api/v1/maintenance/runs/${RUN_ID}`;
const MATRIX = `GET /api/v1/maintenance/runs/${RUN_ID}/matrix`;
const BULK = `POST /api/v1/maintenance/runs/${RUN_ID}/bulk`;
const SCHEDULE = "GET /api/v1/maintenance/schedules/5c6d7e8f-0000-4000-8000-000000000001";

function page(pageRows: MatrixRow[], nextCursor: string | null = null) {
  return { run_id: RUN_ID, columns: COLUMNS, rows: pageRows, next_cursor: nextCursor };
}

/** The matrix cell at a row and column index of the loaded rows. */
function cell(rowIndex: number, col: number): HTMLElement {
  const found = screen.getByRole("grid").querySelector<HTMLElement>(`td[data-row="${rowIndex}"][data-col="${col}"]`);
  if (!found) throw new Error(`no cell ${rowIndex}:${col} in the DOM`);
  return found;
}

function selectedCount(): number {
  return screen.getAllByRole("gridcell").filter((element) => element.getAttribute("aria-selected") === "true").length;
}

beforeEach(() => {
  resetSession();
  useToastStore.setState({ toasts: [] });
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("cells chosen with the keyboard are marked done with a note in one request; progress and cells follow", async () => {
  let marked = false;
  const doneCell = { status: "done" as const, notes: 1 };
  const server = fakeApi({
    [RUN]: () => json(marked ? run({ progress: { ...summary().progress, percent: 42, steps_closed: 5 } }) : run()),
    [MATRIX]: () =>
      json(page(marked ? rows(3).map((r, index) => (index < 2 ? { ...r, cells: r.cells.map((c, col) => (col === 1 ? doneCell : c)) } : r)) : rows(3))),
    [BULK]: () => {
      marked = true;
      return json({ changed: 2, unchanged: 0, rows: [], run: summary({ progress: { ...summary().progress, percent: 42, steps_closed: 5 } }) });
    },
    [SCHEDULE]: () => json({}, 404),
  });
  renderApp(`/maintenance/runs/${RUN_ID}`);
  expect(await screen.findByRole("heading", { name: "Weekly backup verification" })).toBeInTheDocument();
  await screen.findByRole("grid", { name: "Targets by steps" });

  const user = userEvent.setup();
  await user.click(cell(0, 0));
  // Escape drops the clicked cell; from there only the keyboard selects.
  await user.keyboard("{Escape}{ArrowRight}{Shift>}{ArrowDown}{/Shift}");
  expect(cell(1, 1)).toHaveFocus();
  expect(selectedCount()).toBe(2);
  expect(screen.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("2 cells selected");

  await user.keyboard("d");
  const dialog = await screen.findByRole("dialog", { name: "Mark 2 cells done" });
  await user.type(within(dialog).getByLabelText("Note (optional)"), "Jobs green all week.");
  await user.click(within(dialog).getByRole("button", { name: "Mark done" }));

  await waitFor(() => {
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
  const post = server.requests.find((request) => request.method === "POST");
  expect(await post?.json()).toEqual({
    cells: [
      { session_id: row(0).session_id, node_id: "review-jobs" },
      { session_id: row(1).session_id, node_id: "review-jobs" },
    ],
    result: "done",
    note: "Jobs green all week.",
    expected_seq: { [row(0).session_id]: 4, [row(1).session_id]: 5 },
  });
  expect(useToastStore.getState().toasts.map((toast) => toast.title)).toEqual(["2 cells marked done"]);
  expect(await screen.findByText("42 %")).toBeInTheDocument();
  await waitFor(() => {
    expect(cell(1, 1)).toHaveTextContent("Done");
  });
  expect(selectedCount()).toBe(0);
});

test("a refused request says which target and step, and nothing changes", async () => {
  fakeApi({
    [RUN]: () => json(run()),
    [MATRIX]: () => json(page(rows(3))),
    [BULK]: () =>
      json(
        {
          detail: "bulk_refused",
          message: "1 cell cannot be completed; nothing was changed.",
          error_count: 1,
          errors: [{ session_id: row(2).session_id, node_id: "jobs-healthy", detail: "wrong_node_kind", message: "A question: answer it or skip it." }],
        },
        422,
      ),
  });
  renderApp(`/maintenance/runs/${RUN_ID}`);
  await screen.findByRole("grid");
  const user = userEvent.setup();

  // The question's column header selects the step of every target.
  await user.click(screen.getByRole("button", { name: /How did the jobs do\?/ }));
  expect(selectedCount()).toBe(3);
  await user.click(within(screen.getByRole("region", { name: "Bulk actions" })).getByRole("button", { name: "Done" }));
  const dialog = await screen.findByRole("dialog", { name: "Mark 3 cells done" });
  await user.click(within(dialog).getByRole("button", { name: "Mark done" }));

  const alert = await within(dialog).findByRole("alert");
  expect(alert).toHaveTextContent("1 cell cannot be completed; nothing was changed.");
  expect(alert).toHaveTextContent("Client 3 · SRV-3 — How did the jobs do?: A question: answer it or skip it.");
  await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
  expect(selectedCount()).toBe(3);
  expect(cell(2, 2)).toHaveTextContent("Open");
  expect(useToastStore.getState().toasts).toEqual([]);
});

test("shift-click selects a range, ctrl-click adds, a row header its row, Escape clears", async () => {
  fakeApi({ [RUN]: () => json(run()), [MATRIX]: () => json(page(rows(3))) });
  renderApp(`/maintenance/runs/${RUN_ID}`);
  await screen.findByRole("grid");
  const user = userEvent.setup();

  await user.click(cell(0, 0));
  await user.keyboard("{Shift>}");
  await user.click(cell(1, 2));
  await user.keyboard("{/Shift}");
  expect(selectedCount()).toBe(6);
  await user.keyboard("{Control>}");
  await user.click(cell(2, 3));
  await user.keyboard("{/Control}");
  expect(selectedCount()).toBe(7);
  await user.click(screen.getByRole("button", { name: /Client 3/ }));
  expect(selectedCount()).toBe(4);
  await user.keyboard("{Escape}");
  expect(selectedCount()).toBe(0);
  const bar = screen.getByRole("region", { name: "Bulk actions" });
  expect(bar).toHaveTextContent("No cells selected");
  expect(within(bar).getByRole("button", { name: "Done" })).toBeDisabled();
});

test("a viewer reads the matrix but gets no bulk actions", async () => {
  useSessionStore.getState().signedIn(tokens("access-2", { ...ENGINEER, role: "viewer" }));
  const server = fakeApi({ [RUN]: () => json(run()), [MATRIX]: () => json(page(rows(2))) });
  renderApp(`/maintenance/runs/${RUN_ID}`);
  await screen.findByRole("grid");
  const user = userEvent.setup();

  await user.click(cell(0, 1));
  await user.keyboard("d");
  expect(selectedCount()).toBe(1);
  expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument();
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  expect(screen.getByText(/engineers and admins mark its steps/)).toBeInTheDocument();
  expect(server.calls(BULK)).toBe(0);
});

test("a thousand targets: a window of rows is drawn, the next page is read ahead, Enter opens a session", async () => {
  const all = rows(1000);
  const server = fakeApi({
    [RUN]: () => json(run({ target_count: 1000 })),
    [MATRIX]: (request) => {
      const cursor = Number(new URL(request.url).searchParams.get("cursor") ?? 0);
      return json(page(all.slice(cursor, cursor + 100), cursor + 100 < 1000 ? String(cursor + 100) : null));
    },
  });
  const { router } = renderApp(`/maintenance/runs/${RUN_ID}`);
  await screen.findByRole("grid");
  expect(screen.getByText("100 of 1000 targets loaded")).toBeInTheDocument();
  const drawn = screen.getAllByRole("row").length - 1; // the header row
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(40);
  expect(server.calls(MATRIX)).toBe(1);

  const user = userEvent.setup();
  await user.click(cell(0, 0));
  // Page Down nine times: the focus row is drawn wherever it is, and the window nears the end of page one.
  for (let press = 0; press < 9; press++) await user.keyboard("{PageDown}");
  expect(cell(90, 0)).toHaveFocus();
  await waitFor(() => {
    expect(server.calls(MATRIX)).toBe(2);
  });
  expect(await screen.findByText("200 of 1000 targets loaded")).toBeInTheDocument();

  await user.keyboard("{Enter}");
  // The runner's page is a lazy chunk: the navigation ends when it has loaded.
  await waitFor(
    () => {
      expect(router.state.location.pathname).toBe(`/sessions/${all[90]?.session_id ?? ""}/run`);
    },
    { timeout: 10_000 },
  );
});
