/**
 * Talking to the e2e server directly, beside the browser: sign in over the API (to set up or put
 * back shared demo data), read the dev outbox, and move the server's clock.
 */
import { expect, type APIRequestContext } from "@playwright/test";

import { DEMO_PASSWORD } from "./fixtures";

/** An access token of `email`, from the API's login (the browser's sign-in is not touched). */
export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * Moves the server's clock `seconds` ahead of the real time (0 puts it back). The e2e server has
 * this hook because global-setup starts it with E2E_CLOCK_CONTROL=true, which the API accepts only
 * with ENVIRONMENT=local (backend/app/dev/router.py). Put it back before the test ends.
 */
export async function setServerClock(request: APIRequestContext, seconds: number): Promise<void> {
  const response = await request.put("/api/v1/dev/clock", { data: { offset_seconds: seconds } });
  expect(response.status(), await response.text()).toBe(200);
}

interface OutboxMail {
  to: string;
  subject: string;
  body: string;
}

/** The token of the last `/<path>?token=…` link mailed to `email` (the dev outbox, local only). */
export async function mailedToken(request: APIRequestContext, email: string, path: string): Promise<string> {
  const response = await request.get("/api/v1/dev/outbox");
  expect(response.status()).toBe(200);
  const mails = ((await response.json()) as OutboxMail[]).filter((mail) => mail.to === email);
  const token = new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(mails.at(-1)?.body ?? "")?.[1];
  if (!token) throw new Error(`no ${path} link mailed to ${email}`);
  return token;
}
