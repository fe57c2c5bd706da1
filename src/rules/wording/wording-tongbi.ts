// wording-tongbi: 同比 compares with the same period of the previous year.
//  - `较上年同期同比增长5%`, `比上年同比增长` repeat the comparison: drop 同比; `同比上年增长` → `比上年增长`;
//  - a whole-year figure compares with the previous year: `全年地区生产总值同比增长4.5%` → `全年…比上年增长4.5%`.
// Basis: editorial practice; the National Bureau of Statistics' annual communiqués write 全年… 比上年增长.
// Options: `wholeYear` (default true) turns the 全年 check on or off.
// Known limits: conservative. The 全年 check fires only when 全年 and 同比 stand in one clause (no punctuation
// between, at most 20 characters) with no month or quarter between them; a whole-year figure introduced by a
// year alone (`2023年，…同比增长`) is not recognised, nor is 同比 correct usage for months and quarters ever flagged.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";

// Pre-check: each of the three patterns matches 同比.
const MAY_REPORT = /同比/;
// 比上年（同期）/较去年同期（相比）, then a short gap in the same clause, then 同比.
const REDUNDANT_AFTER = /(?:比|较|与)(?:上年|去年|上一年)(?:同期)?(?:相比)?[^，。；！？,;:：、（）()\s]{0,6}?同比/g;
// 同比 directly followed by 比上年/较去年… (drop 同比), or by 上年 itself (同比上年增长: 同比 → 比).
const REDUNDANT_BEFORE = /同比(?=(比|较)?(?:上年|去年|上一年))/g;
// 全年 … 同比 + verb (optionally after （下同）), no month, quarter or half-year in between.
const WHOLE_YEAR =
  /全年[^，。；！？,;:：、\s月季]{0,20}?同比(?=(?:（下同）|\(下同\))?(?:增长|下降|增加|减少|提高|降低|上升|回落|回升|下滑|分别|持平))/g;

export const rule: Rule = {
  id: "wording-tongbi",
  meta: {
    family: "wording",
    description: "“同比”的用法：与“比上年同期”重复；全年数据宜用“比上年”",
    basis: "编辑惯例（统计公报全年数据写作“比上年增长”）",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    defaultOptions: { wholeYear: true },
    messages: {
      redundant: "“同比”与“比上年（同期）”意思重复，删去“同比”",
      redundantVerb: "“同比”已含“与上年同期相比”，与“上年”重复，应作“比上年”",
      wholeYear: "全年数据与上年全年相比，宜作“比上年”",
    },
    examples: {
      valid: [
        "1-5月，一般公共预算收入完成34096万元，同比降低10.2%。",
        "全年完成地区生产总值184.1亿元，同比增长8.4%。",
        "完成生产总值343亿元，比上年同期（下同）增长5.3%。",
        "全年地区生产总值比上年增长4.5%。",
        "全年1-11月累计同比增长3%。",
        { text: "全年地区生产总值同比增长4.5%。", options: { wholeYear: false } },
      ],
      invalid: [
        {
          text: "一般公共预算收入较上年同期同比增长5.1%。",
          output: "一般公共预算收入较上年同期增长5.1%。",
          errors: [{ messageId: "redundant", span: "同比" }],
        },
        {
          text: "1-9月，工业用电量同比上年同期增长6.2%。",
          output: "1-9月，工业用电量比上年同期增长6.2%。",
          errors: [{ messageId: "redundantVerb", span: "同比" }],
        },
        {
          text: "全年地区生产总值同比（下同）增长4.5%。",
          output: "全年地区生产总值比上年（下同）增长4.5%。",
          errors: [{ messageId: "wholeYear", span: "同比" }],
        },
        {
          text: "全年粮食产量同比增长2.1%，进出口总额同比比上年增长9%。",
          output: "全年粮食产量比上年增长2.1%，进出口总额比上年增长9%。",
          errors: [
            { messageId: "wholeYear", span: "同比" },
            { messageId: "redundant", span: "同比" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { text, from: base } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    const flagged = new Set<number>();
    const redundant = (at: number, insert = ""): void => {
      if (flagged.has(at)) return;
      flagged.add(at);
      ctx.report({
        from: base + at,
        to: base + at + 2,
        messageId: insert ? "redundantVerb" : "redundant",
        fixes: [{ title: insert ? "改为“比”" : "删去“同比”", edits: [{ from: base + at, to: base + at + 2, insert }] }],
      });
    };
    let m: RegExpExecArray | null;
    REDUNDANT_AFTER.lastIndex = 0;
    while ((m = REDUNDANT_AFTER.exec(text))) redundant(m.index + m[0].length - 2);
    REDUNDANT_BEFORE.lastIndex = 0;
    while ((m = REDUNDANT_BEFORE.exec(text))) redundant(m.index, m[1] === undefined ? "比" : "");
    if (ctx.options.wholeYear === false) return;
    WHOLE_YEAR.lastIndex = 0;
    while ((m = WHOLE_YEAR.exec(text))) {
      const at = m.index + m[0].length - 2;
      if (flagged.has(at) || m[0].includes("半年")) continue;
      ctx.report({
        from: base + at,
        to: base + at + 2,
        messageId: "wholeYear",
        fixes: [{ title: "改为“比上年”", edits: [{ from: base + at, to: base + at + 2, insert: "比上年" }] }],
      });
    }
  },
};
