// standard-number-dash: in a standard number the year follows an one-em dash: GB/T 15834-2011 → GB/T 15834—2011.
// Basis: GB/T 15834-2011 4.13 (连接号: 一字线 joins the serial number and the year of a standard); the standards' own
// covers print GB/T 15834—2011. Info: the hyphen form is common and harmless.
// Prefixes recognised: GB, GB/T, GB/Z, any two-to-four-letter code with /T or /Z (JGJ/T, DB11/T), the mandatory
// industry codes JGJ CJJ HJ and provincial DBnn. Parts (GB/T 1.1-2020) are kept. ISO numbers use a colon and are not
// matched.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";

const STANDARD = /(?<![A-Za-z])(?:GB(?:\/[TZ])?|[A-Z]{2,4}\/[TZ]|DB\d{2,6}(?:\/T)?|JGJ|CJJ|HJ)[ \u00a0]?\d+(?:\.\d+)*-(?:19|20)\d\d(?!\d)/g;

export const rule: Rule = {
  id: "standard-number-dash",
  meta: {
    family: "punctuation",
    description: "标准编号中顺序号与年号之间用一字线“—”",
    basis: "GB/T 15834-2011 4.13",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    messages: {
      dash: "标准编号中年号前应使用一字线“—”",
    },
    examples: {
      valid: [
        "严格执行GB/T 9704—2012《党政机关公文格式》。",
        "参照ISO 9001:2015建立质量管理体系。",
        "编制2021-2025年发展规划。",
      ],
      invalid: [
        {
          text: "严格执行GB/T 9704-2012《党政机关公文格式》和GB/T 15834-2011。",
          output: "严格执行GB/T 9704—2012《党政机关公文格式》和GB/T 15834—2011。",
          errors: [
            { messageId: "dash", span: "-" },
            { messageId: "dash", span: "-" },
          ],
        },
        {
          text: "按照JGJ/T 1.1-2020和GB 50016-2014要求实施。",
          output: "按照JGJ/T 1.1—2020和GB 50016—2014要求实施。",
          errors: [
            { messageId: "dash", span: "-" },
            { messageId: "dash", span: "-" },
          ],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf("-") < 0) return;
    STANDARD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STANDARD.exec(t))) {
      const dashAt = m.index + m[0].lastIndexOf("-");
      const from = p.from + dashAt;
      ctx.report({ from, to: from + 1, messageId: "dash", fixes: [{ title: "改为“—”", edits: [{ from, to: from + 1, insert: "—" }] }] });
    }
  },
};
