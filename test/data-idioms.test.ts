// rules/idioms.json: every entry is well-formed, and its example is flagged and fixed to the idiom by style-idiom-typo.
import { describe, expect, it } from "vitest";
import idiomData from "../rules/idioms.json" with { type: "json" };
import confusableData from "../rules/confusables.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { idioms } from "../src/rules/style/style-idiom-typo.js";

const groups = (idiomData as { confusables: string[] }).confusables;
// Misspellings rules/confusables.json lists are wording-confusable's; style-idiom-typo leaves them alone.
const wordingWrongs = (confusableData as { entries: { wrong: string }[] }).entries.map((e) => e.wrong);
const linter = createLinter({ rules: { "style-idiom-typo": "warning" }, families: { heading: false, punctuation: false, number: false, unit: false, wording: false, parallel: false } });

describe("idioms data", () => {
  it("lists confusable groups of two or more distinct Chinese characters", () => {
    for (const g of groups) {
      expect(g, g).toMatch(/^[\u3400-\u9fff]{2,}$/);
      expect(new Set(g).size, g).toBe(g.length);
    }
  });
  it.each(idioms.map((e) => [e.idiom, e] as const))("%s: four characters, a one-character confusable typo, an example", (_i, e) => {
    expect(e.idiom).toMatch(/^[\u3400-\u9fff]{4}$/);
    expect(e.typo).toMatch(/^[\u3400-\u9fff]{4}$/);
    const diff = [0, 1, 2, 3].filter((k) => e.idiom[k] !== e.typo[k]);
    expect(diff).toHaveLength(1);
    const k = diff[0]!;
    expect(groups.some((g) => g.includes(e.idiom[k]!) && g.includes(e.typo[k]!))).toBe(true);
    expect(e.example).toContain(e.typo);
  });
  it.each(idioms.map((e) => [e.idiom, e] as const))("%s: its example is flagged at the typo and fixed", (_i, e) => {
    if (wordingWrongs.some((w) => e.typo.includes(w))) {
      expect(linter.lint(e.example)).toEqual([]);
      return;
    }
    const found = linter.lint(e.example).filter((d) => d.ruleId === "style-idiom-typo");
    expect(found.map((d) => e.example.slice(d.from, d.to))).toEqual([e.typo]);
    expect(fixAll(e.example, (t) => linter.lint(t)).output).toBe(e.example.replace(e.typo, e.idiom));
  });
  it("has each idiom once", () => {
    expect(new Set(idioms.map((e) => e.idiom)).size).toBe(idioms.length);
  });
});
