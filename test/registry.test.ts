// The registry is explicit: every rule file under src/rules/<family>/ is registered, once, under its file name.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../src/rules/index.js";

const root = join(import.meta.dirname, "..", "src", "rules");
const families = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
// Helper modules that are not rules live beside them with a leading underscore.
const ruleFiles = families.flatMap((f) =>
  readdirSync(join(root, f)).filter((n) => n.endsWith(".ts") && n !== "index.ts" && !n.startsWith("_")).map((n) => ({ family: f, id: n.slice(0, -3) })),
);

describe("rule registry", () => {
  it("registers every rule file exactly once, under its file name and family", () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.id).sort());
    for (const f of ruleFiles) expect(allRules.find((r) => r.id === f.id)!.meta.family).toBe(f.family);
  });
  it("documents every rule: description, basis, messages, fixability that matches its examples", () => {
    for (const r of allRules) {
      expect(r.meta.description, r.id).toMatch(/\S/);
      expect(r.meta.basis, r.id).toMatch(/\S/);
      expect(Object.keys(r.meta.messages).length, r.id).toBeGreaterThan(0);
      const fixedSome = r.meta.examples.invalid.some((e) => e.output !== null);
      expect(fixedSome, `${r.id}: meta.fixable vs examples`).toBe(r.meta.fixable);
    }
  });
  it("keeps house-style and judgement rules below error", () => {
    for (const r of allRules) {
      if (["parallel", "style"].includes(r.meta.family) || /editorial|编辑|参考|惯例|house/i.test(r.meta.basis)) {
        expect(r.meta.defaultSeverity, r.id).not.toBe("error");
      }
    }
  });
});

describe("pure core", () => {
  it("imports nothing from CodeMirror, Node or the DOM in src/core and src/rules", () => {
    const files = ["core", ...families.map((f) => join("rules", f)), "rules"].flatMap((d) =>
      readdirSync(join(import.meta.dirname, "..", "src", d)).filter((n) => n.endsWith(".ts")).map((n) => join(import.meta.dirname, "..", "src", d, n)),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const src = readFileSync(file, "utf8");
      expect(src, file).not.toMatch(/from\s+["'](@codemirror\/|node:|fs|path|os|child_process)/);
      const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/^(import|export) [^;]*? from .*$/gm, "");
      expect(code, file).not.toMatch(/(?<![\w"'./])(document|window|navigator|localStorage|XMLHttpRequest)\.\w|\bfetch\(|\brequire\(/);
    }
  });
});
