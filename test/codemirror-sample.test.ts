// The demo's sample draft (examples/sample-draft.txt) shows what the linter does: every rule family with a rule that
// runs without segmentation must flag something in it, and fix-all must settle it within three passes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allRules, fixAll, lint } from "../src/core/index.js";

const sample = readFileSync(new URL("../examples/sample-draft.txt", import.meta.url), "utf8");

describe("the demo's sample draft", () => {
  it("is a realistic length for a draft report section", () => {
    expect(sample.length).toBeGreaterThanOrEqual(1500);
    expect(sample.length).toBeLessThanOrEqual(3000);
  });

  it("triggers every rule family that has a rule running on the main thread", () => {
    const familyOf = new Map(allRules.map((r) => [r.id, r.meta.family]));
    const families = new Set(allRules.filter((r) => !r.meta.needsSegmentation).map((r) => r.meta.family));
    const flagged = new Set(lint(sample).map((d) => familyOf.get(d.ruleId)));
    expect([...families].filter((f) => !flagged.has(f))).toEqual([]);
  });

  it("settles under fix-all within three passes, keeping its headings full-width", () => {
    const r = fixAll(sample, (t) => lint(t));
    expect(r.passes.length).toBeLessThanOrEqual(3);
    expect(fixAll(r.output, (t) => lint(t)).passes).toEqual([]);
    expect(r.output).toContain("（二）坚持项目为王");
    expect(r.output).not.toMatch(/\([一二三四五六七八九十]\)/);
  });
});
