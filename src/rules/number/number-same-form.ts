// number-same-form: numbers of one kind in one name take one form. In a session name such as
// `十一届全国人大1次会议` or `第18届人民代表大会第五次会议`, where one number is Chinese and the other Arabic, the
// Arabic one is rewritten in Chinese numerals, as session names are written (`十一届全国人大一次会议`).
// Basis: GB/T 15835-2011 4.3 (同类别同形式); GB/T 15835-2011 4.2 (set names keep Chinese numerals).
// Only the 届 … 次会议/全会 pattern within one clause is checked, and only 1–99; a name with both numbers in Arabic
// is left alone (consistent, if unusual). Options: none.

import type { Rule } from "../../core/types.js";
import { chineseNumeralValue, toChineseNumeral } from "../../core/numerals.js";
import { mayMatch } from "../_prefilter.js";

const SESSION =
  /([一二三四五六七八九十]{1,3}|(?<![\d.])\d{1,2})届([^，。；！？、\d一二三四五六七八九十]{1,16}?)第?([一二三四五六七八九十]{1,3}|\d{1,2})次(?=会议|全体会议|全会|常委会会议|主任会议)/g;
const ARABIC = /^\d+$/;
// Pre-check: every match holds 届 (the pattern's class at every position costs more than looking for it).
const MAY_REPORT = /届/;

export const rule: Rule = {
  id: "number-same-form",
  meta: {
    family: "number",
    description: "同一名称中同类数字形式应一致（十一届全国人大一次会议）",
    basis: "GB/T 15835-2011 4.3",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      sameForm: "同一名称中的数字应统一用汉字：“{chinese}”",
    },
    examples: {
      valid: [
        "十一届全国人大一次会议",
        "在青石县第十八届人民代表大会第五次会议上",
        "第18届人民代表大会第5次会议",
        "党的二十届三中全会精神",
        "县第十八届人民代表大会第一会议",
      ],
      invalid: [
        {
          text: "十一届全国人大1次会议",
          output: "十一届全国人大一次会议",
          errors: [{ messageId: "sameForm", span: "1" }],
        },
        {
          text: "在青石县第18届人民代表大会第五次会议上",
          output: "在青石县第十八届人民代表大会第五次会议上",
          errors: [{ messageId: "sameForm", span: "18" }],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    SESSION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SESSION.exec(text))) {
      const term = m[1]!;
      const session = m[3]!;
      const termArabic = ARABIC.test(term);
      const sessionArabic = ARABIC.test(session);
      if (termArabic === sessionArabic) continue;
      const other = termArabic ? session : term;
      if (chineseNumeralValue(other) === null) continue;
      const arabic = termArabic ? term : session;
      const value = Number(arabic);
      if (value < 1 || value > 99) continue;
      const chinese = toChineseNumeral(value);
      const at = termArabic ? m.index : m.index + m[0].length - 1 - arabic.length;
      ctx.report({
        from: from + at,
        to: from + at + arabic.length,
        messageId: "sameForm",
        data: { chinese },
        fixes: [{ title: `改为“${chinese}”`, edits: [{ from: from + at, to: from + at + arabic.length, insert: chinese }] }],
      });
    }
  },
};
