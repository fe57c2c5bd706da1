// Recognises the structural-level markers of GB/T 9704-2012 7.3.3 at the start of a paragraph, by the ladder in
// rules/heading-ladder.json: 一、 (level 1), （一） (level 2), 1. (level 3), （1） (level 4) — including their common
// malformed variants (一. 一， (一) （一）、 1、 (1)), so that the heading rules can report and fix them.
// Not markers: 1.5亿元 (a digit follows the dot), （2021—2025年） (not a bare numeral), 2024年 (no mark),
// 一是 (an ordinal series in body text), 一、二季度 and 1、2月 (numbers in a list), 3.15 and 5.12 (dates).
// Indentation (spaces, tabs, U+3000, U+00A0) before the marker is skipped.

import ladderData from "../../rules/heading-ladder.json" with { type: "json" };
import { chineseNumeralValue, toChineseNumeral } from "./numerals.js";

export type HeadingLevel = 1 | 2 | 3 | 4;

/** One rung of the marker ladder (rules/heading-ladder.json). */
export interface LadderLevel {
  level: HeadingLevel;
  numeral: "chinese" | "arabic";
  /** The brackets around the numeral, "" for none. */
  open: string;
  close: string;
  /** The mark after the marker, "" for none. */
  punct: string;
  /** Other marks after the marker that are correct too (the full-width point of `1．`). */
  accepted: readonly string[];
  /** Marks written instead of `punct`: still read as this level, and fixed. */
  misused: readonly string[];
}

/** A level that may stand directly under `parent` in a section where level `absent` does not occur (`一、` → `1.`). */
export interface LadderSkip {
  child: HeadingLevel;
  parent: HeadingLevel;
  absent: HeadingLevel;
}

/** The marker ladder of GB/T 9704-2012 7.3.3, as rules/heading-ladder.json gives it. */
export const ladder: { readonly basis: string; readonly levels: readonly LadderLevel[]; readonly skips: readonly LadderSkip[] } =
  ladderData as typeof ladder;

/** The ladder's rung for `level`. */
export function ladderLevel(level: HeadingLevel): LadderLevel {
  return ladder.levels.find((l) => l.level === level)!;
}

/** The level a marker of this shape stands for, or null when the ladder has none. */
function levelOf(bracketed: boolean, numeral: "chinese" | "arabic"): HeadingLevel | null {
  return ladder.levels.find((l) => (l.open !== "") === bracketed && l.numeral === numeral)?.level ?? null;
}

/** A regex character class of every mark read after the markers of this shape. */
function marksAfter(bracketed: boolean, numeral?: "chinese" | "arabic"): string {
  const marks = new Set<string>();
  for (const l of ladder.levels) {
    if ((l.open !== "") !== bracketed || (numeral && l.numeral !== numeral)) continue;
    for (const m of [l.punct, ...l.accepted, ...l.misused]) if (m) marks.add(m);
  }
  return `[${[...marks].map((m) => m.replace(/[\]\\^-]/g, "\\$&")).join("")}]`;
}

export interface HeadingMarker {
  /** Span of the whole marker: brackets, numeral and any punctuation after it. */
  from: number;
  to: number;
  /** The numeral as written (`三`, `12`, `１`). */
  numeral: string;
  numeralFrom: number;
  numeralTo: number;
  value: number;
  numeralStyle: "chinese" | "arabic";
  /** `none` for 一、 and 1.; `full` for （一）; `half` for (一); `mixed` for （一) and the like. */
  bracket: "none" | "full" | "half" | "mixed";
  /** The opening and closing bracket characters as written ("" when none). */
  open: string;
  close: string;
  /** Punctuation written right after the numeral or closing bracket (`、` `.` `．` `，` …), "" when none. */
  punct: string;
  punctFrom: number;
}

export interface Heading {
  level: HeadingLevel;
  marker: HeadingMarker;
  /** The title after the marker: up to the first sentence end (。！？) or the end of the line. */
  titleFrom: number;
  titleTo: number;
  title: string;
  /** The sentence-ending mark right after the title (`。` `：` …) or "" when the title runs to the line end. */
  titleEnd: string;
  /** True when body text follows the title on the same line (`（一）强化创新引领。正文…`). */
  runIn: boolean;
}

const LEADING_SPACE_CHARS = " \t\u3000\u00a0";
const MARKER_STARTS = "（(一二三四五六七八九十0123456789０１２３４５６７８９";
const CN = "[一二三四五六七八九十]{1,3}";
// Brackets: full- or half-width, in any combination (the mixed ones are reported as malformed). The marks after a
// marker come from the ladder: the right one, those also correct, and those misused.
const BRACKETED = new RegExp(`^([（(])(${CN}|[0-9０-９]{1,2})([）)])(${marksAfter(true)}?)`);
const CN_BARE = new RegExp(`^(${CN})(${marksAfter(false, "chinese")})`);
const ARABIC_BARE = new RegExp(`^([0-9０-９]{1,2})(${marksAfter(false, "arabic")})`);

// After 一、: a second numeral naming a number (一、二季度, 一、二、三产业, 七、八十年代…) means a list of numbers, not
// a marker; 三、二〇二四年工作安排, 五、三年攻坚行动 (二、三年 as an approximate number is itself non-standard) and
// 一、2024年工作回顾 are markers.
const TITLE_END = /[。！？!?：:]/g;
const TRAILING_SPACE = /[ \t\u3000\u00a0]/;
const NUMBER_LIST_AFTER = /^[一二三四五六七八九十两]{1,3}(?:[、，,和至到]|[季产类级批号月线]|年代)/;
const SPACE_THEN_TEXT = /^[ \u3000]+[^\s0-9０-９%％.．,，]/;

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The canonical marker of a level for a value: `三、` `（三）` `3.` `（3）`. */
export function canonicalMarker(level: HeadingLevel, value: number): string {
  const l = ladderLevel(level);
  return l.open + canonicalNumeral(level, value) + l.close + l.punct;
}

