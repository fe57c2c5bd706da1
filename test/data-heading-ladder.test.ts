// Schema test of rules/heading-ladder.json: the ladder is well-formed (four levels, one per marker shape, marks that
// do not contradict each other), and its examples go through the recogniser and the heading rules: every level's
// example is read at its level and raises nothing, every misused mark is read at that level and fixed to the ladder's.
import { describe, expect, it } from "vitest";
import data from "../rules/heading-ladder.json" with { type: "json" };
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { canonicalMarker, canonicalNumeral, ladder, parseHeading, type HeadingLevel, type LadderLevel } from "../src/core/headings.js";
import { headingRules } from "../src/rules/heading/index.js";

const levels = data.levels as unknown as (LadderLevel & { example: string; counterExample: { text: string; fixed: string } })[];
const lintHeadings = (text: string) => createLinter({}, headingRules).lint(text);

describe("rules/heading-ladder.json", () => {
  it("is the ladder the core reads", () => {
    expect(ladder.levels.map((l) => l.level)).toEqual(levels.map((l) => l.level));
    expect(ladder.basis).toBe("GB/T 9704-2012 7.3.3");
  });

  it("has levels 1 to 4, one per marker shape, and marks that do not contradict each other", () => {
    expect(levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    const shapes = levels.map((l) => `${l.open !== ""}:${l.numeral}`);
    expect(new Set(shapes).size).toBe(levels.length);
    for (const l of levels) {
      expect(["chinese", "arabic"], `level ${l.level}`).toContain(l.numeral);
      expect(l.open === "", `level ${l.level}: brackets come in pairs`).toBe(l.close === "");
      for (const m of [...l.accepted, ...l.misused]) expect([...m], `level ${l.level}: ${m}`).toHaveLength(1);
      expect(l.misused, `level ${l.level}`).not.toContain(l.punct);
      for (const m of l.accepted) expect(l.misused, `level ${l.level}`).not.toContain(m);
    }
  });

  describe.each(levels)("level $level", (l) => {
    it(`reads its example “${l.example}” at that level and raises nothing`, () => {
      const h = parseHeading(l.example, 0);
      expect(h?.level).toBe(l.level);
      expect(l.example.slice(h!.marker.from, h!.marker.to)).toBe(canonicalMarker(l.level, 1));
      expect(lintHeadings(l.example)).toEqual([]);
    });

    it("accepts its other correct marks", () => {
      for (const mark of l.accepted) {
        const text = l.open + canonicalNumeral(l.level, 1) + l.close + mark + "加强组织领导";
        expect(parseHeading(text, 0)?.level, text).toBe(l.level);
        expect(lintHeadings(text), text).toEqual([]);
      }
    });

    it("reads every misused mark at that level and fixes it to the ladder's", () => {
      expect(fixAll(l.counterExample.text, lintHeadings).output).toBe(l.counterExample.fixed);
      for (const mark of l.misused) {
        const marker = l.open + canonicalNumeral(l.level, 1) + l.close;
        const text = marker + mark + "加强组织领导";
        expect(parseHeading(text, 0)?.level, text).toBe(l.level);
        const found = lintHeadings(text).filter((d) => d.ruleId === "heading-marker-format");
        expect(found, text).toHaveLength(1);
        expect(fixAll(text, lintHeadings).output, text).toBe(marker + l.punct + "加强组织领导");
      }
    });
  });

  describe.each(data.skips)("the skip of level $child under level $parent", (skip) => {
    it("names levels of the ladder, with the absent one between", () => {
      expect(skip.parent).toBeLessThan(skip.absent);
      expect(skip.absent).toBeLessThan(skip.child);
    });
    it("lets its example skip, and not its counter-example, where the absent level occurs", () => {
      expect(lintHeadings(skip.example).filter((d) => d.ruleId === "heading-nesting")).toEqual([]);
      const found = lintHeadings(skip.counterExample).filter((d) => d.ruleId === "heading-nesting");
      expect(found.map((d) => skip.counterExample.slice(d.from, d.to))).toEqual([canonicalMarker(skip.child as HeadingLevel, 1)]);
    });
  });
});
