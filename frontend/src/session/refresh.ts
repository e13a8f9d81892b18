import { ApiError, describeError, errorBodyOf } from "@/api/errors";
import { publicApi } from "@/api/public-client";

import { signOutNotice } from "./notices";
import { useSessionStore } from "./store";

let inFlight: Promise<string | null> | null = null;

/**
 * Exchange the refresh cookie for a new access token. Single-flight: callers arriving while a
 * refresh runs share it, so many parallel 401s cause one refresh. Resolves to the new token, or to
 * null when the API refused (the session store is then signed out, with a notice saying why).
 * Throws on network or server errors, which say nothing about the login.
 */
export function refreshSession(): Promise<string | null> {
  inFlight ??= acrossTabs(requestRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Tabs share the cookie, and a refresh token is single-use (reuse ends the login), so tabs take
 * turns: the next one sends the cookie the previous one received.
 */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  return locks ? await locks.request("rf-refresh", task) : await task();
}

async function requestRefresh(): Promise<string | null> {
  const { data, error, response } = await publicApi.POST("/api/v1/auth/refresh", {});
  if (data) {
    useSessionStore.getState().signedIn(data);
    return data.access_token;
  }
  const body = errorBodyOf(error);
  if (response.status === 401) {
    useSessionStore.getState().signedOut(signOutNotice(body));
    return null;
  }
  throw new ApiError(response.status, body);
}

/** On app load: sign back in from the refresh cookie if it is still good. */
export async function restoreSession(): Promise<void> {
  try {
    await refreshSession();
  } catch (error) {
    useSessionStore.getState().signedOut({ code: "restore_failed", message: describeError(error).message });
  }
}

/** End this login on the server (the cookie names it) and forget it here. */
export async function signOut(): Promise<void> {
  try {
    await publicApi.POST("/api/v1/auth/logout", {});
  } finally {
    useSessionStore.getState().signedOut();
  }
}
