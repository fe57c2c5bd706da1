// Security of what ships: no network access and no code evaluation in the library (src/, dist/src/) or the demo
// bundle (examples/dist, when built), found on the syntax tree rather than by grepping comments; and no prototype
// pollution through options, rule settings, profiles or reference texts, which may come from untrusted JSON.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "rolldown/parseAst";
import { describe, expect, it } from "vitest";
import { ConfigError, createLinter, lint } from "../src/core/engine.js";
import { buildProfile, defaultProfile, mergeProfiles } from "../src/core/profile.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import type { LintOptions } from "../src/core/types.js";
import { ROOT, buildReport } from "./fixtures/texts.js";

function walk(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(n) ? [p] : [];
  });
}

type Node = { type?: string; start?: number; [k: string]: unknown };
const NETWORK_GLOBALS = new Set(["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "sendBeacon", "RTCPeerConnection"]);

/** Network access and code evaluation in a module, from its syntax tree: `file:line what`. */
export function forbiddenIn(code: string, file: string, lang: "ts" | "js"): string[] {
  const out: string[] = [];
  const lineOf = (pos: number | undefined) => code.slice(0, pos ?? 0).split("\n").length;
  const name = (n: unknown): string | null => {
    const x = n as Node | undefined;
    if (!x) return null;
    if (x.type === "Identifier") return x.name as string;
    if (x.type === "MemberExpression" && !x.computed) return ((x.property as Node).name as string) ?? null;
    if (x.type === "MemberExpression" && (x.property as Node).type === "Literal") return String((x.property as Node).value);
    return null;
  };
  const remote = (s: unknown) => typeof s === "string" && /^(https?:)?\/\//i.test(s);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as Node;
    const at = { toString: () => `${file}:${lineOf(node.start)}` }; // computed only when something is found
    if (node.type === "CallExpression" || node.type === "NewExpression") {
      const callee = name(node.callee);
      if (callee && NETWORK_GLOBALS.has(callee)) out.push(`${at} ${callee}(…)`);
      if (callee === "eval" || callee === "Function") out.push(`${at} ${callee}(…)`);
      if ((callee === "setTimeout" || callee === "setInterval") && (node.arguments as Node[])[0]?.type === "Literal") out.push(`${at} ${callee}("code")`);
    }
    if (node.type === "ImportExpression" && remote((node.source as Node).value)) out.push(`${at} import("${(node.source as Node).value}")`);
    if (/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type ?? "") && remote((node.source as Node | null)?.value)) {
      out.push(`${at} import from "${(node.source as Node).value}"`);
    }
    for (const [k, v] of Object.entries(node)) if (k !== "parent" && v && typeof v === "object") visit(v);
  };
  visit(parseAst(code, { lang }, file));
  return out;
}

describe("shipped code makes no network request and evaluates no code", () => {
  it("the detector finds fetch, XMLHttpRequest, WebSocket, eval, new Function and remote imports, not comments", () => {
    const code = [
      '// fetch("https://x") in a comment is fine, and so is the string "eval(1)"',
      'import a from "https://cdn.example.com/x.js";',
      'fetch("/data"); window.fetch(u); new XMLHttpRequest(); new WebSocket(u); navigator.sendBeacon(u, d);',
      'eval("1"); new Function("return 1"); Function("x"); setTimeout("alert(1)", 1); import("//evil.example/x.js");',
      'const ok = { fetchAll() {} }; ok.fetchAll(); setTimeout(() => 1, 1);',
    ].join("\n");
    const found = forbiddenIn(code, "t.js", "js").map((s) => s.replace(/^t\.js:\d+ /, ""));
    expect(found).toEqual([
      'import from "https://cdn.example.com/x.js"', "fetch(…)", "fetch(…)", "XMLHttpRequest(…)", "WebSocket(…)", "sendBeacon(…)",
      "eval(…)", "Function(…)", "Function(…)", 'setTimeout("code")', 'import("//evil.example/x.js")',
    ]);
  });

  it("in src/**/*.ts", () => {
    const files = walk(join(ROOT, "src"), /\.ts$/).filter((f) => !f.endsWith(".d.ts"));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => forbiddenIn(readFileSync(f, "utf8"), relative(ROOT, f), "ts"))).toEqual([]);
  });

  it.skipIf(!existsSync(join(ROOT, "dist", "src")))("in the built library dist/src/**/*.js", () => {
    const files = walk(join(ROOT, "dist", "src"), /\.js$/);
    expect(files.flatMap((f) => forbiddenIn(readFileSync(f, "utf8"), relative(ROOT, f), "js"))).toEqual([]);
  });

  it.skipIf(!existsSync(join(ROOT, "dist", "gongwen-lint.js")))("in the bundles the package ships, dist/*.js (scripts/bundle.js)", () => {
    const files = readdirSync(join(ROOT, "dist")).filter((n) => n.endsWith(".js")).map((n) => join(ROOT, "dist", n));
    expect(files.map((f) => relative(join(ROOT, "dist"), f))).toContain("gongwen-lint.js");
    expect(files.flatMap((f) => forbiddenIn(readFileSync(f, "utf8"), relative(ROOT, f), "js"))).toEqual([]);
  });

  it.skipIf(!existsSync(join(ROOT, "examples", "dist")))("in the demo bundle examples/dist (set build.modulePreload.polyfill = false: its polyfill calls fetch)", () => {
    const files = walk(join(ROOT, "examples", "dist"), /\.m?js$/);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => forbiddenIn(readFileSync(f, "utf8"), relative(ROOT, f), "js"))).toEqual([]);
  });
});

