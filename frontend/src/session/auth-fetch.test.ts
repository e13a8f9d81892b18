import { beforeEach, describe, expect, test } from "vitest";

import { api } from "@/api/client";
import { fakeApi, json, resetSession, tokens, ENGINEER } from "@/test/fake-api";

import { useSessionStore } from "./store";

const EXPIRED = json({ detail: "token_expired", message: "The access token has expired; refresh it." }, 401);

/** /auth/me that accepts only the "fresh" token; everything else is expired. */
function meAcceptingOnly(token: string) {
  return (request: Request) =>
    request.headers.get("Authorization") === `Bearer ${token}` ? json(ENGINEER) : EXPIRED.clone();
}

function refreshAnswering(response: () => Response, delayMs = 20) {
  return () => new Promise<Response>((resolve) => setTimeout(() => { resolve(response()); }, delayMs));
}

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("stale"));
});

describe("an expired access token", () => {
  test("is refreshed once for many parallel requests, and every request is retried", async () => {
    const server = fakeApi({
      "GET /api/v1/auth/me": meAcceptingOnly("fresh"),
      "POST /api/v1/auth/refresh": refreshAnswering(() => json(tokens("fresh"))),
    });

    const results = await Promise.all(Array.from({ length: 8 }, () => api.GET("/api/v1/auth/me")));

    expect(server.calls("POST /api/v1/auth/refresh")).toBe(1);
    expect(results.every((result) => result.data?.email === ENGINEER.email)).toBe(true);
    expect(server.calls("GET /api/v1/auth/me")).toBe(16);
    expect(useSessionStore.getState().accessToken).toBe("fresh");
  });

  test("retries with the same method and body", async () => {
    const server = fakeApi({
      "POST /api/v1/auth/password/change": (request) =>
        request.headers.get("Authorization") === "Bearer fresh" ? new Response(null, { status: 204 }) : EXPIRED.clone(),
      "POST /api/v1/auth/refresh": () => json(tokens("fresh")),
    });

    const { response } = await api.POST("/api/v1/auth/password/change", {
      body: { current_password: "old-password-1", new_password: "new-password-2" },
    });

    expect(response.status).toBe(204);
    const retried = server.requests.filter((request) => request.url.endsWith("/password/change"));
    expect(retried).toHaveLength(2);
    expect(await retried[1]?.json()).toEqual({ current_password: "old-password-1", new_password: "new-password-2" });
  });

  test("that another request already replaced is retried with the new one, without a second refresh", async () => {
    const server = fakeApi({
      "GET /api/v1/auth/me": (request) => {
        // Meanwhile another request refreshed.
        useSessionStore.getState().signedIn(tokens("fresh"));
        return meAcceptingOnly("fresh")(request);
      },
      "POST /api/v1/auth/refresh": () => json(tokens("newer")),
    });

    const { data } = await api.GET("/api/v1/auth/me");

    expect(data?.email).toBe(ENGINEER.email);
    expect(server.calls("POST /api/v1/auth/refresh")).toBe(0);
  });

  test("other refusals are not refreshed", async () => {
    const server = fakeApi({
      "GET /api/v1/teams/current/invitations": () => json({ detail: "insufficient_role", message: "No." }, 403),
    });

    const { response } = await api.GET("/api/v1/teams/{team_ref}/invitations", { params: { path: { team_ref: "current" } } });

    expect(response.status).toBe(403);
    expect(server.calls("POST /api/v1/auth/refresh")).toBe(0);
  });
});

describe("a refused refresh signs out and says why", () => {
  test.each([
    [
      { detail: "session_expired_idle", message: "x", idle_timeout_minutes: 30 },
      "You were signed out after 30 minutes of inactivity.",
    ],
    [{ detail: "session_expired_idle", message: "x", idle_timeout_minutes: 1 }, "You were signed out after 1 minute of inactivity."],
    [{ detail: "session_expired_absolute", message: "x" }, "Your session reached its maximum length. Please sign in again."],
    [{ detail: "session_revoked", message: "x" }, "You were signed out (signed in elsewhere or password changed)."],
  ])("%o", async (refusal, message) => {
    const server = fakeApi({
      "GET /api/v1/auth/me": meAcceptingOnly("fresh"),
      "POST /api/v1/auth/refresh": () => json(refusal, 401),
    });

    const results = await Promise.all([api.GET("/api/v1/auth/me"), api.GET("/api/v1/auth/me")]);

    expect(results.map((result) => result.response.status)).toEqual([401, 401]);
    expect(server.calls("POST /api/v1/auth/refresh")).toBe(1);
    const session = useSessionStore.getState();
    expect(session.status).toBe("signed-out");
    expect(session.accessToken).toBeNull();
    expect(session.notice?.message).toBe(message);
  });

  test("an unknown refresh token leads to the plain sign-in page", async () => {
    fakeApi({
      "GET /api/v1/auth/me": meAcceptingOnly("fresh"),
      "POST /api/v1/auth/refresh": () => json({ detail: "invalid_refresh_token", message: "x" }, 401),
    });

    await api.GET("/api/v1/auth/me");

    expect(useSessionStore.getState()).toMatchObject({ status: "signed-out", notice: null });
  });

  test("a server error during refresh keeps the user signed in", async () => {
    fakeApi({
      "GET /api/v1/auth/me": meAcceptingOnly("fresh"),
      "POST /api/v1/auth/refresh": () => json({ detail: "internal_error", message: "x" }, 500),
    });

    await expect(api.GET("/api/v1/auth/me")).rejects.toThrow();

    expect(useSessionStore.getState().status).toBe("signed-in");
  });
});
