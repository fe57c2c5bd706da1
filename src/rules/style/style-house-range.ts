// style-house-range: the range mark between two values differs from the reference documents' (～ where they write
// —, or the reverse). GB/T 15834-2011 4.13 allows both the wave dash ～ and the one-em dash — for a range of values;
// the reference decides which. Spans of years, months and days (2021—2025年, 1—5月) take — whatever the house style
// and are left alone; hyphens and half-width tildes are number-range-dash's.
// Basis: GB/T 15834-2011 4.13 and the reference corpus; message cites the evidence: `参考范文：～ 3 次，— 0 次`.
// Fires only when the reference uses its mark at least `minEvidence` times (default 2) and the other never.
// Fix: the reference's mark. The bundled report has no ranges, so this rule speaks only with user references.

import type { Rule } from "../../core/types.js";
import { findValueRanges } from "./_ranges.js";

const DATE_UNIT = /[年月日]/;
const YEAR = /^(?:19|20)[0-9]{2}$/;

function count(counts: unknown, key: string): number {
  if (!counts || typeof counts !== "object") return 0;
  const v = (counts as Record<string, unknown>)[key];
  return typeof v === "number" ? v : 0;
}

export const rule: Rule = {
  id: "style-house-range",
  meta: {
    family: "style",
    description: "数值范围的连接号与参考范文不同（参考范文用“～”，本文用“—”）",
    basis: "GB/T 15834-2011 4.13；参考范文",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    defaultOptions: { minEvidence: 2 },
    messages: {
      house: "参考范文中数值范围用“{preferred}”：{evidence}",
    },
    examples: {
      valid: [
        // No ranges in the bundled report: no evidence, no message.
        "预期增长5%～6%，新建10—15公里。",
        { text: "“十四五”（2021—2025年）期间，1—5月完成投资。", references: ["增长5%～6%，投资3亿～4亿元，面积2～3万平方米。"] },
        { text: "预期增长5%～6%。", references: ["增长5%～6%，投资3亿～4亿元。"] },
      ],
      invalid: [
        {
          text: "预期增长5%—6%，新建道路10—15公里。",
          output: "预期增长5%～6%，新建道路10～15公里。",
          references: ["增长5%～6%，投资3亿～4亿元，面积2～3万平方米。"],
          errors: [
            { messageId: "house", span: "—" },
            { messageId: "house", span: "—" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const minEvidence = typeof ctx.options.minEvidence === "number" ? ctx.options.minEvidence : 2;
    const wave = count(ctx.profile.rangeMarks, "～");
    const dash = count(ctx.profile.rangeMarks, "—");
    let preferred: string;
    let other: string;
    if (wave >= minEvidence && dash === 0) [preferred, other] = ["～", "—"];
    else if (dash >= minEvidence && wave === 0) [preferred, other] = ["—", "～"];
    else return;
    const evidence = `${preferred} ${Math.max(wave, dash)} 次，${other} 0 次`;
    const { from, text } = ctx.paragraph;
    if (!text.includes(other)) return;
    for (const r of findValueRanges(text)) {
      if (r.mark !== other || r.markTo - r.markFrom !== 1) continue;
      // A span of years, months or days takes — whatever the house style.
      if (DATE_UNIT.test(r.after) || DATE_UNIT.test(r.firstUnit) || YEAR.test(r.first)) continue;
      ctx.report({
        from: from + r.markFrom,
        to: from + r.markTo,
        messageId: "house",
        data: { preferred, evidence },
        basis: `GB/T 15834-2011 4.13；参考范文：${evidence}`,
        fixes: [{ title: `改为“${preferred}”`, edits: [{ from: from + r.markFrom, to: from + r.markTo, insert: preferred }] }],
      });
    }
  },
};
