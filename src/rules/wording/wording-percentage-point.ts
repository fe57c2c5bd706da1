// wording-percentage-point: the change of a rate, share or proportion is counted in 个百分点, not in %:
// `比重提高2.6%` → `比重提高2.6个百分点`, `城镇化率提高1.2%` → `城镇化率提高1.2个百分点`.
// Basis: editorial practice (statistical usage: 百分点 measures the difference of two percentages).
// Options: none. Severity: info, because it is a heuristic.
// Known limits: fires only when the rate word (比重, 占比, 比例, 份额, 增速, 增幅, …率) and the verb stand in one clause with at
// most an adverb (分别, 同比, 比上年, 年均…) between them and the number follows the verb directly; a level
// (`提高到90.2%`, `由22.5%提高到23.5%`) is never flagged. Words in 率 that are not percentages (效率, 频率,
// 功率, 汇率, 生产率, 容积率…) and proportional scaling (`按比例提高10%`) are left alone.

import type { Rule, TextEdit } from "../../core/types.js";
import { mayMatch } from "../_prefilter.js";

// The rate word; then, right after it, an optional adverb, the verb and the first number with its per-cent sign.
// Two small patterns rather than one, and exclusions (效率, 按比例…) checked in code, so that recheck can prove
// both safe quickly.
const RATE_WORD = /比重|占比|比例|份额|增速|增幅|率/g;
const CHANGE_AFTER =
  /(?:分别|均|同比|比上年|较上年|比上年末|较上年末|比去年|较去年|年均|平均|累计|进一步)?(?:提高|下降|增加|降低|上升|减少|提升|回落|回升|下滑|增长|扩大|缩小)了?(\d+(?:\.\d+)?)[%％]/y;
// Pre-check: every report needs the verb right before a number and its per-cent sign (CHANGE_AFTER's tail).
const MAY_REPORT = /(?:提高|下降|增加|降低|上升|减少|提升|回落|回升|下滑|增长|扩大|缩小)了?[0-9][0-9.]*[%％]/;
const NOT_A_PERCENTAGE_RATE = new Set(["效", "频", "功", "速", "汇", "概", "生产", "容积", "分辨", "周转"]);
const PROPORTIONAL = new Set(["按", "同", "等"]);
// Further numbers of a list after the first: `分别提高2%、3%`.
const NEXT_NUMBER = /[、和](\d+(?:\.\d+)?)[%％]/y;

export const rule: Rule = {
  id: "wording-percentage-point",
  meta: {
    family: "wording",
    description: "比重、比率的增减用“个百分点”而非“%”",
    basis: "编辑惯例（百分点表示百分比之差）",
    defaultSeverity: "info",
    fixable: true,
    scope: "paragraph",
    messages: {
      percentagePoint: "比重、比率的增减应以百分点计：“{number}个百分点”",
    },
    examples: {
      valid: [
        "常住人口城镇化率57.1%、提高6.5个百分点。",
        "良改比重提高到90.2%，在全省占比由22.5%提高到23.5%。",
        "审批效率提高50%，劳动生产率提高8%。",
        "居民收入按比例提高10%，率先提高30%。",
        "规模以上工业增加值增长6.9%。",
      ],
      invalid: [
        {
          text: "高技术制造业增加值占规上工业比重提高2.6%。",
          output: "高技术制造业增加值占规上工业比重提高2.6个百分点。",
          errors: [{ messageId: "percentagePoint", span: "2.6%" }],
        },
        {
          text: "城镇登记失业率下降0.3%，森林覆盖率提高了1.2%，工业增速回落1.5%。",
          output: "城镇登记失业率下降0.3个百分点，森林覆盖率提高了1.2个百分点，工业增速回落1.5个百分点。",
          errors: [
            { messageId: "percentagePoint", span: "0.3%" },
            { messageId: "percentagePoint", span: "1.2%" },
            { messageId: "percentagePoint", span: "1.5%" },
          ],
        },
        {
          text: "一、二、三产业占比分别提高1.5%、2%。",
          output: "一、二、三产业占比分别提高1.5个百分点、2个百分点。",
          errors: [
            { messageId: "percentagePoint", span: "1.5%" },
            { messageId: "percentagePoint", span: "2%" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { text, from: base } = ctx.paragraph;
    if (!mayMatch(MAY_REPORT, text)) return;
    RATE_WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = RATE_WORD.exec(text))) {
      if (!isRateOfChange(text, w.index, w[0])) continue;
      CHANGE_AFTER.lastIndex = w.index + w[0].length;
      const m = CHANGE_AFTER.exec(text);
      if (!m) continue;
      const number = m[1]!;
      let end = m.index + m[0].length;
      report(end - number.length - 1, number);
      NEXT_NUMBER.lastIndex = end;
      let n: RegExpExecArray | null;
      while ((n = NEXT_NUMBER.exec(text))) {
        end = n.index + n[0].length;
        report(end - n[1]!.length - 1, n[1]!);
        NEXT_NUMBER.lastIndex = end;
      }
      RATE_WORD.lastIndex = end;
    }

    function report(numberFrom: number, number: string): void {
      const signAt = base + numberFrom + number.length;
      const edit: TextEdit = { from: signAt, to: signAt + 1, insert: "个百分点" };
      ctx.report({
        from: base + numberFrom,
        to: signAt + 1,
        messageId: "percentagePoint",
        data: { number },
        fixes: [{ title: `改为“${number}个百分点”`, edits: [edit] }],
      });
    }
  },
};

function isRateOfChange(text: string, at: number, word: string): boolean {
  if (word === "比例") return !PROPORTIONAL.has(text.slice(at - 1, at));
  if (word === "率") return !NOT_A_PERCENTAGE_RATE.has(text.slice(at - 1, at)) && !NOT_A_PERCENTAGE_RATE.has(text.slice(Math.max(0, at - 2), at));
  return true;
}
