// number-chinese-measure: measured and counted values in Chinese numerals → Arabic numerals
// (`增长百分之六点五` → `增长6.5%`, `投资三十五亿元` → `投资35亿元`, `提高两个百分点` → `提高2个百分点`,
// `新建公路一百二十公里` → `新建公路120公里`).
// Basis: GB/T 15835-2011 4.1.1 (计量、计数的数值用阿拉伯数字).
// Fixed words, slogans and idioms keep their Chinese numerals: rules/fixed-numeral-words.json (`十四五`,
// `最后一公里`, `百分之百`…); a numeral inside one of them is never touched. Approximations (`三四亿元`, `十几个`)
// ordinals (`第一`) and emphatic or vague numerals (`每一吨`, `数十万元`) are left alone, as are numerals that begin
// with 千/百/万 (`千亿级`), milestones (`迈上两千亿元台阶`, `五百亿元级`) and one-character units other than 吨
// and 亩 (`一升一降`, `一米线`).
// Percentages, 个百分点 and money are warnings; physical units are info (prose such as `一公里范围内` is common).
// Options: none.

import type { Rule } from "../../core/types.js";
import fixedWords from "../../../rules/fixed-numeral-words.json" with { type: "json" };
import { chineseCardinalToArabic } from "./_numbers.js";
import { formIndex, unitTable } from "../unit/_units.js";
import { mayMatch } from "../_prefilter.js";

const NUMERAL = "[〇零一二两三四五六七八九十百千万亿点]";
// One-character names other than 吨 and 亩 are too often other words after a numeral (一升一降, 一米线, 三克).
const UNIT_NAMES = unitTable
  .flatMap((u) => u.forms.filter((f) => (f.kind === "name" || f.kind === "customary") && (f.form.length > 1 || f.form === "吨" || f.form === "亩")).map((f) => f.form))
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[/]/g, "\\/"))
  .join("|");

const RANGE_JOIN = "至到～~—-－、";
// Milestones are written as words (`迈上两千亿元台阶`, `突破五百亿元大关`, `百亿元级产业集群`).
const MILESTONE = /^(?:新?台阶|大关|级|量级)/;
const NUMERAL_CHAR = "〇零一二两三四五六七八九十百千万亿";
const PERCENT = new RegExp(`百分之(${NUMERAL}+)`, "g");
// A numeral is a whole run of numeral characters, found first; the unit is then tried at its end, and at each
// shorter end (一百万千瓦 is 一百万 + 千瓦). Two simple scans instead of one pattern with a long alternation.
const NUMERAL_RUN = new RegExp(`${NUMERAL}+`, "g");
const FIRST_DIGIT = "一二两三四五六七八九十";
// Words that end in 一 (统一, 唯一, 第一…), and vague or emphatic quantities (数十, 每一), are not data.
const WORD_BEFORE = "第统唯单同逐划专之归初始合不某任每这那哪数几";
const UNIT_AFTER = new RegExp(`个百分点|%|％|元|${UNIT_NAMES}`, "y");
// Pre-check: 百分之 before a numeral, or a numeral character right before a unit (where every measure ends).
const MAY_REPORT = new RegExp(`百分之${NUMERAL}|${NUMERAL}(?:个百分点|%|％|元|${UNIT_NAMES})`);

// Code-unit tables for the scan: where a run may start a measure, what may not stand before it, where a unit may
// begin. They spare a string per numeral run and a sticky match at every end of a run that no unit follows.
// One table of flags, not one table per class: each is 64 kB to set up at start-up.
const NUMERAL_CHAR_FLAG = 1;
const FIRST_DIGIT_FLAG = 2;
const WORD_BEFORE_FLAG = 4;
const UNIT_START_FLAG = 8;
const CODE_FLAGS = new Uint8Array(0x10000);
const flag = (chars: Iterable<string>, bit: number): void => {
  for (const c of chars) CODE_FLAGS[c.charCodeAt(0)]! |= bit;
};
flag(NUMERAL_CHAR + "点", NUMERAL_CHAR_FLAG);
flag(FIRST_DIGIT, FIRST_DIGIT_FLAG);
flag(WORD_BEFORE, WORD_BEFORE_FLAG);
flag(["个", "%", "％", "元", ...UNIT_NAMES.split("|")], UNIT_START_FLAG);

interface Measure {
  index: number;
  numeral: string;
  unit: string;
}

/** Chinese numerals directly followed by a unit, in order. */
function findMeasures(text: string): Measure[] {
  const out: Measure[] = [];
  // The runs are found by the regex, not by a charCodeAt loop: on the first lint after start-up a loop over every
  // character is interpreted, then compiled at length, and cost more than it saved.
  NUMERAL_RUN.lastIndex = 0;
  while (NUMERAL_RUN.test(text)) {
    const runEnd = NUMERAL_RUN.lastIndex;
    let runStart = runEnd - 1;
    while (runStart > 0 && (CODE_FLAGS[text.charCodeAt(runStart - 1)]! & NUMERAL_CHAR_FLAG) !== 0) runStart--;
    if ((CODE_FLAGS[text.charCodeAt(runStart)]! & FIRST_DIGIT_FLAG) === 0) continue;
    // The character before, by its last code unit: no character of WORD_BEFORE is a surrogate.
    if (runStart > 0 && (CODE_FLAGS[text.charCodeAt(runStart - 1)]! & WORD_BEFORE_FLAG) !== 0) continue;
    for (let end = runEnd; end > runStart; end--) {
      if (((CODE_FLAGS[text.charCodeAt(end)] ?? 0) & UNIT_START_FLAG) === 0) continue;
      UNIT_AFTER.lastIndex = end;
      const u = UNIT_AFTER.exec(text);
      if (u) {
        out.push({ index: runStart, numeral: text.slice(runStart, end), unit: u[0] });
        break;
      }
    }
  }
  return out;
}

