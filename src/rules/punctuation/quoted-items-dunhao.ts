// quoted-items-dunhao: items that each carry quotation marks or 书名号 usually take no 顿号 between them:
// “放管服”、“一网通办” → “放管服”“一网通办”; 《A》、《B》 → 《A》《B》.
// Basis: GB/T 15834-2011 4.5.3.5 (标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号). Info: the standard
// says "usually", and a 顿号 is right when something stands between the items (《A》（2023年）、《B》), which the
// pattern never matches since it needs the closing and the opening mark on both sides of the 顿号.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";

const BETWEEN = /[”’]、[“‘]|》、《/g;

export const rule: Rule = {
  id: "quoted-items-dunhao",
  meta: {
    family: "punctuation",
    description: "带引号或书名号的并列成分之间通常不用顿号",
    basis: "GB/T 15834-2011 4.5.3.5",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    messages: {
      quoted: "带引号的并列成分之间通常不用顿号",
      titled: "带书名号的并列成分之间通常不用顿号",
    },
    examples: {
      valid: [
        "深化“放管服”改革，推进“一网通办”“跨省通办”。",
        "认真落实“疫情要防住、经济要稳住、发展要安全”的要求。",
        "印发《实施方案》（2023年）、《工作要点》等文件。",
      ],
      invalid: [
        {
          text: "推进“一网通办”、“跨省通办”、“一件事一次办”。",
          output: "推进“一网通办”“跨省通办”“一件事一次办”。",
          errors: [
            { messageId: "quoted", span: "、" },
            { messageId: "quoted", span: "、" },
          ],
        },
        {
          text: "制定《乡村振兴规划》、《产业发展规划》。",
          output: "制定《乡村振兴规划》《产业发展规划》。",
          errors: [{ messageId: "titled", span: "、" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf("、") < 0) return;
    BETWEEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BETWEEN.exec(t))) {
      const from = p.from + m.index + 1;
      const to = from + 1;
      ctx.report({
        from,
        to,
        messageId: m[0][0] === "》" ? "titled" : "quoted",
        fixes: [{ title: "删去顿号", edits: [{ from, to, insert: "" }] }],
      });
    }
  },
};
