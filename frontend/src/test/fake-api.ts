import { vi } from "vitest";

import type { TokenResponse } from "@/api/types";
import { useSessionStore } from "@/session/store";

type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/**
 * Replaces `fetch` with handlers by "METHOD /path"; records every request. Unknown routes get 404.
 * `const server = fakeApi({ "GET /api/v1/auth/me": () => json(me) })`.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const handler = handlers[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : json({ detail: "not_found", message: "Not found." }, 404);
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    requests,
    calls: (route: string) =>
      requests.filter((request) => `${request.method} ${new URL(request.url).pathname}` === route).length,
  };
}

export const ENGINEER = {
  id: "7d0c1c3e-58a4-4a35-9d0e-2c1b7c0a0001",
  email: "engineer@demo.local",
  full_name: "Erin Engineer",
  email_verified: true,
  is_super_admin: false,
  role: "engineer",
  team: { id: "7d0c1c3e-58a4-4a35-9d0e-2c1b7c0a0002", name: "Northwind IT" },
} satisfies TokenResponse["user"];

export function tokens(accessToken: string, user: TokenResponse["user"] = ENGINEER): TokenResponse {
  return { access_token: accessToken, token_type: "bearer", expires_in: 900, user, refresh_token: null };
}

export function resetSession(): void {
  useSessionStore.setState({ status: "restoring", accessToken: null, user: null, notice: null });
}
