// The bundles the package ships (scripts/bundle.js → dist/*.js): they lint exactly as the sources do, the core
// exists once however the entries are mixed, the data is inlined slimmed, and package.json points at them.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseAst } from "rolldown/parseAst";
import { beforeAll, describe, expect, it } from "vitest";
import * as source from "../src/core/index.js";
import type { Segmenter } from "../src/core/types.js";
import { loadDefaultSegmenter } from "../src/cli/run.js";
import { ENTRIES, bundle } from "../scripts/bundle.js";
import { buildReport, readDrafts } from "./fixtures/texts.js";
import { BIN, ensureBuilt, newestMtime, root, spawnBin } from "./cli-support.js";

const dist = join(root, "dist");
const CORE_BUNDLE = join(dist, "gongwen-lint.js");

let bundled: typeof source;
let segmenter: Segmenter | null = null;

beforeAll(async () => {
  ensureBuilt();
  // `npm run build` stops before bundling when tsc reports a type error (work in progress elsewhere) though it has
  // emitted dist/src: bundle what was emitted, so that the bundles compared are those of the current sources.
  const stale = Object.keys(ENTRIES).some((name) => {
    const file = join(dist, `${name}.js`);
    return !existsSync(file) || statSync(file).mtimeMs < newestMtime(join(dist, "src"));
  });
  if (stale) await bundle();
  bundled = (await import(pathToFileURL(CORE_BUNDLE).href)) as typeof source;
  segmenter = await loadDefaultSegmenter();
}, 180_000);

/** The other bundle files a bundle imports statically, and whether it imports anything else. */
function importsOf(file: string): { local: string[]; bare: string[]; dynamic: string[] } {
  const ast = parseAst(readFileSync(join(dist, file), "utf8"), { lang: "js" }, file) as unknown as { body: { type: string; source?: { value: string } | null }[] };
  const out = { local: [] as string[], bare: [] as string[], dynamic: [] as string[] };
  for (const node of ast.body) {
    if (!/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) || !node.source) continue;
    (node.source.value.startsWith("./") ? out.local : out.bare).push(node.source.value);
  }
  out.dynamic = [...readFileSync(join(dist, file), "utf8").matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
  return out;
}

describe("the core bundle lints exactly as the sources do", () => {
  const texts = [...readDrafts(), { name: "generated 20k report", text: buildReport(20_000) }];

  it("has drafts and a segmenter to compare with", () => {
    expect(texts.length).toBeGreaterThan(10);
    expect(segmenter, "src/segment could not be loaded").not.toBeNull();
    expect(bundled.allRules.map((r) => r.id)).toEqual(source.allRules.map((r) => r.id));
  });

  it.each(texts.map((t) => [t.name, t.text] as const))("%s: diagnostics without and with segmentation, and fix-all", (_name, text) => {
    expect(bundled.lint(text)).toEqual(source.lint(text));
    expect(bundled.lint(text, { segmenter })).toEqual(source.lint(text, { segmenter }));
    const linterB = bundled.createLinter({ segmenter });
    const linterS = source.createLinter({ segmenter });
    const fixedB = bundled.fixAll(text, (t) => linterB.lint(t));
    const fixedS = source.fixAll(text, (t) => linterS.lint(t));
    expect(fixedB.output).toBe(fixedS.output);
    expect(fixedB.remaining).toEqual(fixedS.remaining);
  });

  it("learns the same profile from a reference and refuses the same bad configuration", () => {
    const reference = buildReport(5000, { planted: false });
    expect(bundled.buildProfile([reference])).toEqual(source.buildProfile([reference]));
    expect(bundled.defaultProfile).toEqual(source.defaultProfile);
    expect(() => bundled.lint("一、总体要求", { rules: { "no-such-rule": "off" } })).toThrow(bundled.ConfigError);
  });
});

