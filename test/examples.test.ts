// Every rule's meta.examples, run as tests: valid texts raise nothing from the rule; each invalid text raises
// exactly the listed diagnostics (message id and flagged span, in order), and fix-all yields the listed output.
import { describe, expect, it, beforeAll } from "vitest";
import { allRules } from "../src/rules/index.js";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import type { LintOptions, Rule, Segmenter, ValidExample } from "../src/core/types.js";

let segmenter: Segmenter | null = null;
beforeAll(async () => {
  if (allRules.some((r) => r.meta.needsSegmentation)) {
    const mod = await import("../src/segment/index.js");
    segmenter = await mod.loadSegmenter();
  }
}, 60000);

function optionsFor(rule: Rule, ex: { options?: Record<string, unknown>; references?: string[] }): LintOptions {
  const rules: LintOptions["rules"] = {};
  for (const r of allRules) rules[r.id] = "off";
  rules[rule.id] = { severity: rule.meta.defaultSeverity, options: ex.options };
  return { rules, segmenter, references: ex.references };
}

describe.each(allRules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  const valid: ValidExample[] = rule.meta.examples.valid.map((v) => (typeof v === "string" ? { text: v } : v));
  it("has at least one valid and one invalid example", () => {
    expect(valid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
  });
  it.each(valid.map((v) => [v.text, v] as const))("stays silent on %s", (_t, ex) => {
    const found = createLinter(optionsFor(rule, ex)).lint(ex.text);
    expect(found.map((d) => [d.messageId, ex.text.slice(d.from, d.to)])).toEqual([]);
  });
  it.each(rule.meta.examples.invalid.map((v) => [v.text, v] as const))("flags %s", (_t, ex) => {
    const linter = createLinter(optionsFor(rule, ex));
    const found = linter.lint(ex.text);
    expect(found.map((d) => ({ messageId: d.messageId, span: ex.text.slice(d.from, d.to) }))).toEqual(ex.errors);
    for (const d of found) {
      expect(d.ruleId).toBe(rule.id);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.message).not.toMatch(/\{\w+\}/);
    }
    const hasFix = found.some((d) => d.fixes && d.fixes.length > 0);
    if (ex.output === null) {
      expect(hasFix).toBe(false);
    } else {
      expect(hasFix).toBe(true);
      expect(fixAll(ex.text, (t) => linter.lint(t)).output).toBe(ex.output);
    }
  });
});
