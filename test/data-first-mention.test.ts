// rules/first-mention.json: every short form names its full forms, its example is flagged and fixed to the full
// form, and its counter-examples stay silent. Adding a short form needs no code change.
import { describe, expect, it } from "vitest";
import data from "../rules/first-mention.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";

const table = data as { follow: string[]; entries: { short: string; full: string[]; example: { wrong: string; right: string }; counterExample: string[]; source: string }[] };
const only: Record<string, "off" | "info"> = {};
for (const r of allRules) only[r.id] = "off";
only["wording-first-mention"] = "info";
const linter = createLinter({ rules: only });

describe("rules/first-mention.json", () => {
  it("has a follow list of distinct non-empty words and unique short forms", () => {
    expect(table.follow.length).toBeGreaterThan(5);
    expect(new Set(table.follow).size).toBe(table.follow.length);
    for (const w of table.follow) expect(w.length).toBeGreaterThan(0);
    const shorts = table.entries.map((e) => e.short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it.each(table.entries.map((e) => [e.short, e] as const))("%s is well formed", (_s, e) => {
    expect(Object.keys(e).sort()).toEqual(["counterExample", "example", "full", "short", "source"]);
    expect(e.full.length).toBeGreaterThan(0);
    expect(e.full[0]).toBe(`党的${e.short}`);
    for (const f of e.full) expect(f.length).toBeGreaterThan(e.short.length);
    expect(e.source).toMatch(/\S/);
    expect(e.example.wrong).toContain(e.short);
    expect(e.example.right).toContain(e.full[0]);
    expect(e.counterExample.length).toBeGreaterThan(0);
  });

  it.each(table.entries.map((e) => [e.short, e] as const))("%s: flags its example and fixes it to the full form", (_s, e) => {
    const found = linter.lint(e.example.wrong);
    expect(found.map((d) => e.example.wrong.slice(d.from, d.to))).toEqual([e.short]);
    expect(fixAll(e.example.wrong, (t) => linter.lint(t)).output).toBe(e.example.right);
  });

  it.each(table.entries.map((e) => [e.short, e] as const))("%s: stays silent on its counter-examples and after each full form", (_s, e) => {
    for (const t of [...e.counterExample, e.example.right, ...e.full.map((f) => `${f}胜利召开。${e.short}精神深入人心。`)]) {
      expect(linter.lint(t).map((d) => t.slice(d.from, d.to)), t).toEqual([]);
    }
  });
});
