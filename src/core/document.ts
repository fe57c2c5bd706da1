// The document model: paragraphs (lines), their headings, sentences and ordinal series.
// A leading BOM and CRLF line ends are skipped over, never removed, so every offset stays an offset
// into the caller's text.

import { parseHeading, type Heading } from "./headings.js";
import { findOrdinals, type Ordinal } from "./ordinals.js";

export interface Paragraph {
  index: number;
  /** Start of the line's content (after a BOM on the first line). */
  from: number;
  /** End of the line's content, before `\r\n` or `\n`. */
  to: number;
  text: string;
  heading: Heading | null;
  /** Ordinal words in body text (`一是` `第二，`), in order. */
  ordinals: Ordinal[];
}

export interface Sentence {
  from: number;
  to: number;
  text: string;
}

export interface DocumentModel {
  text: string;
  paragraphs: Paragraph[];
  /** The paragraphs that carry a heading, in order. */
  headings: { heading: Heading; paragraph: Paragraph }[];
}

/** The per-line analysis that depends on the line's text alone, so that it can be cached by text. */
export interface LineAnalysis {
  heading: Heading | null;
  ordinals: Ordinal[];
}

/** Analyses one line at offset 0. */
export function analyseLine(text: string): LineAnalysis {
  return { heading: parseHeading(text, 0), ordinals: findOrdinals(text, 0) };
}

function shiftHeading(h: Heading | null, by: number): Heading | null {
  if (!h || by === 0) return h;
  const m = h.marker;
  // Literals of parseHeading's shape (no spread): a keystroke shifts every heading after the edit.
  return {
    level: h.level,
    marker: {
      from: m.from + by, to: m.to + by, numeral: m.numeral, numeralFrom: m.numeralFrom + by, numeralTo: m.numeralTo + by, value: m.value,
      numeralStyle: m.numeralStyle, bracket: m.bracket, open: m.open, close: m.close, punct: m.punct, punctFrom: m.punctFrom + by,
    },
    titleFrom: h.titleFrom + by,
    titleTo: h.titleTo + by,
    title: h.title,
    titleEnd: h.titleEnd,
    runIn: h.runIn,
  };
}

function shiftOrdinals(list: Ordinal[], by: number): Ordinal[] {
  if (by === 0 || list.length === 0) return list;
  return list.map((o) => ({ kind: o.kind, from: o.from + by, to: o.to + by, numeral: o.numeral, numeralFrom: o.numeralFrom + by, numeralTo: o.numeralTo + by, value: o.value, punct: o.punct }));
}

/** Splits text into lines with their content spans, skipping a leading BOM and the `\r` of CRLF. */
export function splitLines(text: string): { from: number; to: number }[] {
  const lines: { from: number; to: number }[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ from: start, to: contentEnd });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Builds the document model. `analyse` lets a caller supply cached per-line analyses (keyed by line text);
 * it must return the analysis of the line at offset 0.
 */
export function parseDocument(text: string, analyse: (line: string) => LineAnalysis = analyseLine): DocumentModel {
  const paragraphs: Paragraph[] = [];
  const headings: DocumentModel["headings"] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const { from, to } = lines[i]!;
    const lineText = text.slice(from, to);
    const a = analyse(lineText);
    const p: Paragraph = {
      index: paragraphs.length,
      from,
      to,
      text: lineText,
      heading: shiftHeading(a.heading, from),
      ordinals: shiftOrdinals(a.ordinals, from),
    };
    paragraphs.push(p);
    if (p.heading) headings.push({ heading: p.heading, paragraph: p });
  }
  return { text, paragraphs, headings };
}

const SENTENCE_END = /[。！？!?]+[”’）)」』]*|[；;]/g;

/** The sentences of a paragraph (split after 。！？ and ；, keeping closing quotes with their sentence). */
export function sentencesOf(p: { from: number; text: string }): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(p.text))) {
    const end = m.index + m[0].length;
    if (p.text.slice(start, end).trim()) out.push({ from: p.from + start, to: p.from + end, text: p.text.slice(start, end) });
    start = end;
  }
  if (start < p.text.length && p.text.slice(start).trim()) {
    out.push({ from: p.from + start, to: p.from + p.text.length, text: p.text.slice(start) });
  }
  return out;
}

