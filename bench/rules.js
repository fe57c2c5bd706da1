#!/usr/bin/env node
// Cost of each rule alone: CPU time of a fresh full lint with only that rule on, on the 10k and 80k reports, and
// the growth ratio (8× more text should cost about 8×). Finds the rules that dominate or grow superlinearly.
// Usage: node bench/rules.js [--no-build] [--adversarial]   (--adversarial adds 10k→30k ratios per input kind)
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
if (!argv.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
const { buildReport, ADVERSARIAL } = await import("../test/fixtures/texts.js");
const core = await import(pathToFileURL(join(root, "dist/src/core/index.js")).href);
let segmenter = null;
try {
  segmenter = await (await import(pathToFileURL(join(root, "dist/src/segment/index.js")).href)).loadSegmenter();
} catch {}

const cpu = (fn) => {
  const s = process.cpuUsage();
  fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
};
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
function timeRule(rule, text, runs = 5) {
  const rules = Object.fromEntries(core.allRules.map((r) => [r.id, r.id === rule?.id ? r.meta.defaultSeverity : "off"]));
  const options = { rules: rule ? rules : undefined, segmenter };
  core.createLinter(options).lint(text);
  return median(Array.from({ length: runs }, () => cpu(() => core.createLinter(options).lint(text))));
}

const small = buildReport(10_000), large = buildReport(80_000);
const rows = [["(engine, no rule)", null], ...core.allRules.map((r) => [r.id, r])].map(([id, r]) => {
  const rules = r ? undefined : Object.fromEntries(core.allRules.map((x) => [x.id, "off"]));
  const a = r ? timeRule(r, small) : median(Array.from({ length: 5 }, () => cpu(() => core.lint(small, { rules }))));
  const b = r ? timeRule(r, large, 3) : median(Array.from({ length: 5 }, () => cpu(() => core.lint(large, { rules }))));
  return { id, scope: r?.meta.scope ?? "", a, b };
});
rows.push({ id: "(all rules)", scope: "", a: timeRule(undefined, small), b: timeRule(undefined, large, 3) });
rows.sort((x, y) => y.b - x.b);
console.log("| rule | scope | 10k CPU ms | 80k CPU ms | growth (8× text) |\n|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.id} | ${r.scope} | ${r.a.toFixed(2)} | ${r.b.toFixed(1)} | ${(r.b / Math.max(r.a, 0.01)).toFixed(1)}× |`);

if (argv.includes("--adversarial")) {
  console.log("\n| input (one paragraph) | rule | 10k CPU ms | 30k CPU ms | growth (3× text) |\n|---|---|---|---|---|");
  for (const [kind, make] of Object.entries(ADVERSARIAL)) {
    const s = make(10_000), l = make(30_000);
    for (const r of core.allRules) {
      const a = timeRule(r, s, 3);
      if (a < 1) continue;
      const b = timeRule(r, l, 1);
      if (b / a > 6) console.log(`| ${kind} | ${r.id} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(1)}× |`);
    }
  }
}
