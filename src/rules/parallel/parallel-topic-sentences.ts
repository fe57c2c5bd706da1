// parallel-topic-sentences: the short sentences that open the sub-topics of a section are written in parallel —
// `创新空间不断拓展。` `创新能力持续提升。` `创新主体加快成长。` `创新生态日臻完善。` (noun + adverb + verb, 8 characters).
// One that breaks the series, like `创新能力得到了持续的提升。`, is reported, naming the others.
// A topic sentence (see _shape.ts) is a 4–14 character all-Chinese sentence ending in 。 that opens a paragraph or a
// run inside one; the sentences under one heading form a series.
// Basis: editorial practice (排比; STANDARDS §6, the reference report).
// Where each topic opens a paragraph of its own, the first one under a heading may be an opening remark and is left
// out. Judged only with at least 3 other topic sentences in the series that agree among themselves: an outlier is a
// sentence whose length lies outside theirs widened by max(2, their spread), or one loosened by particles (的 了 得 着,
// tagged u by the segmenter) where none of the others has any. Needs segmentation (only the candidate sentences that
// contain such a character are segmented). No fix: a rewrite is the author's.

import type { Rule } from "../../core/types.js";
import type { Paragraph } from "../../core/document.js";
import { LOOSE_PARTICLES, topicGroups, topicSentencesOf, type TopicSentence } from "./_shape.js";

const MIN_OTHERS = 3;

export const rule: Rule = {
  id: "parallel-topic-sentences",
  meta: {
    family: "parallel",
    description: "段落主题句与同组主题句句式不一致（字数、虚词）",
    basis: "编辑惯例；参考范文",
    defaultSeverity: "info",
    fixable: false,
    scope: "document",
    needsSegmentation: true,
    messages: {
      length: "主题句与同组的{siblings}不对仗：它们为 {expected} 字，本句 {actual} 字",
      particles: "主题句与同组的{siblings}不对仗：它们不用“{particles}”，宜写成同样的紧凑句式",
    },
    examples: {
      valid: [
        "（二）全面启动科技城建设，创新能力持续增强\n创新空间不断拓展。举全区之力推动科技城建设发展。创新能力持续提升。各类研发机构达到313家。创新主体加快成长。新增科技型中小企业1415家。创新生态日臻完善。建成全市首个人才家园服务厅。",
        // A closing sentence of a paragraph is not a topic sentence.
        "（一）经济运行\n综合实力大幅提升。全年生产总值增长5%。\n工业发展势头强劲。规上工业增加值增长8%。\n消费市场回暖。社会消费品零售总额增长6%。\n投资结构优化。固定资产投资增长4%。成绩来之不易的原因是多方面的。",
        // The opening remark of a section is not one of its topics.
        "一、过去五年工作回顾\n过去的五年极不寻常。五年来，我们坚持以习近平新时代中国特色社会主义思想为指引。\n综合实力大幅提升。生产总值突破6万亿元。\n创新能力持续增强。国家重点实验室达到16家。\n乡村振兴扎实推进。53个贫困县全部摘帽。",
        // Three in a series are too few to judge.
        "创新空间不断拓展。正文。\n创新能力得到了持续的提升。正文。\n创新主体加快成长。正文。",
      ],
      invalid: [
        {
          text: "（二）全面启动科技城建设，创新能力持续增强\n创新空间不断拓展。举全区之力推动科技城建设发展。创新能力得到了持续的提升。各类研发机构达到313家。创新主体加快成长。新增科技型中小企业1415家。创新生态日臻完善。建成全市首个人才家园服务厅。",
          output: null,
          errors: [{ messageId: "particles", span: "创新能力得到了持续的提升" }],
        },
        {
          text: "过去一年极不平凡。正文。\n营商环境建设成效显著。正文。\n重点领域改革蹄疾步稳。正文。\n资源配置能力有效增强。正文。\n开放通道扩大。正文。",
          output: null,
          errors: [{ messageId: "length", span: "开放通道扩大" }],
        },
      ],
    },
  },
  check(ctx) {
    const segmenter = ctx.segmenter;
    // A paragraph's topic sentences depend on its text alone: found once per text, kept relative to its start.
    const topicsOf = (p: Paragraph): TopicSentence[] =>
      ctx
        .memo("topics", p, () => topicSentencesOf(p).map((s) => ({ from: s.from - p.from, to: s.to - p.from, text: s.text })))
        .map((s) => ({ from: p.from + s.from, to: p.from + s.to, text: s.text, paragraphIndex: p.index }));
    for (const group of topicGroups(ctx.doc, topicsOf)) {
      let sentences = group.sentences;
      // Where each topic has a paragraph of its own, the first short sentence under a heading may be the section's
      // opening remark (`过去的五年极不寻常。`) rather than a topic: it is left out of the series.
      if (sentences.length > 1 && new Set(sentences.map((s) => s.paragraphIndex)).size === sentences.length) {
        sentences = sentences.slice(1);
      }
      if (sentences.length < MIN_OTHERS + 1) continue;
      // Particles, confirmed by the segmenter (目的 and 得到 contain 的/得 as part of a word).
      // Segmenting is the costly part: done once per paragraph text and sentence position.
      const particles = sentences.map((s) => {
        if (!LOOSE_PARTICLES.test(s.text) || !segmenter) return "";
        const p = ctx.doc.paragraphs[s.paragraphIndex]!;
        return ctx.memo(`particles:${s.from - p.from}`, p, () => particlesOf(s, segmenter));
      });
      const withParticles = particles.filter((p) => p !== "").length;
      const sorted = sentences.map((s, i) => ({ len: s.text.length, i })).sort((a, b) => a.len - b.len);
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        const siblings = () =>
          sentences
            .filter((_, k) => k !== i)
            .slice(0, 4)
            .map((x) => `“${x.text}”`)
            .join("") + (sentences.length > 5 ? "等" : "");
        if (particles[i] && withParticles === 1) {
          ctx.report({ from: s.from, to: s.to, messageId: "particles", data: { siblings: siblings(), particles: particles[i]! } });
          continue;
        }
        const min = sorted[0]!.i === i ? sorted[1]!.len : sorted[0]!.len;
        const max = sorted[sorted.length - 1]!.i === i ? sorted[sorted.length - 2]!.len : sorted[sorted.length - 1]!.len;
        const tolerance = Math.max(2, max - min);
        if (s.text.length >= min - tolerance && s.text.length <= max + tolerance) continue;
        ctx.report({
          from: s.from,
          to: s.to,
          messageId: "length",
          data: { siblings: siblings(), expected: min === max ? String(min) : `${min}～${max}`, actual: s.text.length },
        });
      }
    }
  },
};

function particlesOf(s: TopicSentence, segmenter: NonNullable<import("../../core/types.js").Segmenter>): string {
  const found = new Set<string>();
  for (const t of segmenter.segment(s.text)) if (t.pos === "u" && LOOSE_PARTICLES.test(t.text)) found.add(t.text);
  return [...found].join("”“");
}
