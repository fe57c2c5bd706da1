// Pre-checks of the paragraph rules: a cheap necessary condition (one small regex or character scan) tested before
// a rule's full scan, so that the many paragraphs where a rule cannot fire cost one pass over their text.
// Every pre-check must be a true necessary condition: test/prefilter.test.ts runs each rule on random paragraphs with
// the pre-checks on and bypassed and requires the same diagnostics. The bypass exists for that test only.

let bypassed = false;

/** True when `pattern` (neither global nor sticky) matches somewhere in `text`; always true while bypassed. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return bypassed || pattern.test(text);
}

/** True while the pre-checks are bypassed (tests only); a rule with a hand-written pre-check consults it. */
export function prefiltersBypassed(): boolean {
  return bypassed;
}

/** Turns every pre-check off (`true`) or back on. For tests that compare a rule with and without its pre-check. */
export function bypassPrefilters(on: boolean): void {
  bypassed = on;
}