/**
 * What {@link reparseDocument} found changed: the previous text's `from`–`oldTo` became the new text's `from`–`oldTo +
 * delta` (everything before and after is the same); paragraphs `first` to `oldEnd` (exclusive) of the previous model
 * became paragraphs `first` to `newEnd` of the new one, those before are untouched and those after moved by `delta`.
 * `first` is -1 when the whole document was parsed afresh.
 */
export interface DocumentChange {
  first: number;
  oldEnd: number;
  newEnd: number;
  from: number;
  oldTo: number;
  delta: number;
}

/**
 * Builds the model of `text` from the model of a previous text: lines equal in text and offset to a line of the common
 * prefix keep their Paragraph; lines of the common suffix keep their text and analyses, shifted by the length change
 * (the same object when nothing moved). Only the lines between are sliced and analysed. Equals `parseDocument(text)`.
 * When `change` is given, it is filled in with the paragraphs that changed.
 */
export function reparseDocument(prev: DocumentModel, text: string, analyse: (line: string) => LineAnalysis = analyseLine, change?: DocumentChange): DocumentModel {
  const old = prev.text;
  const olds = prev.paragraphs;
  const start0 = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (olds.length === 0 || olds[0]!.from !== start0) {
    if (change) change.first = -1;
    return parseDocument(text, analyse);
  }
  const paragraphs: Paragraph[] = [];
  const headings: DocumentModel["headings"] = [];
  const push = (p: Paragraph): void => {
    paragraphs.push(p);
    if (p.heading) headings.push({ heading: p.heading, paragraph: p });
  };
  // The common prefix and suffix of the two texts (not overlapping), compared in chunks: string equality is a block
  // compare, a loop over characters cost ~0.5 ms on 80k.
  const min = Math.min(old.length, text.length);
  let pre = 0;
  for (let step = 1024; step > 0; step >>= 4) {
    while (pre + step <= min && text.slice(pre, pre + step) === old.slice(pre, pre + step)) pre += step;
  }
  while (pre < min && text.charCodeAt(pre) === old.charCodeAt(pre)) pre++;
  let suf = 0;
  const maxSuf = min - pre;
  for (let step = 1024; step > 0; step >>= 4) {
    while (suf + step <= maxSuf && text.slice(text.length - suf - step, text.length - suf) === old.slice(old.length - suf - step, old.length - suf)) suf += step;
  }
  while (suf < maxSuf && text.charCodeAt(text.length - suf - 1) === old.charCodeAt(old.length - suf - 1)) suf++;
  // Prefix lines: every line but the last whose text and line end lie in the common prefix.
  let k = 0;
  while (k < olds.length - 1 && olds[k + 1]!.from <= pre) push(olds[k++]!);
  const middle = k < olds.length ? olds[k]!.from : text.length;
  // Suffix lines: those whose preceding `\n` and everything after lie in the common suffix.
  const delta = text.length - old.length;
  let j = olds.length;
  while (j > k && olds[j - 1]!.from - 1 >= old.length - suf && olds[j - 1]!.from + delta > middle) j--;
  // A suffix line must start after the middle's first line start (the `\n` before it lies at or after `middle`).
  const suffixStart = j < olds.length ? olds[j]!.from + delta : -1;
  let start = middle;
  for (;;) {
    if (suffixStart >= 0 && start >= suffixStart) break;
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const to = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const lineText = text.slice(start, to);
    const a = analyse(lineText);
    push({ index: paragraphs.length, from: start, to, text: lineText, heading: shiftHeading(a.heading, start), ordinals: shiftOrdinals(a.ordinals, start) });
    if (nl < 0) break;
    start = nl + 1;
  }
  if (change) {
    change.first = k;
    change.oldEnd = j;
    change.newEnd = paragraphs.length;
    change.from = pre;
    change.oldTo = old.length - suf;
    change.delta = delta;
  }
  for (let i = j; i < olds.length; i++) {
    const p = olds[i]!;
    if (delta === 0 && p.index === paragraphs.length) push(p);
    else push({ index: paragraphs.length, from: p.from + delta, to: p.to + delta, text: p.text, heading: shiftHeading(p.heading, delta), ordinals: shiftOrdinals(p.ordinals, delta) });
  }
  return { text, paragraphs, headings };
}
