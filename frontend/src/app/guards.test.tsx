import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

beforeEach(resetSession);

test("a signed-out visitor signs in and lands on the page they asked for", async () => {
  useSessionStore.getState().signedOut({ code: "session_expired_idle", message: "You were signed out after 60 minutes of inactivity." });
  fakeApi({
    "GET /api/v1/meta": () => json({ environment: "test", demo: null }),
    "POST /api/v1/auth/login": () => json(tokens("access-1")),
  });
  const { router } = renderApp("/sessions/42/run");

  expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  expect(router.state.location.search).toBe("?next=%2Fsessions%2F42%2Frun");
  expect(screen.getByRole("alert")).toHaveTextContent("You were signed out after 60 minutes of inactivity.");

  await userEvent.type(screen.getByLabelText("E-mail"), "engineer@demo.local");
  await userEvent.type(screen.getByLabelText("Password"), "northwind-demo-26");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

  expect(await screen.findByRole("heading", { name: "Session" })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/sessions/42/run");
});

test("admin pages are not offered to engineers", async () => {
  useSessionStore.getState().signedIn(tokens("access-1"));
  renderApp("/admin");

  expect(await screen.findByText("Not available for your role")).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Library" })).toBeInTheDocument();
});
