// Ordinal words that number points inside body text: 一是……二是……, 第一，……第二，……, 首先/其次 are not
// counted. An ordinal counts only at a clause start: the paragraph start, or after 。；，：！？ (or a marker).
// Not ordinals: 统一是 and 唯一是 (not at a clause start), 一是一、二是二 (the idiom), 一是否 (是否),
// 第一、二季度 and 第一、第二产业 (a list of ordinal numbers), 位列第一，(not at a clause start).

import { chineseNumeralValue } from "./numerals.js";

export interface Ordinal {
  kind: "shi" | "di";
  /** Span of the whole ordinal word with any punctuation after it (`二是`, `第一，`). */
  from: number;
  to: number;
  numeral: string;
  numeralFrom: number;
  numeralTo: number;
  value: number;
  /** Punctuation right after a 第X ordinal (`，` `、` …), "" when none or for X是. */
  punct: string;
}

const ORDINAL = /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})([，、,：:；])?/g;
// A clause start: the line start (after indentation or a heading marker) or a clause-ending mark.
const CLAUSE_BEFORE = /[。；，：！？;:!?）)、.．\s\u3000”]$/;
const NUMERAL = /[一二三四五六七八九十]/;

/** Finds the ordinal words of one line; offsets are shifted by `offset`. */
export function findOrdinals(line: string, offset: number): Ordinal[] {
  const out: Ordinal[] = [];
  ORDINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL.exec(line))) {
    const before = line.slice(Math.max(0, m.index - 1), m.index);
    if (before !== "" && !CLAUSE_BEFORE.test(before)) continue;
    if (m[1] !== undefined) {
      const value = chineseNumeralValue(m[1]);
      if (value === null) continue;
      const end = m.index + m[0].length;
      const next = line.charAt(end);
      // 一是否 is 是否; 一是一、二是二 (X是X then a mark or the end) is the idiom.
      if (next === "否") continue;
      if (line.startsWith(m[1], end) && !/^[\p{Script=Han}\w]/u.test(line.charAt(end + m[1].length))) continue;
      out.push({
        kind: "shi", from: offset + m.index, to: offset + m.index + m[0].length, numeral: m[1],
        numeralFrom: offset + m.index, numeralTo: offset + m.index + m[1].length, value, punct: "",
      });
    } else {
      const numeral = m[2]!;
      const value = chineseNumeralValue(numeral);
      // Only a 第X followed by punctuation opens a point; 第一次会议, 第三产业 are ordinary words.
      if (value === null || !m[3]) continue;
      // 第一、二季度 and 第一、第二产业 list ordinal numbers; the 、 is right there.
      const next = line.charAt(m.index + m[0].length);
      if (m[3] === "、" && (NUMERAL.test(next) || next === "第")) continue;
      out.push({
        kind: "di", from: offset + m.index, to: offset + m.index + m[0].length, numeral,
        numeralFrom: offset + m.index + 1, numeralTo: offset + m.index + 1 + numeral.length, value, punct: m[3],
      });
    }
  }
  return out;
}
