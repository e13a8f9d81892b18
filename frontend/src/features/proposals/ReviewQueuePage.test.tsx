import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { Toaster } from "@/components/ui";
import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { ReviewQueuePage } from "./ReviewQueuePage";
import { proposal } from "./test-proposals";

const LIST = "GET /api/v1/proposals";
const RUN = "POST /api/v1/copilot/flywheel/run";
const TEAM_ADMIN = { ...ENGINEER, role: "team_admin" };

function statusesAsked(server: ReturnType<typeof fakeApi>): (string | null)[] {
  return server.requests.filter((request) => request.url.includes("/api/v1/proposals")).map((request) => new URL(request.url).searchParams.get("status"));
}

beforeEach(() => {
  resetSession();
});

test("pending proposals show their kind, how many sessions they come from, and link to their page", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", ENGINEER));
  fakeApi({ [LIST]: () => json({ items: [proposal(), proposal({ id: "0d4c", kind: "new_flow", title: "New flow: scanner cases" })], next_cursor: null }) });
  renderWithProviders(<ReviewQueuePage />, { path: "/proposals" });

  const list = await screen.findByRole("list", { name: "Pending proposals" });
  const [branch, flow] = within(list).getAllByRole("listitem");
  expect(within(list).getByRole("link", { name: /another path at/ })).toHaveAttribute("href", `/proposals/${proposal().id}`);
  expect(branch).toHaveTextContent("New branch");
  expect(branch).toHaveTextContent("From 3 sessions");
  expect(flow).toHaveTextContent("New flow");
  expect(screen.getByRole("button", { name: "Pending" })).toHaveAttribute("aria-pressed", "true");
  // Only team admins run the flywheel.
  expect(screen.queryByRole("button", { name: "Run the flywheel now" })).not.toBeInTheDocument();
});

test("the status tabs ask for that status and show why a proposal was rejected", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", ENGINEER));
  const rejected = proposal({ status: "rejected", decided_at: "2026-11-23T09:00:00Z", reject_reason: "Covered by the Teams flow" });
  const server = fakeApi({
    [LIST]: (request) => json({ items: new URL(request.url).searchParams.get("status") === "rejected" ? [rejected] : [], next_cursor: null }),
  });
  renderWithProviders(<ReviewQueuePage />, { path: "/proposals" });

  expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
  expect(screen.getByText(/runs every night/)).toHaveTextContent("A team admin reviews each proposal.");
  await userEvent.click(screen.getByRole("button", { name: "Rejected" }));

  const list = await screen.findByRole("list", { name: "Rejected proposals" });
  expect(list).toHaveTextContent("Reason: Covered by the Teams flow");
  expect(statusesAsked(server)).toEqual(["pending", "rejected"]);
});

test("a team admin runs the flywheel and reads what it did in a toast", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  let created = false;
  const server = fakeApi({
    [LIST]: () => json({ items: created ? [proposal()] : [], next_cursor: null }),
    [RUN]: () => {
      created = true;
      return json({ sessions_read: 212, sessions_embedded: 12, candidates: 40, clusters: 1, proposals_created: 1, until: "2026-11-23T10:00:00Z" });
    },
  });
  renderWithProviders(
    <>
      <ReviewQueuePage />
      <Toaster />
    </>,
    { path: "/proposals" },
  );

  expect(await screen.findByText(/You can also run it now/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Run the flywheel now" }));

  const toast = await screen.findByText("1 new proposal to review");
  expect(toast.parentElement).toHaveTextContent("Read 212 sessions (12 newly embedded); 40 ended unresolved, escalated or off the flow's path; 1 group");
  expect(await screen.findByRole("list", { name: "Pending proposals" })).toBeInTheDocument();
  expect(server.calls(RUN)).toBe(1);
});

test("a flywheel already running is said so", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  fakeApi({
    [LIST]: () => json({ items: [], next_cursor: null }),
    [RUN]: () => json({ detail: "flywheel_running", message: "The knowledge flywheel is already running for this team; try again shortly." }, 409),
  });
  renderWithProviders(
    <>
      <ReviewQueuePage />
      <Toaster />
    </>,
    { path: "/proposals" },
  );

  await userEvent.click(await screen.findByRole("button", { name: "Run the flywheel now" }));

  await waitFor(() => {
    expect(screen.getByRole("alert")).toHaveTextContent("The flywheel did not run");
  });
  expect(screen.getByRole("alert")).toHaveTextContent("already running for this team");
});
