// unit-mu: `亩` after a number, when the reference profile never uses 亩 (→ 公顷, 1公顷 = 15亩).
// Basis: 国务院关于在我国统一实行法定计量单位的命令（1984）abolished the 市制 units, yet 亩 remains standard in
// local government reports; so this is info at most, and silent whenever the reference profile (the bundled
// report uses 亩 several times) shows 亩 in use. No fix: converting needs arithmetic the author must check.
// Options: `profileDecides` (default true) — set false to report 亩 whatever the profile says.

import type { Rule } from "../../core/types.js";
import { findUnitMentions, mayMentionUnit, profileCount } from "./_units.js";

export const rule: Rule = {
  id: "unit-mu",
  meta: {
    family: "unit",
    description: "“亩”不是法定计量单位，参考范文未用时提示改用“公顷”",
    basis: "国务院关于在我国统一实行法定计量单位的命令（1984）",
    defaultSeverity: "info",
    fixable: false,
    scope: "paragraph",
    defaultOptions: { profileDecides: true },
    messages: {
      mu: "“亩”不是法定计量单位，可改用“公顷”（1公顷=15亩）",
    },
    examples: {
      valid: [
        { text: "新建高标准农田4.2万亩，整理土地6400亩。", references: ["全年整理土地6400亩。"] },
        { text: "新增造林1.2万公顷，亩均税收增长8%。", options: { profileDecides: false } },
        { text: "每亩补贴200元。", options: { profileDecides: false } },
      ],
      invalid: [
        {
          text: "新建高标准农田4.2万亩。",
          output: null,
          options: { profileDecides: false },
          errors: [{ messageId: "mu", span: "亩" }],
        },
      ],
    },
  },
  check(ctx) {
    if (ctx.options.profileDecides !== false && profileCount(ctx.profile.unitForms, "亩") > 0) return;
    const { from, text } = ctx.paragraph;
    if (!mayMentionUnit(text, "mu")) return;
    for (const m of ctx.shared(ctx.paragraph, findUnitMentions)) {
      if (m.unitId !== "mu") continue;
      ctx.report({ from: from + m.from, to: from + m.to, messageId: "mu" });
    }
  },
};
