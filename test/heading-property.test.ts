// Properties of the heading family over random outlines with planted marker, numbering and end-mark problems:
// fix-all settles within 3 passes, leaves no fixable heading problem behind, keeps every line and every title, and
// a correct outline raises nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { canonicalMarker, type HeadingLevel } from "../src/core/headings.js";
import type { LintOptions } from "../src/core/types.js";

const SEED = Number(process.env.PROPERTY_SEED ?? 20260101);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const onlyHeadings: LintOptions = {
  families: { punctuation: false, number: false, unit: false, wording: false, parallel: false, style: false },
};
const TITLES = ["加强组织领导", "稳增长扩内需", "深化改革开放", "保障和改善民生", "推进𠮷城建设", "坚持“两个毫不动摇”"];
const BODY = ["经济运行总体平稳，一是抓项目，二是扩消费。", "全年地区生产总值增长5.6%。", "1.5亿元专项资金全部下达。", ""];

/** Marker variants that heading-marker-format must repair, per level. */
function malformed(level: HeadingLevel, marker: string, variant: number): string {
  const v = variant % 3;
  switch (level) {
    case 1:
      return v === 0 ? marker : marker.replace("、", v === 1 ? "." : "，");
    case 2:
      return v === 0 ? marker : v === 1 ? marker.replace("（", "(").replace("）", ")") : marker + "、";
    case 3:
      return v === 0 ? marker : v === 1 ? marker.replace(".", "、") : marker.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 4:
      return v === 0 ? marker : v === 1 ? marker.replace("（", "(").replace("）", ")") : marker + "、";
  }
}

interface Line {
  depth: number; // 0 → 一、, 1 → （一）, 2 → 1., 3 → （1）
  shift: number; // planted numbering error: 0 none, 1 skip one, 2 repeat
  variant: number;
  title: number;
  period: boolean;
  body: number;
}

const lineArb = fc.record({
  depth: fc.integer({ min: 0, max: 3 }),
  shift: fc.constantFrom(0, 0, 0, 0, 1, 2),
  variant: fc.integer({ min: 0, max: 5 }),
  title: fc.nat(TITLES.length - 1),
  period: fc.boolean(),
  body: fc.nat(BODY.length - 1),
});

/** Builds a well-nested outline (each level only under its parent), then plants problems as asked. */
function build(lines: Line[], plant: boolean): string {
  const counters = [0, 0, 0, 0];
  let depth = -1;
  const out: string[] = [];
  for (const l of lines) {
    const d = Math.min(l.depth, depth + 1);
    depth = d;
    counters[d]!++;
    for (let k = d + 1; k < 4; k++) counters[k] = 0;
    const level = (d + 1) as HeadingLevel;
    let value = counters[d]!;
    if (plant && value > 1 && l.shift === 1) value += 1;
    if (plant && value > 1 && l.shift === 2) value -= 1;
    const marker = plant ? malformed(level, canonicalMarker(level, value), l.variant) : canonicalMarker(level, value);
    out.push(marker + TITLES[l.title]! + (plant && l.period && level <= 2 ? "。" : ""));
    out.push(BODY[l.body]!);
  }
  return out.join("\n");
}

describe("heading family properties", () => {
  it("raises nothing on a correct outline", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 25 }), (lines) => {
        const text = build(lines, false);
        expect(createLinter(onlyHeadings).lint(text)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("fix-all settles within 3 passes, keeps lines and titles, and leaves no fixable heading problem", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 25 }), (lines) => {
        const text = build(lines, true);
        const linter = createLinter(onlyHeadings);
        const result = fixAll(text, (t) => linter.lint(t), 6);
        expect(result.passes.length).toBeLessThanOrEqual(3);
        expect(result.remaining.filter((d) => d.fixes?.length)).toEqual([]);
        const before = text.split("\n");
        const after = result.output.split("\n");
        expect(after.length).toBe(before.length);
        after.forEach((line, i) => {
          const title = TITLES.find((t) => before[i]!.includes(t));
          if (title) expect(line).toContain(title);
          else expect(line).toBe(before[i]);
        });
        // The repaired outline numbers every run from 1 without gaps.
        const again = linter.lint(result.output);
        expect(again.filter((d) => d.ruleId === "heading-sequence" || d.ruleId === "heading-marker-format")).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
