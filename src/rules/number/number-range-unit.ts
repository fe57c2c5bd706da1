// number-range-unit: a range whose first value drops the 万, 亿 or % that the second carries
// (`9～16亿` → `9亿～16亿`, `15～30%` → `15%～30%`), for the marks ～ ~ — - 至 到.
// Basis: GB/T 15835-2011 (in a range each value keeps its 万/亿 and %).
// Left alone: ranges of months, years and plain numbers (`1-5月`, `10~11月`, `2021—2025年`), and values glued to
// Latin letters. Known limit: `2至3万` meaning "from 2 (units) to 30,000" cannot be told apart; such wording is rare.
// Options: none.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { GLUED_BEFORE, standaloneNumbers } from "./_numbers.js";

// Whole numbers are scanned first, and the rest of the range is looked for at their end.
// Pre-check: the first number ends with a digit and the range mark and the second number follow at once.
const MAY_REPORT = /[0-9][～~—\-－至到][0-9]/;
const RANGE_REST = /([～~—\-－至到])(\d+(?:\.\d+)?)(万亿|万|亿|%|％)/y;
// The first value must start a number: not after letters, digits, a point, or a 万/亿/% of an earlier value.
const NOT_AFTER = GLUED_BEFORE + "%％万亿";

export const rule: Rule = {
  id: "number-range-unit",
  meta: {
    family: "number",
    description: "数值范围的前一个数也应带“万”“亿”或“%”（9亿～16亿、15%～30%）",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      rangeUnit: "范围前后两个数值都应带“{unit}”：“{first}{unit}{mark}”",
    },
    examples: {
      valid: [
        "预计增长9亿～16亿元，占比15%～30%。",
        "1-5月累计完成投资，10~11月集中开工，2021—2025年规划。",
        "增长5%至6%，投资3万至5万元。",
        "“4+1”系列文件3.0版发布实施。",
      ],
      invalid: [
        {
          text: "带动投资9～16亿元。",
          output: "带动投资9亿～16亿元。",
          errors: [{ messageId: "rangeUnit", span: "9～16亿" }],
        },
        {
          text: "占比提高15～30%，增长3至5%。",
          output: "占比提高15%～30%，增长3%至5%。",
          errors: [
            { messageId: "rangeUnit", span: "15～30%" },
            { messageId: "rangeUnit", span: "3至5%" },
          ],
        },
        {
          text: "每户补助2-3万元。",
          output: "每户补助2万-3万元。",
          errors: [{ messageId: "rangeUnit", span: "2-3万" }],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    for (const n of standaloneNumbers(text, NOT_AFTER)) {
      RANGE_REST.lastIndex = n.index + n.number.length;
      const rest = RANGE_REST.exec(text);
      if (!rest) continue;
      const first = n.number;
      const mark = rest[1]!;
      const unit = rest[3]!;
      const start = from + n.index;
      const insertAt = start + first.length;
      ctx.report({
        from: start,
        to: insertAt + rest[0].length,
        messageId: "rangeUnit",
        data: { first, unit, mark },
        fixes: [{ title: `在“${first}”后补“${unit}”`, edits: [{ from: insertAt, to: insertAt, insert: unit }] }],
      });
    }
  },
};
