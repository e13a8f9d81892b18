// After `vite build`: gzipped JavaScript per route (the entry chunk plus the route's own chunks),
// from dist/.vite/manifest.json. Fails when a route exceeds its budget (issue 6: runner ≤ 200 kB).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const DIST = new URL("../dist/", import.meta.url);
const BUDGETS_KB = { "src/features/runner/RunnerPage.tsx": 200 };
const DEFAULT_BUDGET_KB = 250;

const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", DIST), "utf8"));
const gzipSizes = new Map();

function gzipKb(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(new URL(file, DIST))).length / 1024);
  return gzipSizes.get(file);
}

/** Files a chunk needs before it runs: itself and its static imports, recursively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entryFiles = new Set([...staticClosure(entryKey)].map((key) => manifest[key].file));
const entryKb = [...entryFiles].reduce((sum, file) => sum + gzipKb(file), 0);
const cssKb = (manifest[entryKey].css ?? []).reduce((sum, file) => sum + gzipKb(file), 0);

const rows = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry && key.startsWith("src/features/"))
  .map((key) => {
    const own = [...staticClosure(key)].map((k) => manifest[k].file).filter((file) => !entryFiles.has(file));
    const ownKb = own.reduce((sum, file) => sum + gzipKb(file), 0);
    return { route: key.replace("src/features/", "").replace(/\.tsx$/, ""), key, ownKb, totalKb: entryKb + ownKb };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

console.log(`\nJavaScript per route, gzipped (shared entry ${entryKb.toFixed(1)} kB; CSS ${cssKb.toFixed(1)} kB):`);
let overBudget = false;
for (const row of rows) {
  const budget = BUDGETS_KB[row.key] ?? DEFAULT_BUDGET_KB;
  const over = row.totalKb > budget;
  overBudget ||= over;
  console.log(
    `  ${row.route.padEnd(38)} ${row.totalKb.toFixed(1).padStart(7)} kB  (own ${row.ownKb.toFixed(1)} kB; budget ${budget} kB)${over ? "  OVER BUDGET" : ""}`,
  );
}
if (overBudget) {
  console.error("A route is over its bundle budget: code-split what it does not need at once.");
  process.exit(1);
}
