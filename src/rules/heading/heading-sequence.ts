// heading-sequence: sibling markers of one level under one parent count 1, 2, 3… without gaps or repeats, and
// restart under each new parent (`（一）` under each `一、`, `1.` under each `（一）`).
// Basis: GB/T 9704-2012 7.3.3 (结构层次序数).
// One diagnostic per broken run, on the first marker out of step; its one fix renumbers that marker and every later
// sibling of the run (only the numerals change; brackets and punctuation are heading-marker-format's).
// Known limits, chosen to avoid false alarms:
// - A run with no parent heading above it (an excerpt that opens with `（二）`, or the level-1 run) is not required
//   to start at 1; it is only checked for continuity from its first value.
// - A run whose first marker continues a list begun inside the line above (`附件：1.项目清单` / `2.实事清单`) is
//   checked from that number.
// - A marker numbered 1 starts a new run (`（一）（二）（一）` may be two lists, or an appendix), so it is never
//   renumbered; a repeat of any other number is reported.
import { canonicalMarker, canonicalNumeral, headingKey, ladderLevel, type HeadingLevel } from "../../core/headings.js";
import { headingParents } from "../../core/outline.js";
import type { Rule, TextEdit } from "../../core/types.js";

const MAX_MARKER = 99;
// The list markers a body line holds after some other character (`附件：1.…`, `见（一）…`): what continuesInlineList
// can find in the line above a heading. Numerals are taken whole, as the check's search (which refuses a numeral
// before its form) sees them.
const INLINE_MARKERS = /(?<=[^0-9一二三四五六七八九十])(?:[0-9]+[.．、]|[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|[0-9]+)[）)])/g;

/**
 * How the marker before a value is written inside a line when a list begins there: the ladder's form (`1.`), the
 * marks it also accepts (`1．`), and for a bare marker the 顿号 that lists are written with (`1、`); a bracketed one
 * in full- or half-width brackets.
 */
function inlineForms(level: HeadingLevel, value: number): string[] {
  const rung = ladderLevel(level);
  const numeral = canonicalNumeral(level, value);
  if (rung.open) return [rung.open + numeral + rung.close, `(${numeral})`];
  return [...new Set([rung.punct, ...rung.accepted, "、"])].map((mark) => numeral + mark);
}

