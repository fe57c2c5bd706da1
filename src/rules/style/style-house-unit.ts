// style-house-unit: the draft writes a unit one way throughout (千米) where the reference documents write it another
// way (公里): both are legal names of the same unit, so the reference decides.
// Basis: house style from the reference corpus (STANDARDS §4 and §7: 公里 is the legal common name of 千米; a document
// picks one, and the references say which). Message cites the evidence: `参考范文：公里 2 次，千米 0 次`.
// Fires only for a consistent draft: where the draft mixes forms of one unit, unit-consistency reports that instead
// (the forms it weighs: Chinese names, and symbols outside prose; a symbol in prose is unit-symbol-in-prose's, whose
// advice is a Chinese name too). Only Chinese names are compared, and only when the reference uses the other name at
// least twice and this one never. Fix: the name the reference uses, at each mention. Options: `minEvidence`
// (default 2), how often the reference must use its form.

import type { Rule } from "../../core/types.js";
import { findUnitMentions, formIndex, isChosenForm, isProse, type UnitMention } from "../unit/_units.js";
import { unitMentionKey } from "../unit/unit-consistency.js";

function count(counts: unknown, key: string): number {
  if (!counts || typeof counts !== "object") return 0;
  const v = (counts as Record<string, unknown>)[key];
  return typeof v === "number" ? v : 0;
}

export const rule: Rule = {
  id: "style-house-unit",
  meta: {
    family: "style",
    description: "计量单位写法与参考范文不同（参考范文写“公里”，本文写“千米”）",
    basis: "参考范文",
    defaultSeverity: "info",
    fixable: true,
    scope: "document",
    defaultOptions: { minEvidence: 2 },
    messages: {
      house: "参考范文写作“{preferred}”：{evidence}",
    },
    examples: {
      valid: [
        "新建道路12公里，改造管网8公里。",
        "新增绿地面积3.2万平方米。",
        // Mixed forms are unit-consistency's to report.
        "新建道路12千米，改造管网8公里。",
        // A symbol is unit-symbol-in-prose's.
        "新建道路12km。",
        { text: "新建道路12千米，改造管网8千米。", references: ["建成道路5千米。全长3千米。"] },
      ],
      invalid: [
        {
          text: "新建道路12千米，改造管网8千米。",
          output: "新建道路12公里，改造管网8公里。",
          errors: [
            { messageId: "house", span: "千米" },
            { messageId: "house", span: "千米" },
          ],
        },
        {
          text: "人均消费猪肉32公斤。",
          output: "人均消费猪肉32千克。",
          references: ["人均消费牛肉5千克、禽肉12千克。"],
          errors: [{ messageId: "house", span: "公斤" }],
        },
      ],
    },
  },
  paragraphKey: unitMentionKey,
  check(ctx) {
    const minEvidence = typeof ctx.options.minEvidence === "number" ? ctx.options.minEvidence : 2;
    const forms = ctx.profile.unitForms;
    const byUnit = new Map<string, { paragraphFrom: number; m: UnitMention }[]>();
    // Indexed loops over every paragraph: for-of allocates a result per step until V8 optimises the check.
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.text.length === 0) continue;
      const found = ctx.shared(p, findUnitMentions);
      if (found.length === 0) continue;
      let prose: boolean | undefined;
      const inProse = () => (prose ??= isProse(p.text));
      for (let i = 0; i < found.length; i++) {
        const m = found[i]!;
        if (!isChosenForm(m, inProse)) continue;
        const list = byUnit.get(m.unitId) ?? [];
        list.push({ paragraphFrom: p.from, m });
        byUnit.set(m.unitId, list);
      }
    }
    for (const [, mentions] of byUnit) {
      const written = new Set(mentions.map((x) => x.m.form));
      if (written.size !== 1) continue;
      const first = mentions[0]!.m;
      if (first.kind !== "name" || count(forms, first.form) > 0) continue;
      const info = formIndex.get(first.form);
      if (!info) continue;
      let preferred = "";
      let best = 0;
      for (const f of info.unit.forms) {
        if (f.kind !== "name" || !f.legal || f.form === first.form) continue;
        const n = count(forms, f.form);
        if (n > best) {
          best = n;
          preferred = f.form;
        }
      }
      if (!preferred || best < minEvidence) continue;
      const evidence = `${ctx.profile.sources.join("、") || "参考范文"}中“${preferred}”${best} 次，“${first.form}”0 次`;
      for (const { paragraphFrom, m } of mentions) {
        ctx.report({
          from: paragraphFrom + m.from,
          to: paragraphFrom + m.to,
          messageId: "house",
          data: { preferred, evidence },
          basis: `参考范文：${preferred} ${best} 次，${first.form} 0 次`,
          fixes: [{ title: `改为“${preferred}”`, edits: [{ from: paragraphFrom + m.from, to: paragraphFrom + m.to, insert: preferred }] }],
        });
      }
    }
  },
};
