// number-fullwidth-digits: full-width digits → half-width (`１２３亿元` → `123亿元`, `５．２%` → `5.2%`).
// Basis: GB/T 15835-2011 (Arabic numerals are written in half-width form).
// A full-width point ．between full-width digits goes with them. Known limits: none. Options: none.

import type { Rule, TextEdit } from "../../core/types.js";

const FULLWIDTH_NUMBER = /[０-９]+(?:[．.][０-９0-9]+)?/g;

function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xfee0) : ch === "．" ? "." : ch;
  }
  return out;
}

export const rule: Rule = {
  id: "number-fullwidth-digits",
  meta: {
    family: "number",
    description: "阿拉伯数字应使用半角字符",
    basis: "GB/T 15835-2011",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      fullWidth: "数字应使用半角：“{half}”",
    },
    examples: {
      valid: ["全年完成投资123亿元，增长5.2%。", "〔2024〕23号文件印发。", "PM2.5平均浓度下降6.1%。"],
      invalid: [
        {
          text: "全年完成投资１２３亿元。",
          output: "全年完成投资123亿元。",
          errors: [{ messageId: "fullWidth", span: "１２３" }],
        },
        {
          text: "增长５．２%，新增1２家。",
          output: "增长5.2%，新增12家。",
          errors: [
            { messageId: "fullWidth", span: "５．２" },
            { messageId: "fullWidth", span: "２" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    FULLWIDTH_NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FULLWIDTH_NUMBER.exec(text))) {
      const half = toHalfWidth(m[0]);
      const edit: TextEdit = { from: from + m.index, to: from + m.index + m[0].length, insert: half };
      ctx.report({ from: edit.from, to: edit.to, messageId: "fullWidth", data: { half }, fixes: [{ title: `改为“${half}”`, edits: [edit] }] });
    }
  },
};