export const rule: Rule = {
  id: "heading-sequence",
  meta: {
    family: "heading",
    description: "同级标题序号连续，在每个上级标题下从一（1）开始",
    basis: "GB/T 9704-2012 7.3.3",
    defaultSeverity: "warning",
    fixable: true,
    scope: "document",
    messages: {
      gap: "序号不连续：此处应为“{expected}”，实为“{found}”",
      repeat: "序号重复：此处应为“{expected}”，实为“{found}”",
      start: "序号应从“{expected}”开始，实为“{found}”",
    },
    examples: {
      valid: [
        "一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（一）稳增长\n1.抓项目\n2.扩消费\n（二）促改革\n1.深化国企改革",
        // An excerpt that opens mid-document (the reference report starts so).
        "（二）全面启动科技城建设\n正文。\n（三）深入实施重点领域改革\n正文。",
        // Two lists, each numbered from 1.
        "一、主要目标\n1.地区生产总值增长6%。\n2.居民收入同步增长。\n1.粮食产量稳定。",
        "1.5亿元专项资金。\n3.2%的增速。",
        // A list that began inside the line above.
        "三、保障措施\n附件：1.青川市2025年重点项目清单\n2.青川市2025年民生实事清单",
      ],
      invalid: [
        {
          text: "一、总体要求\n（一）指导思想\n（二）基本原则\n（四）工作目标\n（五）实施步骤",
          output: "一、总体要求\n（一）指导思想\n（二）基本原则\n（三）工作目标\n（四）实施步骤",
          errors: [{ messageId: "gap", span: "（四）" }],
        },
        {
          text: "一、总体要求\n二、主要任务\n二、保障措施",
          output: "一、总体要求\n二、主要任务\n三、保障措施",
          errors: [{ messageId: "repeat", span: "二、" }],
        },
        {
          text: "一、主要任务\n（一）稳增长\n1.抓项目\n2.扩消费\n（二）促改革\n3.深化国企改革\n4.优化营商环境",
          output: "一、主要任务\n（一）稳增长\n1.抓项目\n2.扩消费\n（二）促改革\n1.深化国企改革\n2.优化营商环境",
          errors: [{ messageId: "start", span: "3." }],
        },
        {
          text: "（一）稳增长\n（1）抓项目\n（3）扩消费\n（二）促改革\n（三）惠民生",
          output: "（一）稳增长\n（1）抓项目\n（2）扩消费\n（二）促改革\n（三）惠民生",
          errors: [{ messageId: "gap", span: "（3）" }],
        },
        {
          text: "（二）稳增长\n（三）促改革\n（五）惠民生",
          output: "（二）稳增长\n（三）促改革\n（四）惠民生",
          errors: [{ messageId: "gap", span: "（五）" }],
        },
      ],
    },
  },
  // Reads headings, blank lines, and the inline list markers of the line above a heading.
  paragraphKey(text) {
    const key = headingKey(text);
    return key === "t" ? key + (text.match(INLINE_MARKERS)?.join(" ") ?? "") : key;
  },
  check(ctx) {
    const hs = ctx.doc.headings;
    if (hs.length === 0) return;
    const parents = headingParents(hs);
    // Runs of siblings keyed by parent and level; a marker numbered 1 closes the open run and starts a new one.
    const open = new Map<string, number[]>();
    const runs: { parent: number; members: number[] }[] = [];
    for (let i = 0; i < hs.length; i++) {
      const key = `${parents[i]}:${hs[i]!.heading.level}`;
      let members = open.get(key);
      if (!members || hs[i]!.heading.marker.value === 1) {
        members = [];
        open.set(key, members);
        runs.push({ parent: parents[i]!, members });
      }
      members.push(i);
    }
    for (const { parent, members } of runs) {
      const first = hs[members[0]!]!.heading;
      const start = parent < 0 || continuesInlineList(members[0]!) ? first.marker.value : 1;
      const broken = members.findIndex((idx, k) => hs[idx]!.heading.marker.value !== start + k);
      // Markers stop at 九十九 (and two digits): a run that would need more is beyond repair.
      if (broken < 0 || start + broken > MAX_MARKER) continue;
      const edits: TextEdit[] = [];
      for (let k = broken; k < members.length && start + k <= MAX_MARKER; k++) {
        const h = hs[members[k]!]!.heading;
        const want = canonicalNumeral(h.level, start + k);
        if (h.marker.value !== start + k) edits.push({ from: h.marker.numeralFrom, to: h.marker.numeralTo, insert: want });
      }
      const h = hs[members[broken]!]!.heading;
      const prev = broken > 0 ? hs[members[broken - 1]!]!.heading.marker.value : null;
      const messageId = broken === 0 ? "start" : h.marker.value === prev ? "repeat" : "gap";
      ctx.report({
        from: h.marker.from,
        to: h.marker.to,
        messageId,
        data: { expected: canonicalMarker(h.level, start + broken), found: ctx.text.slice(h.marker.from, h.marker.to) },
        fixes: [{ title: `重新编号（${edits.length}处）`, edits }],
      });
    }

    // `附件：1.重点项目清单` then a line `2.民生实事清单`: the list began inside the line above.
    function continuesInlineList(index: number): boolean {
      const { heading, paragraph } = hs[index]!;
      if (heading.marker.value <= 1) return false;
      let i = paragraph.index - 1;
      while (i >= 0 && ctx.doc.paragraphs[i]!.text.trim() === "") i--;
      if (i < 0) return false;
      const above = ctx.doc.paragraphs[i]!.text;
      const forms = inlineForms(heading.level, heading.marker.value - 1);
      for (const form of forms) {
        for (let at = above.indexOf(form, 1); at > 0; at = above.indexOf(form, at + 1)) {
          if (!/[0-9一二三四五六七八九十]/.test(above[at - 1]!)) return true;
        }
      }
      return false;
    }
  },
};
