// Behaviour of the unit family beyond the per-rule examples: house style from the profile, counts in messages,
// convergence of fix-all with every unit rule on, and silence on idioms.
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { unitRules } from "../src/rules/unit/index.js";
import { allRules } from "../src/rules/index.js";
import type { LintOptions, StyleProfile } from "../src/core/types.js";

function profileWith(unitForms: Record<string, number>): StyleProfile {
  return { sources: ["测试范文"], charCount: 1000, unitForms, rangeMarks: {}, quoteMarks: {} };
}

function unitOnly(extra: Partial<LintOptions> = {}): LintOptions {
  const rules: LintOptions["rules"] = {};
  for (const r of allRules) if (r.meta.family !== "unit") rules[r.id] = "off";
  return { rules, ...extra };
}

describe("unit-consistency", () => {
  it("cites the counts of every form in its message", () => {
    const text = "新建公路350公里，改造12公里，绿道5公里。\n新建管网3千米。";
    const [d] = createLinter(unitOnly()).lint(text);
    expect(d?.ruleId).toBe("unit-consistency");
    expect(d?.message).toContain("公里 3 次，千米 1 次");
    expect(text.slice(d!.from, d!.to)).toBe("千米");
  });
  it("breaks a tie with the reference profile and says so in the basis", () => {
    const text = "新建公路3公里。\n新建管网5千米。";
    const found = createLinter(unitOnly({ profile: profileWith({ 千米: 4 }) })).lint(text);
    expect(found.map((d) => text.slice(d.from, d.to))).toEqual(["公里"]);
    expect(found[0]!.basis).toContain("参考范文");
  });
  it("breaks a tie without profile evidence in favour of the Chinese name", () => {
    const text = "| 500kV | 2 |\n新建66千伏线路。";
    const found = createLinter(unitOnly({ profile: profileWith({}) })).lint(text).filter((d) => d.ruleId === "unit-consistency");
    expect(found.map((d) => text.slice(d.from, d.to))).toEqual(["kV"]);
  });
  it("never advises the opposite of unit-symbol-in-prose: symbols in prose are that rule's", () => {
    // km is the majority here; counted, it made this rule advise “统一为km” on the 公里 that the other rule keeps.
    const text = "新建农村公路10km，改造管网5km，新建66kV线路。\n新建绿道3公里，建成500千伏变电站。";
    const found = createLinter(unitOnly({ profile: profileWith({}) })).lint(text);
    expect(found.map((d) => [d.ruleId, text.slice(d.from, d.to), d.fixes?.[0]?.edits[0]?.insert])).toEqual([
      ["unit-symbol-in-prose", "km", "公里"],
      ["unit-symbol-in-prose", "km", "公里"],
      ["unit-symbol-in-prose", "kV", "千伏"],
    ]);
    expect(fixAll(text, (t) => createLinter(unitOnly()).lint(t)).output).toBe("新建农村公路10公里，改造管网5公里，新建66千伏线路。\n新建绿道3公里，建成500千伏变电站。");
  });
  it("still counts a symbol where a line has no Han character, and re-runs when a line becomes prose", () => {
    const linter = createLinter(unitOnly({ profile: profileWith({}) }));
    const table = "新建绿道3公里。\n| 10km | 5km |";
    expect(linter.lint(table).filter((d) => d.ruleId === "unit-consistency").map((d) => table.slice(d.from, d.to))).toEqual(["公里"]);
    // Typing a Han character into the row makes it prose: the keyed rule must notice although the mentions are the same.
    const prose = "新建绿道3公里。\n| 10km | 5km | 合计";
    expect(linter.lint(prose).filter((d) => d.ruleId === "unit-consistency")).toEqual([]);
  });
  it("does not count idioms such as 最后一公里", () => {
    const text = "打通最后一公里。\n新建管网5千米。";
    expect(createLinter(unitOnly()).lint(text)).toEqual([]);
  });
});

describe("unit-symbol-in-prose", () => {
  it("offers the Chinese name the profile uses most", () => {
    const text = "新建10km道路。";
    const [d] = createLinter(unitOnly({ profile: profileWith({ 千米: 2, 公里: 1 }) })).lint(text);
    expect(d?.fixes?.[0]?.edits[0]?.insert).toBe("千米");
  });
  it("offers the unit's other legal names as further fixes, the profile's first", () => {
    const text = "新建10km道路，年产500kg。";
    const found = createLinter(unitOnly({ profile: profileWith({ 公里: 3 }) })).lint(text);
    expect(found.map((d) => d.fixes!.map((f) => f.title))).toEqual([
      ["改为“公里”", "改为“千米”"],
      ["改为“千克”", "改为“公斤”"],
    ]);
    expect(found.map((d) => d.message)).toEqual(["行文中宜用中文单位名称：“公里”", "行文中宜用中文单位名称：“千克”"]);
  });
});

describe("unit-mu", () => {
  it("is silent when the profile uses 亩", () => {
    const text = "新建高标准农田4.2万亩。";
    expect(createLinter(unitOnly({ profile: profileWith({ 亩: 3 }) })).lint(text)).toEqual([]);
  });
  it("reports 亩 as info when the profile never uses it", () => {
    const text = "新建高标准农田4.2万亩。";
    const found = createLinter(unitOnly({ profile: profileWith({ 公顷: 2 }) })).lint(text);
    expect(found.map((d) => [d.ruleId, d.severity])).toEqual([["unit-mu", "info"]]);
  });
});

describe("the unit family together", () => {
  it("settles fix-all within three passes when symbols are the majority", () => {
    const text = "新建10km道路，改造5km管网，绿道3km。\n新建公路2公里，改造12KM。";
    const linter = createLinter(unitOnly({ profile: profileWith({}) }));
    const result = fixAll(text, (t) => linter.lint(t));
    expect(result.output).toBe("新建10公里道路，改造5公里管网，绿道3公里。\n新建公路2公里，改造12公里。");
    expect(result.passes.length).toBeLessThanOrEqual(3);
    expect(linter.lint(result.output).filter((d) => d.fixes?.length)).toEqual([]);
  });
  it("registers every unit rule in rule-table order", () => {
    expect(unitRules.map((r) => r.id)).toEqual([
      "unit-non-legal", "unit-symbol-case", "unit-consistency", "unit-symbol-in-prose", "unit-mu",
    ]);
  });
  it("leaves 公分 and 平方 in other words alone", () => {
    const text = "实行工分制，推进公分母统一，平方公里级园区，面积80平方公里。";
    expect(createLinter(unitOnly()).lint(text)).toEqual([]);
  });
});
