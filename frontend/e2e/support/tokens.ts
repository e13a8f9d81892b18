import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString("base64url");
}

/**
 * The same access token, but expired: its claims with `iat`/`exp` an hour back, signed with the
 * e2e server's key (kept in its data folder). The server refuses it as `token_expired`, for real.
 */
export function expiredCopyOf(accessToken: string): string {
  const [header, payload] = accessToken.split(".");
  if (!header || !payload) throw new Error("not a JWT");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const body = base64url(JSON.stringify({ ...claims, iat: now - 3600, exp: now - 2700 }));
  const key = readFileSync(join(process.env.E2E_DATA_DIR ?? "", "secret_key"), "utf8").trim();
  const signature = createHmac("sha256", key).update(`${header}.${body}`).digest("base64url");
  return `${header}.${body}.${signature}`;
}
