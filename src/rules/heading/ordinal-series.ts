// ordinal-series: ordinal words that number points in body text run without gaps or repeats (一是……二是……三是……,
// 第一，……第二，……), and 第X takes a comma (第一、 → 第一，).
// Basis: editorial practice for continuity (warning); GB/T 15834-2011 for the comma after 第X (序次语).
// Which words count is decided in src/core/ordinals.ts (not 统一是, 唯一是, 一是一、二是二, 第一、二季度, 位列第一，).
// Runs: a series lives in one paragraph, or continues into the next paragraphs of the same section (a heading ends
// it). An ordinal numbered 1 starts a new series. In the next paragraph a series continues when the number follows on
// (二是 after 一是), or, to report a gap, when that paragraph opens with the ordinal and the series' last item was in
// the paragraph just before; any other number there starts a new series unchecked. A series that starts above 1 is
// not reported (the text may be an excerpt).
// One diagnostic per broken series, on its first ordinal out of step; one fix renumbers it and every later member.
import { toChineseNumeral } from "../../core/numerals.js";
import { findOrdinals, type Ordinal } from "../../core/ordinals.js";
import { parseHeading } from "../../core/headings.js";
import type { Rule, TextEdit } from "../../core/types.js";

const LEADING_SPACE = /^[ \t\u3000\u00a0]*/;
const MAX_ORDINAL = 99;
/** Same test as `trim() !== ""` (\s is the set trim removes), without allocating the trimmed copy. */
const NON_SPACE = /\S/;

function word(o: Ordinal, value: number): string {
  return o.kind === "shi" ? `${toChineseNumeral(value)}是` : `第${toChineseNumeral(value)}`;
}

