import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { Member } from "./api";
import { MembersPage } from "./MembersPage";

const MEMBERS = "/api/v1/teams/current/members";
const ADMIN_ID = "7d0c1c3e-58a4-4a35-9d0e-2c1b7c0a0010";

const admin: Member = {
  user_id: ADMIN_ID,
  email: "admin@demo.local",
  full_name: "Alex Admin",
  role: "team_admin",
  disabled: false,
  email_verified: true,
  joined_at: "2026-01-05T09:00:00Z",
};
const engineer: Member = { ...admin, user_id: ENGINEER.id, email: ENGINEER.email, full_name: ENGINEER.full_name, role: "engineer" };

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("access-1", { ...ENGINEER, id: ADMIN_ID, email: admin.email, full_name: admin.full_name, role: "team_admin" }));
});

test("changing a member's role asks first, then sends only the role", async () => {
  const server = fakeApi({
    [`GET ${MEMBERS}`]: () => json([admin, engineer]),
    [`PATCH ${MEMBERS}/${ENGINEER.id}`]: async (request) => json({ ...engineer, ...((await request.json()) as object) }),
  });
  renderWithProviders(<MembersPage />);

  const role = await screen.findByLabelText("Role of Erin Engineer");
  await userEvent.selectOptions(role, "Team admin");

  const dialog = screen.getByRole("dialog", { name: "Make Erin Engineer team admin?" });
  expect(server.calls(`PATCH ${MEMBERS}/${ENGINEER.id}`)).toBe(0);
  await userEvent.click(within(dialog).getByRole("button", { name: "Make team admin" }));

  await waitFor(() => {
    expect(screen.getByLabelText("Role of Erin Engineer")).toHaveValue("team_admin");
  });
  const patch = server.requests.find((request) => request.method === "PATCH");
  expect(await patch?.json()).toEqual({ role: "team_admin" });
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
});

test("cancelling a role change sends nothing and keeps the role", async () => {
  const server = fakeApi({ [`GET ${MEMBERS}`]: () => json([admin, engineer]) });
  renderWithProviders(<MembersPage />);

  await userEvent.selectOptions(await screen.findByLabelText("Role of Erin Engineer"), "Viewer");
  await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));

  expect(screen.getByLabelText("Role of Erin Engineer")).toHaveValue("engineer");
  expect(server.requests.filter((request) => request.method !== "GET")).toHaveLength(0);
});

test("the API's refusal to demote the last team admin is shown in the dialog", async () => {
  fakeApi({
    [`GET ${MEMBERS}`]: () => json([admin, engineer]),
    [`PATCH ${MEMBERS}/${ADMIN_ID}`]: () =>
      json({ detail: "last_team_admin", message: "A team needs at least one active team_admin." }, 409),
  });
  renderWithProviders(<MembersPage />);

  await userEvent.selectOptions(await screen.findByLabelText("Role of Alex Admin"), "Engineer");
  const dialog = screen.getByRole("dialog", { name: "Make Alex Admin engineer?" });
  expect(dialog).toHaveTextContent("You will no longer be able to open the admin pages.");
  await userEvent.click(within(dialog).getByRole("button", { name: "Make engineer" }));

  expect(await within(dialog).findByRole("alert")).toHaveTextContent("A team needs at least one active team admin.");
  expect(screen.getByLabelText("Role of Alex Admin")).toHaveValue("team_admin");
});

test("you cannot disable or remove yourself from here; others can be disabled after confirming", async () => {
  const server = fakeApi({
    [`GET ${MEMBERS}`]: () => json([admin, engineer]),
    [`PATCH ${MEMBERS}/${ENGINEER.id}`]: () => json({ ...engineer, disabled: true }),
  });
  renderWithProviders(<MembersPage />);

  await screen.findByLabelText("Role of Alex Admin");
  expect(screen.queryByRole("button", { name: "Disable Alex Admin" })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Remove Alex Admin" })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole("button", { name: "Disable Erin Engineer" }));
  await userEvent.click(within(screen.getByRole("dialog", { name: "Disable Erin Engineer?" })).getByRole("button", { name: "Disable" }));

  expect(await screen.findByRole("button", { name: "Enable Erin Engineer" })).toBeInTheDocument();
  expect(await server.requests.find((request) => request.method === "PATCH")?.json()).toEqual({ disabled: true });
});
