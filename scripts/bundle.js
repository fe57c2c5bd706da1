#!/usr/bin/env node
// Build step after tsc: bundles the compiled library (dist/src/**/*.js) into a few ES modules in dist/, so that
// importing the core loads one file instead of ~70 modules and nine JSON files (Node spent ~70 ms of a cold start
// resolving, reading and linking them):
//   dist/gongwen-lint.js      the core, every rule and their data (slimmed as scripts/slim-data.js does)
//   dist/index.js             the root entry: the core and the CodeMirror extension
//   dist/codemirror.js        the CodeMirror extension          } all three import the core from
//   dist/codemirror-worker.js the segmentation worker           } ./gongwen-lint.js: one copy of it,
//   dist/cli.js               the command line                  } whatever mix of entries is loaded
//   dist/segment.js           word segmentation; imports segmentit only when loadSegmenter() runs
// @codemirror/*, segmentit and node:* stay imports. dist/src/** stays as it is: the .d.ts files are the types.
// Usage: node scripts/bundle.js (run by `npm run build`, after tsc).
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import { slimData } from "./slim-data.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundle file (without `.js`) → compiled module it starts from. */
export const ENTRIES = {
  "gongwen-lint": "dist/src/core/index.js",
  index: "dist/src/index.js",
  codemirror: "dist/src/codemirror/index.js",
  "codemirror-worker": "dist/src/codemirror/worker.js",
  segment: "dist/src/segment/index.js",
  cli: "dist/src/cli/main.js",
};

// The core, the rules and their data: everything that must exist once however many entries are loaded.
const CORE_PATH = /[\\/]dist[\\/](src[\\/](core|rules)[\\/]|rules[\\/])/;
// Data imported from outside the core (src/segment reads rules/vocabulary.json) gets its own copy, marked so:
// otherwise segment.js would import the whole core for 2 kB of word list, and the core would export it.
const OWN_COPY = "?own-copy";
const inCore = (id) => CORE_PATH.test(id) && !id.endsWith(OWN_COPY);

/** Inlines rule data without the fields only its schema tests read (the same slimming as dist/rules/*.json). */
const slimJson = {
  name: "gongwen-slim-json",
  resolveId: {
    filter: { id: /\.json$/ },
    handler(source, importer) {
      if (!importer || inCore(importer) || !source.startsWith(".")) return null;
      return resolve(dirname(importer), source) + OWN_COPY;
    },
  },
  load: {
    filter: { id: /\.json(\?own-copy)?$/ },
    handler(id) {
      const file = id.endsWith(OWN_COPY) ? id.slice(0, -OWN_COPY.length) : id;
      return { code: JSON.stringify(slimData(JSON.parse(readFileSync(file, "utf8")))), moduleType: "json" };
    },
  },
};

export async function bundle() {
  for (const name of Object.keys(ENTRIES)) rmSync(join(root, "dist", `${name}.js.map`), { force: true });
  const { output } = await build({
    cwd: root,
    input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    platform: "neutral",
    // The core entry may export more than src/core/index.ts, should another entry import an internal from it
    // (else the core would become a facade over a shared chunk, which the check below refuses).
    preserveEntrySignatures: "allow-extension",
    external: [/^@codemirror\//, /^segmentit(\/|$)/, /^node:/],
    plugins: [slimJson],
    logLevel: "warn",
    output: {
      dir: join(root, "dist"),
      format: "esm",
      sourcemap: true,
      entryFileNames: "[name].js",
      chunkFileNames: "[name]-[hash].js",
      codeSplitting: { groups: [{ name: "gongwen-lint", test: inCore }] },
    },
  });
  // One file per entry and no shared chunk: loading the core must stay one module.
  const extra = output.filter((o) => o.type === "chunk" && !o.isEntry).map((o) => o.fileName);
  if (extra.length > 0) throw new Error(`bundle: unexpected shared chunks ${extra.join(", ")}: the core must stay one file`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
