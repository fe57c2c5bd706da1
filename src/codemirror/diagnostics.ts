// Core diagnostics → CodeMirror diagnostics: a mark class per rule family, the message and its basis rendered as text
// nodes (user text never reaches the DOM as HTML), and each core Fix as an Action whose edits are carried over to the
// document as it is when the user clicks.
import type { Action, Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { setDiagnosticsEffect } from "@codemirror/lint";
import { ChangeSet, StateField, type ChangeDesc, type EditorState, type Text, type TransactionSpec } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { allRules } from "../rules/index.js";
import type { Diagnostic, Fix, RuleFamily, TextEdit } from "../core/types.js";

const familyOf = new Map<string, RuleFamily>(allRules.map((r) => [r.id, r.meta.family]));
const needsSegmentation = new Set(allRules.filter((r) => r.meta.needsSegmentation).map((r) => r.id));

/** The family of a rule id, or undefined for an unknown id. */
export function ruleFamily(ruleId: string): RuleFamily | undefined {
  return familyOf.get(ruleId);
}

/** True when the rule runs in the segmentation phase. */
export function isSegmentationRule(ruleId: string): boolean {
  return needsSegmentation.has(ruleId);
}

/**
 * The changes made to the document since diagnostics were last set, and the document they were set on. A fix's
 * edits are in the coordinates of `base`; mapping them through `changes` gives their place in the current document.
 */
export interface SinceLint {
  base: Text;
  changes: ChangeDesc;
}

/** Tracks the changes since the last `setDiagnostics`, so that actions and carried-over diagnostics can be mapped. */
export const sinceLint = StateField.define<SinceLint>({
  create: (state) => ({ base: state.doc, changes: ChangeSet.empty(state.doc.length).desc }),
  update(value, tr) {
    if (tr.effects.some((e) => e.is(setDiagnosticsEffect))) {
      return { base: tr.newDoc, changes: ChangeSet.empty(tr.newDoc.length).desc };
    }
    if (!tr.docChanged) return value;
    return { base: value.base, changes: value.changes.composeDesc(tr.changes.desc) };
  },
});

/** Maps edits through changes; null when a change touched one of them (the fix may no longer be right). */
export function mapEdits(edits: readonly TextEdit[], changes: ChangeDesc): TextEdit[] | null {
  if (changes.empty) return edits.slice();
  const out: TextEdit[] = [];
  for (const e of edits) {
    if (changes.touchesRange(e.from, e.to)) return null;
    out.push({ from: changes.mapPos(e.from, 1), to: changes.mapPos(e.to, -1), insert: e.insert });
  }
  return out;
}

/** Maps a diagnostic and its fixes through changes; null when its span was edited. Fixes touched by a change are dropped. */
export function mapDiagnostic(d: Diagnostic, changes: ChangeDesc): Diagnostic | null {
  if (changes.empty) return d;
  if (changes.touchesRange(d.from, d.to)) return null;
  const out: Diagnostic = { ...d, from: changes.mapPos(d.from, 1), to: changes.mapPos(d.to, -1) };
  delete out.fixes;
  const fixes: Fix[] = [];
  for (const f of d.fixes ?? []) {
    const edits = mapEdits(f.edits, changes);
    if (edits) fixes.push({ title: f.title, edits });
  }
  if (fixes.length) out.fixes = fixes;
  return out;
}

/** Builds the message node: the message, then its basis, as text nodes (never HTML). */
export function renderMessage(d: Diagnostic): HTMLElement {
  const box = document.createElement("div");
  box.className = "cm-gongwen-message";
  const msg = document.createElement("span");
  msg.className = "cm-gongwen-text";
  msg.textContent = d.message;
  box.appendChild(msg);
  if (d.basis) {
    const basis = document.createElement("span");
    basis.className = "cm-gongwen-basis";
    basis.textContent = `依据：${d.basis}`;
    box.appendChild(basis);
  }
  // The rule id is shown by CodeMirror itself (the diagnostic's `source`).
  return box;
}

/** What an action needs from the editor: a view, or anything with a state and a dispatch (as in tests). */
export type ViewLike = Pick<EditorView, "state" | "dispatch">;

/** Hooks the adapter gives the converter: how to re-lint now, and how to turn a rule off. */
export interface ConvertContext {
  /** Lints the current document synchronously (used when an edit since linting makes a fix ambiguous). */
  relint(state: EditorState): readonly Diagnostic[];
  /** Turns a rule off in the editor's configuration. */
  disableRule(view: ViewLike, ruleId: string): void;
}

const byCm = new WeakMap<CmDiagnostic, Diagnostic>();

/** The core diagnostic a CodeMirror diagnostic was made from. */
export function coreDiagnostic(d: CmDiagnostic): Diagnostic | undefined {
  return byCm.get(d);
}

/** True when the CodeMirror diagnostic object is still among the editor's active diagnostics at from–to. */
function isActive(state: EditorState, d: CmDiagnostic, from: number, to: number, forEach: ForEach): boolean {
  let found = false;
  forEach(state, (x, f, t) => {
    if (x === d && f === from && t === to) found = true;
  });
  return found;
}

type ForEach = (state: EditorState, f: (d: CmDiagnostic, from: number, to: number) => void) => void;

/**
 * The transaction for applying fix number `index` of diagnostic `d` (in the coordinates of the document diagnostics
 * were last set on) in the current state, given the diagnostic's current span. The edits are mapped through the
 * changes made since; when a change touched them (or the diagnostic is no longer the active one), the document is
 * re-linted and the same rule's same fix at the current span is used instead. Null when the problem is gone.
 */
export function fixTransaction(
  state: EditorState,
  d: Diagnostic,
  index: number,
  from: number,
  to: number,
  ctx: ConvertContext,
  active: boolean,
): TransactionSpec | null {
  let edits: TextEdit[] | null = null;
  const since = state.field(sinceLint, false);
  const fix = d.fixes?.[index];
  if (fix && active && since) edits = mapEdits(fix.edits, since.changes);
  if (!edits) {
    const fresh = ctx.relint(state).find(
      (x) => x.ruleId === d.ruleId && x.messageId === d.messageId && x.from === from && x.to === to && x.fixes?.[index],
    );
    edits = fresh?.fixes?.[index]?.edits.slice() ?? null;
  }
  if (!edits || edits.length === 0) return null;
  const len = state.doc.length;
  if (edits.some((e) => e.from < 0 || e.to < e.from || e.to > len)) return null;
  edits.sort((a, b) => a.from - b.from || a.to - b.to);
  return { changes: ChangeSet.of(edits, len), userEvent: "input.fix" };
}

/** Turns a core diagnostic into a CodeMirror diagnostic with its fix actions and a "turn this rule off" action. */
export function toCmDiagnostic(d: Diagnostic, ctx: ConvertContext, forEach: ForEach): CmDiagnostic {
  const actions: Action[] = [];
  const cm: CmDiagnostic = {
    from: d.from,
    to: d.to,
    severity: d.severity,
    message: d.basis ? `${d.message}（依据：${d.basis}）` : d.message,
    source: d.ruleId,
    markClass: `cm-gongwen-${familyOf.get(d.ruleId) ?? "other"}`,
    renderMessage: () => renderMessage(d),
    actions,
  };
  (d.fixes ?? []).forEach((fix, index) => {
    actions.push({
      name: fix.title,
      markClass: "cm-gongwen-fix",
      apply(view, from, to) {
        const spec = fixTransaction(view.state, d, index, from, to, ctx, isActive(view.state, cm, from, to, forEach));
        if (spec) view.dispatch(spec);
      },
    });
  });
  actions.push({
    name: "关闭此规则",
    markClass: "cm-gongwen-disable",
    apply(view) {
      ctx.disableRule(view, d.ruleId);
    },
  });
  byCm.set(cm, d);
  return cm;
}
