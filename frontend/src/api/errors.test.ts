import { expect, test } from "vitest";

import { ApiError, describeError } from "./errors";

test("our own server failures read as ours; a PSA's keep the message that says what to fix", () => {
  expect(describeError(new ApiError(500, { detail: "internal_error", message: "Traceback…" })).message).toBe(
    "Something went wrong on our side. Try again in a moment.",
  );
  const psa = new ApiError(502, { detail: "psa_bad_credentials", message: "ConnectWise refused the credentials." });
  expect(describeError(psa)).toEqual({ code: "psa_bad_credentials", message: "ConnectWise refused the credentials." });
});
