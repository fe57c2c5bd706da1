// punctuation-width: half-width , . ; : ? ! ( ) used in Chinese text → full-width ，。；：？！（）.
// Basis: GB/T 15834-2011 (Chinese text takes the full-width forms of the marks).
// A mark is "in Chinese text" when a Han character or Chinese punctuation touches it (spaces after it are skipped).
// Left alone: decimals 3.5 and PM2.5, thousands 1,595.97, times 14:30 and ratios 1:2 (digit on both sides), URLs
// and e-mail addresses, English sentences (no Chinese neighbour), runs of dots (the ellipsis rule's), and the heading
// marker at the start of the line ((一) 1. 一, are heading-marker-format's).
// Parentheses are paired within the paragraph and reported once per pair. A pair around pure ASCII such as (GDP) or
// (2016-2035), and a parenthesis left unpaired on its line (a title split over two lines), are reported as info:
// full-width is still right in Chinese text, but these are what web copies of correct documents look like.
// Options: none.

import type { Rule, RuleContext, TextEdit } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";
import { inSpans, isChineseAt, isChineseAtRun, isChineseBeforeRun, isHanBefore, protectedSpans } from "./_chars.js";

const MARKS = /[,.;:?!()]/g;
// Pre-check: a mark that can be reported. A dot with a digit right after it (3.5) never is, nor a comma or colon
// between digits (1,595.97, 14:30); decimals are in most paragraphs of a report, other half-width marks in few.
const MAY_REPORT = /[;?!()]|(?<![0-9])[,:]|[,:.](?![0-9])/;
const FULL: Record<string, string> = { ",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
const CLOSERS_BEFORE_STOP = /[”’）》」』]/;
const DIGIT = /[0-9]/;

function isDigitAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && DIGIT.test(t[i]!);
}

/** Index of the first character at or after `i` that is not an ASCII or ideographic space. */
function skipSpaces(t: string, i: number): number {
  while (i < t.length && (t[i] === " " || t[i] === "\u3000")) i++;
  return i;
}

/** True when the number ending just before `i` (digits and dots) is itself preceded by a Han character (spaces between allowed). */
function numberFollowsHan(t: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[0-9.%]/.test(t[j - 1]!)) j--;
  if (j === i) return false;
  while (j > 0 && (t[j - 1] === " " || t[j - 1] === "\u3000")) j--;
  return isHanBefore(t, j);
}

