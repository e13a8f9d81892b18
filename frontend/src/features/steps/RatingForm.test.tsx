import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { RatingForm } from "./RatingForm";

const STEP_ID = "57ac7c85-e8da-4a36-a0ea-06e1a40a430f";
const RATING_ROUTE = `/api/v1/steps/${STEP_ID}/rating`;

test("a rating needs stars; nothing is sent without", async () => {
  const server = fakeApi({});
  renderWithProviders(<RatingForm stepId={STEP_ID} myRating={null} myReview="" />);

  await userEvent.type(screen.getByLabelText("Review (optional)"), "Worked well");
  await userEvent.click(screen.getByRole("button", { name: "Save rating" }));

  expect(screen.getByText("Choose from 1 to 5 stars.")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Withdraw rating" })).not.toBeInTheDocument();
  expect(server.requests).toHaveLength(0);
});

test("stars and a review are saved as my rating", async () => {
  const server = fakeApi({ [`PUT ${RATING_ROUTE}`]: () => json({ rating: 4 }) });
  renderWithProviders(<RatingForm stepId={STEP_ID} myRating={null} myReview="" />);

  await userEvent.click(screen.getByRole("radio", { name: "4 stars" }));
  await userEvent.type(screen.getByLabelText("Review (optional)"), "  Fixed it in two minutes. ");
  await userEvent.click(screen.getByRole("button", { name: "Save rating" }));

  await expect.poll(() => server.calls(`PUT ${RATING_ROUTE}`)).toBe(1);
  expect(await server.requests[0]?.json()).toEqual({ rating: 4, review: "Fixed it in two minutes." });
});

test("the stars work from the keyboard", async () => {
  renderWithProviders(<RatingForm stepId={STEP_ID} myRating={2} myReview="" />);

  screen.getByRole("radio", { name: "2 stars" }).focus();
  await userEvent.keyboard("{ArrowRight}");

  expect(screen.getByRole("radio", { name: "3 stars" })).toBeChecked();
});

test("my rating can be changed or withdrawn", async () => {
  const server = fakeApi({ [`PUT ${RATING_ROUTE}`]: () => json({ rating: 5 }), [`DELETE ${RATING_ROUTE}`]: () => new Response(null, { status: 204 }) });
  renderWithProviders(<RatingForm stepId={STEP_ID} myRating={3} myReview="Okay" />);

  expect(screen.getByRole("radio", { name: "3 stars" })).toBeChecked();
  expect(screen.getByLabelText("Review (optional)")).toHaveValue("Okay");
  await userEvent.click(screen.getByRole("radio", { name: "5 stars" }));
  await userEvent.click(screen.getByRole("button", { name: "Update rating" }));
  await expect.poll(() => server.calls(`PUT ${RATING_ROUTE}`)).toBe(1);
  expect(await server.requests[0]?.json()).toEqual({ rating: 5, review: "Okay" });

  await userEvent.click(screen.getByRole("button", { name: "Withdraw rating" }));
  await expect.poll(() => server.calls(`DELETE ${RATING_ROUTE}`)).toBe(1);
  await expect.poll(() => screen.getByRole("radio", { name: "5 stars" })).not.toBeChecked();
  expect(screen.getByLabelText("Review (optional)")).toHaveValue("");
});

test("a review over 4000 characters is refused before sending", async () => {
  const server = fakeApi({});
  renderWithProviders(<RatingForm stepId={STEP_ID} myRating={4} myReview={"a".repeat(4001)} />);

  await userEvent.click(screen.getByRole("button", { name: "Update rating" }));

  expect(screen.getByLabelText("Review (optional)")).toHaveAccessibleDescription(/at most 4000 characters/);
  expect(server.requests).toHaveLength(0);
});