describe("what the bundles hold", () => {
  it("the core bundle is self-contained: no import at all, so no segmentit and no editor", () => {
    expect(importsOf("gongwen-lint.js")).toEqual({ local: [], bare: [], dynamic: [] });
  });

  it("every core, rule and data module is in dist/gongwen-lint.js only; the other entries import it from there", () => {
    // A bundle with no code of its own (index.js only re-exports) has no source map.
    const sourcesOf = (map: string) => (existsSync(join(dist, map)) ? (JSON.parse(readFileSync(join(dist, map), "utf8")) as { sources: string[] }).sources : []);
    const coreSources = (map: string) => sourcesOf(map)
      .filter((s) => /(^|\/)src\/(core|rules)\//.test(s) || /(^|\/)rules\/[^/]+\.json$/.test(s));
    const inCore = coreSources("gongwen-lint.js.map");
    expect(inCore.length).toBeGreaterThan(60);
    for (const name of Object.keys(ENTRIES).filter((n) => n !== "gongwen-lint")) {
      expect(coreSources(`${name}.js.map`), `${name}.js carries a copy of core code`).toEqual([]);
    }
    expect(importsOf("index.js").local.sort()).toEqual(["./codemirror.js", "./gongwen-lint.js"]);
    expect(importsOf("codemirror.js").local).toEqual(["./gongwen-lint.js"]);
    expect(importsOf("codemirror-worker.js").local.sort()).toEqual(["./gongwen-lint.js", "./segment.js"]);
    expect(importsOf("cli.js").local).toEqual(["./gongwen-lint.js"]);
    expect(importsOf("cli.js").dynamic).toEqual(["./segment.js"]);
  });

  it("segmentation loads segmentit only when asked, and does not need the core", () => {
    expect(importsOf("segment.js")).toEqual({ local: [], bare: [], dynamic: ["segmentit"] });
  });

  it("inlines the rule data without the fields only its schema tests read", () => {
    const code = readFileSync(CORE_BUNDLE, "utf8");
    expect(code).toContain('"idiom":');
    expect(code).toContain('"source":');
    expect(code).not.toMatch(/"(example|counterExample|note)"\s*:/);
  });

  it("package.json loads the bundles and types from the compiler's .d.ts files", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { main: string; exports: Record<string, string | { types: string; default: string }> };
    const shipped = (file: string) => file.replace(/^\.\/dist\//, "").replace(/\.js$/, "");
    const targets: Record<string, string> = {};
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === "string") continue;
      expect(existsSync(join(root, value.types)), value.types).toBe(true);
      targets[key] = shipped(value.default);
    }
    expect(targets).toEqual({
      ".": "index", "./core": "gongwen-lint", "./codemirror": "codemirror", "./codemirror/worker": "codemirror-worker", "./segment": "segment",
    });
    expect(shipped(pkg.main)).toBe("index");
    expect(readFileSync(BIN, "utf8")).toContain('import("../dist/cli.js")');
  });
});

describe("the package in a fresh Node process", () => {
  it("loads one core whichever entries are imported", () => {
    const script = `
      const root = await import("gongwen-lint"), core = await import("gongwen-lint/core");
      const cm = await import("gongwen-lint/codemirror"), seg = await import("gongwen-lint/segment");
      process.stdout.write(JSON.stringify({
        lint: root.lint === core.lint, configError: root.ConfigError === core.ConfigError, gongwen: root.gongwen === cm.gongwen,
        segment: typeof seg.loadSegmenter, rules: core.allRules.length, exports: Object.keys(core).sort(),
      }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" })) as Record<string, unknown>;
    expect(out).toEqual({
      lint: true, configError: true, gongwen: true, segment: "function", rules: source.allRules.length,
      exports: Object.keys(source).sort(),
    });
  });

  it("the command prints the stored golden report of a draft", () => {
    const r = spawnBin(["examples/drafts/report-2025.txt"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(root, "examples", "drafts", "report-2025.report.txt"), "utf8"));
  }, 60_000);
});
