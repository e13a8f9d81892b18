import createClient from "openapi-fetch";

import type { paths } from "./schema";

/** Same origin in the browser; an absolute base so that `new Request()` also works in tests. */
export const API_BASE_URL = globalThis.location.origin;

/**
 * The API without an access token: sign-in, refresh and the other public endpoints.
 * `fetch` is looked up at call time (tests replace it).
 */
export const publicApi = createClient<paths>({
  baseUrl: API_BASE_URL,
  credentials: "same-origin",
  fetch: (request) => globalThis.fetch(request),
});
