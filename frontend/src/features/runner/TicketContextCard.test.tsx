import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import type { TicketContext } from "@/lib/psa";
import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { TicketContextCard } from "./TicketContextCard";

const TICKET = "/api/v1/psa/tickets/4711";

const ticket: TicketContext = {
  id: 4711,
  summary: "Outlook won't start after the Office update",
  company: { id: 250, name: "Contoso Ltd", identifier: "Contoso" },
  contact: { id: 77, name: "Alex Doe" },
  board: { id: 1, name: "Service Desk" },
  status: { id: 16, name: "In Progress" },
  priority: null,
  initial_description: "Outlook hangs at 'Loading profile'.",
  notes: [
    { id: 2, text: "Password is [REDACTED:password]", created_at: "2026-11-23T09:00:00Z", created_by: "jsmith", internal: true, detail: false, resolution: false },
    { id: 1, text: "Called the user.", created_at: null, created_by: null, internal: false, detail: true, resolution: false },
  ],
  url: "https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=4711",
  redactions: 1,
  fetched_at: "2026-11-23T10:00:00Z",
};

test("the ticket's summary, company and people show, its notes fold out", async () => {
  fakeApi({ [`GET ${TICKET}`]: () => json(ticket) });
  renderWithProviders(<TicketContextCard session={{ ticket_id: "4711", ticket_verified: true }} />);

  const card = screen.getByRole("region", { name: "Ticket #4711" });
  expect(await screen.findByText("Outlook won't start after the Office update")).toBeInTheDocument();
  expect(card).toHaveTextContent("CompanyContoso Ltd");
  expect(card).toHaveTextContent("ContactAlex Doe");
  expect(card).toHaveTextContent("StatusIn Progress");
  expect(card).not.toHaveTextContent("Priority");
  expect(card).toHaveTextContent("1 secret hidden");
  expect(screen.getByRole("link", { name: "Open in ConnectWise" })).toHaveAttribute("href", ticket.url);
  expect(screen.queryByText("Unverified")).not.toBeInTheDocument();

  const toggle = screen.getByRole("button", { name: /Show the last 2 notes/ });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(screen.queryByText("Called the user.")).not.toBeInTheDocument();
  await userEvent.click(toggle);
  const notes = screen.getByRole("list", { name: "Ticket notes, newest first" });
  expect(notes.children[0]).toHaveTextContent("jsmith");
  expect(notes.children[0]).toHaveTextContent("Password is [REDACTED:password]");
  expect(notes.children[1]).toHaveTextContent("Called the user.");
});

test("an unverified ticket says so", async () => {
  fakeApi({ [`GET ${TICKET}`]: () => json(ticket) });
  renderWithProviders(<TicketContextCard session={{ ticket_id: "4711", ticket_verified: false }} />);

  expect(await screen.findByText("Unverified")).toBeInTheDocument();
  expect(screen.getByText(/could not be reached when the session started/)).toBeInTheDocument();
});

test("a ticket ConnectWise no longer has is named", async () => {
  fakeApi({ [`GET ${TICKET}`]: () => json({ detail: "psa_ticket_not_found", message: "The PSA has no ticket 4711." }, 404) });
  renderWithProviders(<TicketContextCard session={{ ticket_id: "4711", ticket_verified: true }} />);

  expect(await screen.findByText(/The PSA has no ticket 4711\. It may have been deleted or merged/)).toBeInTheDocument();
});

test("an unreachable ConnectWise is explained, and asked again on request", async () => {
  let down = true;
  const server = fakeApi({
    [`GET ${TICKET}`]: () =>
      down ? json({ detail: "psa_timeout", message: "ConnectWise did not answer within 15 s." }, 504) : json(ticket),
  });
  renderWithProviders(<TicketContextCard session={{ ticket_id: "4711", ticket_verified: true }} />);

  expect(await screen.findByText("ConnectWise could not be reached")).toBeInTheDocument();
  expect(screen.getByText("ConnectWise did not answer within 15 s.")).toBeInTheDocument();
  expect(server.calls(`GET ${TICKET}`)).toBe(1);

  down = false;
  await userEvent.click(screen.getByRole("button", { name: "Ask ConnectWise again" }));
  expect(await screen.findByText("Outlook won't start after the Office update")).toBeInTheDocument();
});

test("without a connection the card only says where details come from; without a ticket there is no card", async () => {
  const server = fakeApi({ [`GET ${TICKET}`]: () => json({ detail: "psa_not_connected", message: "No PSA." }, 409) });
  const { unmount } = renderWithProviders(<TicketContextCard session={{ ticket_id: "4711", ticket_verified: null }} />);
  expect(await screen.findByText(/once a team admin connects ConnectWise/)).toBeInTheDocument();
  unmount();

  renderWithProviders(<TicketContextCard session={{ ticket_id: null, ticket_verified: null }} />);
  expect(screen.queryByRole("region")).not.toBeInTheDocument();
  expect(server.requests).toHaveLength(1);
});
