// Every regular expression the linter can run is checked for catastrophic backtracking (ReDoS) with recheck.
// Three nets, so that no pattern slips through:
//  1. the syntax tree of every src/**/*.ts file (rolldown's parser): regex literals and `RegExp(...)` calls whose
//     source is a literal;
//  2. every `RegExp` constructed at run time while all modules load and lint the fixtures (patterns built from data
//     or concatenated strings);
//  3. every pattern-like string in rules/*.json (keys such as `pattern`, `regex`).
// recheck runs with its pure-JS backend (RECHECK_BACKEND overrides), one timeout per pattern.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "rolldown/parseAst";
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { ADVERSARIAL, EXOTIC, OWN_PARAGRAPHS, PLANTED, ROOT, buildReport } from "./fixtures/texts.js";

process.env.RECHECK_BACKEND ??= "pure";
const TIMEOUT_MS = Number(process.env.RECHECK_TIMEOUT ?? 20000);

interface Found {
  source: string;
  flags: string;
  where: string;
}

function walkFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walkFiles(p, ext) : ext.test(n) ? [p] : [];
  });
}

type Node = { type?: string; start?: number; [k: string]: unknown };

/** Regex literals and RegExp calls with literal arguments in a TypeScript file; dynamic calls are listed apart. */
export function regexesInSource(code: string, file: string): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  const lineOf = (pos: number | undefined) => code.slice(0, pos ?? 0).split("\n").length;
  const literalString = (n: Node | undefined): string | null => {
    if (!n) return null;
    if (n.type === "Literal" && typeof n.value === "string") return n.value;
    if (n.type === "TemplateLiteral" && (n.expressions as Node[]).length === 0) return ((n.quasis as Node[])[0]!.value as { cooked: string }).cooked;
    return null;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as Node;
    if (node.type === "Literal" && node.regex) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      found.push({ source: pattern, flags, where: `${file}:${lineOf(node.start)}` });
    }
    if ((node.type === "NewExpression" || node.type === "CallExpression") && (node.callee as Node).type === "Identifier" && (node.callee as { name: string }).name === "RegExp") {
      const args = node.arguments as Node[];
      const source = literalString(args[0]);
      const flags = args[1] ? literalString(args[1]) : "";
      if (source !== null && flags !== null) found.push({ source, flags, where: `${file}:${lineOf(node.start)}` });
      else dynamic.push(`${file}:${lineOf(node.start)}`);
    }
    for (const [k, v] of Object.entries(node)) if (k !== "parent" && v && typeof v === "object") visit(v);
  };
  visit(parseAst(code, { lang: "ts" }, file));
  return { found, dynamic };
}

/** Pattern-like strings in a JSON value: values of keys named pattern/regex/regexp/re (any case, any suffix). */
export function regexesInJson(value: unknown, where: string): Found[] {
  const out: Found[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (!v || typeof v !== "object") return;
    const obj = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(obj)) {
      if (typeof x === "string" && /(^|[a-z_])(pattern|regexp?|re)s?$/i.test(k)) {
        out.push({ source: x, flags: typeof obj.flags === "string" ? obj.flags : "u", where: `${where} ${path}.${k}` });
      } else if (Array.isArray(x) && /(pattern|regexp?)s$/i.test(k) && x.every((y) => typeof y === "string")) {
        x.forEach((y, i) => out.push({ source: y as string, flags: "u", where: `${where} ${path}.${k}[${i}]` }));
      } else visit(x, `${path}.${k}`);
    }
  };
  visit(value, "$");
  return out;
}

