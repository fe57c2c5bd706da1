// Schema test of rules/units.json: every unit and form is well-formed, and every form's example goes through the
// recogniser and the rule that owns that kind of form.
import { describe, expect, it } from "vitest";
import data from "../rules/units.json" with { type: "json" };
import { findUnitMentions, type UnitEntry } from "../src/rules/unit/_units.js";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import type { LintOptions } from "../src/core/types.js";

const units = (data as { units: UnitEntry[] }).units;
const KINDS = ["name", "symbol", "nonLegal", "badSymbol", "customary"];
const FAMILIES = ["length", "area", "volume", "mass", "power", "energy", "voltage", "apparent-power", "speed", "concentration"];

function only(ruleId: string, options?: Record<string, unknown>): LintOptions {
  const rules: LintOptions["rules"] = {};
  for (const r of allRules) rules[r.id] = "off";
  rules[ruleId] = options ? { options } : (allRules.find((r) => r.id === ruleId)!.meta.defaultSeverity);
  return { rules, profile: { sources: [], charCount: 0, unitForms: {}, rangeMarks: {}, quoteMarks: {} } };
}

const OWNER: Record<string, { rule: string; options?: Record<string, unknown> }> = {
  nonLegal: { rule: "unit-non-legal" },
  badSymbol: { rule: "unit-symbol-case" },
  symbol: { rule: "unit-symbol-in-prose" },
  customary: { rule: "unit-mu", options: { profileDecides: false } },
};

const rows = units.flatMap((u) => u.forms.map((f) => ({ unit: u, f })));

describe("rules/units.json", () => {
  it("gives every unit a unique id, a known family, a default name among its forms, and at least one form", () => {
    const ids = new Set<string>();
    for (const u of units) {
      expect(u.id, JSON.stringify(u)).toMatch(/\S/);
      expect(ids.has(u.id), `duplicate unit ${u.id}`).toBe(false);
      ids.add(u.id);
      expect(FAMILIES, u.id).toContain(u.family);
      expect(u.forms.length).toBeGreaterThan(0);
      const named = u.forms.filter((f) => f.kind === "name" || f.kind === "customary").map((f) => f.form);
      expect(named, u.id).toContain(u.name);
    }
  });

  it("never lists one written form twice", () => {
    const forms = rows.map((r) => r.f.form);
    expect(forms.length).toBe(new Set(forms).size);
  });

  it.each(rows.map((r) => [r.f.form, r] as const))("%s is well-formed", (_form, { unit, f }) => {
    expect(KINDS).toContain(f.kind);
    expect(f.legal).toBe(f.kind === "name" || f.kind === "symbol");
    if (f.kind === "nonLegal" || f.kind === "badSymbol") {
      const target = unit.forms.find((g) => g.form === f.preferred);
      expect(target, `${f.form}: preferred must be a legal form of ${unit.id}`).toBeDefined();
      expect(target!.legal).toBe(true);
    } else {
      expect(f.preferred).toBeUndefined();
    }
    if (f.notFollowedBy !== undefined) expect(f.notFollowedBy).toMatch(/^\S+$/);
    expect(f.example).toContain(f.form);
  });

  it.each(rows.map((r) => [r.f.example, r] as const))("recognises the example %s", (example, { unit, f }) => {
    const found = findUnitMentions(example).filter((m) => m.form === f.form);
    expect(found.length, example).toBeGreaterThan(0);
    expect(found[0]!.unitId).toBe(unit.id);
    expect(found[0]!.family).toBe(unit.family);
  });

  it.each(rows.map((r) => [r.f.example, r] as const))("runs the example %s through its rule", (example, { f }) => {
    const owner = OWNER[f.kind];
    if (!owner) {
      // A legal Chinese name: none of the per-form unit rules may fire.
      for (const id of ["unit-non-legal", "unit-symbol-case", "unit-symbol-in-prose"]) {
        expect(createLinter(only(id)).lint(example), `${id} on ${example}`).toEqual([]);
      }
      return;
    }
    const linter = createLinter(only(owner.rule, owner.options));
    const found = linter.lint(example);
    expect(found.map((d) => example.slice(d.from, d.to))).toContain(f.form);
    if (f.preferred !== undefined) {
      expect(fixAll(example, (t) => linter.lint(t)).output).toBe(example.replace(f.form, f.preferred));
    }
  });
});
