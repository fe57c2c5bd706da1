// wording-expression: 规范提法 from rules/expressions.json — `“一带一路”战略` → `“一带一路”倡议`,
// `中共XX省省委书记` → `中共XX省委书记`, `党中央国务院` → `党中央、国务院`, and slogans standing bare in running
// text (`放管服改革` → `“放管服”改革`).
// Basis: the source named by each entry (新华社 禁用词和慎用词, central documents, 政府工作报告 usage), with its date.
// Options: none. Severity per entry: replacements warning, quoting and 顿号 info.
// Known limits: a slogan is quoted only when it stands outside every quotation mark and 书名号 of its paragraph
// (a quotation that spans lines is not seen); office names such as 市放管服办 are excluded by entry context.

import type { Rule, TextEdit } from "../../core/types.js";
import { insideRanges, literalAt, matchesContext, minimalEdit, nextLiteralStart, quotedRanges } from "./_context.js";
import { EXPRESSION_INDEX, expressionsByWrong, type ExpressionEntry } from "./_expressions.js";

const QUOTE_BEFORE = /[“‘"'「『《]/;
const QUOTE_AFTER = /[”’"'」』》]/;

export const rule: Rule = {
  id: "wording-expression",
  meta: {
    family: "wording",
    description: "规范提法（“一带一路”倡议、中共XX省委书记、“放管服”等提法加引号）",
    basis: "规范提法（编辑惯例）",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      replace: "应作“{right}”：{reason}",
      quote: "提法应加引号：“{wrong}”，{reason}",
    },
    examples: {
      valid: [
        "积极融入共建“一带一路”，持续深化“放管服”改革。",
        "中共安徽省委书记出席会议。",
        "坚决贯彻落实党中央、国务院决策部署。",
        "承担市放管服办职责，印发《深化放管服改革实施方案》。",
        "实现“十四五”规划目标，做好“六稳”“六保”工作。",
        "深入实施区域协调发展战略。",
      ],
      invalid: [
        {
          text: "积极融入“一带一路”战略，扩大高水平对外开放。",
          output: "积极融入“一带一路”倡议，扩大高水平对外开放。",
          errors: [{ messageId: "replace", span: "战略" }],
        },
        {
          text: "中共安徽省省委书记出席会议。",
          output: "中共安徽省委书记出席会议。",
          errors: [{ messageId: "replace", span: "省省委" }],
        },
        {
          text: "持续深化放管服改革，全面落实党中央国务院决策部署。",
          output: "持续深化“放管服”改革，全面落实党中央、国务院决策部署。",
          errors: [
            { messageId: "quote", span: "放管服" },
            { messageId: "replace", span: "党中央国务院" },
          ],
        },
        {
          text: "主动融入一带一路战略。",
          output: "主动融入“一带一路”倡议。",
          errors: [
            { messageId: "quote", span: "一带一路" },
            { messageId: "replace", span: "战略" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { text, from: base } = ctx.paragraph;
    const quotes: Quotes = { text, ranges: null };
    // One pass over the characters; only those that start a listed wording are compared with the table. The
    // longest wording at a position is the candidate; when it does not apply, one starting later still may.
    for (let from = nextLiteralStart(EXPRESSION_INDEX, text, 0); from >= 0; from = nextLiteralStart(EXPRESSION_INDEX, text, from + 1)) {
      const wrong = literalAt(EXPRESSION_INDEX, text, from);
      if (wrong === null) continue;
      const to = from + wrong.length;
      const entry = firstApplying(expressionsByWrong.get(wrong)!, from, to, quotes);
      if (!entry) continue;
      let edits: TextEdit[];
      if (entry.kind === "quote") {
        edits = [
          { from: base + from, to: base + from, insert: "“" },
          { from: base + to, to: base + to, insert: "”" },
        ];
      } else {
        edits = [minimalEdit(base + from, entry.wrong, entry.right)];
      }
      ctx.report({
        from: base + from,
        to: base + to,
        messageId: entry.kind,
        data: { wrong: entry.wrong, right: entry.right, reason: entry.reason },
        severity: entry.severity,
        basis: entry.source,
        fixes: entry.fix === false ? undefined : [{ title: entry.kind === "quote" ? `加引号：“${entry.wrong}”` : `改为“${entry.right}”`, edits }],
      });
      from = to - 1; // the scan goes on after the reported wording
    }
  },
};

/** A paragraph with its quoted spans, computed on first need. */
interface Quotes {
  text: string;
  ranges: { from: number; to: number }[] | null;
}

function isQuoted(q: Quotes, pos: number): boolean {
  return insideRanges((q.ranges ??= quotedRanges(q.text)), pos);
}

// A plain loop rather than `find` with an arrow: a closure over the scan's loop variable would make every iteration
// allocate its own scope.
function firstApplying(entries: readonly ExpressionEntry[], from: number, to: number, q: Quotes): ExpressionEntry | undefined {
  for (const e of entries) if (applies(e, q.text, from, to, q)) return e;
  return undefined;
}

function applies(e: ExpressionEntry, text: string, from: number, to: number, q: Quotes): boolean {
  if (!matchesContext(text, from, to, e.context)) return false;
  if (e.kind === "quote") {
    if (from > 0 && QUOTE_BEFORE.test(text[from - 1]!)) return false;
    if (to < text.length && QUOTE_AFTER.test(text[to]!)) return false;
    return !isQuoted(q, from);
  }
  return e.outsideQuotes ? !isQuoted(q, from) : true;
}
