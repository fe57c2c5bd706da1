// rules/punctuation-book-title.json: every entry is well formed and its example is reported by book-title-misuse at
// the whole 《…》 and fixed by dropping the two marks. Adding an entry needs no code change.
import { describe, expect, it } from "vitest";
import data from "../rules/punctuation-book-title.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";

interface Entry { example: string; source?: string; suffix?: string; verb?: string }
const table = data as unknown as { suffixes: Entry[]; verbs: Entry[] };
const only: Record<string, "off" | "info"> = {};
for (const r of allRules) only[r.id] = "off";
only["book-title-misuse"] = "info";
const linter = createLinter({ rules: only });

function checkExample(e: Entry, word: string, where: "end" | "before"): void {
  expect(Object.keys(e).every((k) => ["suffix", "verb", "example", "source"].includes(k))).toBe(true);
  expect(word).toMatch(/^[\u4e00-\u9fff]{1,4}$/);
  expect(typeof e.source === "string" && e.source.length > 0).toBe(true);
  const m = /《([^《》]+)》/.exec(e.example);
  expect(m, "example has a title in 《》").not.toBeNull();
  if (where === "end") expect(m![1]!.endsWith(word)).toBe(true);
  else expect(e.example.slice(0, m!.index).endsWith(word)).toBe(true);
  const found = linter.lint(e.example);
  expect(found.map((d) => e.example.slice(d.from, d.to))).toEqual([m![0]]);
  expect(fixAll(e.example, (t) => linter.lint(t)).output).toBe(e.example.replace(m![0], m![1]!));
}

describe("rules/punctuation-book-title.json", () => {
  it("has unique suffixes and verbs", () => {
    const s = table.suffixes.map((e) => e.suffix);
    const v = table.verbs.map((e) => e.verb);
    expect(new Set(s).size).toBe(s.length);
    expect(new Set(v).size).toBe(v.length);
    expect(s.length).toBeGreaterThanOrEqual(10);
  });
  it.each(table.suffixes.map((e) => [e.suffix!, e] as const))("suffix %s: its example is reported and fixed", (w, e) => checkExample(e, w, "end"));
  it.each(table.verbs.map((e) => [e.verb!, e] as const))("verb %s: its example is reported and fixed", (w, e) => checkExample(e, w, "before"));
  it("leaves document titles alone even after the listed verbs", () => {
    for (const text of ["实施《百千万工程实施方案》。", "召开会议学习《关于召开全区经济工作会议的通知》。", "印发《全区经济工作会议纪要》。"]) {
      expect(linter.lint(text), text).toEqual([]);
    }
  });
});
