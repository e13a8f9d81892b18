// npm run api:generate: the backend's OpenAPI document (built without a server or database) to
// src/api/openapi.json, then its TypeScript types to src/api/schema.d.ts.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { OPENAPI_JSON, SCHEMA_TYPES, renderApiTypes } from "./api-types.mjs";

const backend = fileURLToPath(new URL("../../backend/", import.meta.url));
const python = process.env.BACKEND_PYTHON ?? `${backend}.venv/bin/python`;
if (!existsSync(python)) {
  console.error(`No backend virtual environment at ${python}: run \`make setup\` in the repository first.`);
  process.exit(1);
}

execFileSync(python, ["-m", "app.cli", "openapi", "--output", fileURLToPath(OPENAPI_JSON)], {
  cwd: backend,
  stdio: "inherit",
});
writeFileSync(SCHEMA_TYPES, await renderApiTypes());
console.log("Wrote src/api/openapi.json and src/api/schema.d.ts");
