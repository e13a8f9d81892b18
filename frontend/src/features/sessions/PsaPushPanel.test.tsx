import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import type { PsaPush } from "@/lib/psa";
import { ENGINEER, fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { PsaPushPanel } from "./PsaPushPanel";

const ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0001";
const TICKET = "GET /api/v1/psa/tickets/4711";
const PUSHES = `GET /api/v1/sessions/${ID}/psa-pushes`;
const PUSH = `POST /api/v1/sessions/${ID}/psa-push`;
const TICKET_URL = "https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=4711";

const posted: PsaPush = {
  id: "5a1e0c3e-58a4-4a35-9d0e-2c1b7c0a0001",
  session_id: ID,
  number: 1,
  is_update: false,
  ticket_id: "4711",
  note_type: "internal_analysis",
  include_resolution: false,
  status: "posted",
  note_id: 9001,
  ticket_url: TICKET_URL,
  member_id: 102,
  covers_seq: 12,
  attempts: 1,
  next_attempt_at: null,
  last_error: null,
  found_by_marker: false,
  created_by: ENGINEER.id,
  created_at: "2026-11-23T10:00:00Z",
  posted_at: "2026-11-23T10:00:01Z",
  reused: false,
};

const ticket = () => json({ id: 4711, summary: "Outlook won't start", notes: [] });
const session = { id: ID, ticket_id: "4711" };

test("a push posts the note and lists it with its id and a link to the ticket; pushing again says nothing changed", async () => {
  const pushes: PsaPush[] = [];
  const server = fakeApi({
    [TICKET]: ticket,
    [PUSHES]: () => json(pushes),
    [PUSH]: () => {
      if (pushes.length) return json({ ...posted, reused: true }, 200);
      pushes.push(posted);
      return json(posted, 201);
    },
  });
  renderWithProviders(<PsaPushPanel session={session} canPush />);

  expect(await screen.findByText("Not pushed yet.")).toBeInTheDocument();
  await userEvent.selectOptions(screen.getByLabelText("Note type"), "Detail description");
  await userEvent.click(screen.getByRole("checkbox", { name: "Also mark it as the ticket's resolution" }));
  await userEvent.click(screen.getByRole("button", { name: "Push to ConnectWise" }));

  expect(await screen.findByText("Posted as note #9001")).toBeInTheDocument();
  const list = await screen.findByRole("list", { name: "Pushes to ConnectWise" });
  expect(within(list).getByText("Posted")).toBeInTheDocument();
  expect(within(list).getByRole("link", { name: "Note #9001 on ticket #4711" })).toHaveAttribute("href", TICKET_URL);
  expect(await server.requests.find((request) => request.method === "POST")?.json()).toEqual({ note_type: "detail_description", include_resolution: true });

  await userEvent.click(screen.getByRole("button", { name: "Push to ConnectWise" }));
  expect(await screen.findByText("Already pushed")).toBeInTheDocument();
  expect(screen.getByText(/no new note was posted/)).toBeInTheDocument();
  expect(server.calls(PUSH)).toBe(2);
});

test("the team's default note type is the connection's: nothing is sent for it", async () => {
  const server = fakeApi({ [TICKET]: ticket, [PUSHES]: () => json([]), [PUSH]: () => json(posted, 201) });
  renderWithProviders(<PsaPushPanel session={session} canPush />);

  expect(await screen.findByLabelText("Note type")).toHaveValue("");
  await userEvent.click(screen.getByRole("button", { name: "Push to ConnectWise" }));
  await waitFor(() => {
    expect(server.calls(PUSH)).toBe(1);
  });
  expect(await server.requests.find((request) => request.method === "POST")?.json()).toEqual({ note_type: null, include_resolution: false });
});

test("a refused push says why", async () => {
  fakeApi({
    [TICKET]: ticket,
    [PUSHES]: () => json([]),
    [PUSH]: () => json({ detail: "psa_bad_credentials", message: "ConnectWise refused the credentials: check the keys." }, 502),
  });
  renderWithProviders(<PsaPushPanel session={session} canPush />);

  await userEvent.click(await screen.findByRole("button", { name: "Push to ConnectWise" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Not pushedConnectWise refused the credentials: check the keys.");
});

test("a pending push is followed until it is posted", async () => {
  const pending: PsaPush = {
    ...posted,
    status: "pending",
    note_id: null,
    posted_at: null,
    attempts: 1,
    last_error: "psa_timeout: ConnectWise did not answer within 15 s.",
    next_attempt_at: "2026-11-23T10:01:00Z",
  };
  const server = fakeApi({ [TICKET]: ticket, [PUSHES]: () => json(server.calls(PUSHES) > 1 ? [posted] : [pending]) });
  renderWithProviders(<PsaPushPanel session={session} canPush />);

  expect(await screen.findByText("Pending")).toBeInTheDocument();
  expect(screen.getByText("ConnectWise did not answer within 15 s.")).toBeInTheDocument();
  expect(screen.getByText(/Attempt 1 did not go through; next try at/)).toBeInTheDocument();
  expect(await screen.findByText("Posted", {}, { timeout: 7000 })).toBeInTheDocument();
}, 10_000);

test("viewers see the pushes but cannot push", async () => {
  fakeApi({ [TICKET]: ticket, [PUSHES]: () => json([posted]) });
  renderWithProviders(<PsaPushPanel session={session} canPush={false} />);

  expect(await screen.findByText("Note #9001 on ticket #4711")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Push to ConnectWise" })).not.toBeInTheDocument();
  expect(screen.getByText("Engineers and team admins can push the documentation.")).toBeInTheDocument();
});

test("without a connection, or a ticket, there is nothing to push", async () => {
  const server = fakeApi({ [TICKET]: () => json({ detail: "psa_not_connected", message: "No PSA." }, 409), [PUSHES]: () => json([]) });
  const { container, unmount } = renderWithProviders(<PsaPushPanel session={session} canPush />);
  await waitFor(() => {
    expect(server.calls(TICKET)).toBe(1);
  });
  await waitFor(() => {
    expect(container).toBeEmptyDOMElement();
  });
  unmount();

  renderWithProviders(<PsaPushPanel session={{ id: ID, ticket_id: null }} canPush />);
  expect(screen.queryByText("Push to ConnectWise")).not.toBeInTheDocument();
});
