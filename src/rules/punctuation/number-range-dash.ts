// number-range-dash: a hyphen (- or －) or a half-width tilde (~) between two numbers that form a range in Chinese
// prose → the range mark.
// Basis: GB/T 15834-2011 4.13 (连接号): the start and end of a span of time take the one-em dash —, a range of values
// takes the wave dash ～ (or —); the short hyphen is for dates, phone numbers, model numbers and codes.
// Which mark: a span of years (2021-2025年), months (1-5月) or days (10-20日) → —; any other range → the mark the
// reference documents use most (ctx.profile.rangeMarks: ～ against —; ～ when there is no evidence); a half-width
// ~ keeps its mark and becomes ～.
// Severity: warning; info for month and day spans (1-5月 is everyday style in budget bulletins) and for ranges
// inside 《》, where a title is quoted as published.
// Left alone: standard numbers (GB/T 15834-2011: standard-number-dash), dates 2024-01-05, phone numbers
// 0571-88880000, codes and model numbers (a Latin letter, /, : or a third hyphen in the token), numbers with a
// leading zero, pairs whose second number is not larger than the first, and pairs with no Chinese beside them.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";
import { bookTitleSpans, inSpans, isChineseAt, isChineseBefore } from "./_chars.js";

// The lookbehind makes every attempt start at the first digit of a number, so the scan stays linear.
const RANGE = /(?<![\d.])(\d+(?:\.\d+)?)([%万亿千百]?)([ \u3000]*)([-－~])([ \u3000]*)(\d+(?:\.\d+)?)/g;
const CODE_CHAR = /[A-Za-z/_:#.\-－]/;
const ALNUM = /[A-Za-z0-9]/;

function leadingZero(n: string): boolean {
  return n.length > 1 && n[0] === "0" && n[1] !== ".";
}

function isYear(n: string): boolean {
  return /^(1[89]|20|21)\d\d$/.test(n);
}

export const rule: Rule = {
  id: "number-range-dash",
  meta: {
    family: "punctuation",
    description: "数值或时间范围不用短横线“-”，应使用“—”或“～”",
    basis: "GB/T 15834-2011 4.13",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      timeSpan: "表示时间起止应使用一字线“—”",
      valueRange: "表示数值范围应使用“{mark}”",
      halfTilde: "浪纹线应使用全角“～”",
    },
    examples: {
      valid: [
        "“十四五”规划（2021—2025年）实施过半。",
        "全年增长5%～6%，气温15～20℃。",
        "执行GB/T 15834-2011《标点符号用法》。",
        "发布日期：2024-01-05，咨询电话0571-88880000。",
        "嘉府办发〔2024〕23号，型号ZL50-3B装载机。",
        "比分为3-1，赛事圆满结束。",
      ],
      invalid: [
        {
          text: "编制2021-2025年发展规划。",
          output: "编制2021—2025年发展规划。",
          errors: [{ messageId: "timeSpan", span: "-" }],
        },
        {
          text: "力争增长5%-6%，新建道路10-15公里。",
          output: "力争增长5%～6%，新建道路10～15公里。",
          errors: [
            { messageId: "valueRange", span: "-" },
            { messageId: "valueRange", span: "-" },
          ],
        },
        {
          text: "力争增长5%-6%。",
          output: "力争增长5%—6%。",
          errors: [{ messageId: "valueRange", span: "-" }],
          references: ["全年增长5%—6%，新建10—15公里，投资3亿—4亿元。"],
        },
        {
          text: "1-5月，财政收入完成3.4亿元；10~11月疫情反复。",
          output: "1—5月，财政收入完成3.4亿元；10～11月疫情反复。",
          errors: [
            { messageId: "timeSpan", span: "-" },
            { messageId: "halfTilde", span: "~" },
          ],
        },
        {
          text: "每户补助2000 - 3000元。",
          output: "每户补助2000～3000元。",
          errors: [{ messageId: "valueRange", span: " - " }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (!/\d[%万亿千百]?[ \u3000]*[-－~][ \u3000]*\d/.test(t)) return;
    const titles = t.indexOf("《") >= 0 ? bookTitleSpans(t) : [];
    const marks = ctx.profile.rangeMarks ?? {};
    const wave = (marks["～"] ?? 0) + (marks["~"] ?? 0);
    const dash = marks["—"] ?? 0;
    const valueMark = dash > wave ? "—" : "～";
    const evidence = wave + dash > 0 ? `GB/T 15834-2011 4.13；参考范文：～ ${wave} 次，— ${dash} 次` : undefined;
    RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANGE.exec(t))) {
      const [whole, first, unit, spaceBefore, mark, spaceAfter, second] = m as unknown as string[] as [string, string, string, string, string, string, string];
      const start = m.index;
      const end = start + whole.length;
      // Codes, standards, dates, phone numbers, model numbers.
      const before = t[start - 1] ?? "";
      if (CODE_CHAR.test(before)) continue;
      if (before === " " && ALNUM.test(t[start - 2] ?? "")) continue;
      const after = t[end] ?? "";
      if (CODE_CHAR.test(after) || ALNUM.test(after)) continue;
      if (leadingZero(first) || leadingZero(second)) continue;
      if (first.split(".")[0]!.length > 4 || second.split(".")[0]!.length > 4) continue;
      if (!(Number(first) < Number(second))) continue;
      const afterUnit = after === "%" ? end + 1 : end;
      if (!isChineseBefore(t, start) && !isChineseAt(t, afterUnit)) continue;

      const years = unit === "" && isYear(first) && isYear(second);
      const months = unit === "" && after === "月" && t[start - 1] !== "个" && Number(second) <= 12 && !first.includes(".");
      const days = unit === "" && after === "日" && Number(second) <= 31 && !first.includes(".");
      const timeSpan = years || months || days;
      const wanted = mark === "~" ? "～" : timeSpan ? "—" : valueMark;
      const markFrom = start + first.length + unit.length;
      const markTo = markFrom + spaceBefore.length + mark.length + spaceAfter.length;
      const inTitle = titles.length > 0 && inSpans(titles, markFrom);
      const from = p.from + markFrom;
      const to = p.from + markTo;
      ctx.report({
        from,
        to,
        messageId: mark === "~" ? "halfTilde" : timeSpan ? "timeSpan" : "valueRange",
        data: { mark: wanted },
        fixes: [{ title: `改为“${wanted}”`, edits: [{ from, to, insert: wanted }] }],
        ...((months || days || inTitle) && { severity: "info" as const }),
        ...(!timeSpan && mark !== "~" && evidence ? { basis: evidence } : {}),
      });
    }
  },
};
