import createClient from "openapi-fetch";

import { authFetch } from "@/session/auth-fetch";

import { API_BASE_URL } from "./public-client";
import type { paths } from "./schema";

/**
 * The typed API client for signed-in pages. Paths, parameters and bodies are checked against the
 * backend's OpenAPI document: `api.GET("/api/v1/flows/{flow_id}", { params: { path: { flow_id } } })`.
 * Requests carry the access token; an expired one is refreshed once and the request retried.
 */
export const api = createClient<paths>({
  baseUrl: API_BASE_URL,
  credentials: "same-origin",
  fetch: authFetch,
});
