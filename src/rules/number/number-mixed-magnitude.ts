// number-mixed-magnitude: Arabic digits joined with 千 or 百 → all digits (`4千人` → `4000人`, `3百` → `300`,
// `1.5千万元` → `1500万元`). 万 and 亿 are fine with digits (`10亿零817万`).
// Basis: GB/T 15835-2011 (Arabic digits may combine with 万 and 亿 only).
// Left alone: units that begin with 千 or 百 (`3千米`, `5千瓦`, `2千克`, `10千伏`, `3百分点`), `3千3百`-style
// compounds, `1万3千` and the second value of a range (`1～2千万元`): no single safe rewrite, so these are reported
// without a fix. Options: none.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { shiftDecimal, standaloneNumbers } from "./_numbers.js";

// The number, the magnitude, and what follows (to exclude unit words such as 千米 and compounds such as 3千3百).
// Whole numbers are scanned first, and the magnitude is looked for at their end, so a long run of digits is read
// once.
// Pre-check: a standalone number ends with a digit, and 千 or 百 must follow it.
const MAY_REPORT = /[0-9][千百]/;
const MAGNITUDE_AT = /([千百])(?![米瓦克伏帕卡焦赫兆分字货])/y;
const FOLLOWED_BY_DIGIT = /^[0-9零〇一二三四五六七八九]/;
const AFTER_WAN = /\d[万亿千百]$/;
// `1～2千万元` means 1000万～2000万; rewriting only the second value would turn it into 1～2000万.
const SECOND_OF_RANGE = /\d[～~—\-－至到]$/;

export const rule: Rule = {
  id: "number-mixed-magnitude",
  meta: {
    family: "number",
    description: "阿拉伯数字不与“千”“百”连用（4千人 → 4000人），“万”“亿”除外",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      mixed: "阿拉伯数字不宜与“{magnitude}”连用，应写作“{digits}”",
      mixedNoFix: "阿拉伯数字不宜与“千”“百”连用，宜全部用阿拉伯数字",
    },
    examples: {
      valid: [
        "财政收入10亿零817万元，新增就业1.2万人。",
        "建成500千伏变电站，新增装机5千瓦，管网3千米。",
        "比上年提高3个百分点，达到2千米。",
        "千亿级产业集群加快成长，百强县排名提升。",
      ],
      invalid: [
        {
          text: "新增就业4千人，培训3百人次。",
          output: "新增就业4000人，培训300人次。",
          errors: [
            { messageId: "mixed", span: "4千" },
            { messageId: "mixed", span: "3百" },
          ],
        },
        {
          text: "完成投资1.5千万元。",
          output: "完成投资1500万元。",
          errors: [{ messageId: "mixed", span: "1.5千" }],
        },
        {
          text: "惠及群众1万3千人，每个项目补助1～2千万元。",
          output: null,
          errors: [
            { messageId: "mixedNoFix", span: "3千" },
            { messageId: "mixedNoFix", span: "2千" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    // A number glued to letters or to another number (G7千, 1.2.3千) is not a quantity.
    for (const n of standaloneNumbers(text)) {
      MAGNITUDE_AT.lastIndex = n.index + n.number.length;
      const mag = MAGNITUDE_AT.exec(text);
      if (!mag) continue;
      const number = n.number;
      const magnitude = mag[1]!;
      const start = from + n.index;
      const end = start + number.length + 1;
      const after = text.charAt(n.index + number.length + 1);
      const before = text.slice(Math.max(0, n.index - 12), n.index);
      if (FOLLOWED_BY_DIGIT.test(after) || AFTER_WAN.test(before) || SECOND_OF_RANGE.test(before)) {
        ctx.report({ from: start, to: end, messageId: "mixedNoFix" });
        continue;
      }
      const digits = shiftDecimal(number, magnitude === "千" ? 3 : 2);
      ctx.report({
        from: start,
        to: end,
        messageId: "mixed",
        data: { magnitude, digits },
        fixes: [{ title: `改为“${digits}”`, edits: [{ from: start, to: end, insert: digits }] }],
      });
    }
  },
};
