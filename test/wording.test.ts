// The wording family beyond its examples: offsets in hostile text, document-wide first mentions, near misses from
// real reports, fix-all that settles, and linear time on adversarial input.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { createLinter, lint } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import type { Diagnostic, LintOptions } from "../src/core/types.js";
import { allRules } from "../src/rules/index.js";
import { wordingRules } from "../src/rules/wording/index.js";
import { insideRanges, matchesContext, minimalEdit, quotedRanges } from "../src/rules/wording/_context.js";
import { readDrafts } from "./fixtures/texts.js";
import confusables from "../rules/confusables.json" with { type: "json" };
import expressions from "../rules/expressions.json" with { type: "json" };
import firstMention from "../rules/first-mention.json" with { type: "json" };

const wordingIds = wordingRules.map((r) => r.id);
/** Only the wording family, each rule at its default severity. */
const onlyWording: LintOptions = {
  rules: Object.fromEntries(allRules.filter((r) => !wordingIds.includes(r.id)).map((r) => [r.id, "off" as const])),
};
const spans = (text: string, found: Diagnostic[]) => found.map((d) => [d.ruleId, text.slice(d.from, d.to)]);
const lintWording = (text: string) => lint(text, onlyWording);

describe("context matching", () => {
  it("finds an after-word within the gap but never across punctuation", () => {
    const spec = { after: ["贡献"], afterGap: 4 };
    expect(matchesContext("做出了积极贡献", 0, 2, spec)).toBe(true);
    expect(matchesContext("做出产品，贡献", 0, 2, spec)).toBe(false);
    expect(matchesContext("做出一大批优质贡献", 0, 2, spec)).toBe(false);
  });
  it("reads class tokens for digits and Chinese numerals, and refuses notBefore/notAfter words", () => {
    expect(matchesContext("截止６月", 0, 2, { after: ["{digit}"] })).toBe(true);
    expect(matchesContext("截止十二月", 0, 2, { after: ["{cnum}"] })).toBe(true);
    expect(matchesContext("截止日期", 0, 2, { after: ["{digit}", "{cnum}"] })).toBe(false);
    expect(matchesContext("一贯切实", 1, 3, { notBefore: ["一"] })).toBe(false);
    expect(matchesContext("尤其它们", 1, 3, { notAfter: ["们"] })).toBe(false);
  });
  it("edits only the characters that differ", () => {
    expect(minimalEdit(10, "做出", "作出")).toEqual({ from: 10, to: 11, insert: "作" });
    expect(minimalEdit(0, "省省委", "省委")).toEqual({ from: 1, to: 2, insert: "" });
    expect(minimalEdit(0, "党中央国务院", "党中央、国务院")).toEqual({ from: 3, to: 3, insert: "、" });
  });
  it("knows which positions stand inside quotes, 书名号 or an unclosed quote", () => {
    const text = "深化“放管服”改革，印发《深化放管服改革方案》，\"一网通办\"，“未闭合放管服";
    const ranges = quotedRanges(text);
    expect(insideRanges(ranges, text.indexOf("放管服"))).toBe(true);
    expect(insideRanges(ranges, text.indexOf("改革"))).toBe(false);
    expect(insideRanges(ranges, text.indexOf("深化放管服") + 2)).toBe(true);
    expect(insideRanges(ranges, text.indexOf("一网通办"))).toBe(true);
    expect(insideRanges(ranges, text.lastIndexOf("放管服"))).toBe(true);
  });
});

describe("offsets", () => {
  it("reports UTF-16 spans after a BOM, CRLF, 𠮷 and an emoji", () => {
    const text = "\uFEFF𠮷😀标题\r\n𠮷😀截止目前，其它工作做出了部署。\r\n";
    const found = lintWording(text);
    expect(spans(text, found)).toEqual([
      ["wording-confusable", "截止"],
      ["wording-confusable", "其它"],
      ["wording-confusable", "做出"],
    ]);
    expect(fixAll(text, lintWording).output).toBe("\uFEFF𠮷😀标题\r\n𠮷😀截至目前，其他工作作出了部署。\r\n");
  });
});

describe("wording-first-mention", () => {
  it("accepts a full form in an earlier paragraph and flags a short form that comes before it", () => {
    expect(spans("党的二十大胜利召开。\n二十大精神深入人心。", lintWording("党的二十大胜利召开。\n二十大精神深入人心。"))).toEqual([]);
    const text = "二十大精神深入人心。\n党的二十大胜利召开。";
    expect(spans(text, lintWording(text))).toEqual([["wording-first-mention", "二十大"]]);
  });
  it("reports only the first of many bare mentions", () => {
    const text = "学习二十大精神。\n宣传二十大精神。\n贯彻二十大精神。";
    expect(lintWording(text).map((d) => d.from)).toEqual([2]);
  });
  it("keeps each congress apart: 党的十九大 does not introduce 二十大", () => {
    const text = "党的十九大以来，我们砥砺奋进。二十大报告指出。";
    expect(spans(text, lintWording(text))).toEqual([["wording-first-mention", "二十大"]]);
  });
  it("stays silent on counts and on the 二十届 plenums", () => {
    for (const t of ["实施二十大类重点项目。", "全面贯彻党的二十大和二十届三中全会精神。", "一百二十大项工程。"]) {
      expect(spans(t, lintWording(t)), t).toEqual([]);
    }
  });
  it("gives the same answer incrementally as on a fresh lint after an edit adds the full form", () => {
    const linter = createLinter(onlyWording);
    const before = "学习二十大精神。\n其余段落。";
    expect(linter.lint(before)).toHaveLength(1);
    const after = "党的二十大胜利召开。\n" + before;
    expect(linter.lint(after)).toEqual(lintWording(after));
    expect(linter.lint(after)).toEqual([]);
  });
});

