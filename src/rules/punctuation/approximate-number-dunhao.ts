// approximate-number-dunhao: two adjacent numerals that together give an approximate number take no 顿号:
// 三、四个月 → 三四个月; 5、6天 → 五六天 (an approximate number is written in Chinese numerals, GB/T 15835-2011).
// Basis: GB/T 15834-2011 4.5.3.4 (相邻两数字连用表示概数通常不用顿号; 二、三产业, an abbreviation, keeps it).
// Only pairs of one-digit numerals n and n+1 (一二 … 八九, 两三) directly followed by a counting word (个 天 年 人 次 …)
// are taken. Left alone: the ordinal marker 一、 at a line start, lists (1、2、3号线, 三、四、五个), ordinals
// (第三、四季度, 周三、四), and the abbreviated pairs that name two things (二、三产业, 一、二季度, 三、四月份, 六、七年级),
// whose following word is not a counting word.
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";

const CN = "一二三四五六七八九";
// A numeral pair, the 顿号 and what follows; the counting word is checked in code against COUNTERS.
const PAIR = /([一二两三四五六七八九1-9])、([二三四五六七八九2-9])/g;
// Counting words after which n、n+1 reads as "n or n+1 of them". Longest first where one is a prefix of another.
const COUNTERS = /^(?:个|天|日(?!期)|年(?!级|度)|小时|分钟|周(?!年)|倍|成|岁|人|名|位|次|家|户|项|件|处|所|座|台|辆|只|头|株|亩|元|块|里|米|公里|千米|十|百|千|万)/;
const BEFORE_EXCLUDED = /[第周期礼拜0-9.一二两三四五六七八九十、]/;

function value(ch: string): number {
  if (ch === "两") return 2;
  const i = CN.indexOf(ch);
  return i >= 0 ? i + 1 : Number(ch);
}

export const rule: Rule = {
  id: "approximate-number-dunhao",
  meta: {
    family: "punctuation",
    description: "相邻两数字连用表示概数，中间不用顿号",
    basis: "GB/T 15834-2011 4.5.3.4",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      approximate: "概数中间不用顿号：“{fixed}”",
    },
    examples: {
      valid: [
        "一、总体要求",
        "推动一、二、三产业融合发展。",
        "一、二季度经济增速分别为4.5%、5.1%。",
        "地铁1、2、3号线全线贯通。",
        "第三、四季度增速回升，六、七年级学生参加。",
        "用三四个月时间完成整治。",
        "黄酒、香菇品牌价值分别达13.28、12.31亿元。",
      ],
      invalid: [
        {
          text: "用三、四个月时间完成整治。",
          output: "用三四个月时间完成整治。",
          errors: [{ messageId: "approximate", span: "三、四" }],
        },
        {
          text: "每周开展5、6次巡查，每次两、三小时。",
          output: "每周开展五六次巡查，每次两三小时。",
          errors: [
            { messageId: "approximate", span: "5、6" },
            { messageId: "approximate", span: "两、三" },
          ],
        },
        {
          text: "带动七、八十户群众增收。",
          output: "带动七八十户群众增收。",
          errors: [{ messageId: "approximate", span: "七、八" }],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf("、") < 0) return;
    const lineStart = t.length - t.trimStart().length;
    PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR.exec(t))) {
      const [whole, a, b] = m as unknown as [string, string, string];
      const start = m.index;
      const end = start + whole.length;
      const arabicA = /[0-9]/.test(a);
      if (arabicA !== /[0-9]/.test(b)) continue;
      if (value(b) !== value(a) + 1) continue;
      // 1、2 in Arabic is nearly always a list (1、2号线, 1、2年级); 一两 is not written 一二.
      if (arabicA && a === "1") continue;
      if (BEFORE_EXCLUDED.test(t[start - 1] ?? "")) continue;
      if (t.slice(start - 2, start) === "星期" || t.slice(start - 2, start) === "礼拜") continue;
      // The numeral at the start of a line (after indentation) is an ordinal marker.
      if (start <= lineStart) continue;
      const rest = t.slice(end, end + 3);
      if (!COUNTERS.test(rest)) continue;
      // 三、四月份 names two months; a following 、 makes a list.
      if (t[end] === "、") continue;
      const fixed = arabicA ? CN[value(a) - 1]! + CN[value(b) - 1]! : a + b;
      const from = p.from + start;
      const to = p.from + end;
      const edits = arabicA
        ? [{ from, to, insert: fixed }]
        : [{ from: from + 1, to: from + 2, insert: "" }];
      ctx.report({ from, to, messageId: "approximate", data: { fixed }, fixes: [{ title: `改为“${fixed}”`, edits }] });
    }
  },
};
