// The punctuation family beyond its examples: the rules together (no overlapping fixes, fix-all converges), offsets
// with astral characters, CRLF and a BOM, house style from the profile, cross-line brackets, near misses from real
// official texts. (Cost: `npm run bench`; the hostile runs that were timed here are kinds of the scaling test.)
import { describe, expect, it } from "vitest";
import { createLinter, lint } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import { punctuationRules } from "../src/rules/punctuation/index.js";
import type { Diagnostic, LintOptions, StyleProfile } from "../src/core/types.js";

const FAMILY = new Set(punctuationRules.map((r) => r.id));

/** Options that run the punctuation family only (with its default severities). */
function familyOnly(extra: LintOptions = {}): LintOptions {
  const rules: NonNullable<LintOptions["rules"]> = {};
  for (const r of allRules) if (!FAMILY.has(r.id)) rules[r.id] = "off";
  return { ...extra, rules };
}

function spans(text: string, found: Diagnostic[]): [string, string][] {
  return found.map((d) => [d.ruleId, text.slice(d.from, d.to)]);
}

const profile = (rangeMarks: Record<string, number>): StyleProfile => ({ sources: ["测试"], charCount: 0, unitForms: {}, rangeMarks, quoteMarks: {} });

describe("the punctuation rules together", () => {
  const ALL_AT_ONCE =
    "全年增长 5.2%,深化\"放管服\"改革.推进“一网通办”、“跨省通办”，，召开《全区经济工作会议》，" +
    "用三、四个月完成2021-2025年规划编制...执行GB/T 15834-2011，猪肉、大豆……等供应充足--全年目标如期完成(预计数)";

  it("fixes every kind of slip in one paragraph, converging within three passes", () => {
    const linter = createLinter(familyOnly());
    const first = linter.lint(ALL_AT_ONCE);
    expect(new Set(first.map((d) => d.ruleId))).toEqual(FAMILY.has("bracket-balance") ? new Set([...FAMILY].filter((id) => id !== "bracket-balance")) : FAMILY);
    const result = fixAll(ALL_AT_ONCE, (t) => linter.lint(t), 3);
    expect(result.output).toBe(
      "全年增长5.2%，深化“放管服”改革。推进“一网通办”“跨省通办”，召开全区经济工作会议，" +
        "用三四个月完成2021—2025年规划编制……执行GB/T 15834—2011，猪肉、大豆等供应充足——全年目标如期完成（预计数）",
    );
    expect(result.passes.length).toBeLessThanOrEqual(3);
    expect(result.remaining.filter((d) => d.fixes?.length)).toEqual([]);
  });

  it("never offers two fixes that touch the same characters", () => {
    const found = lint(ALL_AT_ONCE, familyOnly());
    const edits = found.flatMap((d) => d.fixes?.[0]?.edits ?? []).sort((a, b) => a.from - b.from);
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.from).toBeGreaterThanOrEqual(edits[i - 1]!.to);
  });

  it("lets half-width commas become full-width and then merges the doubled result", () => {
    const linter = createLinter(familyOnly());
    expect(fixAll("推动发展,,改善民生。", (t) => linter.lint(t)).output).toBe("推动发展，改善民生。");
  });

  it("converges with the whole rule set on a realistic paragraph", () => {
    const text = "（一）强化创新引领.\n一年来,我们坚持\"稳中求进\"工作总基调,全年增长 5.2%,用三、四个月完成2021-2025年规划编制.";
    const linter = createLinter();
    const once = fixAll(text, (t) => linter.lint(t), 5);
    const again = fixAll(once.output, (t) => linter.lint(t), 5);
    expect(again.output).toBe(once.output);
    expect(once.output).toContain("一年来，我们坚持“稳中求进”工作总基调，全年增长5.2%，用三四个月完成2021—2025年规划编制。");
  });
});

describe("offsets", () => {
  it("reports UTF-16 offsets after astral characters, a BOM and CRLF line ends", () => {
    const text = "\uFEFF𠮷𠮷😀,标题\r\n第二行，增长 5%.\r\n";
    const found = lint(text, familyOnly());
    expect(spans(text, found)).toEqual([
      ["punctuation-width", ","],
      ["spaces-in-chinese", " "],
      ["punctuation-width", "."],
    ]);
    expect(found[0]!.from).toBe(1 + 2 + 2 + 2);
    expect(fixAll(text, (t) => lint(t, familyOnly())).output).toBe("\uFEFF𠮷𠮷😀，标题\r\n第二行，增长5%。\r\n");
  });

  it("treats an astral Han character as Chinese on either side of a mark", () => {
    const text = "𠮷,𠮷";
    expect(spans(text, lint(text, familyOnly()))).toEqual([["punctuation-width", ","]]);
  });
});

describe("punctuation-width", () => {
  const only = (): LintOptions => {
    const rules: NonNullable<LintOptions["rules"]> = {};
    for (const r of allRules) rules[r.id] = r.id === "punctuation-width" ? "warning" : "off";
    return { rules };
  };

  it("leaves a heading marker to the heading rules", () => {
    for (const text of ["(一)强化创新引领", "(1)加大投入", "1.加强科技创新", "一.总体要求"]) {
      expect(spans(text, lint(text, only())), text).toEqual([]);
    }
  });

  it("reports (GDP) and a parenthesis left open by a line break as info, a Chinese group as warning", () => {
    const text = "地区生产总值(GDP)增长5%(预计数)。\n(2023年1月10日在第三次会议上";
    const found = lint(text, familyOnly()).filter((d) => d.ruleId === "punctuation-width");
    expect(found.map((d) => [text.slice(d.from, d.to), d.severity])).toEqual([
      ["(GDP)", "info"],
      ["(预计数)", "warning"],
    ]);
  });

  it("flags the half-width full stop that ends a real paragraph", () => {
    const text = "县本级财政的投入，切实保障我县“百千万工程”有力推进.";
    expect(spans(text, lint(text, familyOnly()))).toEqual([["punctuation-width", "."]]);
  });

  it("keeps decimals, thousands, times, versions and English", () => {
    for (const text of [
      "完成1,595.97亿元，增长3.5%，PM2.5下降。",
      "09:36:55发布，比例1:2。",
      "优化营商环境“4+1”系列文件3.0版发布实施。",
      "The plan says: build more, pollute less.",
      "R&D占GDP比重达到4.51%。",
    ]) {
      expect(spans(text, lint(text, familyOnly())), text).toEqual([]);
    }
  });
});

