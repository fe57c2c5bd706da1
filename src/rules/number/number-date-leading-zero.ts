// number-date-leading-zero: dates take no leading zeros (`2024年01月05日` → `2024年1月5日`).
// Basis: GB/T 9704-2012 7.3.5.4 (dates written in full with Arabic numerals, 不编虚位); GB/T 15835-2011.
// A month needs a year before it or a day after it to count as a date; times (`09:36`) and ISO dates
// (`2023-01-09`, page metadata) are left alone. Options: none.

import type { Rule, TextEdit } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";

// Pre-check: only a two-digit month or day with a leading zero is reported (05月, 09日).
const MAY_REPORT = /0[0-9][月日]/;
const DATE = /(?<![A-Za-z0-9０-９.])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;

export const rule: Rule = {
  id: "number-date-leading-zero",
  meta: {
    family: "number",
    description: "日期中的月、日不编虚位（2024年1月5日）",
    basis: "GB/T 9704-2012 7.3.5.4",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      leadingZero: "日期不编虚位，应写作“{fixed}”",
    },
    examples: {
      valid: ["2024年1月5日", "2024年10月10日", "1-5月累计", "来源：正观新闻 2023-01-09 09:36:55", "10~11月集中开工"],
      invalid: [
        {
          text: "2024年01月05日印发",
          output: "2024年1月5日印发",
          errors: [{ messageId: "leadingZero", span: "2024年01月05日" }],
        },
        {
          text: "自2023年09月起，截至12月01日",
          output: "自2023年9月起，截至12月1日",
          errors: [
            { messageId: "leadingZero", span: "2023年09月" },
            { messageId: "leadingZero", span: "12月01日" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(text))) {
      const [whole, year, month, day] = m;
      if (year === undefined && day === undefined) continue;
      const start = from + m.index;
      const edits: TextEdit[] = [];
      const monthAt = start + (year !== undefined ? year.length + 1 : 0);
      if (month!.length === 2 && month![0] === "0") edits.push({ from: monthAt, to: monthAt + 1, insert: "" });
      if (day !== undefined && day.length === 2 && day[0] === "0") {
        const dayAt = monthAt + month!.length + 1;
        edits.push({ from: dayAt, to: dayAt + 1, insert: "" });
      }
      if (edits.length === 0) continue;
      const fixed = whole.replace(/(^|[年月])0(?=\d)/g, "$1");
      ctx.report({ from: start, to: start + whole.length, messageId: "leadingZero", data: { fixed }, fixes: [{ title: `改为“${fixed}”`, edits }] });
    }
  },
};
