// unit-symbol-in-prose: a unit symbol after a number in Chinese prose → the Chinese name (`10km道路` →
// `10公里道路`, `5万m²` → `5万平方米`).
// Basis: editorial practice of 公文 (prose writes units by their Chinese names; symbols belong to tables and
// technical annexes). House style, so info. The name offered is the one the reference profile uses most among the
// unit's legal Chinese names (公里 or 千米), else the table's default (rules/units.json `name`); the unit's other
// legal names follow it as further fixes, for a draft that writes the other one.
// Known limits: only paragraphs containing Han characters count as prose; a table line such as `长度 | 10km`
// is prose to this rule. Options: none.

import type { Rule } from "../../core/types.js";
import { chineseNameFor, findUnitMentions, isProse, mayMentionKind, unitById } from "./_units.js";

export const rule: Rule = {
  id: "unit-symbol-in-prose",
  meta: {
    family: "unit",
    description: "行文中数字后的计量单位宜用中文名称，不用符号（10km → 10公里）",
    basis: "编辑惯例",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    messages: {
      symbolInProse: "行文中宜用中文单位名称：“{name}”",
    },
    examples: {
      valid: [
        "新建农村公路350公里，改造老旧小区21.3万平方米。",
        "PM2.5平均浓度下降6.1%，建成5G基站1200个。",
        "Total length: 10km.",
        "亩产达到650KG。",
      ],
      invalid: [
        {
          text: "新建10km道路。",
          output: "新建10公里道路。",
          errors: [{ messageId: "symbolInProse", span: "km" }],
        },
        {
          text: "改造老旧小区5万m²，建成500kV变电站。",
          output: "改造老旧小区5万平方米，建成500千伏变电站。",
          errors: [
            { messageId: "symbolInProse", span: "m²" },
            { messageId: "symbolInProse", span: "kV" },
          ],
        },
        {
          text: "PM2.5平均浓度为32μg/m3。",
          output: "PM2.5平均浓度为32微克/立方米。",
          errors: [{ messageId: "symbolInProse", span: "μg/m3" }],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMentionKind(text, "symbol")) return;
    if (!isProse(text)) return;
    for (const m of ctx.shared(ctx.paragraph, findUnitMentions)) {
      if (m.kind !== "symbol") continue;
      const unit = unitById(m.unitId);
      if (!unit) continue;
      const name = chineseNameFor(unit, ctx.profile.unitForms);
      // The profile's name first (fix-all takes it); the unit's other legal names after it, for a draft that writes
      // 千米 where the reference writes 公里.
      const names = [name];
      for (const f of unit.forms) if (f.kind === "name" && f.legal && f.form !== name) names.push(f.form);
      ctx.report({
        from: from + m.from,
        to: from + m.to,
        messageId: "symbolInProse",
        data: { form: m.form, name },
        fixes: names.map((n) => ({ title: `改为“${n}”`, edits: [{ from: from + m.from, to: from + m.to, insert: n }] })),
      });
    }
  },
};
