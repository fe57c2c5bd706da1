// The heading family together: one fix per broken run, fixes that converge with each other, silence on an excerpt.
// (Cost is measured by `npm run bench`; linear growth is test/scaling.test.ts's.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import type { LintOptions } from "../src/core/types.js";
import { parseDocument } from "../src/core/document.js";
import { defaultProfile } from "../src/core/profile.js";

const onlyHeadingFamily: LintOptions = {
  families: { punctuation: false, number: false, unit: false, wording: false, parallel: false, style: false },
};
const lintHeadings = (text: string) => createLinter(onlyHeadingFamily).lint(text);

describe("heading-sequence", () => {
  it("renumbers every later sibling in one multi-edit fix", () => {
    const text = "一、主要任务\n（一）稳增长\n（三）促改革\n（四）惠民生\n（五）防风险";
    const found = lintHeadings(text).filter((d) => d.ruleId === "heading-sequence");
    expect(found).toHaveLength(1);
    expect(found[0]!.fixes).toHaveLength(1);
    expect(found[0]!.fixes![0]!.edits.map((e) => [text.slice(e.from, e.to), e.insert])).toEqual([["三", "二"], ["四", "三"], ["五", "四"]]);
    expect(found[0]!.message).toContain("（二）");
    expect(found[0]!.message).toContain("（三）");
  });

  it("restarts （一） under each 一、 and 1. under each （一）", () => {
    const text = "一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n1.己\n二、庚\n（一）辛\n1.壬";
    expect(lintHeadings(text)).toEqual([]);
  });

  it("checks each parent's run on its own", () => {
    const text = "一、甲\n（一）乙\n（二）丙\n二、丁\n（一）戊\n（三）己";
    const found = lintHeadings(text);
    expect(found.map((d) => [d.messageId, text.slice(d.from, d.to)])).toEqual([["gap", "（三）"]]);
  });
});

describe("heading fixes together", () => {
  it("converge when marker format, numbering and end punctuation are all wrong", () => {
    const text = "一.总体要求。\n(一)指导思想\n（三)、基本原则\n二、主要任务\n1、稳增长\n3、促改革\n４．惠民生";
    const linter = createLinter(onlyHeadingFamily);
    const result = fixAll(text, (t) => linter.lint(t), 3);
    expect(result.output).toBe("一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n1.稳增长\n2.促改革\n3．惠民生");
    expect(result.remaining).toEqual([]);
  });

  it("never touches the title text", () => {
    const text = "一.总体要求（2021—2025年）\n（二）1.5亿元资金安排";
    const out = fixAll(text, lintHeadings).output;
    expect(out).toBe("一、总体要求（2021—2025年）\n（一）1.5亿元资金安排");
  });
});

describe("excerpts and real style", () => {
  it("raises nothing on the bundled reference report (an excerpt opening with （二）)", () => {
    const text = readFileSync(join(import.meta.dirname, "..", "rules", "corpus", "reference-report.txt"), "utf8");
    expect(parseDocument(text).headings.length).toBeGreaterThan(3);
    expect(lintHeadings(text)).toEqual([]);
  });

  it("stays silent on an excerpt that opens with （二） and uses run-in headings", () => {
    const text = "（二）全面启动科技城建设，创新能力持续增强\n创新空间不断拓展。一是抓项目，二是抓服务。\n（三）深入实施重点领域改革，发展活力有效释放\n营商环境建设成效显著。";
    expect(lintHeadings(text)).toEqual([]);
  });

  it("stays silent on CRLF, BOM and full-width indentation", () => {
    const text = "\uFEFF　　一、总体要求\r\n　　（一）指导思想\r\n　　1.坚持稳中求进𠮷\r\n　　2.坚持改革创新\r\n";
    expect(lintHeadings(text)).toEqual([]);
  });

  it("reports offsets into the text as given (CRLF, BOM, 𠮷)", () => {
    const text = "\uFEFF𠮷\r\n一.总体要求\r\n（一）甲\r\n（三）乙";
    const found = lintHeadings(text);
    expect(found.map((d) => [d.ruleId, text.slice(d.from, d.to)])).toEqual([
      ["heading-marker-format", "一."],
      ["heading-sequence", "（三）"],
    ]);
  });
});

describe("long runs", () => {
  it("renumbers no further than 九十九 and 99", () => {
    const shi = "一是加强，" + "二是加强，".repeat(120);
    const series = lintHeadings(shi).filter((d) => d.ruleId === "ordinal-series");
    expect(series).toHaveLength(1);
    expect(series[0]!.fixes![0]!.edits).toHaveLength(97);
    expect(series[0]!.fixes![0]!.edits.at(-1)!.insert).toBe("九十九");
    const items = Array.from({ length: 120 }, (_, i) => `${Math.min(i + 1, 99)}.加强`).join("\n");
    expect(lintHeadings(items).filter((d) => d.ruleId === "heading-sequence")).toEqual([]);
    const repeated = "（一）加强\n" + Array.from({ length: 110 }, () => "（二）加强").join("\n");
    const seq = lintHeadings(repeated).filter((d) => d.ruleId === "heading-sequence");
    expect(seq.map((d) => d.messageId)).toEqual(["repeat"]);
    expect(seq[0]!.fixes![0]!.edits.at(-1)!.insert).toBe("九十九");
  });
});
