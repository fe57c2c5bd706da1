// Shared matching for the wording data files: a literal word plus a small context spec (words that must or must
// not stand right before or after it). Everything is literal string comparison at fixed positions, so matching is
// linear and no data entry can introduce a backtracking regex.

/** What must (or must not) surround a matched word. All lists hold literals or the class tokens below. */
export interface ContextSpec {
  /** One of these must end right before the word (or within `beforeGap` characters of it). */
  before?: string[];
  /** None of these may end right before the word. */
  notBefore?: string[];
  /** One of these must start right after the word (or within `afterGap` characters of it). */
  after?: string[];
  /** None of these may start right after the word. */
  notAfter?: string[];
  /** How many characters may stand between `before` and the word; never across punctuation. Defaults to 0. */
  beforeGap?: number;
  /** How many characters may stand between the word and `after`; never across punctuation. Defaults to 0. */
  afterGap?: number;
}

/** Class tokens usable in context lists: a digit (half- or full-width) or a Chinese numeral. */
export const CLASS_TOKENS = ["{digit}", "{cnum}"] as const;

const DIGIT = /[0-9０-９]/;
const CNUM = /[〇零一二三四五六七八九十两]/;
// Characters a context gap may not cross: punctuation, brackets, quotes and spaces.
const STOP = /[，。；：！？、,.;:!?（）()“”‘’"'《》〈〉【】\s—…]/;

function startsAt(text: string, pos: number, item: string): boolean {
  if (item === "{digit}") return pos < text.length && DIGIT.test(text[pos]!);
  if (item === "{cnum}") return pos < text.length && CNUM.test(text[pos]!);
  return text.startsWith(item, pos);
}

function endsAt(text: string, end: number, item: string): boolean {
  if (item === "{digit}") return end > 0 && DIGIT.test(text[end - 1]!);
  if (item === "{cnum}") return end > 0 && CNUM.test(text[end - 1]!);
  return end >= item.length && text.startsWith(item, end - item.length);
}

/** True when the word at `from`–`to` in `text` satisfies `spec`. */
export function matchesContext(text: string, from: number, to: number, spec: ContextSpec | undefined): boolean {
  if (!spec) return true;
  if (spec.notBefore?.some((w) => endsAt(text, from, w))) return false;
  if (spec.notAfter?.some((w) => startsAt(text, to, w))) return false;
  if (spec.before && !findBefore(text, from, spec.before, spec.beforeGap ?? 0)) return false;
  if (spec.after && !findAfter(text, to, spec.after, spec.afterGap ?? 0)) return false;
  return true;
}

function findAfter(text: string, to: number, words: string[], gap: number): boolean {
  for (let k = 0; k <= gap; k++) {
    const pos = to + k;
    if (pos > text.length) return false;
    if (k > 0 && STOP.test(text[pos - 1]!)) return false;
    if (words.some((w) => startsAt(text, pos, w))) return true;
  }
  return false;
}

function findBefore(text: string, from: number, words: string[], gap: number): boolean {
  for (let k = 0; k <= gap; k++) {
    const end = from - k;
    if (end < 0) return false;
    if (k > 0 && STOP.test(text[end]!)) return false;
    if (words.some((w) => endsAt(text, end, w))) return true;
  }
  return false;
}

/**
 * The smallest edit that turns `wrong` (at `from`) into `right`: common leading and trailing characters are kept,
 * so `做出` → `作出` replaces one character and `省省委` → `省委` deletes one.
 */
export function minimalEdit(from: number, wrong: string, right: string): { from: number; to: number; insert: string } {
  let start = 0;
  while (start < wrong.length && start < right.length && wrong[start] === right[start]) start++;
  let endW = wrong.length;
  let endR = right.length;
  while (endW > start && endR > start && wrong[endW - 1] === right[endR - 1]) {
    endW--;
    endR--;
  }
  return { from: from + start, to: from + endW, insert: right.slice(start, endR) };
}

/** Escapes a literal for use inside a RegExp alternation. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A global regex that finds any of the literals, longest first, behind a one-character lookahead on their first
 * characters so that most positions are rejected at once.
 */
export function literalAlternation(words: Iterable<string>): RegExp {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const firsts = [...new Set(list.map((w) => w[0]!))].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("");
  return new RegExp(`(?=[${firsts}])(?:${list.map(escapeRegExp).join("|")})`, "g");
}

/**
 * Literals indexed by their first UTF-16 code unit, longest first within each, with a filter on their first two
 * code units: a scan reads each character once and compares words only where the first two characters can begin
 * one, without a regex match or an allocation per position.
 */
export interface LiteralIndex {
  /** Per code unit: 0 when no literal starts with it, 1 when only longer literals do, 2 when a one-character one does. */
  readonly starts: Uint8Array;
  /** 1 at {@link pairHash} of the first two code units of every literal longer than one (a filter: may collide). */
  readonly pairs: Uint8Array;
  /** Per first code unit, its literals, longest first. */
  readonly byFirst: readonly (readonly string[] | undefined)[];
}

/** A 16-bit hash of two code units, for {@link LiteralIndex.pairs}. */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 16;
}

