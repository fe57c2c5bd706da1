// Editor-level properties on @codemirror/state (no DOM): the lint source of src/codemirror (GongwenRuntime driven by a
// stand-in view) sets diagnostics, random edits follow, and CodeMirror maps the diagnostics through them.
// A diagnostic whose span no edit touched must still flag exactly the text it flagged, and its fix edits, mapped the
// way the fix actions map them, must still sit on the text they replace. Re-linting equals a fresh core lint.
import fc from "fast-check";
import { forEachDiagnostic, setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { EditorState, type ChangeDesc, type TransactionSpec } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { GongwenRuntime, gongwen, lintState } from "../src/codemirror/index.js";
import { coreDiagnostic, mapEdits, sinceLint, type ViewLike } from "../src/codemirror/diagnostics.js";
import { lint } from "../src/core/engine.js";
import { RUNS, SEED, applyRandomEdit, draft, edit } from "./fixtures/arbitraries.js";

interface Tracked {
  cm: CmDiagnostic;
  text: string;
  editTexts: string[][];
  touched: boolean;
  /** The tracked span, mapped by us through every change. */
  from: number;
  to: number;
}

function standIn(state: EditorState) {
  const view = {
    state,
    dispatch(spec: TransactionSpec) {
      view.state = view.state.update(spec).state;
    },
  };
  return view;
}

function shown(state: EditorState): Map<CmDiagnostic, { from: number; to: number }> {
  const out = new Map<CmDiagnostic, { from: number; to: number }>();
  forEachDiagnostic(state, (d, from, to) => out.set(d, { from, to }));
  return out;
}

describe(`editor: diagnostics mapped through random edits (${Math.max(10, Math.round(RUNS / 3))} runs, seed ${SEED})`, () => {
  it("stay on the text they flag, with fixes on the text they replace, and re-linting equals a fresh lint", () => {
    let moved = 0, fixesChecked = 0; // the property is not vacuous: diagnostics did move and fixes were compared
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const text = start.replace(/\r/g, ""); // CodeMirror normalises line breaks; offsets are then in its text
        const view = standIn(EditorState.create({ doc: text, extensions: [gongwen({ delay: 0 })] }));
        const runtime = new GongwenRuntime(view as unknown as ViewLike);
        view.dispatch(setDiagnostics(view.state, runtime.lint()));
        expect(lintState(view.state)).toEqual(lint(text, { phase: "plain" }));
        const doc0 = view.state.doc.toString();
        const tracked: Tracked[] = [...shown(view.state)].map(([cm, { from, to }]) => {
          const core = coreDiagnostic(cm)!;
          return {
            cm, from, to, touched: false, text: doc0.slice(from, to),
            editTexts: (core.fixes ?? []).map((f) => f.edits.map((e) => doc0.slice(e.from, e.to))),
          };
        });
        expect(tracked.length).toBe(lint(text, { phase: "plain" }).length);
        for (const e of edits) {
          const cur = view.state.doc.toString();
          const change = applyRandomEdit(cur, e);
          const tr = view.state.update({ changes: { from: change.from, to: change.to, insert: change.insert.replace(/\r/g, "") } });
          for (const t of tracked) {
            if (tr.changes.touchesRange(t.from, t.to)) t.touched = true;
            t.from = tr.changes.mapPos(t.from, 1);
            t.to = tr.changes.mapPos(t.to, -1);
          }
          view.state = tr.state;
          const now = shown(view.state);
          const doc = view.state.doc.toString();
          const since = view.state.field(sinceLint).changes as ChangeDesc;
          for (const t of tracked) {
            if (t.touched) continue;
            const at = now.get(t.cm);
            expect(at, `diagnostic on «${t.text}» vanished though no edit touched it`).toBeDefined();
            expect(doc.slice(at!.from, at!.to), `diagnostic moved off «${t.text}»`).toBe(t.text);
            if (at!.from !== coreDiagnostic(t.cm)!.from) moved++;
            const core = coreDiagnostic(t.cm)!;
            (core.fixes ?? []).forEach((fix, i) => {
              const mapped = mapEdits(fix.edits, since);
              if (!mapped) return; // an edit touched the fix: the action re-lints instead
              expect(mapped.map((m) => doc.slice(m.from, m.to)), `fix of «${t.text}»`).toEqual(t.editTexts[i]);
              fixesChecked++;
            });
          }
        }
        // A fresh lint source pass equals a fresh core lint of the edited text.
        const fresh = lintState(view.state);
        expect(fresh).toEqual(lint(view.state.doc.toString(), { phase: "plain" }));
      }),
      { seed: SEED, numRuns: Math.max(10, Math.round(RUNS / 3)) },
    );
    expect(moved).toBeGreaterThan(10);
    expect(fixesChecked).toBeGreaterThan(10);
  }, Math.max(60_000, RUNS * 1000));
});
