// The outline tree for the demo's outline panel.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/core/document.js";
import { lint } from "../src/core/engine.js";
import { buildOutline, headingParents, type OutlineNode } from "../src/core/outline.js";

const shape = (nodes: OutlineNode[]): unknown[] => nodes.map((n) => [n.marker + n.title, ...(n.children.length ? [shape(n.children)] : [])]);

describe("buildOutline", () => {
  it("nests 一、 → （一） → 1. → （1）", () => {
    const doc = parseDocument("一、总体要求\n正文。\n（一）指导思想\n1.坚持稳中求进\n（1）稳增长\n（二）基本原则\n二、主要任务\n1.抓项目");
    expect(shape(buildOutline(doc))).toEqual([
      ["一、总体要求", [["（一）指导思想", [["1.坚持稳中求进", [["（1）稳增长"]]]]], ["（二）基本原则"]]],
      ["二、主要任务", [["1.抓项目"]]],
    ]);
  });

  it("keeps headings that lack a parent as roots (an excerpt opening with （二）)", () => {
    const doc = parseDocument("（二）全面启动科技城建设\n1.创新空间不断拓展\n（三）深入实施重点领域改革\n一、今后工作");
    expect(shape(buildOutline(doc))).toEqual([
      ["（二）全面启动科技城建设", [["1.创新空间不断拓展"]]],
      ["（三）深入实施重点领域改革"],
      ["一、今后工作"],
    ]);
  });

  it("gives spans from the marker to the title's end and the paragraph index", () => {
    const text = "\uFEFF前言。\r\n　　（一）强化创新引领。正文。";
    const [node] = buildOutline(parseDocument(text));
    expect(text.slice(node!.from, node!.to)).toBe("（一）强化创新引领");
    expect(node!.paragraphIndex).toBe(1);
    expect(node!.level).toBe(2);
  });

  it("attaches heading diagnostics to the heading they start on, and no others", () => {
    const text = "一.总体要求\n（一）指导思想\n（三）基本原则\n正文，一是甲，三是乙。";
    const diagnostics = lint(text, { families: { punctuation: false, number: false, unit: false, wording: false, parallel: false, style: false } });
    const [root] = buildOutline(parseDocument(text), diagnostics);
    expect(root!.problems.map((p) => [p.ruleId, p.messageId])).toEqual([["heading-marker-format", "punctAfterChinese"]]);
    expect(root!.children[0]!.problems).toEqual([]);
    expect(root!.children[1]!.problems.map((p) => p.ruleId)).toEqual(["heading-sequence"]);
    // ordinal-series reports on body text, which belongs to no heading line.
    expect(diagnostics.some((d) => d.ruleId === "ordinal-series")).toBe(true);
  });

  it("returns an empty outline for a text without headings", () => {
    expect(buildOutline(parseDocument("正文。\n1.5亿元。"))).toEqual([]);
  });
});

describe("headingParents", () => {
  it("points each heading at the nearest heading above with a smaller level number", () => {
    const doc = parseDocument("（二）甲\n一、乙\n1.丙\n（一）丁\n（1）戊\n二、己");
    expect(headingParents(doc.headings)).toEqual([-1, -1, 1, 1, 3, -1]);
  });
});
