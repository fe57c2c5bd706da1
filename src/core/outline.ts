// The heading outline: the tree of structural levels (一、 → （一） → 1. → （1）) for an outline panel, and the
// parent of each heading, which the heading rules share. A heading's parent is the nearest heading above it with a
// smaller level number; headings with none (an excerpt that opens with （二）) are roots.

import type { DocumentModel } from "./document.js";
import type { Heading, HeadingLevel } from "./headings.js";
import type { Diagnostic, Severity } from "./types.js";

/** A problem on a heading line, as the outline shows it. */
export interface OutlineProblem {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
}

/** One heading in the outline tree. */
export interface OutlineNode {
  level: HeadingLevel;
  /** The marker as written (`（一）`, `1、`). */
  marker: string;
  title: string;
  /** From the marker's start to the title's end. */
  from: number;
  to: number;
  /** The index of the heading's paragraph in `doc.paragraphs`. */
  paragraphIndex: number;
  children: OutlineNode[];
  /** Diagnostics of heading rules on the heading's line, in document order. */
  problems: OutlineProblem[];
}

/** For each entry of `headings`, the index of its parent in the same list, or -1 for a root. O(n). */
export function headingParents(headings: readonly { heading: Heading }[]): number[] {
  const parents: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    const level = headings[i]!.heading.level;
    while (stack.length && headings[stack[stack.length - 1]!]!.heading.level >= level) stack.pop();
    parents.push(stack.length ? stack[stack.length - 1]! : -1);
    stack.push(i);
  }
  return parents;
}

/**
 * Builds the outline tree of a document. `diagnostics` are attached as `problems` to the heading whose line they
 * start on, when `isHeadingRule(ruleId)` holds; by default, rules whose id starts with `heading-`.
 */
export function buildOutline(
  doc: DocumentModel,
  diagnostics: readonly Diagnostic[] = [],
  isHeadingRule: (ruleId: string) => boolean = (id) => id.startsWith("heading-"),
): OutlineNode[] {
  const nodes: OutlineNode[] = doc.headings.map(({ heading, paragraph }) => ({
    level: heading.level,
    marker: doc.text.slice(heading.marker.from, heading.marker.to),
    title: heading.title,
    from: heading.marker.from,
    to: heading.titleTo,
    paragraphIndex: paragraph.index,
    children: [],
    problems: [],
  }));
  const parents = headingParents(doc.headings);
  const roots: OutlineNode[] = [];
  nodes.forEach((node, i) => {
    const p = parents[i]!;
    (p < 0 ? roots : nodes[p]!.children).push(node);
  });
  const sorted = diagnostics.filter((d) => isHeadingRule(d.ruleId)).sort((a, b) => a.from - b.from || a.to - b.to);
  for (const d of sorted) {
    // Binary search for the last heading line starting at or before the diagnostic.
    let lo = 0;
    let hi = doc.headings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (doc.headings[mid]!.paragraph.from <= d.from) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || d.from > doc.headings[found]!.paragraph.to) continue;
    nodes[found]!.problems.push({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity, message: d.message });
  }
  return roots;
}