export const rule: Rule = {
  id: "punctuation-width",
  meta: {
    family: "punctuation",
    description: "中文语境中的半角标点 , . ; : ? ! ( ) 应改为全角",
    basis: "GB/T 15834-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      fullWidth: "中文语境应使用全角标点：“{mark}”",
      fullWidthParens: "中文语境应使用全角括号：“（…）”",
    },
    examples: {
      valid: [
        "地区生产总值增长5.2%，财政收入1,595.97亿元。",
        "会议于14:30开始，比例为1:2。",
        "PM2.5平均浓度下降6.1%，B2B平台交易额增长12%。",
        "1.加强科技创新。全年新增高新技术企业85家。",
        "(一)强化创新引领",
        "详见 http://www.gov.cn/zhengce/index.htm，或致信 office@example.gov.cn。",
        "He said: \"Made in China, made for the world.\"",
        "国内生产总值（GDP）增长5%。",
        "经济运行稳中有进……全年目标顺利完成。",
      ],
      invalid: [
        {
          text: "加快发展,推动转型.",
          output: "加快发展，推动转型。",
          errors: [
            { messageId: "fullWidth", span: "," },
            { messageId: "fullWidth", span: "." },
          ],
        },
        {
          text: "主要目标是:稳增长;促改革!",
          output: "主要目标是：稳增长；促改革！",
          errors: [
            { messageId: "fullWidth", span: ":" },
            { messageId: "fullWidth", span: ";" },
            { messageId: "fullWidth", span: "!" },
          ],
        },
        {
          text: "全县地区生产总值(预计数)增长6%, 高于全省平均水平.",
          output: "全县地区生产总值（预计数）增长6%，高于全省平均水平。",
          errors: [
            { messageId: "fullWidthParens", span: "(预计数)" },
            { messageId: "fullWidth", span: ", " },
            { messageId: "fullWidth", span: "." },
          ],
        },
        {
          text: "全年完成地区生产总值(GDP)184.1亿元。",
          output: "全年完成地区生产总值（GDP）184.1亿元。",
          errors: [{ messageId: "fullWidthParens", span: "(GDP)" }],
        },
        {
          text: "如何巩固发展成果?",
          output: "如何巩固发展成果？",
          errors: [{ messageId: "fullWidth", span: "?" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (!mayMatch(MAY_REPORT, t)) return;
    const marker = p.heading?.marker;
    const markerFrom = marker ? marker.from - p.from : -1;
    const markerTo = marker ? marker.to - p.from : -1;
    const guarded = protectedSpans(t);
    const skip = (i: number): boolean => (i >= markerFrom && i < markerTo) || inSpans(guarded, i);

    const opens: number[] = [];
    const parenPairs: [number, number][] = [];
    const loneParens: number[] = [];

    MARKS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARKS.exec(t))) {
      const i = m.index;
      const ch = m[0];
      if (skip(i)) continue;
      if (ch === "(") {
        opens.push(i);
        continue;
      }
      if (ch === ")") {
        const o = opens.pop();
        if (o === undefined) loneParens.push(i);
        else parenPairs.push([o, i]);
        continue;
      }
      const next = skipSpaces(t, i + 1);
      // Context looks through neighbouring half-width marks that will turn full-width too, so a run settles at once.
      const chineseBefore = isChineseBeforeRun(t, i);
      const chineseAfter = isChineseAtRun(t, next);
      let wrong = false;
      if (ch === ".") {
        // Dots in runs are an ellipsis; a dot touching a digit or letter on the right is a decimal, a URL or code.
        if (t[i - 1] === "." || t[i + 1] === ".") continue;
        let runEnd = next;
        while (runEnd < t.length && runEnd - next < 4 && /["')]/.test(t[runEnd]!)) runEnd++;
        const atEnd = runEnd >= t.length;
        const prev = t[i - 1] ?? "";
        const leftOk =
          isHanBefore(t, i) ||
          CLOSERS_BEFORE_STOP.test(prev) ||
          (/["')]/.test(prev) && isChineseBeforeRun(t, i)) ||
          ((isDigitAt(t, i - 1) || prev === "%") && atEnd && numberFollowsHan(t, i));
        wrong = leftOk && (atEnd || chineseAfter);
      } else if (ch === "," || ch === ":") {
        if (isDigitAt(t, i - 1) && isDigitAt(t, i + 1)) continue;
        wrong = chineseBefore || chineseAfter;
      } else if (ch === ";") {
        if (/&#?\w+$/.test(t.slice(Math.max(0, i - 10), i))) continue;
        wrong = chineseBefore || chineseAfter;
      } else {
        wrong = chineseBefore || chineseAfter;
      }
      if (!wrong) continue;
      // Spaces after the mark go with it when Chinese follows: "发展, 推动" → "发展，推动".
      const to = next > i + 1 && (next >= t.length || isChineseAt(t, next) || chineseAfter) ? next : i + 1;
      const full = FULL[ch]!;
      ctx.report({
        from: p.from + i,
        to: p.from + to,
        messageId: "fullWidth",
        data: { mark: full },
        fixes: [{ title: `改为“${full}”`, edits: [{ from: p.from + i, to: p.from + to, insert: full }] }],
      });
    }
    for (const o of opens) loneParens.push(o);

    for (const [o, c] of parenPairs) {
      const inner = t.slice(o + 1, c);
      const han = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf]/.test(inner);
      if (!han && !isChineseBeforeRun(t, o) && !isChineseAtRun(t, c + 1)) continue;
      const edits: TextEdit[] = [
        { from: p.from + o, to: p.from + o + 1, insert: "（" },
        { from: p.from + c, to: p.from + c + 1, insert: "）" },
      ];
      ctx.report({
        from: p.from + o,
        to: p.from + c + 1,
        messageId: "fullWidthParens",
        fixes: [{ title: "改为全角括号", edits }],
        ...(han ? {} : { severity: "info" as const }),
      });
    }
    loneParens.sort((a, b) => a - b);
    for (const i of loneParens) {
      if (!isChineseBeforeRun(t, i) && !isChineseAtRun(t, i + 1)) continue;
      const full = FULL[t[i]!]!;
      ctx.report({
        from: p.from + i,
        to: p.from + i + 1,
        messageId: "fullWidth",
        data: { mark: full },
        severity: "info",
        fixes: [{ title: `改为“${full}”`, edits: [{ from: p.from + i, to: p.from + i + 1, insert: full }] }],
      });
    }
  },
};
