// The document model: paragraph offsets with CRLF and a BOM, sentences, heading markers and ordinal words.
import { describe, expect, it } from "vitest";
import { parseDocument, sentencesOf, splitLines } from "../src/core/document.js";
import { canonicalMarker, parseHeading } from "../src/core/headings.js";
import { findOrdinals } from "../src/core/ordinals.js";
import { chineseNumeralValue, toChineseNumeral } from "../src/core/numerals.js";

function markerOf(line: string): string | null {
  const h = parseHeading(line, 0);
  return h ? line.slice(h.marker.from, h.marker.to) : null;
}

describe("paragraphs", () => {
  it("skips a BOM and the CR of CRLF without removing them from offsets", () => {
    const text = "\uFEFF一、总体要求\r\n（一）指导思想\r\n\r\n正文𠮷。";
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["一、总体要求", "（一）指导思想", "", "正文𠮷。"]);
    for (const p of doc.paragraphs) expect(text.slice(p.from, p.to)).toBe(p.text);
    expect(doc.paragraphs[0]!.from).toBe(1);
    expect(splitLines("a\n")).toEqual([{ from: 0, to: 1 }, { from: 2, to: 2 }]);
  });

  it("gives headings absolute offsets after CRLF lines and characters outside the BMP", () => {
    const text = "𠮷𠮷。\r\n　　（二）推进𠮷改革\r\n1.加强保障";
    const doc = parseDocument(text);
    expect(doc.headings).toHaveLength(2);
    const [h2, h3] = doc.headings.map((x) => x.heading);
    expect(text.slice(h2!.marker.from, h2!.marker.to)).toBe("（二）");
    expect(text.slice(h2!.marker.numeralFrom, h2!.marker.numeralTo)).toBe("二");
    expect(text.slice(h2!.titleFrom, h2!.titleTo)).toBe("推进𠮷改革");
    expect(text.slice(h3!.marker.from, h3!.marker.to)).toBe("1.");
    expect(h3!.level).toBe(3);
  });

  it("shifts ordinals to absolute offsets", () => {
    const text = "标题\n加强管理，一是抓落实，二是抓督查。";
    const doc = parseDocument(text);
    const o = doc.paragraphs[1]!.ordinals;
    expect(o.map((x) => text.slice(x.from, x.to))).toEqual(["一是", "二是"]);
    expect(o.map((x) => text.slice(x.numeralFrom, x.numeralTo))).toEqual(["一", "二"]);
  });
});

describe("sentences", () => {
  it("splits after 。！？ and ；, keeping closing quotes with their sentence", () => {
    const p = { from: 10, text: "他说“好。”然后走了；再见！最后" };
    expect(sentencesOf(p).map((s) => s.text)).toEqual(["他说“好。”", "然后走了；", "再见！", "最后"]);
    expect(sentencesOf(p)[1]!.from).toBe(10 + "他说“好。”".length);
  });
});

