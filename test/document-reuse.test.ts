// Document rules with a paragraph key keep their last diagnostics when an edit leaves the edited lines' keys as they
// were (Rule.paragraphKey). These tests hold the engine and each key to the promise: after every edit the incremental
// result equals a fresh lint, and typing in body text really does skip the rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { allRules } from "../src/rules/index.js";
import type { Rule } from "../src/core/types.js";

const fresh = (text: string, rules: readonly Rule[]) => createLinter({}, rules).lint(text);
import { SEED, RUNS } from "./fixtures/arbitraries.js";
import { buildReport } from "./fixtures/texts.js";

const keyed = allRules.filter((r) => r.meta.scope === "document" && r.paragraphKey);

// Lines that feed the document rules: headings of every level (in and out of order, with end marks), ordinal runs,
// units written two ways, open and closed marks, short and full congress names, inline lists, blank lines; some
// entries are several lines that belong together (a list begun in the line above).
const LINES = [
  "一、2024年工作回顾",
  "（一）经济运行稳中有进。",
  "（二）全面启动科技城建设，创新能力持续增强",
  "（三）坚定践行绿色理念，生态文明基础扎实",
  "（五）深化改革开放，发展活力不断释放",
  "1.推进产业升级。",
  "3.扩大有效投资：",
  "（1）加快项目建设",
  "二、2025年主要任务",
  "附件：1.重点项目清单\n2.民生实事清单",
  "（一）稳增长\n（二）促改革\n（三）惠民生",
  "一是加快产业升级，二是扩大有效投资，四是保障改善民生。",
  "第一，稳增长；第二、促改革；第四，惠民生。",
  "新建农村公路350公里，改造管网12千米，新建66kV线路20km。",
  "建成500千伏变电站，亩产达到650公斤。",
  "深化“放管服改革，推进“一网通办”。",
  "印发《关于推进高质量发展的意见》，全面部署（预计数））。",
  "“坚持稳中求进工作总基调，",
  "“完整准确全面贯彻新发展理念。”",
  "十九大以来，全面贯彻党的十九大、二十大精神。",
  "全面贯彻党的十八大和十九大、二十大精神。",
  "认真学习宣传贯彻二十大精神。",
  "全年地区生产总值增长5.5%，一般公共预算收入增长3%。",
  "",
  "　",
];
const ALPHABET = ["的", "，", "。", "、", "：", "“", "”", "《", "》", "（", "）", "\n", "一", "二", "是", "第", "1", "2", ".", "公里", "千米", "km", "党的", "十九大", "和", "及", "　", " ", "（四）", "三、"];

const doc = fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 16 }).map((l) => l.join("\n"));
// Edits at random places, and edits aimed at what the keys are about (a joiner, a marker, a unit, a bracket).
const TARGETS = ["、", "和", "1.", "2.", "（", "）", "“", "”", "《", "公里", "千米", "km", "一是", "第二", "十九大", "党的", "一、", "（二）", "：", "。", "\n"];
interface Edit { at: number; remove: number; insert: string; target?: string; nth?: number; mode?: "before" | "after" | "replace" }
const randomEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.constant(0), fc.constant(1), fc.nat({ max: 6 })), insert: fc.oneof(fc.constant(""), fc.constantFrom(...ALPHABET)) });
const aimedEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.constant(0),
  insert: fc.oneof(fc.constant(""), fc.constantFrom(...ALPHABET)),
  target: fc.constantFrom(...TARGETS),
  nth: fc.nat({ max: 3 }),
  mode: fc.constantFrom("before" as const, "after" as const, "replace" as const),
});
const edits = fc.array(fc.oneof(randomEdit, aimedEdit) as fc.Arbitrary<Edit>, { minLength: 1, maxLength: 12 });

