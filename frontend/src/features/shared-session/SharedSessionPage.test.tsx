import { screen } from "@testing-library/react";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession } from "@/test/fake-api";
import { renderApp } from "@/test/render";

const TOKEN = "tok-123";
const SHARED = `GET /api/v1/shared/${TOKEN}`;

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedOut();
});

test("a public link shows the redacted document without signing in", async () => {
  const server = fakeApi({
    [SHARED]: () =>
      json({ format: "md", content: "# Session documentation: Slow PC\n\npassword=[REDACTED:password]", redactions: 1, scope: "public", expires_at: "2026-11-24T10:00:00Z" }),
  });
  renderApp(`/shared/${TOKEN}`);

  expect(await screen.findByRole("heading", { name: "Session documentation: Slow PC" }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByText("1 secret hidden")).toBeInTheDocument();
  expect(screen.queryByRole("navigation", { name: "Main" })).not.toBeInTheDocument();
  expect(server.requests[0]?.headers.get("Authorization")).toBeNull();
  expect(new URL(server.requests[0]?.url ?? "").searchParams.get("format")).toBe("md");
});

test.each([
  [410, "share_expired", "This link has expired"],
  [410, "share_revoked", "This link was revoked"],
  [404, "share_not_found", "This link does not exist"],
  [401, "invalid_token", "Sign in to view this session"],
])("a %i %s says so", async (status, code, title) => {
  fakeApi({ [SHARED]: () => json({ detail: code, message: "No." }, status) });
  renderApp(`/shared/${TOKEN}`);

  expect(await screen.findByText(title, {}, { timeout: 5000 })).toBeInTheDocument();
  if (status === 401) {
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(`/shared/${TOKEN}`)}`);
  }
});
