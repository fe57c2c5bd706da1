// One measurement in a fresh Node process, so that module loading and memory start from nothing.
// Usage: node bench/child.js cold-plain|cold-seg|rss <textFile> [<core module>]
// Prints one JSON line. Timings start before the library is imported. The core is what the package ships as
// "gongwen-lint/core" (the bundle dist/gongwen-lint.js), segmentation its "gongwen-lint/segment", both resolved
// through package.json's exports; a third argument loads another core module instead (e.g. dist/src/core/index.js,
// the unbundled compiler output, to compare).
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [mode, file, coreFile] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const tRead = performance.now();
const cRead = process.cpuUsage();
const cpuSince = () => { const d = process.cpuUsage(cRead); return (d.user + d.system) / 1000; };
const core = await import(coreFile ? pathToFileURL(join(root, coreFile)).href : "gongwen-lint/core");
const tImport = performance.now();
const result = { mode, chars: text.length };

if (mode === "cold-plain") {
  // The editor's case: the module is loaded, then a document arrives and is linted for the first time (no JIT warm-up).
  const cLint = process.cpuUsage();
  const diags = core.lint(text);
  const tFirst = performance.now();
  const dLint = process.cpuUsage(cLint);
  Object.assign(result, {
    importMs: tImport - tRead,
    firstDiagnosticsMs: tFirst - tRead,
    firstDiagnosticsCpuMs: cpuSince(),
    firstLintMs: tFirst - tImport,
    firstLintCpuMs: (dLint.user + dLint.system) / 1000,
    diagnostics: diags.length,
  });
} else if (mode === "cold-seg") {
  const plain = core.lint(text, { phase: "plain" });
  const tPlain = performance.now();
  const seg = await import(coreFile ? pathToFileURL(join(root, coreFile.includes("/src/") ? "dist/src/segment/index.js" : "dist/segment.js")).href : "gongwen-lint/segment");
  const segmenter = await seg.loadSegmenter();
  const tLoaded = performance.now();
  const diags = core.lint(text, { segmenter, phase: "segmentation" });
  const tSeg = performance.now();
  result.segmentationDiagnosticsCpuMs = cpuSince();
  Object.assign(result, {
    firstDiagnosticsMs: tPlain - tRead,
    loadSegmenterMs: tLoaded - tPlain,
    segmentationDiagnosticsMs: tSeg - tRead,
    diagnostics: plain.length + diags.length,
  });
} else if (mode === "rss") {
  const base = process.resourceUsage().maxRSS;
  const t = performance.now();
  const diags = core.lint(text);
  const ms = performance.now() - t;
  Object.assign(result, { lintMs: ms, diagnostics: diags.length, baseRssMB: base / 1024, maxRssMB: process.resourceUsage().maxRSS / 1024 });
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(JSON.stringify(result) + "\n");
