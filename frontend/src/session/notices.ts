import type { ApiErrorBody } from "@/api/errors";

import type { SignOutNotice } from "./store";

function minutes(count: number): string {
  return count === 1 ? "1 minute" : `${count} minutes`;
}

/**
 * What to tell a user whose refresh was refused (401 from /auth/refresh), by its `detail` code.
 * `null`: nothing to explain (no or unknown refresh token), the plain sign-in page.
 */
export function signOutNotice(body: ApiErrorBody): SignOutNotice | null {
  switch (body.detail) {
    case "session_expired_idle": {
      const idle = body.idle_timeout_minutes;
      return {
        code: body.detail,
        message:
          typeof idle === "number"
            ? `You were signed out after ${minutes(idle)} of inactivity.`
            : "You were signed out after a period of inactivity.",
      };
    }
    case "session_expired_absolute":
      return { code: body.detail, message: "Your session reached its maximum length. Please sign in again." };
    case "session_revoked":
      return { code: body.detail, message: "You were signed out (signed in elsewhere or password changed)." };
    default:
      return null;
  }
}