describe("near misses from real reports stay silent", () => {
  it.each([
    "全年完成地区生产总值(GDP)184.1亿元，同比增长8.4%。",
    "2022年，全县地区生产总值完成106.6亿元，同比增长2.1%。",
    "完成生产总值343亿元，比上年同期（下同）增长5.3%。",
    "常住人口城镇化率57.1%、提高6.5个百分点。",
    "肉牛存栏达到16万头，良改比重提高到90.2%。",
    "在全省占比由22.5%提高到23.5%。",
    "税收收入占一般公共预算收入的比重提高15.6个百分点、达66.6%。",
    "承担市放管服办职责，深化审批制度改革。",
    "印发《深化放管服改革快速推进政务服务标准化的实施方案》。",
    "认真贯彻党中央、国务院“放管服”改革部署。",
    "紧紧围绕迎接党的二十大暨宣传贯彻二十大精神这条主线。",
    "深入学习贯彻党的十九大、十九届历次全会和党的二十大精神。",
    "为保障经济社会健康发展作出了积极贡献。",
    "规范权力运行，实施“十大战略”。",
    "1-5月，税收占比为62.57%，同比降低10.2%。",
  ])("%s", (text) => {
    expect(spans(text, lintWording(text))).toEqual([]);
  });
});

describe("fixes", () => {
  it("settle in at most three passes on every wording draft, with every rule on", () => {
    const drafts = readDrafts().filter((d) => d.name.startsWith("wording-"));
    expect(drafts.length).toBeGreaterThanOrEqual(5);
    const linter = createLinter();
    for (const { name, text } of drafts) {
      const result = fixAll(text, (t) => linter.lint(t), 10);
      expect(result.passes.length, name).toBeLessThanOrEqual(3);
      expect(result.remaining.filter((d) => wordingIds.includes(d.ruleId) && d.fixes?.length), name).toEqual([]);
      // Nothing but wording edits and their neighbours changed: every line keeps its start and its structure.
      expect(result.output.split("\n").length, name).toBe(text.split("\n").length);
    }
  });
  it("raise at least five diagnostics of each wording rule across the drafts", () => {
    const counts = new Map<string, number>();
    for (const { name, text } of readDrafts().filter((d) => d.name.startsWith("wording-"))) {
      for (const d of lintWording(text)) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
      expect(name).toMatch(/^wording-/);
    }
    for (const id of wordingIds) expect(counts.get(id) ?? 0, id).toBeGreaterThanOrEqual(5);
  });
  it("quote a slogan and rename 战略 in one pass without clashing", () => {
    const text = "主动融入一带一路战略。";
    const found = lintWording(text);
    expect(found).toHaveLength(2);
    const result = fixAll(text, lintWording);
    expect(result.output).toBe("主动融入“一带一路”倡议。");
    expect(result.passes).toHaveLength(1);
  });
  it("never change the text of a correct sentence next to a fixed one", () => {
    const text = "截止目前，全年地区生产总值比上年增长5.2%，为全市发展作出了积极贡献。";
    expect(fixAll(text, lintWording).output).toBe("截至目前，全年地区生产总值比上年增长5.2%，为全市发展作出了积极贡献。");
  });
});

describe("data examples under the whole family", () => {
  const examples = [
    ...confusables.entries.map((e) => e.example),
    ...expressions.entries.map((e) => e.example),
    ...firstMention.entries.map((e) => e.example),
  ];
  it("fix every data example to its right form in one pass, with no other wording rule objecting", () => {
    for (const ex of examples) {
      const result = fixAll(ex.wrong, lintWording);
      expect(result.output, ex.wrong).toBe(ex.right);
      expect(result.passes.length, ex.wrong).toBe(1);
      expect(spans(ex.right, lintWording(ex.right)), ex.right).toEqual([]);
    }
  });
});

describe("wording-tongbi options", () => {
  it("turns the whole-year check off with wholeYear: false but keeps the redundancy check", () => {
    const text = "全年地区生产总值同比增长4.5%，税收较上年同期同比增长3%。";
    const rules = { ...onlyWording.rules, "wording-tongbi": { options: { wholeYear: false } } };
    expect(lint(text, { rules }).map((d) => d.messageId)).toEqual(["redundant"]);
    expect(lintWording(text).map((d) => d.messageId)).toEqual(["wholeYear", "redundant"]);
  });
});

describe("linear time on adversarial input", () => {
  const shapes: Record<string, string> = {
    rateWords: "比重率率占比比例份额分别提高了",
    wholeYear: "全年全年同比全年上年同期比上年",
    congress: "十九大二十大党的十八大、和",
    quotes: "”放管服“一带一路”战略《",
    confusables: "截止截至其它做出急待布署贯切一贯切",
  };
  it.each(Object.entries(shapes))("%s", (_name, unit) => {
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const median = (n: number) => {
      const text = make(n);
      const runs = [0, 1, 2].map(() => {
        const t = performance.now();
        createLinter(onlyWording).lint(text);
        return performance.now() - t;
      });
      return runs.sort((a, b) => a - b)[1]!;
    };
    median(10_000); // warm up the JIT on this shape
    const small = Math.max(5, median(10_000));
    const large = median(100_000);
    // 10× the text: linear work costs ~10×, a quadratic scan ~100×.
    expect(large / small).toBeLessThan(30);
  });
});
