import { screen, within } from "@testing-library/react";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

const TEAM_ADMIN = { ...ENGINEER, email: "admin@demo.local", full_name: "Alex Admin", role: "team_admin" };
// The first render of a route imports its lazy modules: slow on a busy machine.
const LAZY = { timeout: 4000 };
const OPERATOR = { ...TEAM_ADMIN, email: "super@demo.local", full_name: "Sam Operator", role: "super_admin", is_super_admin: true };

beforeEach(() => {
  resetSession();
  fakeApi({
    "GET /api/v1/teams/current/members": () => json([]),
    "GET /api/v1/teams": () => json([{ id: ENGINEER.team.id, name: "Northwind IT", slug: "northwind-it", created_at: "2026-01-01T00:00:00Z", member_count: 4 }]),
  });
});

test("/admin opens the members of a team admin's team, with every section but Teams", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  const { router } = renderApp("/admin");

  expect(await screen.findByRole("heading", { name: "Members", level: 1 }, LAZY)).toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/admin/members");
  const sections = within(screen.getByRole("navigation", { name: "Administration" })).getAllByRole("link");
  expect(sections.map((link) => link.textContent)).toEqual([
    "Members",
    "Invitations",
    "Session policy",
    "Redaction rules",
    "PSA connection",
    "Member mapping",
    "AI usage & budget",
  ]);
  expect(sections[0]).toHaveAttribute("aria-current", "page");
});

test("Teams is for the operator only", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  renderApp("/admin/teams");
  expect(await screen.findByText("Not available for your role", {}, LAZY)).toBeInTheDocument();
});

test("the operator lists the installation's teams", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", OPERATOR));
  renderApp("/admin/teams");

  expect(await screen.findByRole("heading", { name: "Teams", level: 1 }, LAZY)).toBeInTheDocument();
  expect(within(screen.getByRole("navigation", { name: "Administration" })).getByRole("link", { name: "Teams" })).toBeInTheDocument();
  expect(await screen.findByRole("cell", { name: /Northwind IT/ })).toHaveTextContent("(you are signed in to it)");
});
