// The parallel family beyond its examples: topic sentences are found as in the reference report, series are judged
// under their own heading, offsets survive CRLF, and the bundled report raises nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../src/core/document.js";
import { lint } from "../src/core/engine.js";
import type { LintOptions, Segmenter } from "../src/core/types.js";
import { clausesOf, coarsePattern, topicGroups, topicSentencesOf } from "../src/rules/parallel/_shape.js";
import { loadSegmenter } from "../src/segment/index.js";

const root = join(import.meta.dirname, "..");
const reference = readFileSync(join(root, "rules", "corpus", "reference-report.txt"), "utf8");
let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await loadSegmenter();
}, 60000);

const options = (): LintOptions => ({
  segmenter,
  families: { heading: false, punctuation: false, number: false, unit: false, wording: false, style: false },
});

describe("topic sentences", () => {
  it("finds the four topics inside the reference's first paragraph, and nothing else there", () => {
    const doc = parseDocument(reference);
    expect(topicSentencesOf(doc.paragraphs[1]!).map((s) => s.text)).toEqual(["创新空间不断拓展", "创新能力持续提升", "创新主体加快成长", "创新生态日臻完善"]);
    expect(topicGroups(doc).map((g) => g.sentences.length)).toEqual([4, 3, 3, 3, 3]);
  });
  it("skips a paragraph's closing sentence and a sentence elaborated by nothing longer", () => {
    const doc = parseDocument("成绩来之不易。全年生产总值增长5%，成绩来之不易。\n改革稳步推进。开放扩大。");
    expect(topicSentencesOf(doc.paragraphs[0]!).map((s) => s.text)).toEqual(["成绩来之不易"]);
    expect(topicSentencesOf(doc.paragraphs[1]!).map((s) => s.text)).toEqual([]);
  });
  it("never takes a heading's title, but does take a topic after a run-in title", () => {
    const doc = parseDocument("（一）强化创新引领。创新能力持续提升。研发投入增长12%，新增平台8家。");
    expect(topicSentencesOf(doc.paragraphs[0]!).map((s) => s.text)).toEqual(["创新能力持续提升"]);
  });
  it("gives the reference's topic sentences a noun–adverb–verb pattern", () => {
    expect(coarsePattern(segmenter.segment("生态质量稳步提升"))).toBe("n-d-v");
  });
});

describe("clausesOf", () => {
  it("splits at ，and ；and counts characters without spaces", () => {
    expect(clausesOf("全面启动科技城建设，创新能力持续增强", 3).map((c) => [c.text, c.length, c.from])).toEqual([
      ["全面启动科技城建设", 9, 3],
      ["创新能力持续增强", 8, 13],
    ]);
  });
});

describe("parallel rules", () => {
  it("raise nothing on the bundled reference report", () => {
    expect(lint(reference, options())).toEqual([]);
  });
  it("report an outlier topic at its offsets in a CRLF document", () => {
    const text = "（二）全面启动科技城建设，创新能力持续增强\r\n创新空间不断拓展。举全区之力推动科技城建设发展，五大类69项基础设施项目如期启动。创新能力得到了持续的提升。各类研发机构达到313家。创新主体加快成长。新增科技型中小企业1415家。创新生态日臻完善。建成全市首个人才家园服务厅。\r\n";
    const found = lint(text, options());
    expect(found.map((d) => [d.ruleId, text.slice(d.from, d.to)])).toEqual([["parallel-topic-sentences", "创新能力得到了持续的提升"]]);
    expect(found[0]!.message).toContain("“创新空间不断拓展”");
  });
  it("judge each series under its own heading", () => {
    const text = [
      "（一）科技创新",
      "创新空间不断拓展。正文很长很长，有数字1。",
      "创新能力持续提升。正文很长很长，有数字2。",
      "（二）改革开放",
      "营商环境建设成效显著。正文很长很长，有数字3。",
      "开放通道扩大。正文很长很长，有数字4。",
    ].join("\n");
    expect(lint(text, options())).toEqual([]);
  });
  it("name the siblings of an outlier heading", () => {
    const text = ["（一）全面启动科技城建设，创新能力持续增强", "（二）深入实施重点领域改革，发展活力有效释放", "（三）积极主动对外开放", "（四）全力推动城乡融合，区域发展均衡并进"].join("\n");
    const [d] = lint(text, options());
    expect(d!.message).toBe("同级标题（一）（二）（四）均为 2 个分句，本标题为 1 个，宜与之对仗");
  });
});
