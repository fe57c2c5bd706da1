// wording-confusable: confusable and misspelt words (截止/截至, 其它, 做出决定, 急待, 布署, 贯切, 异形词…), one entry
// each in rules/confusables.json with the context that makes the word wrong.
// Basis: editorial practice; 《现代汉语词典》 and 《第一批异形词整理表》 where an entry names them (entry `source`).
// Options: none. Severity comes from each entry (warning unless the entry says otherwise).
// Known limits: context is the words right before or after (a few characters at most), never the sentence's meaning;
// entries whose right form depends on meaning (以至/以致, 制定/制订) are deliberately absent.

import type { Rule } from "../../core/types.js";
import { CONFUSABLE_INDEX, confusablesByWrong, type ConfusableEntry } from "./_confusables.js";
import { literalAt, matchesContext, minimalEdit, nextLiteralStart } from "./_context.js";

export const rule: Rule = {
  id: "wording-confusable",
  meta: {
    family: "wording",
    description: "易混淆词和错别字（截至/截止、其他/其它、作出/做出、亟待/急待等）",
    basis: "编辑惯例",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      confusable: "“{wrong}”应作“{right}”：{reason}",
    },
    examples: {
      valid: [
        "截至目前，全市新增市场主体1.2万户。",
        "申报工作于6月底截止，截止日期不再延长。",
        "为全市发展作出了积极贡献，把产品做出特色、做出品质。",
        "尤其它们的审批环节过多，其他地区可参照执行。",
        "始终一贯切实履行监管职责，组建应急待命队伍12支。",
        "保障群众生活必需品供应。",
        "度过了极不平凡的一年。",
      ],
      invalid: [
        {
          text: "截止目前，全市新增市场主体1.2万户。",
          output: "截至目前，全市新增市场主体1.2万户。",
          errors: [{ messageId: "confusable", span: "截止" }],
        },
        {
          text: "截止6月底，其它县区均已完成。",
          output: "截至6月底，其他县区均已完成。",
          errors: [
            { messageId: "confusable", span: "截止" },
            { messageId: "confusable", span: "其它" },
          ],
        },
        {
          text: "党中央做出重大决策布署，必须贯切落实，急待解决的问题要马上解决。",
          output: "党中央作出重大决策部署，必须贯彻落实，亟待解决的问题要马上解决。",
          errors: [
            { messageId: "confusable", span: "做出" },
            { messageId: "confusable", span: "布署" },
            { messageId: "confusable", span: "贯切" },
            { messageId: "confusable", span: "急待" },
          ],
        },
        {
          text: "项目申报截至日期为6月30日。",
          output: "项目申报截止日期为6月30日。",
          errors: [{ messageId: "confusable", span: "截至" }],
        },
      ],
    },
  },
  check(ctx) {
    const { text, from: base } = ctx.paragraph;
    // One pass over the characters; only those that start a listed word are compared with the words.
    for (let from = nextLiteralStart(CONFUSABLE_INDEX, text, 0); from >= 0; from = nextLiteralStart(CONFUSABLE_INDEX, text, from + 1)) {
      const wrong = literalAt(CONFUSABLE_INDEX, text, from);
      if (wrong === null) continue;
      const to = from + wrong.length;
      // The longest word at a position is the candidate; when its context rejects it, a word starting one character
      // later may still match (一贯切实 is silent but 贯 is not the only start).
      const entry = firstInContext(confusablesByWrong.get(wrong)!, text, from, to);
      if (!entry) continue;
      const edit = minimalEdit(base + from, entry.wrong, entry.right);
      ctx.report({
        from: base + from,
        to: base + to,
        messageId: "confusable",
        data: { wrong: entry.wrong, right: entry.right, reason: entry.reason },
        severity: entry.severity,
        basis: entry.source,
        fixes: entry.fix === false ? undefined : [{ title: `改为“${entry.right}”`, edits: [edit] }],
      });
      from = to - 1; // the scan goes on after the reported word
    }
  },
};

// A plain loop rather than `find` with an arrow: a closure over the scan's loop variable would make every iteration
// allocate its own scope.
function firstInContext(entries: readonly ConfusableEntry[], text: string, from: number, to: number): ConfusableEntry | undefined {
  for (const e of entries) if (matchesContext(text, from, to, e.context)) return e;
  return undefined;
}
