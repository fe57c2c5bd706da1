// ellipsis: the Chinese ellipsis is …… (two U+2026). Written otherwise — ... or ...... (ASCII dots), 。。。 (three or
// more 。), ．．． (full-width dots), ⋯⋯ (the midline U+22EF), a single … — it is replaced by ……; an ellipsis followed by 等 or 等等 is dropped,
// since both say "and so on" (大豆……等 → 大豆等).
// Basis: GB/T 15834-2011 4.11 (省略号 ……; not used together with 等).
// ASCII dots count only in Chinese text (a Han character or Chinese punctuation beside the run), so that English
// text and URLs keep theirs; two dots are not an ellipsis. ………… (four U+2026, a whole paragraph omitted) is left alone.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";
import { inSpans, isChineseAt, isChineseBefore, protectedSpans } from "./_chars.js";

// Alternatives are single-character runs, so nothing can backtrack. 等 after the run is captured to drop the run.
const RUNS = /(\.{3,}|。{3,}|．{3,}|…+|⋯+)(等)?/g;

export const rule: Rule = {
  id: "ellipsis",
  meta: {
    family: "punctuation",
    description: "省略号应写作“……”，且不与“等”连用",
    basis: "GB/T 15834-2011 4.11",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      form: "省略号应写作“……”",
      withDeng: "省略号与“等”不能连用，删去省略号",
    },
    examples: {
      valid: [
        "加快建设教育强区、科技强区、人才强区……",
        "猪肉、大豆等重要农产品供应充足。",
        "To be continued...",
        "详见 http://www.example.gov.cn/a...b 页面。",
        "运行稳中有进。全年增长5.2%。",
      ],
      invalid: [
        {
          text: "推进教育、医疗、养老...",
          output: "推进教育、医疗、养老……",
          errors: [{ messageId: "form", span: "..." }],
        },
        {
          text: "全面推进乡村振兴。。。加快城乡融合发展……",
          output: "全面推进乡村振兴……加快城乡融合发展……",
          errors: [{ messageId: "form", span: "。。。" }],
        },
        {
          text: "推动教育、医疗、养老⋯⋯协同发展。",
          output: "推动教育、医疗、养老……协同发展。",
          errors: [{ messageId: "form", span: "⋯⋯" }],
        },
        {
          text: "城市更新、老旧小区改造…有序推进。",
          output: "城市更新、老旧小区改造……有序推进。",
          errors: [{ messageId: "form", span: "…" }],
        },
        {
          text: "保障猪肉、大豆……等重要农产品供应，发展茶叶、水果......等等特色产业。",
          output: "保障猪肉、大豆等重要农产品供应，发展茶叶、水果等等特色产业。",
          errors: [
            { messageId: "withDeng", span: "……" },
            { messageId: "withDeng", span: "......" },
          ],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf("..") < 0 && t.indexOf("。。。") < 0 && t.indexOf("．．．") < 0 && t.indexOf("…") < 0 && t.indexOf("⋯") < 0) return;
    const guarded = protectedSpans(t);
    RUNS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUNS.exec(t)))  {
      const run = m[1]!;
      const i = m.index;
      const end = i + run.length;
      if (run[0] === "." && (inSpans(guarded, i) || (!isChineseBefore(t, i) && !isChineseAt(t, end)))) continue;
      const from = p.from + i;
      const to = p.from + end;
      if (m[2]) {
        ctx.report({ from, to, messageId: "withDeng", fixes: [{ title: "删去省略号", edits: [{ from, to, insert: "" }] }] });
        continue;
      }
      if (run === "……" || run === "…………") continue;
      ctx.report({ from, to, messageId: "form", fixes: [{ title: "改为“……”", edits: [{ from, to, insert: "……" }] }] });
    }
  },
};
