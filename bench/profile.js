#!/usr/bin/env node
// CPU profile of the 80k full lint and of the incremental path (node --cpu-prof), summarised as the functions with
// the most self time. Usage: node bench/profile.js [full|incremental|both] [--no-build] [--keep]
// --keep leaves the .cpuprofile files in bench/profiles/ (open them in Chrome DevTools).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);

if (argv[0] === "--target") {
  // The profiled workload, in its own process.
  const mode = argv[1];
  const { buildReport } = await import("../test/fixtures/texts.js");
  const core = await import(pathToFileURL(join(root, "dist/src/core/index.js")).href);
  let text = buildReport(80_000);
  if (mode === "full") {
    for (let i = 0; i < 30; i++) core.lint(text);
  } else {
    const linter = core.createLinter();
    linter.lint(text);
    const mid = text.length >> 1;
    for (let i = 0; i < 400; i++) {
      const pos = mid + ((i >> 1) % 40);
      text = i % 2 === 0 ? text.slice(0, pos) + "的" + text.slice(pos) : text.slice(0, pos) + text.slice(pos + 1);
      text.charCodeAt(pos); // flatten the concatenation here, not inside lint
      linter.lint(text);
    }
  }
  process.exit(0);
}

if (!argv.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
const modes = argv[0] === "full" || argv[0] === "incremental" ? [argv[0]] : ["full", "incremental"];
const keep = argv.includes("--keep");
for (const mode of modes) {
  const dir = keep ? join(root, "bench", "profiles", mode) : mkdtempSync(join(tmpdir(), "gongwen-prof-"));
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, fileURLToPath(import.meta.url), "--target", mode], { stdio: "inherit" });
  const file = readdirSync(dir).filter((n) => n.endsWith(".cpuprofile")).sort().pop();
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
  console.log(`\n## ${mode === "full" ? "full lint of 80k ×30" : "re-lint after a 1-char edit, 80k ×400"}\n`);
  console.log(summarise(profile).join("\n"));
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

/** Self time per function (and per source file), in ms and %, top entries first. */
function summarise(profile) {
  const dt = new Map();
  const { samples, timeDeltas, nodes } = profile;
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const byFn = new Map(), byFile = new Map();
  let total = 0;
  for (const n of nodes) {
    const us = dt.get(n.id) ?? 0;
    total += us;
    const cf = n.callFrame;
    const url = cf.url ? relative(root, fileURLToPath(cf.url.startsWith("file:") ? cf.url : pathToFileURL(cf.url))) : `(${cf.functionName || "native"})`;
    const key = `${cf.functionName || "(anonymous)"} ${url}:${cf.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    byFile.set(url, (byFile.get(url) ?? 0) + us);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `| ${(us / 1000).toFixed(0)} ms | ${((100 * us) / total).toFixed(1)}% | ${k} |`);
  return ["| self | % | function |", "|---|---|---|", ...top(byFn, 20), "", "| self | % | file |", "|---|---|---|", ...top(byFile, 12)];
}
