// The CodeMirror 6 adapter (first cut; the demo issue extends it).
import { linter, lintGutter, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import type { Command } from "@codemirror/view";
import { createLinter } from "../core/engine.js";
import { fixAll } from "../core/fix.js";
import type { LintOptions } from "../core/types.js";

export type GongwenConfig = LintOptions & { delay?: number };

export function gongwen(config: GongwenConfig = {}): Extension {
  const core = createLinter(config);
  return [
    linter((view) => core.lint(view.state.doc.toString()).map((d): CmDiagnostic => ({ from: d.from, to: d.to, severity: d.severity, message: d.message, source: d.ruleId })), { delay: config.delay ?? 300 }),
    lintGutter(),
  ];
}

export const applyAllFixes: Command = (view) => {
  const core = createLinter();
  const text = view.state.doc.toString();
  const r = fixAll(text, (t) => core.lint(t));
  if (r.output === text) return false;
  view.dispatch({ changes: { from: 0, to: text.length, insert: r.output } });
  return true;
};

export const gongwenKeymap = [{ key: "Mod-Shift-f", run: applyAllFixes }];
