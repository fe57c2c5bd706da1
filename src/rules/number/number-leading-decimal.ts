// number-leading-decimal: a pure decimal keeps its leading zero (`.46` → `0.46`).
// Basis: GB/T 15835-2011 (a decimal below 1 is written with the 0 before the point).
// The point must follow a Han character, Chinese punctuation, a space or the start of the line, so `PM2.5`,
// `3.0版`, version strings (`v1.2`), file names and ellipses are left alone. The fix rewrites the point itself
// (`.` → `0.`), so that it and punctuation-width's `.` → `。` cannot both apply. Options: none.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { charBefore } from "./_numbers.js";

// A Chinese numeral before the point is a heading marker written with the wrong mark (`一.2024年工作回顾`),
// and digits followed by 年 are a year, not a decimal.
// Pre-check: a point with a digit after it and none before (startsNumber never accepts a digit before the point);
// decimals such as 5.6 are in most paragraphs, leading points in few.
const MAY_REPORT = /(?<![0-9])\.[0-9]/;
const LEADING_DECIMAL = /\.(\d+)(?![\d.A-Za-z年])/g;
const HAN = /^\p{Script=Han}$/u;
const PROSE_BEFORE = " \t\u3000，、：；（“‘《〔【=＝";
const NUMERAL = "〇一二三四五六七八九十百千万亿";

/** True when the point at `index` may begin a number: at the start, or after Chinese text, not after a numeral. */
function startsNumber(text: string, index: number): boolean {
  const prev = charBefore(text, index);
  if (prev === "") return true;
  if (NUMERAL.includes(prev)) return false;
  return PROSE_BEFORE.includes(prev) || HAN.test(prev);
}

export const rule: Rule = {
  id: "number-leading-decimal",
  meta: {
    family: "number",
    description: "纯小数的整数位“0”不能省略（.46 → 0.46）",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      leadingZero: "小数点前应补“0”：“0.{digits}”",
    },
    examples: {
      valid: [
        "基尼系数为0.46，PM2.5浓度下降。",
        "“4+1”系列文件3.0版发布实施，v1.2版上线。",
        "经济运行稳中有进……全年目标顺利完成。",
        "见附件report.2024。",
        "一.2024年工作回顾",
        "三.5项重点任务全面完成",
      ],
      invalid: [
        {
          text: "基尼系数为.46。",
          output: "基尼系数为0.46。",
          errors: [{ messageId: "leadingZero", span: ".46" }],
        },
        {
          text: "单位GDP能耗下降.5%，系数达.35",
          output: "单位GDP能耗下降0.5%，系数达0.35",
          errors: [
            { messageId: "leadingZero", span: ".5" },
            { messageId: "leadingZero", span: ".35" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    LEADING_DECIMAL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LEADING_DECIMAL.exec(text))) {
      if (!startsNumber(text, m.index)) continue;
      const start = from + m.index;
      ctx.report({
        from: start,
        to: start + m[0].length,
        messageId: "leadingZero",
        data: { digits: m[1]! },
        fixes: [{ title: `改为“0.${m[1]!}”`, edits: [{ from: start, to: start + 1, insert: "0." }] }],
      });
    }
  },
};
