// unit-symbol-case: unit symbols written in the wrong case or with the wrong letter (`KG` `Kg` → `kg`, `KM` → `km`,
// `KW` → `kW`, `KV` → `kV`, `ug/m3` → `μg/m3`).
// Basis: GB 3100-1993 (symbols of SI units and prefixes are case-sensitive: k is kilo, K is kelvin).
// The mis-written forms are listed in rules/units.json (kind "badSymbol"); only a symbol after an Arabic number is
// touched, so abbreviations such as `KW公司` or `KV值` elsewhere are left alone. Options: none.

import type { Rule } from "../../core/types.js";
import { findUnitMentions, mayMentionKind } from "./_units.js";

export const rule: Rule = {
  id: "unit-symbol-case",
  meta: {
    family: "unit",
    description: "计量单位符号大小写应规范（kg、km、kW、kV）",
    basis: "GB 3100-1993",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      symbolCase: "单位符号“{form}”书写有误，应写作“{preferred}”",
    },
    examples: {
      valid: [
        "建成500kV变电站，新增装机120万kW。",
        "亩产达到650kg，时速350km/h。",
        "KV值持续下降，KM集团落户园区。",
        "PM2.5平均浓度为32μg/m3。",
      ],
      invalid: [
        {
          text: "亩产达到650KG，建成10KM绿道。",
          output: "亩产达到650kg，建成10km绿道。",
          errors: [
            { messageId: "symbolCase", span: "KG" },
            { messageId: "symbolCase", span: "KM" },
          ],
        },
        {
          text: "建成500KV变电站，新增装机120万KW。",
          output: "建成500kV变电站，新增装机120万kW。",
          errors: [
            { messageId: "symbolCase", span: "KV" },
            { messageId: "symbolCase", span: "KW" },
          ],
        },
        {
          text: "PM2.5平均浓度为32ug/m3，全年发电52亿kwh。",
          output: "PM2.5平均浓度为32μg/m3，全年发电52亿kWh。",
          errors: [
            { messageId: "symbolCase", span: "ug/m3" },
            { messageId: "symbolCase", span: "kwh" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMentionKind(text, "badSymbol")) return;
    for (const m of ctx.shared(ctx.paragraph, findUnitMentions)) {
      if (m.kind !== "badSymbol" || m.preferred === undefined) continue;
      ctx.report({
        from: from + m.from,
        to: from + m.to,
        messageId: "symbolCase",
        data: { form: m.form, preferred: m.preferred },
        fixes: [{ title: `改为“${m.preferred}”`, edits: [{ from: from + m.from, to: from + m.to, insert: m.preferred }] }],
      });
    }
  },
};
