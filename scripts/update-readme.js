#!/usr/bin/env node
// Regenerates the README's rule table from the rules' meta (run after `npm run build`).
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { updateReadme } = await import(join(root, "dist/src/docs/rule-table.js"));
const { allRules } = await import(join(root, "dist/src/rules/index.js"));
const path = join(root, "README.md");
const before = readFileSync(path, "utf8");
const after = updateReadme(before, allRules);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? "README rule table is current" : `README rule table updated (${allRules.length} rules)`);
