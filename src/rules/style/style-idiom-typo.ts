// style-idiom-typo: a four-character phrase written one character away from an idiom of official reports, where the
// two characters are confusable (homophones or look-alikes): 蹄急步稳 → 蹄疾步稳, 如火如茶 → 如火如荼.
// Basis: editorial practice; the idioms come from rules/idioms.json and from the reference profile's set phrases
// (蹄疾步稳, 日臻完善, 硕果累累 in the bundled report).
// Only a substitution within a confusable group counts, so 日臻成熟 and 日臻完备 (real phrases one character away
// from 日臻完善) are never flagged. Misspellings that rules/confusables.json lists (再接再励, 一如继往) are left to
// wording-confusable. Fix: the one wrong character. Options: none.
// Known limits: one substitution only (no transpositions or missing characters); a profile phrase made of two words
// that happen to sit side by side is compared like an idiom, which matters only where a confusable pair is met.

import type { Rule, StyleProfile } from "../../core/types.js";
import idiomData from "../../../rules/idioms.json" with { type: "json" };
import confusableData from "../../../rules/confusables.json" with { type: "json" };

/** An idiom of rules/idioms.json. */
export interface IdiomEntry {
  idiom: string;
  typo: string;
  example: string;
  source?: string;
}

const data = idiomData as { confusables: string[]; idioms: IdiomEntry[] };
/** The idioms of rules/idioms.json. */
export const idioms: readonly IdiomEntry[] = data.idioms;

const groupsOf = new Map<string, string[]>();
for (const g of data.confusables) for (const ch of g) groupsOf.set(ch, [...(groupsOf.get(ch) ?? []), g]);

/** Characters confusable with `ch` (not including it). */
function confusableWith(ch: string): string[] {
  const out = new Set<string>();
  for (const g of groupsOf.get(ch) ?? []) for (const c of g) if (c !== ch) out.add(c);
  return [...out];
}

// Misspellings that wording-confusable already reports.
const confusableWrongs: readonly string[] = (confusableData as { entries: { wrong: string }[] }).entries.map((e) => e.wrong);

interface Matcher {
  /** Finds the characters that can be a wrong character of some variant. */
  re: RegExp;
  /** Wrong character → the positions it takes in the variants. */
  positions: Map<string, number[]>;
  /** Misspelt form → the phrase it stands for and the position of the wrong character. */
  variants: Map<string, { phrase: string; at: number }>;
}

const PHRASE = /^[\u3400-\u9fff]{4}$/;

function buildMatcher(phrases: Iterable<string>): Matcher | null {
  const known = new Set<string>();
  for (const p of phrases) if (PHRASE.test(p)) known.add(p);
  const variants = new Map<string, { phrase: string; at: number }>();
  for (const phrase of known) {
    for (let k = 0; k < 4; k++) {
      for (const alt of confusableWith(phrase[k]!)) {
        const v = phrase.slice(0, k) + alt + phrase.slice(k + 1);
        if (known.has(v) || variants.has(v)) continue;
        if (confusableWrongs.some((w) => v.includes(w))) continue;
        variants.set(v, { phrase, at: k });
      }
    }
  }
  if (variants.size === 0) return null;
  // Scanning for the wrong characters with one character class, then looking up only the windows that put the hit
  // where a variant has it, keeps the scan linear and allocation-free outside the rare hits.
  const positions = new Map<string, number[]>();
  for (const [v, { at }] of variants) {
    const list = positions.get(v[at]!) ?? [];
    if (!list.includes(at)) list.push(at);
    positions.set(v[at]!, list);
  }
  const chars = [...positions.keys()].sort().join("");
  return { re: new RegExp(`[${chars}]`, "g"), positions, variants };
}

const dataPhrases = idioms.map((e) => e.idiom);
const dataMatcher = buildMatcher(dataPhrases);
const profileMatchers = new WeakMap<StyleProfile, Matcher | null>();

function matcherFor(profile: StyleProfile): Matcher | null {
  const phrases = profile.phrases;
  if (!phrases || typeof phrases !== "object" || Object.keys(phrases).length === 0) return dataMatcher;
  let m = profileMatchers.get(profile);
  if (m === undefined) {
    m = buildMatcher([...dataPhrases, ...Object.keys(phrases as Record<string, number>)]);
    profileMatchers.set(profile, m);
  }
  return m;
}

export const rule: Rule = {
  id: "style-idiom-typo",
  meta: {
    family: "style",
    description: "四字成语、固定说法中的同音或形近错字（蹄急步稳→蹄疾步稳）",
    basis: "编辑惯例；参考范文",
    defaultSeverity: "warning",
    fixable: true,
    scope: "paragraph",
    messages: {
      typo: "疑为“{phrase}”：“{wrong}”应作“{right}”",
    },
    examples: {
      valid: [
        "重点领域改革蹄疾步稳。",
        "创新生态日臻完善，营商环境日臻成熟，制度体系日臻完备。",
        "项目建设如火如荼。",
        "我们要再接再励，乘势而上。",
        "全面贯彻落实党中央决策部署。",
        "急需解决的问题要马上解决。",
      ],
      invalid: [
        {
          text: "重点领域改革蹄急步稳。",
          output: "重点领域改革蹄疾步稳。",
          errors: [{ messageId: "typo", span: "蹄急步稳" }],
        },
        {
          text: "项目建设如火如茶，发展与安全相辅相承。",
          output: "项目建设如火如荼，发展与安全相辅相成。",
          errors: [
            { messageId: "typo", span: "如火如茶" },
            { messageId: "typo", span: "相辅相承" },
          ],
        },
        {
          text: "创新生态日真完善。",
          output: "创新生态日臻完善。",
          errors: [{ messageId: "typo", span: "日真完善" }],
        },
      ],
    },
  },
  check(ctx) {
    const matcher = matcherFor(ctx.profile);
    if (!matcher) return;
    const { from, text } = ctx.paragraph;
    const re = matcher.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let reportedTo = -1;
    while ((m = re.exec(text))) {
      for (const k of matcher.positions.get(m[0])!) {
        const start = m.index - k;
        if (start < 0 || start < reportedTo || start + 4 > text.length) continue;
        const found = matcher.variants.get(text.slice(start, start + 4));
        if (!found || found.at !== k) continue;
        const right = found.phrase[k]!;
        ctx.report({
          from: from + start,
          to: from + start + 4,
          messageId: "typo",
          data: { phrase: found.phrase, wrong: m[0], right },
          fixes: [{ title: `改为“${found.phrase}”`, edits: [{ from: from + m.index, to: from + m.index + 1, insert: right }] }],
        });
        reportedTo = start + 4;
        break;
      }
    }
  },
};