const FIXED = new RegExp(
  (fixedWords as { words: { word: string }[] }).words
    .map((w) => w.word)
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

function fixedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  FIXED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIXED.exec(text))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export const rule: Rule = {
  id: "number-chinese-measure",
  meta: {
    family: "number",
    description: "计量、计数的数值应使用阿拉伯数字（百分之六点五 → 6.5%）",
    basis: "GB/T 15835-2011 4.1.1",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      chineseMeasure: "计量数值应使用阿拉伯数字：“{arabic}”",
    },
    examples: {
      valid: [
        "“十四五”规划目标任务全面完成，积极融入“一带一路”建设。",
        "以百分之百的努力抓好落实，打通服务群众“最后一公里”。",
        "增长6.5%，投资35亿元，提高2个百分点。",
        "第一个百分点由出口贡献，统一亿元以上项目台账。",
        "投资三四亿元，增长十几个百分点，打造千亿级产业集群。",
        "指标一升一降，设置一米线，珍惜每一吨水，投资数十万元。",
        "每年投入二至三亿元，提高三、四个百分点。",
        "地区生产总值迈上两千亿元台阶，打造五百亿元级产业集群。",
      ],
      invalid: [
        {
          text: "地区生产总值增长百分之六点五。",
          output: "地区生产总值增长6.5%。",
          errors: [{ messageId: "chineseMeasure", span: "百分之六点五" }],
        },
        {
          text: "完成投资三十五亿元，城镇化率提高两个百分点。",
          output: "完成投资35亿元，城镇化率提高2个百分点。",
          errors: [
            { messageId: "chineseMeasure", span: "三十五亿元" },
            { messageId: "chineseMeasure", span: "两个百分点" },
          ],
        },
        {
          text: "新建农村公路一百二十公里，覆盖率达到九十%。",
          output: "新建农村公路120公里，覆盖率达到90%。",
          errors: [
            { messageId: "chineseMeasure", span: "一百二十公里" },
            { messageId: "chineseMeasure", span: "九十%" },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const { from, text } = ctx.paragraph;
    if (!/[一二两三四五六七八九十]/.test(text) || !mayMatch(MAY_REPORT, text)) return;
    let fixed: [number, number][] | null = null;
    const inFixedWord = (a: number, b: number): boolean => {
      fixed ??= fixedSpans(text);
      return fixed.some(([s, e]) => s <= a && b <= e);
    };
    PERCENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PERCENT.exec(text))) {
      const value = chineseCardinalToArabic(m[1]!);
      if (value === null || /[万亿]/.test(value)) continue;
      const end = m.index + m[0].length;
      if (inFixedWord(m.index, end)) continue;
      const arabic = `${value}%`;
      ctx.report({
        from: from + m.index,
        to: from + end,
        messageId: "chineseMeasure",
        data: { arabic },
        fixes: [{ title: `改为“${arabic}”`, edits: [{ from: from + m.index, to: from + end, insert: arabic }] }],
      });
    }
    for (const { index, numeral, unit } of findMeasures(text)) {
      // The second value of a Chinese range (二至三亿元, 三、四个百分点) goes with the first: leave both.
      if (index >= 2 && RANGE_JOIN.includes(text[index - 1]!) && NUMERAL_CHAR.includes(text[index - 2]!)) continue;
      if (unit === "元" && !/[万亿]$/.test(numeral)) continue; // 一元化, 二元结构
      if (unit === "个百分点" && numeral.includes("点") === false && /[万亿]/.test(numeral)) continue;
      const value = chineseCardinalToArabic(numeral);
      if (value === null) continue;
      const end = index + numeral.length + unit.length;
      if (MILESTONE.test(text.slice(end, end + 3))) continue;
      const notFollowedBy = formIndex.get(unit)?.form.notFollowedBy;
      if (notFollowedBy && end < text.length && notFollowedBy.includes(text[end]!)) continue;
      if (inFixedWord(index, end)) continue;
      const numeralEnd = index + numeral.length;
      const physical = unit !== "个百分点" && unit !== "元" && unit !== "%" && unit !== "％";
      ctx.report({
        from: from + index,
        to: from + end,
        messageId: "chineseMeasure",
        data: { arabic: value + unit },
        ...(physical ? { severity: "info" as const } : {}),
        fixes: [{ title: `改为“${value}”`, edits: [{ from: from + index, to: from + numeralEnd, insert: value }] }],
      });
    }
  },
};
