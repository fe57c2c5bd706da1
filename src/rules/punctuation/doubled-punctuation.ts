// doubled-punctuation: a point mark written twice or more in a row (，， 。。 、、 ；； ：： ？？ ！！) → one.
// Basis: GB/T 15834-2011 (each pause takes one mark); a doubled mark in an official text is a typing slip.
// Not doubled: 。。。 and longer runs of 。 (an ellipsis, the ellipsis rule's), —— (a dash), …… (an ellipsis).
// The fix deletes the extra marks and keeps the first.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";

// Runs of point marks; the code splits a run into runs of one mark (，。 is not doubled) and keeps 。 pairs only.
const RUN = /[，、；：？！。]{2,}/g;

export const rule: Rule = {
  id: "doubled-punctuation",
  meta: {
    family: "punctuation",
    description: "标点符号不应重复使用，如“，，”“。。”",
    basis: "GB/T 15834-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      doubled: "标点重复，只保留一个“{mark}”",
    },
    examples: {
      valid: [
        "坚持稳中求进，推动高质量发展。",
        "——综合实力大幅提升。",
        "经济运行稳中有进……全年目标顺利完成。",
        "初步统计。。。全年增长5%。",
      ],
      invalid: [
        {
          text: "坚持稳中求进，，推动高质量发展。。",
          output: "坚持稳中求进，推动高质量发展。",
          errors: [
            { messageId: "doubled", span: "，，" },
            { messageId: "doubled", span: "。。" },
          ],
        },
        {
          text: "教育、、医疗、养老；；就业！！",
          output: "教育、医疗、养老；就业！",
          errors: [
            { messageId: "doubled", span: "、、" },
            { messageId: "doubled", span: "；；" },
            { messageId: "doubled", span: "！！" },
          ],
        },
        {
          text: "主要做法是：：",
          output: "主要做法是：",
          errors: [{ messageId: "doubled", span: "：：" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN.exec(p.text))) {
      const run = m[0];
      for (let i = 0; i < run.length; ) {
        const mark = run[i]!;
        let j = i + 1;
        while (j < run.length && run[j] === mark) j++;
        if (j - i >= 2 && !(mark === "。" && j - i > 2)) {
          const from = p.from + m.index + i;
          const to = p.from + m.index + j;
          ctx.report({
            from,
            to,
            messageId: "doubled",
            data: { mark },
            fixes: [{ title: `只保留一个“${mark}”`, edits: [{ from: from + 1, to, insert: "" }] }],
          });
        }
        i = j;
      }
    }
  },
};
