import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { SignInForm } from "./SignInForm";

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedOut();
});

test("an empty form names both missing fields and sends nothing", async () => {
  const server = fakeApi({});
  renderWithProviders(<SignInForm />);

  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

  expect(screen.getByLabelText("E-mail")).toHaveAccessibleDescription("Enter your e-mail address.");
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Enter your password.");
  expect(screen.getByLabelText("E-mail")).toHaveAttribute("aria-invalid", "true");
  expect(server.requests).toHaveLength(0);
});

test("an address without a domain is refused before sending", async () => {
  const server = fakeApi({});
  renderWithProviders(<SignInForm />);

  await userEvent.type(screen.getByLabelText("E-mail"), "erin@localhost");
  await userEvent.type(screen.getByLabelText("Password"), "secret-password");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

  expect(screen.getByLabelText("E-mail")).toHaveAccessibleDescription("Enter an e-mail address like name@company.com.");
  expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "false");
  expect(server.requests).toHaveLength(0);
});

test("correct credentials sign in", async () => {
  const server = fakeApi({ "POST /api/v1/auth/login": () => json(tokens("access-1")) });
  renderWithProviders(<SignInForm />);

  await userEvent.type(screen.getByLabelText("E-mail"), " engineer@demo.local ");
  await userEvent.type(screen.getByLabelText("Password"), "northwind-demo-26");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

  await expect.poll(() => useSessionStore.getState().status).toBe("signed-in");
  expect(useSessionStore.getState().accessToken).toBe("access-1");
  expect(await server.requests[0]?.json()).toEqual({ email: "engineer@demo.local", password: "northwind-demo-26" });
});

test("a wrong password shows the API's message", async () => {
  fakeApi({
    "POST /api/v1/auth/login": () =>
      json({ detail: "invalid_credentials", message: "E-mail or password is incorrect." }, 401),
  });
  renderWithProviders(<SignInForm />);

  await userEvent.type(screen.getByLabelText("E-mail"), "engineer@demo.local");
  await userEvent.type(screen.getByLabelText("Password"), "wrong-password");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

  expect(await screen.findByRole("alert")).toHaveTextContent("E-mail or password is incorrect.");
  expect(useSessionStore.getState().status).toBe("signed-out");
});
