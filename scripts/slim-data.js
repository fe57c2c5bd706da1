#!/usr/bin/env node
// Build step after tsc: rewrites the data copies in dist/rules/*.json without the fields that only document an
// entry or feed its schema test (`example`, `counterExample`, `note`, a file's `$comment`), compactly. No code under src reads them at
// run time (the data tests read rules/*.json, which stay complete), and they were ~10% of the core bundle.
// `source` stays: wording-expression and wording-confusable report it as a diagnostic's basis.
// scripts/bundle.js slims the data it inlines with the same `slimData`, so the bundle does not depend on this
// step having run.
// Usage: node scripts/slim-data.js (run by `npm run build`).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const DROP = new Set(["example", "counterExample", "note", "$comment"]);

/** A copy of parsed rule data without the fields that only document an entry. */
export function slimData(value) {
  if (Array.isArray(value)) return value.map(slimData);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) if (!DROP.has(k)) out[k] = slimData(v);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dir = join(root, "dist", "rules");
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".json")) continue;
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(slimData(JSON.parse(readFileSync(file, "utf8")))) + "\n");
  }
}
