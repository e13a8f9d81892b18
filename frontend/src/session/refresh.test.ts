import { beforeEach, expect, test } from "vitest";

import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";

import { restoreSession } from "./refresh";
import { useSessionStore } from "./store";

beforeEach(resetSession);

test("app load signs back in from the refresh cookie", async () => {
  fakeApi({ "POST /api/v1/auth/refresh": () => json(tokens("restored")) });

  await restoreSession();

  expect(useSessionStore.getState()).toMatchObject({ status: "signed-in", accessToken: "restored" });
});

test("app load without a usable cookie shows the plain sign-in page", async () => {
  fakeApi({ "POST /api/v1/auth/refresh": () => json({ detail: "invalid_refresh_token", message: "x" }, 401) });

  await restoreSession();

  expect(useSessionStore.getState()).toMatchObject({ status: "signed-out", notice: null });
});

test("app load while the server is unreachable says so", async () => {
  fakeApi({ "POST /api/v1/auth/refresh": () => Promise.reject(new TypeError("Failed to fetch")) });

  await restoreSession();

  const session = useSessionStore.getState();
  expect(session.status).toBe("signed-out");
  expect(session.notice?.message).toMatch(/Could not reach ResolutionFlow/);
});
