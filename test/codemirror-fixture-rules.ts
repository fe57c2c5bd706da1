// Stand-in rules for the adapter tests, so that they exercise the adapter (mapping, actions, fix-all, worker protocol)
// independently of how the real rules evolve: a paragraph rule with a two-edit fix, a document rule whose fix
// renumbers (one diagnostic, many edits), and a segmentation rule.
import type { Rule } from "../src/core/types.js";

const HALF = /\(([一二三四五六七八九十]{1,3})\)/g;

export const halfBracket: Rule = {
  id: "t-half-bracket",
  meta: {
    family: "heading",
    description: "二级标题序号用全角括号",
    basis: "GB/T 9704-2012 7.3.3",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: { half: "序号应使用全角括号：“（{n}）”" },
    examples: { valid: ["（一）总体要求"], invalid: [{ text: "(一)总体要求", output: "（一）总体要求", errors: [{ messageId: "half", span: "(一)" }] }] },
  },
  check(ctx) {
    const p = ctx.paragraph;
    HALF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HALF.exec(p.text))) {
      const from = p.from + m.index;
      const to = from + m[0].length;
      ctx.report({
        from, to, messageId: "half", data: { n: m[1]! },
        fixes: [{ title: "改为全角括号", edits: [{ from, to: from + 1, insert: "（" }, { from: to - 1, to, insert: "）" }] }],
      });
    }
  },
};

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export const levelOneOrder: Rule = {
  id: "t-level-one-order",
  meta: {
    family: "heading",
    description: "一级标题依次编号",
    basis: "编辑惯例",
    defaultSeverity: "warning",
    fixable: true,
    scope: "document",
    messages: { order: "序号应为“{want}、”" },
    examples: { valid: ["一、甲\n二、乙"], invalid: [{ text: "一、甲\n三、乙", output: "一、甲\n二、乙", errors: [{ messageId: "order", span: "三" }] }] },
  },
  check(ctx) {
    const level1 = ctx.doc.headings.filter((h) => h.heading.level === 1).map((h) => h.heading.marker);
    const first = level1.findIndex((m, i) => m.value !== i + 1);
    if (first < 0) return;
    const edits = level1.slice(first).flatMap((m, k) => {
      const want = CN[first + k]!;
      return m.numeral === want ? [] : [{ from: m.numeralFrom, to: m.numeralTo, insert: want }];
    });
    const m = level1[first]!;
    ctx.report({ from: m.numeralFrom, to: m.numeralTo, messageId: "order", data: { want: CN[first]! }, fixes: [{ title: "重新编号", edits }] });
  },
};

export const segWord: Rule = {
  id: "t-seg-word",
  meta: {
    family: "wording",
    description: "分词后检查“进一步”",
    basis: "编辑惯例",
    defaultSeverity: "info",
    fixable: false,
    scope: "paragraph",
    needsSegmentation: true,
    messages: { word: "分词所得：{w}" },
    examples: { valid: ["推进"], invalid: [{ text: "进一步推进", output: null, errors: [{ messageId: "word", span: "进一步" }] }] },
  },
  check(ctx) {
    const p = ctx.paragraph;
    for (const t of ctx.segmenter!.segment(p.text)) {
      if (t.text === "进一步") ctx.report({ from: p.from + t.from, to: p.from + t.to, messageId: "word", data: { w: t.text } });
    }
  },
};

export const fixtureRules: readonly Rule[] = [halfBracket, levelOneOrder, segWord];