describe("heading markers", () => {
  it.each([
    ["一、总体要求", 1, "一、"],
    ["　　二、主要任务", 1, "二、"],
    ["\u00a0三、保障措施", 1, "三、"],
    ["十二、其他", 1, "十二、"],
    ["一、2024年工作回顾", 1, "一、"],
    ["三、二〇二四年工作安排", 1, "三、"],
    ["五、三年攻坚行动", 1, "五、"],
    ["四、十四五规划实施情况", 1, "四、"],
    ["一. 总体要求", 1, "一."],
    ["一，总体要求", 1, "一，"],
    ["（一）指导思想", 2, "（一）"],
    ["(一)指导思想", 2, "(一)"],
    ["（一)指导思想", 2, "（一)"],
    ["（一）、指导思想", 2, "（一）、"],
    ["1.加强组织领导", 3, "1."],
    ["1. 加强组织领导", 3, "1."],
    ["12.加强组织领导", 3, "12."],
    ["1、加强组织领导", 3, "1、"],
    ["１．加强组织领导", 3, "１．"],
    ["（1）加强组织领导", 4, "（1）"],
    ["(1)加强组织领导", 4, "(1)"],
    ["（１）加强组织领导", 4, "（１）"],
  ])("reads %s as level %i with marker %s", (line, level, marker) => {
    expect(parseHeading(line, 0)?.level).toBe(level);
    expect(markerOf(line)).toBe(marker);
  });

  it.each([
    "1.5亿元用于基础设施建设。",
    "3.2%的增速高于全省。",
    "1,000万元已拨付。",
    "1、2月份，全县财政收入增长。",
    "3.15消费者权益日活动。",
    "（2021—2025年）",
    "(2023年2月2日在杭州市余杭区第十六届人民代表大会",
    "2024年是关键之年。",
    "一、二季度经济运行平稳。",
    "一、二、三产业协调发展。",
    "七、八十年代建成的老旧小区。",
    "十、十一月份，全县财政收入增长。",
    "一是加强组织领导。",
    "1.",
    "一、",
    "第一，加强领导。",
    "政 府 工 作 报 告",
    "——综合实力更强。",
  ])("does not read %s as a heading", (line) => {
    expect(parseHeading(line, 0)).toBeNull();
  });

  it("splits the title from a run-in body at the first sentence end", () => {
    const h = parseHeading("（一）强化创新引领。深入实施创新驱动战略。", 0)!;
    expect(h.title).toBe("强化创新引领");
    expect(h.titleEnd).toBe("。");
    expect(h.runIn).toBe(true);
  });

  it("treats a heading alone on its line as not run-in, ignoring trailing spaces", () => {
    const h = parseHeading("一、总体要求。　", 0)!;
    expect(h).toMatchObject({ title: "总体要求", titleEnd: "。", runIn: false });
    const c = parseHeading("一、主要目标：  ", 0)!;
    expect(c).toMatchObject({ title: "主要目标", titleEnd: "：", runIn: false });
    const colonInside = parseHeading("（二）主要目标：全年增长6%。", 0)!;
    expect(colonInside.title).toBe("主要目标：全年增长6%");
  });

  it("keeps a closing quote after the end mark with the title's sentence", () => {
    expect(parseHeading("（一）坚持“稳中求进。”", 0)!.runIn).toBe(false);
  });

  it("writes canonical markers for each level", () => {
    expect([canonicalMarker(1, 3), canonicalMarker(2, 11), canonicalMarker(3, 3), canonicalMarker(4, 12)]).toEqual(["三、", "（十一）", "3.", "（12）"]);
  });
});

describe("numerals", () => {
  it("round-trips 1–99", () => {
    for (let v = 1; v < 100; v++) expect(chineseNumeralValue(toChineseNumeral(v))).toBe(v);
  });
  it("rejects non-ordinal forms", () => {
    expect(chineseNumeralValue("一十")).toBeNull();
    expect(chineseNumeralValue("十十")).toBeNull();
    expect(chineseNumeralValue("二三")).toBeNull();
  });
});

describe("ordinal words", () => {
  const found = (s: string) => findOrdinals(s, 0).map((o) => s.slice(o.from, o.to));
  it("finds 一是 and 第一， at clause starts", () => {
    expect(found("一是加强领导，二是完善机制；三是严格考核。")).toEqual(["一是", "二是", "三是"]);
    expect(found("（一）稳增长。一是抓项目。")).toEqual(["一是"]);
    expect(found("第一，加强领导。第二、完善机制。")).toEqual(["第一，", "第二、"]);
  });
  it("ignores 统一是, 唯一是, 是否, the idiom 一是一、二是二 and 位列第一，", () => {
    expect(found("坚持统一是前提，唯一是标准。")).toEqual([]);
    expect(found("要一是一、二是二，实事求是。")).toEqual([]);
    expect(found("，一是否定。")).toEqual([]);
    expect(found("增速位列全省第一，总量第二。")).toEqual([]);
  });
  it("ignores lists of ordinal numbers and ordinal words inside phrases", () => {
    expect(found("第一、二季度增长较快。")).toEqual([]);
    expect(found("第一、第二产业协调发展。")).toEqual([]);
    expect(found("第一次会议，第三产业。")).toEqual([]);
  });
});
