#!/usr/bin/env node
// Rebuilds rules/corpus/profile.json, the prebuilt style profile of the bundled reference report, from the compiled
// library (run `npm run build` first): buildProfile over rules/corpus/reference-report.txt with the segmenter, the
// source named 参考范文. `--check` exits 1 when the shipped file is stale instead of writing it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { buildProfile } = await import(pathToFileURL(join(root, "dist/src/core/profile.js")).href);
const { loadSegmenter } = await import(pathToFileURL(join(root, "dist/src/segment/index.js")).href);

export async function profileJson() {
  const text = readFileSync(join(root, "rules/corpus/reference-report.txt"), "utf8");
  const profile = buildProfile([text], await loadSegmenter(), ["参考范文"]);
  return JSON.stringify(profile) + "\n";
}

const out = join(root, "rules/corpus/profile.json");
const json = await profileJson();
if (process.argv.includes("--check")) {
  const current = readFileSync(out, "utf8");
  if (current !== json) {
    console.error("build-profile: rules/corpus/profile.json is stale; run npm run build && node scripts/build-profile.js");
    process.exit(1);
  }
  console.log("build-profile: profile.json is current");
} else {
  writeFileSync(out, json);
  console.log(`build-profile: wrote ${out} (${json.length} bytes)`);
}
