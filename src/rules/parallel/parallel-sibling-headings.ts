// parallel-sibling-headings: headings of one level under one parent are written as a parallel series and share a
// shape — in the reference report `（二）全面启动科技城建设，创新能力持续增强` … `（六）坚定践行绿色理念，生态文明基础扎实`:
// two clauses, the second 8 characters. A sibling that breaks the shape its siblings all share is reported, naming
// them: a different clause count, or a clause far longer or shorter than the same clause of every sibling.
// Basis: editorial practice (排比、对仗 of headings; STANDARDS §6, the reference report).
// Judged only for series of two-clause (or longer) titles, the parallel form, and only with at least 3 other siblings
// that agree among themselves; a clause length counts as off when it lies outside the siblings' range widened by
// max(3, their spread). One-clause series (`一、2024年工作回顾` `二、2025年总体要求和主要目标`) vary freely and are left
// alone. Character shape only: it works without segmentation.
// Known limits: word-class patterns (verb-object vs subject-predicate) are not compared, because segmentit tags the
// same word differently across clauses; a heading series that is deliberately irregular will be reported. No fix.

import { headingKey, type Heading } from "../../core/headings.js";
import type { Paragraph } from "../../core/document.js";
import type { Rule } from "../../core/types.js";
import { clausesOf, type Clause } from "./_shape.js";

interface Sibling {
  heading: Heading;
  paragraph: Paragraph;
  clauses: Clause[];
}

const MIN_OTHERS = 3;

function markerText(s: Sibling): string {
  return s.paragraph.text.slice(s.heading.marker.from - s.paragraph.from, s.heading.marker.to - s.paragraph.from);
}

/** The headings grouped by parent and level, in document order. O(headings). */
function siblingGroups(headings: readonly { heading: Heading; paragraph: Paragraph }[]): Sibling[][] {
  const groups = new Map<string, Sibling[]>();
  // The nearest open heading of each level above the current one.
  const open: (number | undefined)[] = [];
  for (const { heading, paragraph } of headings) {
    let parent = -1;
    for (let l = heading.level - 1; l >= 1; l--) {
      const idx = open[l];
      if (idx !== undefined) {
        parent = idx;
        break;
      }
    }
    open[heading.level] = paragraph.index;
    for (let l = heading.level + 1; l <= 4; l++) open[l] = undefined;
    const key = `${parent}:${heading.level}`;
    const list = groups.get(key) ?? [];
    list.push({ heading, paragraph, clauses: clausesOf(heading.title, heading.titleFrom) });
    groups.set(key, list);
  }
  return [...groups.values()];
}

