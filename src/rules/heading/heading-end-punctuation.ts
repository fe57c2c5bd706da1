// heading-end-punctuation: a heading standing alone on its line takes no 。 or ： at its end
// (`一、总体要求。` → `一、总体要求`). A run-in heading (`（一）强化创新引领。正文…`) rightly ends its title with 。 and is
// never flagged.
// Basis: editorial practice (编辑惯例), hence a warning.
// When a line counts as a heading alone, conservatively:
// - levels 1 and 2 (`一、` `（一）`): always, unless some heading of the same level in the document is run-in — then the
//   document writes that level as sentence headings, and one whose body went to the next line is the same style;
//   a title with a colon inside (`（二）主要目标：全年增长6%。`) is run into its body and not flagged either;
// - levels 3 and 4 (`1.` `（1）`) are often full-sentence list items (`1.全年地区生产总值增长6%。`): only a short
//   title (≤ 20 characters) with no comma, 顿号, semicolon or digit, followed by body text rather than a sibling item,
//   counts as a heading.
// The rule is document-scoped because those exceptions look at other lines.
import { headingKey, type Heading } from "../../core/headings.js";
import type { Rule } from "../../core/types.js";

const END_MARKS = new Set(["。", "：", ":"]);
const LIST_ITEM_SIGNS = /[，,、；;0-9０-９%％]/;
const MAX_SHORT_TITLE = 20;
const INNER_COLON = /[：:]/;

export const rule: Rule = {
  id: "heading-end-punctuation",
  meta: {
    family: "heading",
    description: "单独成行的标题末尾不加句号、冒号",
    basis: "编辑惯例",
    defaultSeverity: "warning",
    fixable: true,
    scope: "document",
    messages: {
      period: "单独成行的标题末尾不加句号：“{expected}”",
      colon: "单独成行的标题末尾不加冒号：“{expected}”",
    },
    examples: {
      valid: [
        "一、总体要求\n（一）经济发展稳中有进\n正文。",
        // Run-in headings end their title with 。.
        "（一）强化创新引领。深入实施创新驱动发展战略。",
        // A document whose level-2 headings are run-in: one whose body went to the next line is the same style.
        "（一）深化改革创新，持续推进“高效办好一件事”。出台实施意见。\n（二）优化营商环境，持续攻坚市场准入全链条。\n推行承诺制。",
        // Level-3 lines that are list items.
        "（一）计划指标完成情况\n1.地区生产总值达到60132.9亿元、增长6%。\n2.居民人均可支配收入增长5.5%。",
        "1.加强组织领导。\n2.强化资金保障。\n3.严格督查考核。",
        "（二）主要目标：全年地区生产总值增长6%左右。",
      ],
      invalid: [
        { text: "一、总体要求。\n正文。", output: "一、总体要求\n正文。", errors: [{ messageId: "period", span: "。" }] },
        { text: "（二）基本原则：\n坚持稳中求进。", output: "（二）基本原则\n坚持稳中求进。", errors: [{ messageId: "colon", span: "：" }] },
        {
          text: "二、保障措施\n1.加强组织领导。\n成立工作专班。\n2.强化资金保障。\n统筹安排资金。",
          output: "二、保障措施\n1.加强组织领导\n成立工作专班。\n2.强化资金保障\n统筹安排资金。",
          errors: [
            { messageId: "period", span: "。" },
            { messageId: "period", span: "。" },
          ],
        },
      ],
    },
  },
  // Reads headings and whether the lines after them are blank.
  paragraphKey: headingKey,
  check(ctx) {
    const hs = ctx.doc.headings;
    if (hs.length === 0) return;
    const runInLevels = new Set<number>();
    for (const { heading } of hs) if (heading.runIn && heading.titleEnd === "。") runInLevels.add(heading.level);
    const paragraphs = ctx.doc.paragraphs;
    for (const { heading, paragraph } of hs) {
      if (heading.runIn || !END_MARKS.has(heading.titleEnd) || heading.title.trim() === "") continue;
      // `（二）主要目标：全年增长6%。` is a heading run into its body after the colon.
      if (runInLevels.has(heading.level) || INNER_COLON.test(heading.title)) continue;
      if (heading.level >= 3 && !standsAsHeading(heading, paragraph.index)) continue;
      const at = heading.titleTo;
      ctx.report({
        from: at,
        to: at + heading.titleEnd.length,
        messageId: heading.titleEnd === "。" ? "period" : "colon",
        data: { expected: ctx.text.slice(heading.marker.from, heading.titleTo) },
        fixes: [{ title: `删除“${heading.titleEnd}”`, edits: [{ from: at, to: at + heading.titleEnd.length, insert: "" }] }],
      });
    }

    function standsAsHeading(h: Heading, index: number): boolean {
      if (h.title.length > MAX_SHORT_TITLE || LIST_ITEM_SIGNS.test(h.title)) return false;
      for (let i = index + 1; i < paragraphs.length; i++) {
        const next = paragraphs[i]!;
        if (next.text.trim() === "") continue;
        return !next.heading || next.heading.level > h.level;
      }
      return false;
    }
  },
};
