// unit-non-legal: non-legal unit names after a number → the legal name (`平米` → `平方米`, `公分` → `厘米`,
// `公尺` → `米`, `公升` → `升`, `公吨` → `吨`).
// Basis: 《中华人民共和国法定计量单位》(1984); GB 3100-1993. The list is rules/units.json (kind "nonLegal").
// Only a unit written after an Arabic number is touched: `公分` in other words (`工分`, `公分母`) is left alone.
// 亩 is customary rather than wrong: see unit-mu. Options: none.

import type { Rule } from "../../core/types.js";
import { findUnitMentions, mayMentionKind } from "./_units.js";

export const rule: Rule = {
  id: "unit-non-legal",
  meta: {
    family: "unit",
    description: "数字后的非法定计量单位名称（平米、公分、公尺、公升、公吨）应改用法定名称",
    basis: "中华人民共和国法定计量单位（1984）",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      nonLegal: "“{form}”不是法定计量单位名称，应写作“{preferred}”",
    },
    examples: {
      valid: [
        "改造老旧小区21.3万平方米，新建厂房5万平方米。",
        "全年降水量1200毫米，较常年偏多12厘米。",
        "推行工分制管理，完善公分母计算口径。",
        "粮食产量突破20万吨，新增高标准农田4.2万亩。",
      ],
      invalid: [
        {
          text: "改造老旧小区21.3万平米。",
          output: "改造老旧小区21.3万平方米。",
          errors: [{ messageId: "nonLegal", span: "平米" }],
        },
        {
          text: "河道拓宽至30公尺，每车加注50公升，运输钢材800公吨。",
          output: "河道拓宽至30米，每车加注50升，运输钢材800吨。",
          errors: [
            { messageId: "nonLegal", span: "公尺" },
            { messageId: "nonLegal", span: "公升" },
            { messageId: "nonLegal", span: "公吨" },
          ],
        },
        {
          text: "积雪厚度达12公分，新建厂房5万平方。",
          output: "积雪厚度达12厘米，新建厂房5万平方米。",
          errors: [
            { messageId: "nonLegal", span: "公分" },
            { messageId: "nonLegal", span: "平方" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMentionKind(text, "nonLegal")) return;
    for (const m of ctx.shared(ctx.paragraph, findUnitMentions)) {
      if (m.kind !== "nonLegal" || m.preferred === undefined) continue;
      ctx.report({
        from: from + m.from,
        to: from + m.to,
        messageId: "nonLegal",
        data: { form: m.form, preferred: m.preferred },
        fixes: [{ title: `改为“${m.preferred}”`, edits: [{ from: from + m.from, to: from + m.to, insert: m.preferred }] }],
      });
    }
  },
};
