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
  /** Per code unit: 0, or 1 + the index in `positionLists` of the positions it takes as a variant's wrong character. */
  positionOf: Uint16Array;
  positionLists: readonly (readonly number[])[];
  /** 1 at the {@link windowHash} of every variant: a filter (it may collide) before a window is sliced and looked up. */
  windows: Uint8Array;
  /** Misspelt form → the phrase it stands for and the position of the wrong character. */
  variants: Map<string, { phrase: string; at: number }>;
}

/** A 16-bit hash of the four code units from `start`. */
function windowHash(text: string, start: number): number {
  return (
    (Math.imul(text.charCodeAt(start), 0x9e3779b1) ^
      Math.imul(text.charCodeAt(start + 1), 0x85ebca6b) ^
      Math.imul(text.charCodeAt(start + 2), 0xc2b2ae35) ^
      Math.imul(text.charCodeAt(start + 3), 0x27d4eb2f)) >>>
    16
  );
}

/**
 * The first position at or after `from` of a code unit that is some variant's wrong character, or -1. A small
 * function on purpose: a check that loops over every character itself is interpreted for long on the first lint
 * after start-up, then compiled at length with all it inlines; this loop is compiled at once and alone.
 */
function nextWrongChar(positionOf: Uint16Array, text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (positionOf[text.charCodeAt(i)] !== 0) return i;
  return -1;
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
  // Scanning for the wrong characters with a table of code units, then looking up only the windows that put the hit
  // where a variant has it and pass the hash filter, keeps the scan linear and allocation-free outside the rare hits.
  const positionOf = new Uint16Array(0x10000);
  const positionLists: number[][] = [];
  const windows = new Uint8Array(0x10000);
  for (const [v, { at }] of variants) {
    const c = v.charCodeAt(at);
    if (positionOf[c] === 0) positionOf[c] = positionLists.push([]);
    const list = positionLists[positionOf[c]! - 1]!;
    if (!list.includes(at)) list.push(at);
    windows[windowHash(v, 0)] = 1;
  }
  return { positionOf, positionLists, windows, variants };
}

const dataPhrases = idioms.map((e) => e.idiom);
const dataMatcher = buildMatcher(dataPhrases);
const profileMatchers = new WeakMap<StyleProfile, Matcher | null>();

function matcherFor(profile: StyleProfile): Matcher | null {
  // Looked up first: listing the profile's phrases on every paragraph allocated an array per call.
  let m = profileMatchers.get(profile);
  if (m === undefined) {
    const phrases = profile.phrases;
    const own = phrases && typeof phrases === "object" ? Object.keys(phrases as Record<string, number>) : [];
    m = own.length === 0 ? dataMatcher : buildMatcher([...dataPhrases, ...own]);
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
    const { positionOf, positionLists, windows, variants } = matcher;
    let reportedTo = -1;
    for (let i = nextWrongChar(positionOf, text, 0); i >= 0; i = nextWrongChar(positionOf, text, i + 1)) {
      // Indexed: for-of allocates a result per step until V8 optimises the check (the first lint after start-up).
      const list = positionLists[positionOf[text.charCodeAt(i)]! - 1]!;
      for (let j = 0; j < list.length; j++) {
        const k = list[j]!;
        const start = i - k;
        if (start < 0 || start < reportedTo || start + 4 > text.length) continue;
        if (windows[windowHash(text, start)] !== 1) continue;
        const found = variants.get(text.slice(start, start + 4));
        if (!found || found.at !== k) continue;
        const right = found.phrase[k]!;
        ctx.report({
          from: from + start,
          to: from + start + 4,
          messageId: "typo",
          data: { phrase: found.phrase, wrong: text[i]!, right },
          fixes: [{ title: `改为“${found.phrase}”`, edits: [{ from: from + i, to: from + i + 1, insert: right }] }],
        });
        reportedTo = start + 4;
        break;
      }
    }
  },
};
