// number-year-zero: a year written digit by digit in Chinese numerals uses 〇, not 零 (`二零二四年` → `二〇二四年`).
// Basis: GB/T 15835-2011 5.2.5 (〇 in numbers read digit by digit, such as years).
// Only four-numeral runs without 十/百/千 before 年 (or before a range mark and another such year) count, so
// `三千零五十年` and `零点` are left alone. Options: none.

import type { Rule, TextEdit } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";

// Pre-check: only a year written with 零 is reported.
const MAY_REPORT = /零/;
const YEAR = /(?<![〇零一二三四五六七八九十百千万])[〇零一二三四五六七八九]{4}(?=年|[—～~至到\-－][〇零一二三四五六七八九]{4}年)/g;

export const rule: Rule = {
  id: "number-year-zero",
  meta: {
    family: "number",
    description: "汉字数字年份中的零应写作“〇”（二〇二四年）",
    basis: "GB/T 15835-2011 5.2.5",
    defaultSeverity: "error",
    fixable: true,
    scope: "paragraph",
    messages: {
      yearZero: "年份中的“零”应写作“〇”：“{fixed}”",
    },
    examples: {
      valid: ["二〇二四年一月十日", "历时三千零五十年", "凌晨零点", "二〇二一至二〇二五年"],
      invalid: [
        {
          text: "二零二四年一月十日",
          output: "二〇二四年一月十日",
          errors: [{ messageId: "yearZero", span: "二零二四" }],
        },
        {
          text: "二零二一至二零二五年规划",
          output: "二〇二一至二〇二五年规划",
          errors: [
            { messageId: "yearZero", span: "二零二一" },
            { messageId: "yearZero", span: "二零二五" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR.exec(text))) {
      if (!m[0].includes("零")) continue;
      const start = from + m.index;
      const edits: TextEdit[] = [];
      for (let i = 0; i < m[0].length; i++) if (m[0][i] === "零") edits.push({ from: start + i, to: start + i + 1, insert: "〇" });
      const fixed = m[0].replaceAll("零", "〇");
      ctx.report({ from: start, to: start + m[0].length, messageId: "yearZero", data: { fixed }, fixes: [{ title: `改为“${fixed}”`, edits }] });
    }
  },
};