/** Runs `fn` with the global RegExp wrapped so that every construction is recorded. */
async function recordingRegExps(fn: () => Promise<void>): Promise<Found[]> {
  const seen: Found[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const [p, f] = args;
    const source = p instanceof Original ? p.source : String(p ?? "(?:)");
    const flags = typeof f === "string" ? f : p instanceof Original ? p.flags : "";
    seen.push({ source, flags, where: "constructed at run time" });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      record(args);
      return Reflect.construct(target, args, target);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    await fn();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

async function collectAll(): Promise<{ all: Found[]; dynamic: string[] }> {
  const srcFiles = walkFiles(join(ROOT, "src"), /\.ts$/).filter((f) => !f.endsWith(".d.ts"));
  const fromSource = srcFiles.map((f) => regexesInSource(readFileSync(f, "utf8"), relative(ROOT, f)));
  const jsonFiles = walkFiles(join(ROOT, "rules"), /\.json$/);
  const fromJson = jsonFiles.flatMap((f) => regexesInJson(JSON.parse(readFileSync(f, "utf8")), relative(ROOT, f)));
  const fromRuntime = await recordingRegExps(async () => {
    const core = await import("../src/core/index.js");
    let segmenter = null;
    try {
      segmenter = await (await import("../src/segment/index.js")).loadSegmenter();
    } catch {
      segmenter = null;
    }
    for (const f of srcFiles.filter((f) => !/src\/(cli|codemirror)\//.test(f))) await import(f);
    const texts = [buildReport(6000), OWN_PARAGRAPHS.join("\n"), Object.values(PLANTED).flat().join("\n"), EXOTIC.join(""),
      ...Object.values(ADVERSARIAL).map((g) => g(300))];
    // The segmenter only on ordinary prose: a long run without punctuation is an exponential case of segmentation
    // (see the scaling test) that would stall this collection.
    for (const [i, t] of texts.entries()) {
      const seg = i < 3 ? segmenter : null;
      const linter = core.createLinter({ segmenter: seg });
      core.fixAll(t, (x) => linter.lint(x));
      // buildProfile refuses a reference that is not Chinese text (参考文档 1 为空或不是中文文本); the adversarial texts are not.
      try {
        core.lint(t, { references: [t], segmenter: seg });
      } catch (e) {
        if (!String(e).includes("不是中文文本")) throw e;
      }
    }
  });
  return { all: [...fromSource.flatMap((r) => r.found), ...fromJson, ...fromRuntime], dynamic: fromSource.flatMap((r) => r.dynamic) };
}

describe("regular expression safety", () => {
  it("recheck, as configured here, recognises a vulnerable pattern", async () => {
    const r = await check("^(a+)+$", "", { timeout: TIMEOUT_MS });
    expect(r.status).toBe("vulnerable");
  });

  it("the extractor finds literals, literal RegExp calls, dynamic calls and JSON patterns", () => {
    const code = 'const a = /x+y/gu; const b = new RegExp("a|b", "g"); const c = RegExp(`q`); const d = new RegExp(list.join("|"));\nconst e = 1 / 2 / 3;';
    const { found, dynamic } = regexesInSource(code, "t.ts");
    expect(found.map((f) => [f.source, f.flags])).toEqual([["x+y", "gu"], ["a|b", "g"], ["q", ""]]);
    expect(dynamic).toEqual(["t.ts:1"]);
    expect(regexesInJson({ entries: [{ word: "x", pattern: "a+", flags: "g" }, { unitPattern: "b" }] }, "x.json").map((f) => f.source)).toEqual(["a+", "b"]);
  });

  it("every regex in src/ and rules/*.json is safe from catastrophic backtracking", async () => {
    const { all } = await collectAll();
    const unique = new Map<string, Found[]>();
    for (const f of all) {
      const key = `/${f.source}/${f.flags}`;
      unique.set(key, [...(unique.get(key) ?? []), f]);
    }
    // The engine's placeholder regex must be among them: proof that the source net works.
    expect(unique.has("/\\{(\\w+)\\}/")).toBe(true);
    const bad: string[] = [];
    for (const [key, where] of unique) {
      const f = where[0]!;
      const r = await check(f.source, f.flags.replace(/[gy]/g, ""), { timeout: TIMEOUT_MS });
      if (r.status !== "safe") {
        const detail = r.status === "vulnerable" ? `${r.complexity.type} complexity, attack ${JSON.stringify(r.attack.pattern)}` : r.status === "unknown" ? r.error.kind : "";
        bad.push(`${key} (${r.status}: ${detail}) at ${[...new Set(where.map((w) => w.where))].join(", ")}`);
      }
    }
    console.log(`regex-safety: ${unique.size} distinct patterns checked`);
    expect(bad).toEqual([]);
  }, 600000);
});
