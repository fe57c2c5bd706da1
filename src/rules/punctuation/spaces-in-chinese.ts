// spaces-in-chinese: a space between two Han characters, or between a Han character and a number, inside a
// sentence → removed (增长 5.2% → 增长5.2%; 5000 元 → 5000元). This linter never inserts spaces.
// Basis: 编辑惯例 (official documents set Chinese and numbers solid; GB/T 9704-2012 gives no inter-word spacing).
// Only prose lines are checked: lines with a ，or 。. Lines without them are titles, signatures and page furniture,
// where spaces are layout: letter-spaced titles (政 府 工 作 报 告), names padded to three characters (何 雄), a post
// and a name (县长 王刚), joint issuers separated by spaces. Indentation at the line start is never touched, nor spaces
// beside Latin words or codes (GB/T 9704 标准, 5G 基站).
// Options: none.

import type { Rule, RuleContext } from "../../core/types.js";
import { isChineseAt, isChineseBefore, isHanAt, isHanBefore } from "./_chars.js";

const GAP = /[ \u3000\u00a0]+/g;
const PROSE = /[，。]/;
const NUMBER_CHAR = /[0-9.%‰]/;

/** True when a number ends just before `i` and that number is itself preceded by Chinese (or the line start). */
function numberEndsBefore(t: string, i: number): boolean {
  let j = i;
  while (j > 0 && NUMBER_CHAR.test(t[j - 1]!)) j--;
  if (j === i || !/[0-9%‰]/.test(t[i - 1]!)) return false;
  return j === 0 || isChineseBefore(t, j);
}

/** True when a number starts at `i` and is itself followed by Chinese, a sentence mark or the line end. */
function numberStartsAt(t: string, i: number): boolean {
  if (!/[0-9]/.test(t[i] ?? "")) return false;
  let j = i;
  while (j < t.length && NUMBER_CHAR.test(t[j]!)) j++;
  // A trailing dot is the sentence's (增长 5%.), not the number's.
  if (t[j - 1] === ".") j--;
  return j === t.length || isChineseAt(t, j) || /[,.;:!?)]/.test(t[j]!);
}

export const rule: Rule = {
  id: "spaces-in-chinese",
  meta: {
    family: "punctuation",
    description: "汉字之间、汉字与数字之间不应有空格",
    basis: "编辑惯例",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      space: "删去汉字之间的空格",
      spaceNumber: "删去汉字与数字之间的空格",
    },
    examples: {
      valid: [
        "政 府 工 作 报 告",
        "郑州市人民政府市长 何 雄",
        "　　各位代表：现在，我代表市人民政府向大会报告工作。",
        "执行GB/T 9704 标准，建成5G 基站1200个。",
        "成都市发展和改革委员会 成都市住房和城乡建设局",
        "地区生产总值增长5.2%，达到5000亿元。",
      ],
      invalid: [
        {
          text: "地区生产总值增长 5.2%，达到5000 亿元。",
          output: "地区生产总值增长5.2%，达到5000亿元。",
          errors: [
            { messageId: "spaceNumber", span: " " },
            { messageId: "spaceNumber", span: " " },
          ],
        },
        {
          text: "推动经济 高质量发展，持续改善民生。",
          output: "推动经济高质量发展，持续改善民生。",
          errors: [{ messageId: "space", span: " " }],
        },
        {
          text: "全年完成投资  123亿元，同比增长　12%。",
          output: "全年完成投资123亿元，同比增长12%。",
          errors: [
            { messageId: "spaceNumber", span: "  " },
            { messageId: "spaceNumber", span: "　" },
          ],
        },
      ],
    },
  },
  check(ctx: RuleContext) {
    const p = ctx.paragraph;
    const t = p.text;
    if (t.indexOf(" ") < 0 && t.indexOf("\u3000") < 0 && t.indexOf("\u00a0") < 0) return;
    if (!PROSE.test(t)) return;
    GAP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GAP.exec(t))) {
      const i = m.index;
      const end = i + m[0].length;
      if (i === 0 || end === t.length) continue;
      const hanLeft = isHanBefore(t, i);
      const hanRight = isHanAt(t, end);
      let messageId: "space" | "spaceNumber" | null = null;
      if (hanLeft && hanRight) messageId = "space";
      else if (hanLeft && numberStartsAt(t, end)) messageId = "spaceNumber";
      else if (hanRight && numberEndsBefore(t, i)) messageId = "spaceNumber";
      if (!messageId) continue;
      const from = p.from + i;
      const to = p.from + end;
      ctx.report({ from, to, messageId, fixes: [{ title: "删去空格", edits: [{ from, to, insert: "" }] }] });
    }
  },
};