function applyEdit(text: string, e: Edit): string {
  if (e.target !== undefined) {
    let at = -1;
    for (let k = 0, from = 0; k <= e.nth! && (at = text.indexOf(e.target, from)) >= 0; k++) from = at + 1;
    if (at >= 0) {
      if (e.mode === "before") return text.slice(0, at) + e.insert + text.slice(at);
      if (e.mode === "after") return text.slice(0, at + e.target.length) + e.insert + text.slice(at + e.target.length);
      return text.slice(0, at) + e.insert + text.slice(at + e.target.length);
    }
  }
  const from = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, from) + e.insert + text.slice(Math.min(text.length, from + e.remove));
}

describe("document rules with a paragraph key", () => {
  it("are the heading, ordinal, unit, bracket, first-mention and sibling-heading rules", () => {
    expect(keyed.map((r) => r.id).sort()).toEqual([
      "bracket-balance", "heading-end-punctuation", "heading-nesting", "heading-sequence", "ordinal-series",
      "parallel-sibling-headings", "style-house-unit", "unit-consistency", "wording-first-mention",
    ]);
  });

  it.each(keyed.map((r) => [r.id, r] as const))("%s: after every edit the incremental result equals a fresh lint", (_id, rule) => {
    const rules = [rule];
    fc.assert(
      fc.property(doc, edits, (start, list) => {
        const linter = createLinter({}, rules);
        let text = start;
        expect(linter.lint(text)).toEqual(fresh(text, rules));
        for (const e of list) {
          text = applyEdit(text, e);
          expect(linter.lint(text)).toEqual(fresh(text, rules));
        }
      }),
      { seed: SEED, numRuns: Math.max(100, RUNS * 2) },
    );
  });

  // One line edited so that the rule's answer changes while most of the line stays: the key must see the difference.
  const PAIRS: [string, string, string][] = [
    ["wording-first-mention", "全面贯彻党的十九大、二十大精神。", "全面贯彻党的十九大，二十大精神。"],
    ["heading-sequence", "一、总体要求\n附件：1.重点项目清单\n2.民生实事清单", "一、总体要求\n附件：x.重点项目清单\n2.民生实事清单"],
    ["ordinal-series", "一是加快产业升级。\n　，三是扩大有效投资。", "一是加快产业升级。\n　　三是扩大有效投资。"],
    ["bracket-balance", "深化“放管服改革，推进改革。", "深化放“管服改革，推进改革。"],
    ["bracket-balance", "“坚持稳中求进。\n　“完整准确全面贯彻。”", "“坚持稳中求进。\n要“完整准确全面贯彻。”"],
    ["bracket-balance", "“坚持稳中求进。\n全面深化改革”", "“坚持稳中求进，\n全面深化改革”"],
    ["unit-consistency", "新建公路350公里。\n新建绿道3千米。", "新建公路350公里。\n新建绿道3米。"],
    ["unit-consistency", "新建公路350公里，改造管网12公里。\n新建绿道3千米。", "新建公路350千米，改造管网12公里。\n新建绿道3千米。"],
    ["style-house-unit", "新建绿道3千米。", "新建绿道3米。"],
    ["heading-nesting", "一、总体要求\n（一）稳增长\n（1）加快建设", "一、总体要求\n（一）稳增长\n1.加快建设"],
    ["heading-end-punctuation", "（一）稳增长。\n（二）促改革", "（一）稳增长\n（二）促改革"],
    ["parallel-sibling-headings", "（一）全面启动科技城建设，创新能力持续增强\n（二）坚定践行绿色理念，生态文明基础扎实\n（三）深化改革开放，发展活力不断释放\n（四）保障改善民生，人民生活持续改善\n（五）加强政府建设", "（一）全面启动科技城建设，创新能力持续增强\n（二）坚定践行绿色理念，生态文明基础扎实\n（三）深化改革开放，发展活力不断释放\n（四）保障改善民生，人民生活持续改善\n（五）加强政府建设，效能持续提升"],
  ];
  it.each(PAIRS)("%s: a one-line edit that changes the answer changes the key (%s → %s)", (id, before, after) => {
    const rule = keyed.find((r) => r.id === id)!;
    const linter = createLinter({}, [rule]);
    const was = linter.lint(before);
    const now = linter.lint(after);
    expect(now).toEqual(fresh(after, [rule]));
    // The pair is worth its place only if the answers differ.
    expect(JSON.stringify(now)).not.toBe(JSON.stringify(was));
  });

  it("runs check again only when an edited line's key changes", () => {
    let calls = 0;
    const base = keyed.find((r) => r.id === "heading-sequence")!;
    const counted: Rule = { ...base, check: (ctx) => (calls++, base.check(ctx)) };
    const linter = createLinter({}, [counted]);
    let text = "一、总体要求\n全年增长5%。\n三、主要任务\n推进改革。";
    const first = linter.lint(text);
    expect(first.map((d) => text.slice(d.from, d.to))).toEqual(["三、"]);
    expect(calls).toBe(1);
    // Typing in body text: the heading below moves, the diagnostic moves with it, check does not run.
    text = text.replace("全年增长", "全年经济增长");
    const moved = linter.lint(text);
    expect(calls).toBe(1);
    expect(moved).toEqual(fresh(text, [base]));
    expect(moved.map((d) => text.slice(d.from, d.to))).toEqual(["三、"]);
    // Editing a heading changes its key: check runs and the fix follows the new text.
    text = text.replace("三、主要任务", "二、主要任务");
    expect(linter.lint(text)).toEqual([]);
    expect(calls).toBe(2);
    // A new line changes the paragraph count: check runs.
    text = text.replace("推进改革。", "推进改革。\n四、保障措施");
    expect(linter.lint(text).map((d) => text.slice(d.from, d.to))).toEqual(["四、"]);
    expect(calls).toBe(3);
  });
});

