// number-redundant-approx: 约 and 左右 on one number say "about" twice (`约300人左右` → `约300人` or `300人左右`).
// Basis: GB/T 15835-2011 / editorial practice (an approximation is marked once). Two fixes are offered: drop 左右
// (first, used by fix-all) or drop 约.
// 约 as part of a word (节约, 制约, 签约, 集约…) is not the adverb and is left alone; at most four characters
// (the measure word) may stand between the number and 左右. The parts of the pattern share no character, so it
// cannot backtrack. Options: none.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { charBefore } from "./_numbers.js";

// 约 ending a word (节约, 制约, 签约…) is not the adverb.
const WORD_BEFORE = "节制签公预邀相契违履集条特守合婚赴如盟缔简隐大";

// Pre-check: every match ends in 左右.
const MAY_REPORT = /左右/;
const APPROX =
  /(约|大约)(\d+(?:[.,]\d+)*(?:万亿|万|亿)?[^\s\d.,，。；、！？：;!?（）“”万亿左]{0,4})左右/g;

export const rule: Rule = {
  id: "number-redundant-approx",
  meta: {
    family: "number",
    description: "“约”与“左右”不连用（约300人左右 → 约300人）",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      redundant: "“{adverb}”与“左右”重复，保留其一：“{adverb}{quantity}”或“{quantity}左右”",
    },
    examples: {
      valid: [
        "参会约300人，工期60天左右。",
        "全年节约300吨左右标准煤，集约50亩左右。",
        "大约有一半企业左右为难。",
      ],
      invalid: [
        {
          text: "参会人数约300人左右。",
          output: "参会人数约300人。",
          errors: [{ messageId: "redundant", span: "约300人左右" }],
        },
        {
          text: "投资大约1.5亿元左右，工期约60天左右。",
          output: "投资大约1.5亿元，工期约60天。",
          errors: [
            { messageId: "redundant", span: "大约1.5亿元左右" },
            { messageId: "redundant", span: "约60天左右" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    APPROX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = APPROX.exec(text))) {
      if (WORD_BEFORE.includes(charBefore(text, m.index) || "\u0000")) {
        APPROX.lastIndex = m.index + 1;
        continue;
      }
      const adverb = m[1]!;
      const quantity = m[2]!;
      const start = from + m.index;
      const end = start + m[0].length;
      ctx.report({
        from: start,
        to: end,
        messageId: "redundant",
        data: { adverb, quantity },
        fixes: [
          { title: "删去“左右”", edits: [{ from: end - 2, to: end, insert: "" }] },
          { title: `删去“${adverb}”`, edits: [{ from: start, to: start + adverb.length, insert: "" }] },
        ],
      });
    }
  },
};
