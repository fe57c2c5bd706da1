// heading-nesting: a level appears only under its parent level (一、 → （一） → 1. → （1））, e.g. no `（1）` directly
// under `一、`.
// Basis: GB/T 9704-2012 7.3.3, which allows a document with fewer levels to skip one: `一、` then `1.`.
// How the two-level case is recognised (the ladder's `skips`, rules/heading-ladder.json): per level-1 section. `1.`
// may stand directly under `一、` when no `（一）` occurs anywhere in that `一、` section; if one does, the `1.` above
// it lacks its `（一）`.
// Headings with no heading of a higher level above them (an excerpt that opens with `（二）` or `1.`) are not
// flagged: the start of a text may lack its parents.
// One diagnostic per parent and level (on the first heading concerned); no fix (a missing heading cannot be
// guessed).
import { canonicalMarker, headingKey, ladder, type HeadingLevel } from "../../core/headings.js";
import { headingParents } from "../../core/outline.js";
import type { Rule } from "../../core/types.js";

export const rule: Rule = {
  id: "heading-nesting",
  meta: {
    family: "heading",
    description: "标题层级不跳级：“（1）”应在“1.”之下，“1.”应在“（一）”之下（两级文件可由“一、”直接到“1.”）",
    basis: "GB/T 9704-2012 7.3.3",
    defaultSeverity: "warning",
    fixable: false,
    scope: "document",
    messages: {
      missingParent: "“{found}”应位于“{parent}”级标题之下，此处缺少该级",
    },
    examples: {
      valid: [
        "一、总体要求\n（一）指导思想\n1.坚持稳中求进\n（1）稳增长\n（2）防风险",
        // Two levels only: 一、 then 1. in a section with no （一）.
        "一、坚持数智思维\n1.打造便捷高效政务环境。\n2.深化审批制度改革。\n二、强化保障\n（一）加强组织领导",
        // An excerpt that opens mid-document.
        "（二）全面启动科技城建设\n1.创新空间不断拓展。\n（三）深入实施重点领域改革",
        "（1）稳增长\n（2）防风险",
      ],
      invalid: [
        {
          text: "一、主要任务\n（1）稳增长\n（2）防风险",
          output: null,
          errors: [{ messageId: "missingParent", span: "（1）" }],
        },
        {
          text: "一、主要任务\n（一）稳增长\n（1）抓项目\n（2）扩消费",
          output: null,
          errors: [{ messageId: "missingParent", span: "（1）" }],
        },
        {
          text: "一、主要任务\n1.抓项目\n2.扩消费\n（一）促改革\n1.深化国企改革",
          output: null,
          errors: [{ messageId: "missingParent", span: "1." }],
        },
      ],
    },
  },
  // Reads headings only.
  paragraphKey: headingKey,
  check(ctx) {
    const hs = ctx.doc.headings;
    if (hs.length === 0) return;
    const parents = headingParents(hs);
    // For each skip of the ladder (`1.` under `一、`), the sections of its parent level where its absent level occurs:
    // there the skip is not allowed.
    const holdsAbsent = ladder.skips.map(() => new Set<number>());
    const open: (number | undefined)[] = [];
    for (let i = 0; i < hs.length; i++) {
      const level = hs[i]!.heading.level;
      for (let l = level; l < open.length; l++) open[l] = undefined;
      open[level] = i;
      for (let s = 0; s < ladder.skips.length; s++) {
        const skip = ladder.skips[s]!;
        const section = open[skip.parent];
        if (level === skip.absent && section !== undefined && section !== i) holdsAbsent[s]!.add(section);
      }
    }
    const skipped = (parent: number, parentLevel: number, level: number) =>
      ladder.skips.some((skip, s) => skip.parent === parentLevel && skip.child === level && !holdsAbsent[s]!.has(parent));
    const reported = new Set<string>();
    for (let i = 0; i < hs.length; i++) {
      const p = parents[i]!;
      if (p < 0) continue;
      const h = hs[i]!.heading;
      const parentLevel = hs[p]!.heading.level;
      if (h.level - parentLevel <= 1) continue;
      if (skipped(p, parentLevel, h.level)) continue;
      const key = `${p}:${h.level}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        from: h.marker.from,
        to: h.marker.to,
        messageId: "missingParent",
        data: { found: ctx.text.slice(h.marker.from, h.marker.to), parent: canonicalMarker((h.level - 1) as HeadingLevel, 1) },
      });
    }
  },
};
