// rules/confusables.json: every entry is well formed, its example is flagged at the wrong word and fixed to its
// right form, and its counter-examples stay silent. Adding an entry needs no code change.
import { describe, expect, it } from "vitest";
import data from "../rules/confusables.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import { CLASS_TOKENS } from "../src/rules/wording/_context.js";

const entries = (data as { entries: Record<string, unknown>[] }).entries;
const only: Record<string, "off" | "warning"> = {};
for (const r of allRules) only[r.id] = "off";
only["wording-confusable"] = "warning";
const linter = createLinter({ rules: only });
// The config above fixes the severity; per-entry severities show with the rule at its default setting.
const defaults: Record<string, "off"> = {};
for (const r of allRules) if (r.id !== "wording-confusable") defaults[r.id] = "off";
const defaultLinter = createLinter({ rules: defaults });

const CONTEXT_KEYS = new Set(["before", "notBefore", "after", "notAfter", "beforeGap", "afterGap"]);
const KEYS = new Set(["id", "wrong", "right", "reason", "context", "severity", "fix", "example", "counterExample", "source"]);

describe("rules/confusables.json", () => {
  it("has unique ids and a good number of entries", () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.length).toBeGreaterThanOrEqual(20);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s is well formed", (_id, e) => {
    for (const k of Object.keys(e)) expect(KEYS.has(k), `unknown key ${k}`).toBe(true);
    expect(e.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(typeof e.wrong === "string" && e.wrong.length > 0).toBe(true);
    expect(typeof e.right === "string" && e.right.length > 0).toBe(true);
    expect(e.right).not.toBe(e.wrong);
    expect(e.reason).toMatch(/\S/);
    expect(["warning", "info"]).toContain(e.severity);
    expect(e.source).toMatch(/\S/);
    if (e.fix !== undefined) expect(typeof e.fix).toBe("boolean");
    const ctx = (e.context ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(ctx)) {
      expect(CONTEXT_KEYS.has(k), `unknown context key ${k}`).toBe(true);
      if (k.endsWith("Gap")) expect(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 8).toBe(true);
      else {
        expect(Array.isArray(v) && v.length > 0).toBe(true);
        for (const w of v as unknown[]) {
          expect(typeof w === "string" && w.length > 0).toBe(true);
          if ((w as string).startsWith("{")) expect(CLASS_TOKENS as readonly string[]).toContain(w);
        }
      }
    }
    const ex = e.example as { wrong: string; right: string };
    expect(ex.wrong).toContain(e.wrong as string);
    expect(ex.right).toContain(e.right as string);
    expect(Array.isArray(e.counterExample) && (e.counterExample as unknown[]).length > 0).toBe(true);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s: flags its example and fixes it to the right form", (_id, e) => {
    const ex = e.example as { wrong: string; right: string };
    const found = linter.lint(ex.wrong);
    expect(found.map((d) => ex.wrong.slice(d.from, d.to))).toEqual([e.wrong]);
    expect(defaultLinter.lint(ex.wrong)[0]!.severity).toBe(e.severity);
    if (e.fix === false) expect(found[0]!.fixes).toBeUndefined();
    else expect(fixAll(ex.wrong, (t) => linter.lint(t)).output).toBe(ex.right);
  });

  it.each(entries.map((e) => [e.id as string, e] as const))("%s: stays silent on its counter-examples and right form", (_id, e) => {
    const silent = [...(e.counterExample as string[]), (e.example as { right: string }).right];
    for (const t of silent) expect(linter.lint(t).map((d) => t.slice(d.from, d.to)), t).toEqual([]);
  });
});
