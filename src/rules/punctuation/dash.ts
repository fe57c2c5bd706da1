// dash: the Chinese dash (破折号) is —— (two U+2014). Written with hyphens in Chinese text — -- or －－ (ASCII or
// full-width hyphen-minus), ── (box drawing), or a mix such as —- — it is replaced by ——.
// Basis: GB/T 15834-2011 4.10 (破折号 ——).
// A run counts when it stands in Chinese text: after a Han character, a Chinese mark or the start of the paragraph,
// and before a Han character, a Chinese mark or a digit (`--2023年1月16日在…`, a session line copied from a web page).
// Left alone: a single hyphen or dash (连接号: 北京—上海, 2021—2025年, 3-2号楼, which other rules judge), runs between
// digits (number-range-dash's), runs of em dashes only (——, and the ——— of a fill-in line), runs of five or more
// (a separator line), URLs and e-mail addresses, and English text (no Chinese neighbour). Options: none.

import type { Rule, RuleContext } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { inSpans, isChineseAt, isChineseBefore, protectedSpans } from "./_chars.js";

// Runs of the dash-like characters; single-character classes repeated, so nothing can backtrack.
const RUNS = /[-－─—]{2,}/g;
const HYPHEN_LIKE = /[-－─]/;
// Pre-check: two dash-like characters side by side, one of them hyphen-like (a run RUNS keeps has such a pair).
const MAY_REPORT = /[-－─][-－─—]|—[-－─]/;
const LEADING_SPACE = /^[\s\u3000]*/;
const DIGIT = /[0-9０-９]/;

export const rule: Rule = {
  id: "dash",
  meta: {
    family: "punctuation",
    description: "破折号应写作“——”，不用连字符拼写",
    basis: "GB/T 15834-2011 4.10",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      form: "破折号应写作“——”",
    },
    examples: {
      valid: [
        "——2025年1月15日在临江市第十七届人民代表大会第五次会议上",
        "坚持稳中求进工作总基调——这是做好经济工作的方法论。",
        "编制2021—2025年规划，开通北京—上海航线，3-2号楼完成改造。",
        "申请人：———————",
        "Use the --fix option.",
        "详见 http://www.example.gov.cn/a--b 页面。",
        "2021--2025年",
      ],
      invalid: [
        {
          text: "--2023年1月16日在宜黄县第十八届人民代表大会第三次会议上",
          output: "——2023年1月16日在宜黄县第十八届人民代表大会第三次会议上",
          errors: [{ messageId: "form", span: "--" }],
        },
        {
          text: "坚持稳中求进工作总基调－－这是做好经济工作的方法论。",
          output: "坚持稳中求进工作总基调——这是做好经济工作的方法论。",
          errors: [{ messageId: "form", span: "－－" }],
        },
        {
          text: "综合实力跃上新台阶——地区生产总值突破千亿元；发展动能实现新跃升—-新兴产业占比过半。",
          output: "综合实力跃上新台阶——地区生产总值突破千亿元；发展动能实现新跃升——新兴产业占比过半。",
          errors: [{ messageId: "form", span: "—-" }],
        },
        {
          text: "坚持稳中求进-－推动高质量发展。",
          output: "坚持稳中求进——推动高质量发展。",
          errors: [{ messageId: "form", span: "-－" }],
        },
        {
          text: "　　──市政府办公室",
          output: "　　——市政府办公室",
          errors: [{ messageId: "form", span: "──" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (!mayMatch(MAY_REPORT, t)) return;
    const start = LEADING_SPACE.exec(t)![0].length;
    let guarded: { from: number; to: number }[] | null = null;
    RUNS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUNS.exec(t))) {
      const run = m[0];
      const i = m.index;
      const end = i + run.length;
      if (run.length > 4 || !HYPHEN_LIKE.test(run)) continue;
      if (i !== start && !isChineseBefore(t, i)) continue;
      if (!isChineseAt(t, end) && !(end < t.length && DIGIT.test(t[end]!))) continue;
      if (inSpans((guarded ??= protectedSpans(t)), i)) continue;
      const from = p.from + i;
      const to = p.from + end;
      ctx.report({ from, to, messageId: "form", fixes: [{ title: "改为“——”", edits: [{ from, to, insert: "——" }] }] });
    }
  },
};