/** Builds a {@link LiteralIndex} of `words`. */
export function literalIndex(words: Iterable<string>): LiteralIndex {
  const starts = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const byFirst: string[][] = [];
  const list = [...new Set(words)].filter((w) => w !== "").sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const w of list) {
    const c = w.charCodeAt(0);
    if (w.length === 1) starts[c] = 2;
    else {
      starts[c] ||= 1;
      pairs[pairHash(c, w.charCodeAt(1))] = 1;
    }
    (byFirst[c] ??= []).push(w);
  }
  return { starts, pairs, byFirst };
}

/**
 * The first position at or after `from` where a literal of `index` may start (its first code unit starts one and
 * its first two pass the pair filter), or -1. A small function on purpose: a rule's check that loops over every
 * character itself is interpreted for long on the first lint after start-up, then compiled at length with all it
 * inlines; this loop is compiled at once and alone.
 */
export function nextLiteralStart(index: LiteralIndex, text: string, from: number): number {
  const { starts, pairs } = index;
  const last = text.length - 1;
  for (let pos = from; pos <= last; pos++) {
    const c = text.charCodeAt(pos);
    const start = starts[c];
    if (start === 0) continue;
    if (start === 2 || (pos < last && pairs[pairHash(c, text.charCodeAt(pos + 1))] === 1)) return pos;
  }
  return -1;
}

/**
 * The longest literal of `index` that starts at `pos` in `text`, or null: the match {@link literalAlternation}'s
 * regex finds at that position.
 */
export function literalAt(index: LiteralIndex, text: string, pos: number): string | null {
  const c = text.charCodeAt(pos);
  const start = index.starts[c];
  if (start === 0 || start === undefined) return null;
  if (start === 1 && (pos + 1 >= text.length || index.pairs[pairHash(c, text.charCodeAt(pos + 1))] !== 1)) return null;
  for (const w of index.byFirst[c]!) if (text.startsWith(w, pos)) return w;
  return null;
}

/** Which quotation or 书名号 span each position of a paragraph is inside, computed once per paragraph. */
export function quotedRanges(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // Straight quotes pair with each other: the first opens, the next closes.
      if (stack.length && stack[stack.length - 1]!.ch === '"') {
        const open = stack.pop()!;
        if (stack.length === 0) out.push({ from: open.at, to: i + 1 });
      } else stack.push({ ch: c, at: i });
    } else if (c === "“" || c === "《" || c === "‘" || c === "「" || c === "『") stack.push({ ch: c, at: i });
    else if (c === "”" || c === "》" || c === "’" || c === "」" || c === "』") {
      const open = stack.pop();
      if (open && stack.length === 0) out.push({ from: open.at, to: i + 1 });
    }
  }
  // An unclosed opening mark quotes the rest of the paragraph.
  if (stack.length) out.push({ from: stack[0]!.at, to: text.length });
  return out;
}

/** True when `pos` lies inside one of the ranges (sorted, non-overlapping); a binary search. */
export function insideRanges(ranges: readonly { from: number; to: number }[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (pos < r.from) hi = mid - 1;
    else if (pos >= r.to) lo = mid + 1;
    else return true;
  }
  return false;
}
