import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { SessionPolicyForm } from "./SessionPolicyForm";

const POLICY = "PUT /api/v1/teams/current/session-policy";
const SAVED = { idle_timeout_minutes: 60, absolute_lifetime_hours: 12 };

async function enter(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

test("the saved policy is shown in words, and saving waits for a change", () => {
  renderWithProviders(<SessionPolicyForm saved={SAVED} />);

  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveValue(60);
  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAccessibleDescription(/From 5 to 1440 minutes \(1 day\)\..*That is 1 hour\./);
  expect(screen.getByLabelText("Absolute lifetime (hours)")).toHaveAccessibleDescription(/From 1 to 720 hours \(30 days\)\..*That is 12 hours\./);
  expect(screen.getByRole("button", { name: "Save policy" })).toBeDisabled();
});

test("values outside the API's ranges are refused before sending", async () => {
  const server = fakeApi({});
  renderWithProviders(<SessionPolicyForm saved={SAVED} />);

  await enter("Idle timeout (minutes)", "4");
  await enter("Absolute lifetime (hours)", "721");
  await userEvent.click(screen.getByRole("button", { name: "Save policy" }));

  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAccessibleDescription(/Enter a whole number of minutes from 5 to 1440\./);
  expect(screen.getByLabelText("Absolute lifetime (hours)")).toHaveAccessibleDescription(/Enter a whole number of hours from 1 to 720\./);
  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAttribute("aria-invalid", "true");
  expect(server.requests).toHaveLength(0);
});

test("empty and fractional values are refused too", async () => {
  const server = fakeApi({});
  renderWithProviders(<SessionPolicyForm saved={SAVED} />);

  await enter("Idle timeout (minutes)", "");
  await enter("Absolute lifetime (hours)", "1.5");
  await userEvent.click(screen.getByRole("button", { name: "Save policy" }));

  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Absolute lifetime (hours)")).toHaveAttribute("aria-invalid", "true");
  expect(server.requests).toHaveLength(0);
});

test("the minimum idle timeout is saved", async () => {
  const server = fakeApi({ [POLICY]: async (request) => json(await request.json()) });
  renderWithProviders(<SessionPolicyForm saved={SAVED} />);

  await enter("Idle timeout (minutes)", "5");
  await userEvent.click(screen.getByRole("button", { name: "Save policy" }));

  await waitFor(() => {
    expect(server.calls(POLICY)).toBe(1);
  });
  expect(await server.requests[0]?.json()).toEqual({ idle_timeout_minutes: 5, absolute_lifetime_hours: 12 });
  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAttribute("aria-invalid", "false");
});

test("the API's field errors are shown at their field", async () => {
  fakeApi({
    [POLICY]: () =>
      json(
        {
          detail: "validation_error",
          message: "The request is invalid.",
          errors: [{ loc: ["body", "idle_timeout_minutes"], msg: "Input should be greater than or equal to 5", type: "greater_than_equal" }],
        },
        422,
      ),
  });
  renderWithProviders(<SessionPolicyForm saved={SAVED} />);

  await enter("Idle timeout (minutes)", "30");
  await userEvent.click(screen.getByRole("button", { name: "Save policy" }));

  await waitFor(() => {
    expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAttribute("aria-invalid", "true");
  });
  expect(screen.getByLabelText("Idle timeout (minutes)")).toHaveAccessibleDescription(/Input should be greater than or equal to 5/);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});
