import { expect, test } from "vitest";

import { safeNextPath, signInPathFor } from "./next-path";

test("the sign-in link carries the page the user was on", () => {
  expect(signInPathFor({ pathname: "/sessions/42/run", search: "?tab=notes", hash: "" })).toBe(
    "/sign-in?next=%2Fsessions%2F42%2Frun%3Ftab%3Dnotes",
  );
  expect(signInPathFor({ pathname: "/", search: "", hash: "" })).toBe("/sign-in");
});

test.each([
  ["/library?q=vpn", "/library?q=vpn"],
  [null, "/"],
  ["https://evil.example", "/"],
  ["//evil.example", "/"],
  ["/\\evil.example", "/"],
])("after sign-in %s leads to %s", (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});
