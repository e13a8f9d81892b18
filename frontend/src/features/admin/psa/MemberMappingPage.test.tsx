import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { MemberMapping, PsaMember } from "./api";
import { MemberMappingPage } from "./MemberMappingPage";

const MAPPINGS = "/api/v1/psa/connectwise/member-mappings";
const MEMBERS = "/api/v1/psa/connectwise/members";
const ERIN_ID = "7d0c1c3e-58a4-4a35-9d0e-2c1b7c0a0001";
const VIC_ID = "7d0c1c3e-58a4-4a35-9d0e-2c1b7c0a0003";

const erinCw: PsaMember = { id: 102, identifier: "eengineer", name: "Erin Engineer", email: "engineer@demo.local" };
const jordan: PsaMember = { id: 103, identifier: "jsmith", name: "Jordan Smith", email: "j.smith@northwind.example" };
const erin: MemberMapping = { user_id: ERIN_ID, full_name: "Erin Engineer", email: "engineer@demo.local", role: "engineer", member: erinCw, source: "auto" };
const vic: MemberMapping = { user_id: VIC_ID, full_name: "Vic Viewer", email: "viewer@demo.local", role: "viewer", member: null, source: null };

test("without a connection the page links to the connection page", async () => {
  fakeApi({ [`GET ${MAPPINGS}`]: () => json({ detail: "psa_not_connected", message: "The team has no PSA connection." }, 409) });
  renderWithProviders(<MemberMappingPage />, { path: "/admin/member-mapping" });

  expect(await screen.findByText("No ConnectWise connection yet")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Set up the PSA connection" })).toHaveAttribute("href", "/admin/psa");
  expect(screen.queryByRole("button", { name: "Auto-match by e-mail" })).not.toBeInTheDocument();
});

test("members show beside their ConnectWise member, and the unmatched ones on their own", async () => {
  fakeApi({ [`GET ${MAPPINGS}`]: () => json({ items: [erin, vic], unmatched: [vic] }) });
  renderWithProviders(<MemberMappingPage />);

  const erinRow = (await screen.findByRole("cell", { name: /Erin Engineer engineer@demo.local/ })).closest("tr");
  expect(erinRow).toHaveTextContent("eengineer");
  expect(erinRow).toHaveTextContent("Matched by e-mail");
  expect(screen.getByRole("row", { name: /Vic Viewer/ })).toHaveTextContent("Not mapped: notes are written as the API member.");

  await userEvent.click(screen.getByRole("button", { name: "Unmatched (1)" }));
  expect(screen.getByRole("button", { name: "Unmatched (1)" })).toHaveAttribute("aria-pressed", "true");
  expect(screen.queryByRole("row", { name: /Erin Engineer/ })).not.toBeInTheDocument();
  expect(screen.getByRole("row", { name: /Vic Viewer/ })).toBeInTheDocument();
});

test("auto-match sums up what it did", async () => {
  const server = fakeApi({
    [`GET ${MAPPINGS}`]: () => json({ items: [{ ...erin, member: null, source: null }, vic], unmatched: [vic] }),
    [`POST ${MAPPINGS}/auto-match`]: () => json({ items: [erin, vic], unmatched: [vic], matched: 1, unmatched_members: [jordan] }),
  });
  renderWithProviders(<MemberMappingPage />);

  await userEvent.click(await screen.findByRole("button", { name: "Auto-match by e-mail" }));

  expect(await screen.findByText("1 member matched by e-mail")).toBeInTheDocument();
  expect(screen.getByText(/1 member has no ConnectWise member/)).toBeInTheDocument();
  expect(screen.getByText("1 active ConnectWise member is mapped to nobody")).toBeInTheDocument();
  expect(screen.getByRole("row", { name: /Erin Engineer/ })).toHaveTextContent("Matched by e-mail");
  expect(server.calls(`POST ${MAPPINGS}/auto-match`)).toBe(1);
});

test("a member is mapped by hand from ConnectWise's members, searched and paged", async () => {
  let mapped: MemberMapping = vic;
  const server = fakeApi({
    [`GET ${MAPPINGS}`]: () => json({ items: [erin, mapped], unmatched: mapped.member ? [] : [mapped] }),
    [`GET ${MEMBERS}`]: (request) =>
      new URL(request.url).searchParams.get("page") === "1"
        ? json({ items: [erinCw], page: 1, page_size: 100, has_more: true })
        : json({ items: [jordan], page: 2, page_size: 100, has_more: false }),
    [`PUT ${MAPPINGS}/${VIC_ID}`]: () => {
      mapped = { ...vic, member: jordan, source: "manual" };
      return json(mapped);
    },
  });
  renderWithProviders(<MemberMappingPage />);

  await userEvent.click(await screen.findByRole("button", { name: "Choose the ConnectWise member of Vic Viewer" }));
  const dialog = screen.getByRole("dialog", { name: "ConnectWise member of Vic Viewer" });
  await userEvent.type(within(dialog).getByLabelText("Search ConnectWise members"), "jordan");
  expect(await within(dialog).findByText(/No loaded member matches “jordan”/)).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole("button", { name: "Load more members" }));
  await userEvent.click(await within(dialog).findByRole("radio", { name: /Jordan Smith/ }));
  await userEvent.click(within(dialog).getByRole("button", { name: "Map member" }));

  await waitFor(() => {
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
  const put = server.requests.find((request) => request.method === "PUT");
  expect(await put?.json()).toEqual({ member_id: 103 });
  expect(await screen.findByText("Set by hand")).toBeInTheDocument();
});

test("clearing a mapping drops it", async () => {
  const server = fakeApi({
    [`GET ${MAPPINGS}`]: () => json({ items: [erin, vic], unmatched: [vic] }),
    [`DELETE ${MAPPINGS}/${ERIN_ID}`]: () => new Response(null, { status: 204 }),
  });
  renderWithProviders(<MemberMappingPage />);

  expect(await screen.findByRole("button", { name: "Clear the mapping of Erin Engineer" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Clear the mapping of Vic Viewer" })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Clear the mapping of Erin Engineer" }));

  await waitFor(() => {
    expect(server.calls(`DELETE ${MAPPINGS}/${ERIN_ID}`)).toBe(1);
  });
  expect(server.calls(`GET ${MAPPINGS}`)).toBeGreaterThanOrEqual(1);
});