describe("number-range-dash", () => {
  it("uses the reference profile's majority mark for value ranges and — for spans of years", () => {
    const text = "增长5%-6%，编制2021-2025年规划。";
    const withDash = createLinter(familyOnly({ profile: profile({ "～": 1, "—": 4 }) }));
    expect(fixAll(text, (t) => withDash.lint(t)).output).toBe("增长5%—6%，编制2021—2025年规划。");
    const withWave = createLinter(familyOnly({ profile: profile({ "～": 4, "—": 1 }) }));
    expect(fixAll(text, (t) => withWave.lint(t)).output).toBe("增长5%～6%，编制2021—2025年规划。");
    const none = createLinter(familyOnly({ profile: profile({}) }));
    expect(fixAll(text, (t) => none.lint(t)).output).toBe("增长5%～6%，编制2021—2025年规划。");
  });

  it("cites the profile's counts as evidence", () => {
    const found = lint("增长5%-6%。", familyOnly({ profile: profile({ "～": 3, "—": 0 }) }));
    expect(found[0]!.basis).toContain("～ 3 次");
  });

  it("keeps month ranges and ranges in quoted titles at info", () => {
    const text = "1-5月财政收入增长，印发《行动方案（2023-2025年）》。";
    const found = lint(text, familyOnly()).filter((d) => d.ruleId === "number-range-dash");
    expect(found.map((d) => d.severity)).toEqual(["info", "info"]);
  });

  it("never touches standards, dates, phone numbers, codes or document numbers", () => {
    for (const text of [
      "执行GB/T 15834-2011和GB 50016-2014。",
      "2023-01-09 09:36:55发布。",
      "服务热线0571-88880000，传真010-12345678。",
      "索引号11500234008646033P/2023-00515。",
      "嘉府办发〔2024〕23号，沪府办发〔2024〕3号。",
      "国道G15-2线改造，型号ZL50-3B。",
    ]) {
      expect(lint(text, familyOnly()).filter((d) => d.ruleId === "number-range-dash"), text).toEqual([]);
    }
  });
});

describe("bracket-balance", () => {
  const only = (): LintOptions => {
    const rules: NonNullable<LintOptions["rules"]> = {};
    for (const r of allRules) rules[r.id] = r.id === "bracket-balance" ? "error" : "off";
    return { rules };
  };

  it("accepts a cover line whose parentheses are split over lines", () => {
    const text = "政府工作报告\n（2023年12月27日在福州市马尾区\n第十一届人民代表大会\n第三次会议上）\n各位代表：";
    expect(lint(text, only())).toEqual([]);
  });

  it("stops waiting for a partner three lines after the mark", () => {
    const text = "（一\n二\n三\n四\n五）";
    expect(spans(text, lint(text, only()))).toEqual([
      ["bracket-balance", "（"],
      ["bracket-balance", "）"],
    ]);
  });

  it("reports an opening mark that a finished sentence leaves open, at the mark", () => {
    const text = "（2023年12月27日在福州市马尾区\n第十一届人民代表大会第三次会议上。";
    expect(spans(text, lint(text, only()))).toEqual([["bracket-balance", "（"]]);
  });

  it("accepts a quotation of several paragraphs that reopens each paragraph", () => {
    const text = "他指出：“要坚持稳中求进。\n“要坚持以人民为中心。\n“要坚持系统观念。”";
    expect(lint(text, only())).toEqual([]);
  });

  it("reports crossed marks and keeps the rest matched", () => {
    const text = "印发《关于“放管服》改革”的意见。";
    expect(spans(text, lint(text, only()))).toEqual([
      ["bracket-balance", "“"],
      ["bracket-balance", "”"],
    ]);
  });
});

describe("spaces-in-chinese", () => {
  it("leaves titles, signature lines and joint issuers alone", () => {
    for (const text of [
      "政 府 工 作 报 告",
      "郑州市人民政府市长 何 雄",
      "自治区主席 王莉霞",
      "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局",
      "　　各位代表：",
      "发布日期：2022-02-11 19:15",
    ]) {
      expect(lint(text, familyOnly()).filter((d) => d.ruleId === "spaces-in-chinese"), text).toEqual([]);
    }
  });

  it("never inserts anything", () => {
    const text = "增长 5.2%，达到 5000 亿元，推动经济 高质量发展。";
    const found = lint(text, familyOnly());
    for (const d of found) for (const e of d.fixes![0]!.edits) expect(e.insert).toBe("");
  });
});

describe("approximate-number-dunhao", () => {
  it("leaves lists, ordinals and abbreviated pairs alone", () => {
    for (const text of [
      "二、三产业协调发展。",
      "三、四月份降雨偏多。",
      "周三、四开放。",
      "1、2、3号线贯通，第一、二批项目开工。",
      "新增留抵退税1.19亿元，完成5.2%、6.1%。",
    ]) {
      expect(lint(text, familyOnly()).filter((d) => d.ruleId === "approximate-number-dunhao"), text).toEqual([]);
    }
  });
});
