// rules/expressions.json: every 规范提法 is well formed and dated, its example is flagged and fixed to the right
// form, and its counter-examples stay silent. Adding an entry needs no code change.
import { describe, expect, it } from "vitest";
import data from "../rules/expressions.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import { CLASS_TOKENS } from "../src/rules/wording/_context.js";

const entries = (data as { entries: Record<string, unknown>[] }).entries;
const only: Record<string, "off" | "warning"> = {};
for (const r of allRules) only[r.id] = "off";
only["wording-expression"] = "warning";
const linter = createLinter({ rules: only });
// With the user severity fixed by the config above, per-entry severities are checked with a default-config linter.
const defaults: Record<string, "off"> = {};
for (const r of allRules) if (r.id !== "wording-expression") defaults[r.id] = "off";
const defaultLinter = createLinter({ rules: defaults });

const CONTEXT_KEYS = new Set(["before", "notBefore", "after", "notAfter", "beforeGap", "afterGap"]);
const KEYS = new Set(["id", "kind", "wrong", "right", "reason", "context", "outsideQuotes", "severity", "fix", "example", "counterExample", "source", "date"]);

describe("rules/expressions.json", () => {
  it("has unique ids", () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s is well formed, sourced and dated", (_id, e) => {
    for (const k of Object.keys(e)) expect(KEYS.has(k), `unknown key ${k}`).toBe(true);
    expect(e.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(["replace", "quote"]).toContain(e.kind);
    expect(typeof e.wrong === "string" && e.wrong.length > 0).toBe(true);
    if (e.kind === "quote") expect(e.right).toBe(`“${e.wrong}”`);
    else expect(typeof e.right === "string" && e.right !== e.wrong).toBe(true);
    expect(e.reason).toMatch(/\S/);
    expect(["warning", "info"]).toContain(e.severity);
    expect(e.source).toMatch(/\S/);
    expect(e.date).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
    const ctx = (e.context ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(ctx)) {
      expect(CONTEXT_KEYS.has(k), `unknown context key ${k}`).toBe(true);
      if (k.endsWith("Gap")) expect(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 8).toBe(true);
      else for (const w of v as string[]) if (w.startsWith("{")) expect(CLASS_TOKENS as readonly string[]).toContain(w);
    }
    const ex = e.example as { wrong: string; right: string };
    expect(ex.wrong).toContain(e.wrong as string);
    expect(ex.right).toContain(e.right as string);
    expect((e.counterExample as unknown[]).length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s: flags its example with its severity and fixes it", (_id, e) => {
    const ex = e.example as { wrong: string; right: string };
    const found = linter.lint(ex.wrong);
    expect(found.map((d) => ex.wrong.slice(d.from, d.to))).toEqual([e.wrong]);
    expect(defaultLinter.lint(ex.wrong)[0]!.severity).toBe(e.severity);
    expect(fixAll(ex.wrong, (t) => linter.lint(t)).output).toBe(ex.right);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s: stays silent on its counter-examples and right form", (_id, e) => {
    const silent = [...(e.counterExample as string[]), (e.example as { right: string }).right];
    for (const t of silent) expect(linter.lint(t).map((d) => t.slice(d.from, d.to)), t).toEqual([]);
  });
});
