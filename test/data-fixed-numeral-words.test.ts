// Schema test of rules/fixed-numeral-words.json: every entry is well-formed and its example stays silent under
// number-chinese-measure, while the same numeral outside the word would be rewritten where the rule applies.
import { describe, expect, it } from "vitest";
import data from "../rules/fixed-numeral-words.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { allRules } from "../src/rules/index.js";
import type { LintOptions } from "../src/core/types.js";

interface FixedWord {
  word: string;
  kind: string;
  example: string;
  source?: string;
}
const words = (data as { words: FixedWord[] }).words;

function numberFamilyOnly(): LintOptions {
  const rules: LintOptions["rules"] = {};
  for (const r of allRules) if (r.meta.family !== "number") rules[r.id] = "off";
  return { rules };
}

describe("rules/fixed-numeral-words.json", () => {
  it("lists each word once", () => {
    expect(words.length).toBe(new Set(words.map((w) => w.word)).size);
  });

  it.each(words.map((w) => [w.word, w] as const))("%s is well-formed", (_w, w) => {
    expect(w.word).toMatch(/[〇零一二两三四五六七八九十百千万亿]/);
    expect(["slogan", "idiom", "plan", "phrase"]).toContain(w.kind);
    expect(w.example).toContain(w.word);
    if (w.source !== undefined) expect(w.source).toMatch(/\S/);
  });

  it.each(words.map((w) => [w.example, w] as const))("keeps the numerals of %s", (example) => {
    expect(createLinter(numberFamilyOnly()).lint(example).map((d) => [d.ruleId, example.slice(d.from, d.to)])).toEqual([]);
  });

  it("protects 最后一公里 and 百分之一百, which the rule would rewrite outside the list", () => {
    const linter = createLinter(numberFamilyOnly());
    expect(linter.lint("新建道路一公里。").map((d) => d.ruleId)).toEqual(["number-chinese-measure"]);
    expect(linter.lint("完成率百分之一百二十。").map((d) => d.ruleId)).toEqual(["number-chinese-measure"]);
    expect(linter.lint("打通最后一公里，拿出百分之一百的干劲。")).toEqual([]);
  });
});