describe("an edit in one paragraph of an 80,000-character report", () => {
  // The caching promise, counted instead of timed (speed itself is measured by `npm run bench`): typing re-runs the
  // paragraph rules on the edited paragraph alone and skips the document rules whose paragraph keys did not change.
  it("runs the paragraph rules on that paragraph alone and no keyed document rule", () => {
    const calls: { id: string; paragraph: string }[] = [];
    const counted = allRules
      .filter((r) => !r.meta.needsSegmentation)
      .map((r): Rule => ({ ...r, check: (ctx) => (calls.push({ id: r.id, paragraph: ctx.paragraph.text }), r.check(ctx)) }));
    const scope = new Map(counted.map((r) => [r.id, r.meta.scope]));
    const text = buildReport(80_000);
    const linter = createLinter({}, counted);
    linter.lint(text);
    const paragraphs = text.split("\n").length;
    expect(calls.filter((c) => scope.get(c.id) === "paragraph").length).toBeGreaterThan(paragraphs);

    // A word typed before a growth figure in the middle: no unit, heading, ordinal or mark changes.
    const at = text.indexOf("增长", 40_000);
    const edited = text.slice(0, at) + "同比" + text.slice(at);
    const paragraph = edited.slice(edited.lastIndexOf("\n", at) + 1, edited.indexOf("\n", at));
    calls.length = 0;
    const result = linter.lint(edited);
    const relint = calls.splice(0);
    expect(new Set(relint.filter((c) => scope.get(c.id) === "paragraph").map((c) => c.paragraph))).toEqual(new Set([paragraph]));
    // Every paragraph rule that a fresh lint runs on that paragraph, each once.
    createLinter({}, counted).lint(edited);
    const onParagraph = (list: typeof calls) => list.filter((c) => scope.get(c.id) === "paragraph" && c.paragraph === paragraph).map((c) => c.id).sort();
    expect(onParagraph(relint)).toEqual(onParagraph(calls));
    const keyedIds = new Set(keyed.map((r) => r.id));
    expect(relint.filter((c) => keyedIds.has(c.id))).toEqual([]);
    expect(result).toEqual(fresh(edited, counted));
  });
});
