// Turns the committed OpenAPI document into TypeScript types (openapi-typescript).
// Shared by `npm run api:generate` and the test that fails when the committed types are stale.
import openapiTS, { astToString } from "openapi-typescript";

export const OPENAPI_JSON = new URL("../src/api/openapi.json", import.meta.url);
export const SCHEMA_TYPES = new URL("../src/api/schema.d.ts", import.meta.url);

const HEADER =
  "// Generated from src/api/openapi.json by `npm run api:generate` (make api-client). Do not edit.\n\n";

export async function renderApiTypes() {
  const ast = await openapiTS(OPENAPI_JSON);
  return HEADER + astToString(ast);
}
