// book-title-misuse: 书名号 marks the names of works (books, documents, laws, articles), not of meetings,
// activities or projects: 召开《全区经济工作会议》 → 召开全区经济工作会议.
// Basis: GB/T 15834-2011 4.15 (书名号). Info: a heuristic.
// Conservative on purpose: a title is reported only when it ends with a suffix from rules/punctuation-book-title.json
// (会议 活动 工程 项目 …) and one of the verbs listed there (召开 举办 开展 实施 …) stands right before 《, with 了
// or 好 allowed between. Document titles end with 通知 意见 方案 办法 规划 …, so 印发《…会议纪要》 or
// 实施《…工程实施方案》 are never taken. The fix removes the two marks.
// Options: none. Data: rules/punctuation-book-title.json (suffixes, verbs; each with an example).

import type { Rule, RuleContext } from "../../core/types.js";
import data from "../../../rules/punctuation-book-title.json" with { type: "json" };

/** The data file's shape: suffixes that name meetings/activities/projects and the verbs that introduce them. */
export interface BookTitleData {
  suffixes: { suffix: string; example: string; source?: string }[];
  verbs: { verb: string; example: string; source?: string }[];
}

const table = data as BookTitleData;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string): number => b.length - a.length;
const SUFFIX = new RegExp(`(?:${table.suffixes.map((s) => escape(s.suffix)).sort(byLength).join("|")})$`);
const VERB = new RegExp(`(?:${table.verbs.map((v) => escape(v.verb)).sort(byLength).join("|")})[了好]?$`);
// A title without nested 书名号, at most 40 characters: linear, one negated class.
const TITLE = /《([^《》\n]{1,40})》/g;

export const rule: Rule = {
  id: "book-title-misuse",
  meta: {
    family: "punctuation",
    description: "会议、活动、工程项目等名称不用书名号",
    basis: "GB/T 15834-2011 4.15",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    messages: {
      notAWork: "书名号用于作品名称，“{name}”不是作品，不用书名号",
    },
    examples: {
      valid: [
        "印发《关于召开全区经济工作会议的通知》。",
        "召开全区经济工作会议，部署全年工作。",
        "实施《百千万工程实施方案》，开展“安全生产月”活动。",
        "学习《中华人民共和国预算法》。",
      ],
      invalid: [
        {
          text: "召开《全区经济工作会议》，部署全年工作。",
          output: "召开全区经济工作会议，部署全年工作。",
          errors: [{ messageId: "notAWork", span: "《全区经济工作会议》" }],
        },
        {
          text: "开展了《优化营商环境攻坚行动》，实施《百千万工程》。",
          output: "开展了优化营商环境攻坚行动，实施百千万工程。",
          errors: [
            { messageId: "notAWork", span: "《优化营商环境攻坚行动》" },
            { messageId: "notAWork", span: "《百千万工程》" },
          ],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf("《") < 0) return;
    TITLE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TITLE.exec(t))) {
      const name = m[1]!;
      if (!SUFFIX.test(name)) continue;
      if (!VERB.test(t.slice(Math.max(0, m.index - 6), m.index))) continue;
      const from = p.from + m.index;
      const to = from + m[0].length;
      ctx.report({
        from,
        to,
        messageId: "notAWork",
        data: { name },
        fixes: [{ title: "删去书名号", edits: [{ from, to: from + 1, insert: "" }, { from: to - 1, to, insert: "" }] }],
      });
    }
  },
};
