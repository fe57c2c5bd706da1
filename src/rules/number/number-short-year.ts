// number-short-year: a two-digit year → the full year (`24年底` → `2024年底`, `23年3月` → `2023年3月`).
// Basis: GB/T 15835-2011 (years are written in full; `二〇二四年` not `二四年`, `2024年` not `24年`).
// Conservative: two digits count as a year only before what only a calendar year takes — 年底 年初 年末 年度
// 年上半年 年下半年 年前三季度 年第一季度 年一季度 or 年N月 (N = 1–12, not 个月) — because `近10年`, `5年来`,
// `10年以来`, `10年中`, `24年龄` are durations or other words. 00–39 read as 20xx, 90–99 as 19xx; 40–89 are never touched.
// Options: none.

import type { Rule } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";

// Pre-check: two digits before 年 with no digit before them (2025年 is a full year; its 25年 never matches).
const MAY_REPORT = /(?<![0-9])[0-9]{2}年/;
const SHORT_YEAR =
  /(?<![A-Za-z0-9０-９.,_—～~\-－/’'第近前后每约逾超续满历达共])(\d{2})年(?=底|初(?![步心衷期级次见具显创成始])|末(?!位)|度|上半年|下半年|前三季度|[第一二三四]{1,2}季度|(?:1[0-2]|[1-9])月)/g;

function fullYear(two: string): string | null {
  const n = Number(two);
  if (n <= 39) return "20" + two;
  if (n >= 90) return "19" + two;
  return null;
}

export const rule: Rule = {
  id: "number-short-year",
  meta: {
    family: "number",
    description: "年份应写全（24年底 → 2024年底）",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      shortYear: "年份应写全：“{full}年”",
    },
    examples: {
      valid: [
        "近10年来，5年来累计完成投资。",
        "10年以来首次实现增长，已满24年龄段。",
        "2024年底前完成，2023年3月开工。",
        "用3年时间完成改造，10年3个月。",
        "2023—24年度供暖季",
        "第24年中央财政",
        "用了10年初步建成体系，改革开放30年初见成效。",
        "连续12年度考核优秀，满15年度评先资格。",
      ],
      invalid: [
        {
          text: "24年底前完成改造。",
          output: "2024年底前完成改造。",
          errors: [{ messageId: "shortYear", span: "24年" }],
        },
        {
          text: "自23年3月开工，23年度投资完成率达95%。",
          output: "自2023年3月开工，2023年度投资完成率达95%。",
          errors: [
            { messageId: "shortYear", span: "23年" },
            { messageId: "shortYear", span: "23年" },
          ],
        },
        {
          text: "98年特大洪水后，99年初开始重建。",
          output: "98年特大洪水后，1999年初开始重建。",
          errors: [{ messageId: "shortYear", span: "99年" }],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    SHORT_YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHORT_YEAR.exec(text))) {
      const full = fullYear(m[1]!);
      if (!full) continue;
      const start = from + m.index;
      ctx.report({
        from: start,
        to: start + m[0].length,
        messageId: "shortYear",
        data: { full },
        fixes: [{ title: `改为“${full}年”`, edits: [{ from: start, to: start + 2, insert: full }] }],
      });
    }
  },
};
