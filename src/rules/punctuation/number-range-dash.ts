// number-range-dash: a hyphen (- or －) or a half-width tilde (~) between two numbers that form a range in Chinese
// prose → the range mark.
// Basis: GB/T 15834-2011 4.13 (连接号): the start and end of a span of time take the one-em dash —, a range of values
// takes the wave dash ～ (or —); the short hyphen is for dates, phone numbers, model numbers and codes.
// Which mark: a span of years (2021-2025年), months (1-5月), days (10-20日) or ordinals (第1-3批) → —; any other
// range → the mark the reference documents use most (ctx.profile.rangeMarks: ～ against —; ～ when there is no
// evidence); a half-width ~ keeps its mark and becomes ～.
// Severity: warning; info for month and day spans (1-5月 is everyday style in budget bulletins) and for ranges
// inside 《》, where a title is quoted as published.
// Left alone: standard numbers (GB/T 15834-2011: standard-number-dash), dates 2024-01-05, phone numbers
// 0571-88880000, codes and model numbers (a Latin letter, /, : or a third hyphen in the token), house, floor and unit
// numbers (3-2号, 1-2层, 5-1单元), numbers with a leading zero, pairs whose second number is not larger than the first,
// and pairs with no Chinese beside them.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";
import { bookTitleSpans, inSpans, isChineseAt, isChineseBefore } from "./_chars.js";

// Candidates are the marks themselves; the numbers on either side are read by hand, which keeps the scan linear.
const DASHES = /[-－~]/g;
const QUICK = /\d[%万亿千百]?[ \u3000]*[-－~][ \u3000]*\d/;
const CODE_CHAR = /[A-Za-z/_:#.\-－]/;
const ALNUM = /[A-Za-z0-9]/;
const UNIT = /[%万亿千百]/;
const ADDRESS = /^(?:号|室|栋|幢|楼|层|单元|排|座)/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\u3000";
}

interface RangeParts {
  /** Start of the first number, end of the second. */
  start: number;
  end: number;
  first: string;
  unit: string;
  second: string;
  /** The mark with the spaces around it. */
  markFrom: number;
  markTo: number;
}

/** Reads "number [unit] [spaces] mark [spaces] number" around the mark at `i`, or null. */
function readRange(t: string, i: number): RangeParts | null {
  let l = i;
  while (l > 0 && isSpace(t[l - 1])) l--;
  const markFrom = l;
  let unit = "";
  if (l > 0 && UNIT.test(t[l - 1]!)) {
    unit = t[l - 1]!;
    l--;
  }
  const firstEnd = l;
  while (l > 0 && (isDigit(t[l - 1]) || t[l - 1] === ".")) l--;
  if (l === firstEnd || !isDigit(t[l]) || !isDigit(t[firstEnd - 1])) return null;
  let r = i + 1;
  while (r < t.length && isSpace(t[r])) r++;
  const markTo = r;
  const secondStart = r;
  while (r < t.length && (isDigit(t[r]) || t[r] === ".")) r++;
  while (r > secondStart && t[r - 1] === ".") r--;
  if (r === secondStart) return null;
  const first = t.slice(l, firstEnd);
  const second = t.slice(secondStart, r);
  if (!/^\d+(?:\.\d+)?$/.test(first) || !/^\d+(?:\.\d+)?$/.test(second)) return null;
  return { start: l, end: r, first, unit, second, markFrom, markTo };
}

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
      ordinalSpan: "表示序数起止应使用一字线“—”",
    },
    examples: {
      valid: [
        "“十四五”规划（2021—2025年）实施过半。",
        "全年增长5%～6%，气温15～20℃。",
        "执行GB/T 15834-2011《标点符号用法》。",
        "发布日期：2024-01-05，咨询电话0571-88880000。",
        "嘉府办发〔2024〕23号，型号ZL50-3B装载机。",
        "比分为3-1，赛事圆满结束。",
        "安置房1-2号楼、3-5单元交付使用。",
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
          text: "第1-3批试点项目全部验收。",
          output: "第1—3批试点项目全部验收。",
          errors: [{ messageId: "ordinalSpan", span: "-" }],
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
    if (!QUICK.test(t)) return;
    const titles = t.indexOf("《") >= 0 ? bookTitleSpans(t) : [];
    const marks = ctx.profile.rangeMarks ?? {};
    const wave = (marks["～"] ?? 0) + (marks["~"] ?? 0);
    const dash = marks["—"] ?? 0;
    const valueMark = dash > wave ? "—" : "～";
    const evidence = wave + dash > 0 ? `GB/T 15834-2011 4.13；参考范文：～ ${wave} 次，— ${dash} 次` : undefined;
    DASHES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DASHES.exec(t))) {
      const mark = m[0];
      const range = readRange(t, m.index);
      if (!range) continue;
      const { start, end, first, unit, second, markFrom, markTo } = range;
      // Codes, standards, dates, phone numbers, model numbers.
      const before = t[start - 1] ?? "";
      if (CODE_CHAR.test(before)) continue;
      if (before === " " && ALNUM.test(t[start - 2] ?? "")) continue;
      const after = t[end] ?? "";
      if (CODE_CHAR.test(after) || ALNUM.test(after)) continue;
      // 3-2号, 1-2层, 5-1单元 are house, floor and unit numbers, written with the short hyphen.
      if (ADDRESS.test(t.slice(end, end + 2))) continue;
      if (leadingZero(first) || leadingZero(second)) continue;
      if (first.split(".")[0]!.length > 4 || second.split(".")[0]!.length > 4) continue;
      if (!(Number(first) < Number(second))) continue;
      const afterUnit = after === "%" ? end + 1 : end;
      if (!isChineseBefore(t, start) && !isChineseAt(t, afterUnit)) continue;

      const years = unit === "" && isYear(first) && isYear(second);
      const months = unit === "" && after === "月" && t[start - 1] !== "个" && Number(second) <= 12 && !first.includes(".");
      const days = unit === "" && after === "日" && Number(second) <= 31 && !first.includes(".");
      const ordinal = t[start - 1] === "第";
      const timeSpan = years || months || days;
      const wanted = mark === "~" ? "～" : timeSpan || ordinal ? "—" : valueMark;
      const inTitle = titles.length > 0 && inSpans(titles, markFrom);
      const from = p.from + markFrom;
      const to = p.from + markTo;
      ctx.report({
        from,
        to,
        messageId: mark === "~" ? "halfTilde" : timeSpan ? "timeSpan" : ordinal ? "ordinalSpan" : "valueRange",
        data: { mark: wanted },
        fixes: [{ title: `改为“${wanted}”`, edits: [{ from, to, insert: wanted }] }],
        ...((months || days || inTitle) && { severity: "info" as const }),
        ...(!timeSpan && !ordinal && mark !== "~" && evidence ? { basis: evidence } : {}),
      });
    }
  },
};
