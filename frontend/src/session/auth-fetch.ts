import { readErrorBody } from "@/api/errors";

import { refreshSession } from "./refresh";
import { currentAccessToken } from "./store";

/** 401 codes that a fresh access token can cure (`invalid_token` also covers an ended login:
 *  the refresh then fails with the reason, which the sign-in page shows). */
const REFRESHABLE = new Set(["token_expired", "invalid_token"]);

function withBearer(request: Request, token: string | null): Request {
  if (!token) {
    return request;
  }
  const headers = new Headers(request.headers);
  headers.set("Authorization", `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * The fetch behind the signed-in API client: adds the access token; on a refreshable 401 gets a
 * new token once (shared with every other request that failed meanwhile) and retries once.
 */
export async function authFetch(request: Request): Promise<Response> {
  const replay = request.clone();
  const sentToken = currentAccessToken();
  const response = await globalThis.fetch(withBearer(request, sentToken));
  if (response.status !== 401) {
    return response;
  }
  const { detail } = await readErrorBody(response);
  if (typeof detail !== "string" || !REFRESHABLE.has(detail)) {
    return response;
  }
  // Another request may have refreshed while this one was on its way: use that token.
  const latest = currentAccessToken();
  const token = latest && latest !== sentToken ? latest : await refreshSession();
  return token ? globalThis.fetch(withBearer(replay, token)) : response;
}