export const rule: Rule = {
  id: "parallel-sibling-headings",
  meta: {
    family: "parallel",
    description: "同级标题句式不一致（分句数、分句长度与其他同级标题不同）",
    basis: "编辑惯例；参考范文",
    defaultSeverity: "info",
    fixable: false,
    scope: "document",
    messages: {
      clauseCount: "同级标题{siblings}均为 {expected} 个分句，本标题为 {actual} 个，宜与之对仗",
      clauseLength: "同级标题{siblings}的第 {index} 个分句为 {expected} 字，本标题为 {actual} 字，宜与之对仗",
    },
    examples: {
      valid: [
        [
          "（二）全面启动科技城建设，创新能力持续增强",
          "（三）深入实施重点领域改革，发展活力有效释放",
          "（四）积极主动对外开放，内外循环更为顺畅",
          "（五）全力推动城乡融合，区域发展均衡并进",
          "（六）坚定践行绿色理念，生态文明基础扎实",
        ].join("\n"),
        // Fewer than four siblings: nothing to compare with.
        "（一）全面启动科技城建设，创新能力持续增强\n（二）深化改革\n（三）积极主动对外开放，内外循环更为顺畅",
        // Siblings that differ among themselves set no shape.
        "一、2024年工作回顾\n二、2025年总体要求和主要目标\n三、2025年重点工作\n四、全面加强政府自身建设，努力建设人民满意的服务型政府",
        // Different parents are different series.
        "一、工作回顾\n（一）经济运行稳中有进\n（二）创新能力持续增强\n二、工作安排\n（一）扩大有效需求，增强发展动力\n（二）深化改革开放，激发市场活力",
      ],
      invalid: [
        {
          text: [
            "（一）全面启动科技城建设，创新能力持续增强",
            "（二）深入实施重点领域改革，发展活力有效释放",
            "（三）积极主动对外开放",
            "（四）全力推动城乡融合，区域发展均衡并进",
          ].join("\n"),
          output: null,
          errors: [{ messageId: "clauseCount", span: "积极主动对外开放" }],
        },
        {
          text: [
            "（一）全面启动科技城建设，创新能力持续增强",
            "（二）深入实施重点领域改革，发展活力有效释放",
            "（三）积极主动对外开放，推动内外循环更为顺畅并不断提升开放型经济水平",
            "（四）全力推动城乡融合，区域发展均衡并进",
          ].join("\n"),
          output: null,
          errors: [{ messageId: "clauseLength", span: "推动内外循环更为顺畅并不断提升开放型经济水平" }],
        },
      ],
    },
  },
  // Reads headings only.
  paragraphKey: headingKey,
  check(ctx) {
    for (const all of siblingGroups(ctx.doc.headings)) {
      const group = all.filter((s) => s.clauses.length > 0);
      if (group.length < MIN_OTHERS + 1) continue;
      // Leave-one-out statistics from one pass over the group, so a long series stays linear.
      const counts = new Map<number, number>();
      for (const s of group) counts.set(s.clauses.length, (counts.get(s.clauses.length) ?? 0) + 1);
      const markers = group.map(markerText);
      const siblingsOf = (i: number) => markers.filter((_, k) => k !== i).join("");
      if (counts.size === 2) {
        // One heading off a shape all the others share.
        const [[a, na], [b, nb]] = [...counts.entries()] as [[number, number], [number, number]];
        const odd = na === 1 && nb >= MIN_OTHERS ? a : nb === 1 && na >= MIN_OTHERS ? b : null;
        if (odd === null) continue;
        const expected = odd === a ? b : a;
        // A series of one-clause titles is not written in parallel: `四、全面加强政府自身建设，努力…` may stand out.
        if (expected < 2) continue;
        const i = group.findIndex((s) => s.clauses.length === odd);
        const h = group[i]!.heading;
        ctx.report({ from: h.titleFrom, to: h.titleTo, messageId: "clauseCount", data: { siblings: siblingsOf(i), expected, actual: odd } });
        continue;
      }
      if (counts.size !== 1) continue;
      const clauseCount = group[0]!.clauses.length;
      if (clauseCount < 2) continue;
      const reported = new Set<number>();
      for (let j = 0; j < clauseCount; j++) {
        const sorted = group.map((s, i) => ({ len: s.clauses[j]!.length, i })).sort((x, y) => x.len - y.len);
        for (let i = 0; i < group.length; i++) {
          if (reported.has(i)) continue;
          const min = sorted[0]!.i === i ? sorted[1]!.len : sorted[0]!.len;
          const max = sorted[sorted.length - 1]!.i === i ? sorted[sorted.length - 2]!.len : sorted[sorted.length - 1]!.len;
          const tolerance = Math.max(3, max - min);
          const c = group[i]!.clauses[j]!;
          if (c.length >= min - tolerance && c.length <= max + tolerance) continue;
          reported.add(i);
          ctx.report({
            from: c.from,
            to: c.to,
            messageId: "clauseLength",
            data: { siblings: siblingsOf(i), index: j + 1, expected: min === max ? String(min) : `${min}～${max}`, actual: c.length },
          });
        }
      }
    }
  },
};
