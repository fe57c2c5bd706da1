// Applying fixes: non-overlapping edits applied from the end; fix-all re-lints and repeats up to a bound.
// One function serves the CLI's --fix and the editor's "fix all".

import type { Diagnostic, Fix, TextEdit } from "./types.js";

export interface ApplyResult {
  output: string;
  /** The diagnostics whose first fix was applied. */
  applied: Diagnostic[];
  /** The diagnostics not fixed: no fix, or a fix that overlapped one applied before it. */
  remaining: Diagnostic[];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point would depend on order; treat them (and any shared span) as a clash.
  if (a.from === a.to && b.from === b.to) return a.from === b.from;
  return a.from < b.to && b.from < a.to || (a.from === a.to && a.from > b.from && a.from < b.to) || (b.from === b.to && b.from > a.from && b.from < a.to);
}

function isNoop(text: string, fix: Fix): boolean {
  return fix.edits.every((e) => text.slice(e.from, e.to) === e.insert);
}

/**
 * Chooses the edits to apply: each diagnostic's first fix, in document order, skipping a fix that overlaps one
 * already chosen. Returns the chosen edits sorted by position (not yet applied).
 */
export function chooseEdits(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; applied: Diagnostic[]; remaining: Diagnostic[] } {
  const chosen: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  const remaining: Diagnostic[] = [];
  const ordered = [...diagnostics].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const d of ordered) {
    const fix = d.fixes?.[0];
    if (!fix || fix.edits.length === 0 || isNoop(text, fix)) {
      remaining.push(d);
      continue;
    }
    const valid = fix.edits.every((e) => e.from >= 0 && e.to >= e.from && e.to <= text.length);
    const selfOverlap = fix.edits.some((e, i) => fix.edits.some((f, j) => i < j && overlaps(e, f)));
    if (!valid || selfOverlap || fix.edits.some((e) => chosen.some((c) => overlaps(e, c)))) {
      remaining.push(d);
      continue;
    }
    chosen.push(...fix.edits);
    applied.push(d);
  }
  chosen.sort((a, b) => a.from - b.from || a.to - b.to);
  return { edits: chosen, applied, remaining };
}

/** Applies edits (sorted, non-overlapping) to a text, from the end so that earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  }
  return out;
}

/** Applies the first fix of each diagnostic that does not overlap an earlier one. */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): ApplyResult {
  const { edits, applied, remaining } = chooseEdits(text, diagnostics);
  return { output: applyEdits(text, edits), applied, remaining };
}

export interface FixAllResult {
  output: string;
  /** The edits of each pass, each list in the coordinates of the text that pass started from. */
  passes: TextEdit[][];
  /** How many fixes were applied in all. */
  fixed: number;
  /** The diagnostics of the final text. */
  remaining: Diagnostic[];
}

/** Applies every fix, re-lints and repeats until nothing changes or `maxPasses` (default 5) is reached. */
export function fixAll(text: string, lintText: (text: string) => Diagnostic[], maxPasses = 5): FixAllResult {
  const passes: TextEdit[][] = [];
  let fixed = 0;
  let current = text;
  let diagnostics = lintText(current);
  for (let pass = 0; pass < maxPasses; pass++) {
    const { edits, applied } = chooseEdits(current, diagnostics);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    passes.push(edits);
    fixed += applied.length;
    current = next;
    diagnostics = lintText(current);
  }
  return { output: current, passes, fixed, remaining: diagnostics };
}
