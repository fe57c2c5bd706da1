#!/usr/bin/env node
// Measures false alarms: lints every .txt in the given folders (or files) with the default config and prints each
// warning/error (and info with --info), then warnings+errors per 10,000 characters (newlines not counted).
// Usage: npm run check:real -- ../shared/real-reports/clean [--rule ID]... [--family NAME]... [--info] [--summary]
//        [--no-segmentation]
// It reads texts in place and copies nothing into the project.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const paths = [], rules = [], families = [];
let showInfo = false, summaryOnly = false, useSegmentation = true;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--rule") rules.push(args[++i]);
  else if (a === "--family") families.push(args[++i]);
  else if (a === "--info") showInfo = true;
  else if (a === "--summary") summaryOnly = true;
  else if (a === "--no-segmentation") useSegmentation = false;
  else if (a === "--no-build") { /* handled below */ }
  else paths.push(a);
}
if (paths.length === 0) {
  console.error("usage: npm run check:real -- <folder|file>... [--rule ID] [--family NAME] [--info] [--summary]");
  process.exit(2);
}
if (!args.includes("--no-build")) {
  try {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  } catch {
    console.error("(build reported type errors; measuring what was emitted)");
  }
}
const core = await import(join(root, "dist/src/core/index.js"));
let segmenter = null;
if (useSegmentation) {
  try {
    const seg = await import(join(root, "dist/src/segment/index.js"));
    segmenter = await seg.loadSegmenter();
  } catch (e) {
    console.error(`(segmentation unavailable: ${e.message.split("\n")[0]})`);
  }
}
const files = paths.flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((n) => n.endsWith(".txt")).sort().map((n) => join(p, n)) : [p],
);
const linter = core.createLinter({ segmenter });
let chars = 0;
const counts = { error: 0, warning: 0, info: 0 };
const byRule = new Map();
for (const file of files) {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  chars += text.replace(/\r?\n/g, "").length;
  const diags = linter.lint(text).filter((d) =>
    (rules.length === 0 || rules.includes(d.ruleId)) &&
    (families.length === 0 || families.includes(core.allRules.find((r) => r.id === d.ruleId)?.meta.family)));
  const shown = diags.filter((d) => showInfo || d.severity !== "info");
  for (const d of diags) {
    counts[d.severity]++;
    const k = `${d.ruleId} (${d.severity})`;
    byRule.set(k, (byRule.get(k) ?? 0) + 1);
  }
  if (summaryOnly || shown.length === 0) continue;
  console.log(`\n${file}`);
  for (const d of shown) {
    const before = text.lastIndexOf("\n", d.from - 1) + 1;
    const line = text.slice(0, d.from).split("\n").length;
    const ctx = text.slice(Math.max(before, d.from - 12), Math.min(text.length, d.to + 12)).replace(/\n/g, "⏎");
    console.log(`  ${line}:${d.from - before + 1}  ${d.severity}  ${d.ruleId}  「${text.slice(d.from, d.to)}」  ${d.message}  …${ctx}…`);
  }
}
console.log(`\n${files.length} files, ${chars} characters`);
for (const [k, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
const alarms = counts.error + counts.warning;
console.log(`errors ${counts.error}, warnings ${counts.warning}, infos ${counts.info}`);
console.log(`warnings+errors per 10k characters: ${((alarms * 10000) / Math.max(chars, 1)).toFixed(2)}`);
