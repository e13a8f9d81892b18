import { expect, test } from "vitest";

import { cacheOutlivedItsUser } from "./query-client";

const erin = { id: "user-erin", team: { id: "team-northwind" } };
const signedIn = (user = erin) => ({ status: "signed-in" as const, user });
const signedOut = { status: "signed-out" as const, user: null };
const restoring = { status: "restoring" as const, user: null };

test("signing out, or another user or team signing in, forgets what was cached", () => {
  expect(cacheOutlivedItsUser(signedIn(), signedOut)).toBe(true);
  expect(cacheOutlivedItsUser(signedIn(), signedIn({ id: "user-nia", team: erin.team }))).toBe(true);
  expect(cacheOutlivedItsUser(signedIn(), signedIn({ ...erin, team: { id: "team-contoso" } }))).toBe(true);
});

test("a visit that starts signed out keeps its public requests (restoring the login fails meanwhile)", () => {
  expect(cacheOutlivedItsUser(restoring, signedOut)).toBe(false);
  expect(cacheOutlivedItsUser(restoring, signedIn())).toBe(false);
  expect(cacheOutlivedItsUser(signedOut, signedIn())).toBe(false);
});

test("a refreshed token of the same user keeps the cache", () => {
  expect(cacheOutlivedItsUser(signedIn(), signedIn({ ...erin }))).toBe(false);
});
