// heading-marker-format: the written form of a structural-level marker at the start of a paragraph.
// Level 1 `一、` takes a 顿号 (一. 一， 一． 一： → 一、); level 3 `1.` takes a 下脚点 (1、 1， → 1.; the full-width
// point 1． is accepted, as the standards print it so); bracketed markers `（一）` `（1）` take full-width brackets and
// nothing after them ((一) （一) → （一）; （一）、 → （一）); digits in markers are half-width (１. → 1.).
// Basis: GB/T 9704-2012 7.3.3 (the marker ladder, rules/heading-ladder.json: each level's brackets, its mark and the
// marks misused for it); GB/T 15834-2011 附录B (punctuation after 序次语).
// Options: none. One diagnostic per marker; its fix edits only the wrong characters.
// Known limits: only markers at a paragraph start are seen (see src/core/headings.ts for what counts as one);
// `1）` `①` and other marker styles are not recognised.
import { ladderLevel } from "../../core/headings.js";
import type { Rule, TextEdit } from "../../core/types.js";

const FULL_WIDTH_DIGITS = /[０-９]/g;

function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export const rule: Rule = {
  id: "heading-marker-format",
  meta: {
    family: "heading",
    description: "标题序号的标点与括号：“一、”“（一）”“1.”“（1）”",
    basis: "GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B",
    defaultSeverity: "error",
    fixable: true,
    scope: "paragraph",
    messages: {
      punctAfterChinese: "汉字序号后应使用顿号：“{expected}”",
      punctAfterArabic: "阿拉伯数字序号后应使用下脚点：“{expected}”",
      punctAfterBracket: "括号序号后不加标点：“{expected}”",
      halfWidthBracket: "序号括号应使用全角：“{expected}”",
      fullWidthDigit: "序号数字应使用半角：“{expected}”",
    },
    examples: {
      valid: [
        "一、总体要求",
        "　　二、主要任务",
        "（一）指导思想",
        "1.加强组织领导",
        "1．加强组织领导",
        "（1）建立工作专班",
        "1.5亿元专项资金全部下达。",
        "（2021—2025年）规划纲要",
        "一、二季度经济运行平稳。",
        "1、2月份，全县财政收入增长5%。",
        "一是加强组织领导。",
      ],
      invalid: [
        { text: "一.总体要求", output: "一、总体要求", errors: [{ messageId: "punctAfterChinese", span: "一." }] },
        { text: "二，主要任务", output: "二、主要任务", errors: [{ messageId: "punctAfterChinese", span: "二，" }] },
        { text: "三．保障措施", output: "三、保障措施", errors: [{ messageId: "punctAfterChinese", span: "三．" }] },
        { text: "（一）、指导思想", output: "（一）指导思想", errors: [{ messageId: "punctAfterBracket", span: "（一）、" }] },
        { text: "(一)指导思想", output: "（一）指导思想", errors: [{ messageId: "halfWidthBracket", span: "(一)" }] },
        { text: "（二)基本原则", output: "（二）基本原则", errors: [{ messageId: "halfWidthBracket", span: "（二)" }] },
        { text: "(三)、工作目标", output: "（三）工作目标", errors: [{ messageId: "halfWidthBracket", span: "(三)、" }] },
        { text: "1、加强组织领导", output: "1.加强组织领导", errors: [{ messageId: "punctAfterArabic", span: "1、" }] },
        { text: "（1）、建立工作专班", output: "（1）建立工作专班", errors: [{ messageId: "punctAfterBracket", span: "（1）、" }] },
        { text: "(2)建立工作专班", output: "（2）建立工作专班", errors: [{ messageId: "halfWidthBracket", span: "(2)" }] },
        { text: "１．加强组织领导", output: "1．加强组织领导", errors: [{ messageId: "fullWidthDigit", span: "１．" }] },
        { text: "（１２）强化督查", output: "（12）强化督查", errors: [{ messageId: "fullWidthDigit", span: "（１２）" }] },
      ],
    },
  },
  check(ctx) {
    const h = ctx.paragraph.heading;
    if (!h) return;
    const m = h.marker;
    const edits: TextEdit[] = [];
    let messageId: string | null = null;
    let open = m.open;
    let numeral = m.numeral;
    let close = m.close;
    let punct = m.punct;
    const rung = ladderLevel(h.level);
    if (m.bracket !== "none") {
      if (open !== rung.open) {
        edits.push({ from: m.from, to: m.from + open.length, insert: rung.open });
        open = rung.open;
      }
      if (close !== rung.close) {
        edits.push({ from: m.numeralTo, to: m.numeralTo + close.length, insert: rung.close });
        close = rung.close;
      }
      if (edits.length) messageId = "halfWidthBracket";
    }
    if (m.numeralStyle === "arabic" && numeral !== halfWidth(numeral)) {
      numeral = halfWidth(numeral);
      edits.push({ from: m.numeralFrom, to: m.numeralTo, insert: numeral });
      messageId ??= "fullWidthDigit";
    }
    // The ladder's mark after the marker (or one it also accepts); anything else is replaced by the ladder's.
    const wantPunct = punct === rung.punct || rung.accepted.includes(punct) ? punct : rung.punct;
    if (wantPunct !== punct) {
      messageId ??= m.bracket !== "none" ? "punctAfterBracket" : m.numeralStyle === "chinese" ? "punctAfterChinese" : "punctAfterArabic";
      edits.push({ from: m.punctFrom, to: m.punctFrom + punct.length, insert: wantPunct });
      punct = wantPunct;
    }
    if (!messageId) return;
    ctx.report({
      from: m.from,
      to: m.to,
      messageId,
      data: { expected: open + numeral + close + punct },
      fixes: [{ title: `改为“${open + numeral + close + punct}”`, edits }],
    });
  },
};