/** Lints with untrusted options; a ConfigError is an acceptable answer, anything else must lint normally. */
function lintUntrusted(text: string, options: LintOptions): void {
  try {
    const linter = createLinter(options);
    fixAll(text, (t) => linter.lint(t), 3);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
  }
}

function builtinsSnapshot(): string {
  const protos = { Object: Object.prototype, Array: Array.prototype, String: String.prototype, RegExp: RegExp.prototype, Function: Function.prototype, Map: Map.prototype, Set: Set.prototype };
  return JSON.stringify(Object.entries(protos).map(([k, p]) => [k, Reflect.ownKeys(p).map(String).sort()]));
}

describe("untrusted options cannot pollute prototypes", () => {
  const text = buildReport(3000) + "\n加快发展,推动转型.新建12万平米，截止目前，做出部署。";
  const someRule = allRules[0]?.id ?? "heading-marker-format";
  const payloads = [
    '{"__proto__": {"polluted": "yes"}}',
    '{"constructor": {"prototype": {"polluted": "yes"}}}',
    '{"__proto__": {"severity": "error", "polluted": "yes"}, "toString": "off"}',
  ];

  it.each(payloads)("rules, families, rule options, profile and references from %s", (payload) => {
    const before = builtinsSnapshot();
    const evil = () => JSON.parse(payload) as Record<string, never>;
    lintUntrusted(text, { rules: evil() });
    lintUntrusted(text, { families: evil() });
    lintUntrusted(text, { rules: { [someRule]: { severity: "warning", options: evil() } } });
    lintUntrusted(text, { rules: { [someRule]: evil() } });
    lintUntrusted(text, { profile: { ...defaultProfile, ...evil(), unitForms: evil(), rangeMarks: evil(), quoteMarks: evil() } });
    lintUntrusted(text, { references: [`__proto__ constructor prototype ${payload} ${text}`] });
    mergeProfiles(defaultProfile, { ...buildProfile([`${text}${payload}`]), unitForms: evil(), rangeMarks: evil() });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(builtinsSnapshot()).toBe(before);
  });

  it("rejects a rule setting named after an Object.prototype member instead of reading it", () => {
    for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(() => lint("一、总体要求", { rules: JSON.parse(`{"${id}": "off"}`) })).toThrow(ConfigError);
    }
  });

  it("the prototype snapshot notices an added member", () => {
    const before = builtinsSnapshot();
    Object.defineProperty(Array.prototype, "polluted", { value: 1, configurable: true });
    try {
      expect(builtinsSnapshot()).not.toBe(before);
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).polluted;
    }
    expect(builtinsSnapshot()).toBe(before);
  });

  it("linting and fixing leave the built-in prototypes as they were", () => {
    const before = builtinsSnapshot();
    const linter = createLinter();
    fixAll(text, (t) => linter.lint(t));
    expect(builtinsSnapshot()).toBe(before);
  });
});