export const rule: Rule = {
  id: "ordinal-series",
  meta: {
    family: "heading",
    description: "正文序数“一是……二是……”“第一，……第二，……”连续，“第一”后用逗号",
    basis: "编辑惯例；GB/T 15834-2011（序次语后的标点）",
    defaultSeverity: "warning",
    fixable: true,
    scope: "document",
    messages: {
      gap: "序数不连续：此处应为“{expected}”，实为“{found}”",
      repeat: "序数重复：此处应为“{expected}”，实为“{found}”",
      diPunct: "“{found}”后应使用逗号：“{expected}”",
    },
    examples: {
      valid: [
        "一是加强组织领导，二是完善工作机制，三是严格督查考核。",
        "重点抓好三项工作。一是稳增长。二是促改革。\n三是惠民生。",
        "第一，坚持稳中求进。第二，坚持改革创新。",
        "要一是一、二是二，坚持统一是前提，唯一是标准。",
        "第一、二季度经济运行平稳，第一、第二产业协调发展，增速位列全省第一，总量第二。",
        // A heading ends a series; a new series starts at 一是.
        "（一）稳增长。一是抓项目，二是扩消费。\n（二）促改革。一是深化国企改革，二是优化营商环境。",
        // An excerpt may open in the middle of a series.
        "三是惠民生，四是防风险。",
      ],
      invalid: [
        {
          text: "一是加强组织领导，三是完善工作机制，四是严格督查考核。",
          output: "一是加强组织领导，二是完善工作机制，三是严格督查考核。",
          errors: [{ messageId: "gap", span: "三是" }],
        },
        {
          text: "一是稳增长，二是促改革，二是惠民生。",
          output: "一是稳增长，二是促改革，三是惠民生。",
          errors: [{ messageId: "repeat", span: "二是" }],
        },
        {
          text: "重点抓好四项工作。\n一是稳增长。\n二是促改革。\n四是惠民生。",
          output: "重点抓好四项工作。\n一是稳增长。\n二是促改革。\n三是惠民生。",
          errors: [{ messageId: "gap", span: "四是" }],
        },
        {
          text: "第一，坚持稳中求进。第三，坚持改革创新。",
          output: "第一，坚持稳中求进。第二，坚持改革创新。",
          errors: [{ messageId: "gap", span: "第三，" }],
        },
        {
          text: "第一、坚持稳中求进。第二、坚持改革创新。",
          output: "第一，坚持稳中求进。第二，坚持改革创新。",
          errors: [
            { messageId: "diPunct", span: "第一、" },
            { messageId: "diPunct", span: "第二、" },
          ],
        },
      ],
    },
  },
  // Reads each line's ordinals (and whether one opens the line), whether the line is a heading or blank.
  paragraphKey(text) {
    let key = `${parseHeading(text, 0) ? "h" : "-"}${NON_SPACE.test(text) ? "t" : "s"}`;
    const leading = LEADING_SPACE.exec(text)![0].length;
    for (const o of findOrdinals(text, 0)) key += `${o.kind},${o.value},${o.numeral},${o.punct},${o.from === leading ? 1 : 0};`;
    return key;
  },
  check(ctx) {
    const runs: Ordinal[][] = [];
    // One pass for both kinds (一是… and 第一，…), each with its own open run; indexed loops, as this runs over every
    // paragraph of the document.
    const open: Record<Ordinal["kind"], { run: Ordinal[] | null; paragraph: number; first: boolean }> = {
      shi: { run: null, paragraph: -1, first: true },
      di: { run: null, paragraph: -1, first: true },
    };
    let prevNonEmpty = -1;
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.heading) open.shi.run = open.di.run = null;
      const ordinals = p.ordinals;
      if (ordinals.length > 0) {
        open.shi.first = open.di.first = true;
        for (let i = 0; i < ordinals.length; i++) {
          const o = ordinals[i]!;
          const state = open[o.kind];
          const run = state.run;
          const last: Ordinal | undefined = run?.[run.length - 1];
          let continues = false;
          if (run && last && o.value !== 1) {
            if (!state.first || o.value === last.value + 1) continues = true;
            else {
              const atStart = o.from === p.from + LEADING_SPACE.exec(p.text)![0].length;
              continues = atStart && state.paragraph === prevNonEmpty;
            }
          }
          if (continues) run!.push(o);
          else {
            state.run = [o];
            runs.push(state.run);
          }
          state.paragraph = p.index;
          state.first = false;
        }
      }
      if (NON_SPACE.test(p.text)) prevNonEmpty = p.index;
    }
    for (const run of runs) {
      const start = run[0]!.value;
      const broken = run.findIndex((o, k) => o.value !== start + k);
      // Chinese ordinals stop at 九十九: a run that would need more is not a series (or is beyond repair).
      if (broken < 0 || start + broken > MAX_ORDINAL) continue;
      const edits: TextEdit[] = [];
      for (let k = broken; k < run.length && start + k <= MAX_ORDINAL; k++) {
        const o = run[k]!;
        if (o.value !== start + k) edits.push({ from: o.numeralFrom, to: o.numeralTo, insert: toChineseNumeral(start + k) });
      }
      const o = run[broken]!;
      ctx.report({
        from: o.from,
        to: o.to,
        messageId: o.value === run[broken - 1]!.value ? "repeat" : "gap",
        data: { expected: word(o, start + broken), found: word(o, o.value) },
        fixes: [{ title: `重新编号（${edits.length}处）`, edits }],
      });
    }
    for (let k = 0; k < paragraphs.length; k++) {
      const ordinals = paragraphs[k]!.ordinals;
      for (let i = 0; i < ordinals.length; i++) {
        const o = ordinals[i]!;
        if (o.kind !== "di" || o.punct !== "、") continue;
        ctx.report({
          from: o.from,
          to: o.to,
          messageId: "diPunct",
          data: { found: word(o, o.value), expected: `${word(o, o.value)}，` },
          basis: "GB/T 15834-2011",
          fixes: [{ title: "改为逗号", edits: [{ from: o.to - 1, to: o.to, insert: "，" }] }],
        });
      }
    }
  },
};
