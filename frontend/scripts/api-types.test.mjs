// @vitest-environment node
// The backend's side of this check (tests/core/test_openapi.py) compares openapi.json with the API.
import { readFileSync } from "node:fs";

import { expect, test } from "vitest";

import { SCHEMA_TYPES, renderApiTypes } from "./api-types.mjs";

test("src/api/schema.d.ts is generated from the committed openapi.json", async () => {
  const committed = readFileSync(SCHEMA_TYPES, "utf8");

  expect(committed === (await renderApiTypes()), "stale API types: run `npm run api:generate`").toBe(true);
});
