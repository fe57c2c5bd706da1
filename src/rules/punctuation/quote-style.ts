// quote-style: straight quotes "…" and '…' in Chinese text → curly “…” and ‘…’, opening and closing forms chosen by
// pairing the marks within the paragraph (curly marks already present take part in the pairing, so "放管服” is read
// as one pair). Single quotes nest inside double ones; an apostrophe between two Latin letters (China's) is left alone.
// Basis: GB/T 15834-2011 4.8 (引号: “ ” outside, ‘ ’ inside).
// A pair is reported once, spanning the quotation, with one fix that edits both marks; a pair whose content and
// surroundings contain no Chinese (an English quotation) is left alone. A lone straight quote gets the form its
// neighbours suggest; bracket-balance then reports it as unpaired.
// Options: none.

import type { Rule, RuleContext, TextEdit } from "../../core/types.js";
import { hasHan, isChineseAtRun, isChineseBeforeRun, isHanAt } from "./_chars.js";

const QUOTES = /["'“”‘’]/g;
const LATIN = /[A-Za-z]/;

interface OpenQuote {
  index: number;
  kind: "double" | "single";
  straight: boolean;
}

export const rule: Rule = {
  id: "quote-style",
  meta: {
    family: "punctuation",
    description: "中文语境中的直引号 \"…\" '…' 应改为弯引号 “…” ‘…’",
    basis: "GB/T 15834-2011 4.8",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      curlyQuotes: "中文引号应使用弯引号：{open}…{close}",
      curlyQuote: "中文引号应使用弯引号：{mark}",
    },
    examples: {
      valid: [
        "深化“放管服”改革，推进“一网通办”。",
        "落实“‘两个确保’、‘十大战略’”部署要求。",
        "He called it \"the world's factory\".",
        "China's exports grew 5.2%.",
      ],
      invalid: [
        {
          text: "深化\"放管服\"改革。",
          output: "深化“放管服”改革。",
          errors: [{ messageId: "curlyQuotes", span: "\"放管服\"" }],
        },
        {
          text: "牢记\"马尾的事，'特事特办'\"殷切嘱托。",
          output: "牢记“马尾的事，‘特事特办’”殷切嘱托。",
          errors: [
            { messageId: "curlyQuotes", span: "\"马尾的事，'特事特办'\"" },
            { messageId: "curlyQuotes", span: "'特事特办'" },
          ],
        },
        {
          text: "打造“四区\"，开展\"四个年”行动。",
          output: "打造“四区”，开展“四个年”行动。",
          errors: [
            { messageId: "curlyQuotes", span: "“四区\"" },
            { messageId: "curlyQuotes", span: "\"四个年”" },
          ],
        },
        {
          text: "提出\"强省会战略。",
          output: "提出“强省会战略。",
          errors: [{ messageId: "curlyQuote", span: "\"" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf('"') < 0 && t.indexOf("'") < 0) return;
    if (!hasHan(t)) return;
    const stack: OpenQuote[] = [];
    // Han characters before each position, built on first use, so that "is there Han inside this quotation" costs
    // O(1) even for deeply nested marks.
    let hanBefore: Uint32Array | null = null;
    const hanInside = (from: number, to: number): boolean => {
      if (!hanBefore) {
        hanBefore = new Uint32Array(t.length + 1);
        for (let k = 0; k < t.length; k++) hanBefore[k + 1] = hanBefore[k]! + (isHanAt(t, k) ? 1 : 0);
      }
      return hanBefore[to]! > hanBefore[from]!;
    };
    const report = (o: OpenQuote | null, closeIndex: number, closeStraight: boolean, kind: "double" | "single") => {
      const open = kind === "double" ? "“" : "‘";
      const close = kind === "double" ? "”" : "’";
      if (o === null) {
        if (!closeStraight) return;
        // A lone mark: its neighbours say whether it opens or closes.
        if (!isChineseBeforeRun(t, closeIndex) && !isChineseAtRun(t, closeIndex + 1)) return;
        const after = t[closeIndex + 1];
        const opens = closeIndex === 0 || isHanAt(t, closeIndex + 1) || (after !== undefined && /[0-9A-Za-z]/.test(after));
        const mark = opens ? open : close;
        ctx.report({
          from: p.from + closeIndex,
          to: p.from + closeIndex + 1,
          messageId: "curlyQuote",
          data: { mark },
          fixes: [{ title: `改为“${mark}”`, edits: [{ from: p.from + closeIndex, to: p.from + closeIndex + 1, insert: mark }] }],
        });
        return;
      }
      if (!o.straight && !closeStraight) return;
      if (!hanInside(o.index + 1, closeIndex) && !isChineseBeforeRun(t, o.index) && !isChineseAtRun(t, closeIndex + 1)) return;
      const edits: TextEdit[] = [];
      if (o.straight) edits.push({ from: p.from + o.index, to: p.from + o.index + 1, insert: open });
      if (closeStraight) edits.push({ from: p.from + closeIndex, to: p.from + closeIndex + 1, insert: close });
      ctx.report({
        from: p.from + o.index,
        to: p.from + closeIndex + 1,
        messageId: "curlyQuotes",
        data: { open, close },
        fixes: [{ title: `改为“${open}…${close}”`, edits }],
      });
    };

    QUOTES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTES.exec(t))) {
      const i = m.index;
      const ch = m[0];
      if (ch === "“") stack.push({ index: i, kind: "double", straight: false });
      else if (ch === "‘") stack.push({ index: i, kind: "single", straight: false });
      else if (ch === "”" || ch === "’") {
        const kind = ch === "”" ? "double" : "single";
        if (kind === "single" && LATIN.test(t[i - 1] ?? "") && LATIN.test(t[i + 1] ?? "")) continue;
        const at = findOpen(stack, kind);
        if (at >= 0) {
          const o = stack[at]!;
          stack.length = at;
          report(o, i, false, kind);
        }
      } else if (ch === '"') {
        const at = findOpen(stack, "double");
        if (at >= 0) {
          const o = stack[at]!;
          stack.length = at;
          report(o, i, true, "double");
        } else stack.push({ index: i, kind: "double", straight: true });
      } else {
        // An apostrophe inside a Latin word is not a quote.
        if (LATIN.test(t[i - 1] ?? "") && LATIN.test(t[i + 1] ?? "")) continue;
        const at = findOpen(stack, "single");
        if (at >= 0) {
          const o = stack[at]!;
          stack.length = at;
          report(o, i, true, "single");
        } else stack.push({ index: i, kind: "single", straight: true });
      }
    }
    for (const o of stack) if (o.straight) report(null, o.index, true, o.kind);
  },
};

/** Index in the stack of the innermost open quote of this kind, or -1. */
function findOpen(stack: readonly OpenQuote[], kind: "double" | "single"): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === kind) return k;
  return -1;
}

