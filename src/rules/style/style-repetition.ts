// style-repetition: the same modifier written before three or more predicates in one paragraph (`持续提升` …
// `持续优化` … `持续改善`), where the reference varies it (`不断拓展` `持续提升` `加快成长` `稳步提升`). Suggests the
// other words of its group that the reference uses, most used first. info: repetition can be deliberate.
// Basis: editorial practice; the reference corpus (profile `modifiers`). The groups of interchangeable modifiers are
// data: rules/vocabulary.json `modifierGroups`.
// Counted: occurrences in the modifier slot (the word is a token of its own and a verb or adjective follows it).
// Not counted: occurrences that open a clause (`持续深化改革，持续优化…`), which is 排比 and deliberate.
// Needs segmentation; a paragraph is segmented only when a group word occurs in it three times. No fix.

import type { Rule, Token } from "../../core/types.js";
import vocabularyData from "../../../rules/vocabulary.json" with { type: "json" };

/** A group of modifiers that can stand in for each other. */
export interface ModifierGroup {
  name: string;
  words: string[];
  example: string;
  source?: string;
}

/** The modifier groups of rules/vocabulary.json. */
export const modifierGroups: readonly ModifierGroup[] = (vocabularyData as { modifierGroups: ModifierGroup[] }).modifierGroups;

const groupOf = new Map<string, ModifierGroup>();
for (const g of modifierGroups) for (const w of g.words) groupOf.set(w, g);
const WORDS = new RegExp([...groupOf.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
const CLAUSE_START = /[，,。；;：:！？!?、（(“\s\u3000]/;
const SLOT_NEXT = /^(?:v|a|i|l|d)$/;
const MIN_REPEATS = 3;

function isClauseInitial(text: string, at: number): boolean {
  return at === 0 || CLAUSE_START.test(text[at - 1]!);
}

export const rule: Rule = {
  id: "style-repetition",
  meta: {
    family: "style",
    description: "同一修饰词在一段中反复使用（持续……持续……持续），提示参考范文中的替换词",
    basis: "编辑惯例；参考范文",
    defaultSeverity: "info",
    fixable: false,
    scope: "paragraph",
    needsSegmentation: true,
    messages: {
      repeated: "“{word}”在本段用了 {count} 次，可换用{alternatives}",
    },
    examples: {
      valid: [
        "创新空间不断拓展，创新能力持续提升，创新主体加快成长，生态质量稳步提升。",
        // Clause-initial repetition is deliberate 排比.
        "持续深化改革，持续优化营商环境，持续改善民生。",
        "运营模式持续深化，改革持续深入。",
        "实现可持续发展，推进持续性改革，建立持续经营机制。",
      ],
      invalid: [
        {
          text: "创新能力持续提升，产业结构持续优化，营商环境持续改善。",
          output: null,
          errors: [{ messageId: "repeated", span: "持续" }],
        },
      ],
    },
  },
  check(ctx) {
    const segmenter = ctx.segmenter;
    if (!segmenter) return;
    const { from, text } = ctx.paragraph;
    const seen = new Map<string, number>();
    WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    let candidate = false;
    while ((m = WORDS.exec(text))) {
      if (isClauseInitial(text, m.index)) continue;
      const n = (seen.get(m[0]) ?? 0) + 1;
      seen.set(m[0], n);
      if (n >= MIN_REPEATS) candidate = true;
    }
    if (!candidate) return;
    const tokens = segmenter.segment(text);
    const inSlot = new Map<string, Token[]>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!groupOf.has(t.text) || (seen.get(t.text) ?? 0) < MIN_REPEATS) continue;
      const next = tokens[i + 1];
      if (!next || next.from !== t.to || !SLOT_NEXT.test(next.pos) || isClauseInitial(text, t.from)) continue;
      const list = inSlot.get(t.text) ?? [];
      list.push(t);
      inSlot.set(t.text, list);
    }
    const modifiers = (ctx.profile.modifiers ?? {}) as Record<string, number>;
    for (const [word, list] of inSlot) {
      if (list.length < MIN_REPEATS) continue;
      const group = groupOf.get(word)!;
      const alternatives = group.words
        .filter((w) => w !== word && (seen.get(w) ?? 0) < 2)
        .map((w) => ({ w, n: typeof modifiers[w] === "number" ? modifiers[w] : 0 }))
        .sort((a, b) => b.n - a.n)
        .slice(0, 4)
        .map((x) => `“${x.w}”`)
        .join("");
      const third = list[MIN_REPEATS - 1]!;
      ctx.report({ from: from + third.from, to: from + third.to, messageId: "repeated", data: { word, count: list.length, alternatives } });
    }
  },
};