/** The numeral of a level for a value, as a renumbering writes it: `三` for levels 1–2, `3` for levels 3–4. */
export function canonicalNumeral(level: HeadingLevel, value: number): string {
  return ladderLevel(level).numeral === "chinese" ? toChineseNumeral(value) : String(value);
}

/**
 * Reads the heading marker at the start of a paragraph, if any. `offset` is the paragraph's position in the
 * document; returned spans are absolute.
 */
export function parseHeading(line: string, offset: number): Heading | null {
  // Every marker opens with a bracket or a numeral (BRACKETED, CN_BARE, ARABIC_BARE): most lines are turned away
  // here, before the slice and the three anchored regexes.
  let first = 0;
  while (first < line.length && LEADING_SPACE_CHARS.includes(line[first]!)) first++;
  if (first >= line.length || !MARKER_STARTS.includes(line[first]!)) return null;
  const indent = first;
  const rest = line.slice(indent);
  let marker: HeadingMarker | null = null;
  let level: HeadingLevel | null = null;

  let m = BRACKETED.exec(rest);
  if (m) {
    const [, open, numeral, close, punct] = m as unknown as [string, string, string, string, string];
    const arabic = /^[0-9０-９]/.test(numeral);
    const value = arabic ? Number(toHalfWidthDigits(numeral)) : chineseNumeralValue(numeral);
    if (value !== null && value > 0) {
      const full = open === "（" && close === "）";
      const half = open === "(" && close === ")";
      const start = offset + indent;
      marker = {
        from: start,
        to: start + m[0].length,
        numeral,
        numeralFrom: start + open.length,
        numeralTo: start + open.length + numeral.length,
        value,
        numeralStyle: arabic ? "arabic" : "chinese",
        bracket: full ? "full" : half ? "half" : "mixed",
        open,
        close,
        punct,
        punctFrom: start + open.length + numeral.length + close.length,
      };
      level = levelOf(true, arabic ? "arabic" : "chinese");
    }
  }
  if (!marker && (m = CN_BARE.exec(rest))) {
    const [, numeral, punct] = m as unknown as [string, string, string];
    const value = chineseNumeralValue(numeral);
    const after = rest.slice(m[0].length);
    const next = after.charAt(0);
    const textFollows = /\s/.test(next) ? /^[ \u3000]+\S/.test(after) : !NUMBER_LIST_AFTER.test(after);
    if (value !== null && next !== "" && textFollows) {
      const start = offset + indent;
      marker = {
        from: start, to: start + m[0].length, numeral, numeralFrom: start, numeralTo: start + numeral.length,
        value, numeralStyle: "chinese", bracket: "none", open: "", close: "", punct, punctFrom: start + numeral.length,
      };
      level = levelOf(false, "chinese");
    }
  }
  if (!marker && (m = ARABIC_BARE.exec(rest))) {
    const [, numeral, punct] = m as unknown as [string, string, string];
    const next = rest.charAt(m[0].length);
    // 1.5亿元, 3.2%, 1,000, 1、2月 and an item that is only a number are not markers; `1. 加强` (a space, then
    // text) is a marker.
    const textFollows = /\s/.test(next) ? SPACE_THEN_TEXT.test(rest.slice(m[0].length)) : !/[0-9０-９%％.．,，]/.test(next);
    if (next !== "" && textFollows) {
      const value = Number(toHalfWidthDigits(numeral));
      if (value > 0) {
        const start = offset + indent;
        marker = {
          from: start, to: start + m[0].length, numeral, numeralFrom: start, numeralTo: start + numeral.length,
          value, numeralStyle: "arabic", bracket: "none", open: "", close: "", punct, punctFrom: start + numeral.length,
        };
        level = levelOf(false, "arabic");
      }
    }
  }
  if (!marker || !level) return null;

  const titleStart = marker.to - offset;
  let lineEnd = line.length;
  while (lineEnd > titleStart && TRAILING_SPACE.test(line[lineEnd - 1]!)) lineEnd--;
  TITLE_END.lastIndex = titleStart;
  let titleEndIdx = lineEnd;
  let titleEnd = "";
  let e: RegExpExecArray | null;
  while ((e = TITLE_END.exec(line))) {
    // A colon inside the title (`主要目标：全年…`) only ends it when the line ends there.
    if ((e[0] === "：" || e[0] === ":") && e.index + 1 < lineEnd) continue;
    titleEndIdx = e.index;
    titleEnd = e[0];
    break;
  }
  let bodyStart = titleEndIdx + titleEnd.length;
  // Closing quotes or brackets right after the end mark belong to the title's sentence.
  while (bodyStart < line.length && /[”’）)」』]/.test(line[bodyStart]!)) bodyStart++;
  const runIn = line.slice(bodyStart).trim().length > 0;
  return {
    level,
    marker,
    titleFrom: offset + titleStart,
    titleTo: offset + titleEndIdx,
    title: line.slice(titleStart, titleEndIdx),
    titleEnd,
    runIn,
  };
}

const NON_SPACE = /\S/;

/**
 * A paragraph key (`Rule.paragraphKey`) for document rules that read headings and blank lines: a heading's whole
 * line, else only whether the line is empty, blank or text — typing in body text leaves it unchanged.
 */
export function headingKey(text: string): string {
  if (text.length === 0) return "e";
  if (parseHeading(text, 0)) return "h" + text;
  return NON_SPACE.test(text) ? "t" : "s";
}
