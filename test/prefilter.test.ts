// The paragraph rules' pre-checks (src/rules/_prefilter.ts) are true necessary conditions: every paragraph rule (and
// the document rules that read findUnitMentions, which has one of its own), run with its pre-check and with the
// pre-checks bypassed, reports exactly the same diagnostics on paragraphs built
// from the drafts, the reference report, the planted slips and every rule's examples — as they are, cut at random
// points, and spliced together so that the characters a pre-check looks for meet at new boundaries.
import { afterEach, describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { allRules } from "../src/rules/index.js";
import { bypassPrefilters } from "../src/rules/_prefilter.js";
import { CONFUSABLE_INDEX, CONFUSABLE_PATTERN } from "../src/rules/wording/_confusables.js";
import { literalAlternation, literalAt, literalIndex, nextLiteralStart, type LiteralIndex } from "../src/rules/wording/_context.js";
import { EXPRESSION_INDEX, EXPRESSION_PATTERN } from "../src/rules/wording/_expressions.js";
import type { Diagnostic, LintOptions, Rule } from "../src/core/types.js";
import { EXOTIC, OWN_PARAGRAPHS, PLANTED, readDrafts, readReference } from "./fixtures/texts.js";

const UNIT_READERS = new Set(["unit-consistency", "style-house-unit"]);
const paragraphRules = allRules.filter((r) => (r.meta.scope === "paragraph" || UNIT_READERS.has(r.id)) && !r.meta.needsSegmentation);

function exampleTexts(r: Rule): string[] {
  const { valid, invalid } = r.meta.examples;
  return [...valid.map((v) => (typeof v === "string" ? v : v.text)), ...invalid.map((e) => e.text)];
}

const lines = [
  ...(readReference() ?? "").split(/\r?\n/),
  ...readDrafts().flatMap((d) => d.text.split(/\r?\n/)),
  ...OWN_PARAGRAPHS,
  ...Object.values(PLANTED).flat().flatMap((p) => p.split("\n")),
  ...allRules.flatMap((r) => exampleTexts(r).flatMap((t) => t.split(/\r?\n/))),
].filter((l) => l.trim() !== "");

// A small deterministic generator (mulberry32), so that a failure reproduces; PROPERTY_SEED varies it.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Tokens the pre-checks look for, to be strung together at random: digits and separators, half-width marks, Chinese
// numerals and magnitudes, units of both kinds, range marks, quotes, spaces, Han and astral characters.
const TOKENS = [
  "0", "1", "5", "12", "2024", "3.5", "1,595", "０", "９", ".", ",", ";", ":", "?", "!", "(", ")", "．", "_", " ", "　",
  "A", "k", "m", "K", "M", "W", "km", "kWh", "KM", "kg", "t", "²", "μg/m³", "/h", "%", "％",
  "〇", "零", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "点", "百分之", "个百分点", "元", "年", "月", "日",
  "米", "公里", "平方", "平米", "公尺", "亩", "吨", "千瓦时", "约", "左右", "～", "~", "—", "-", "－", "至", "到", "、",
  "“", "”", "\"", "'", "《", "》", "…", "同比", "增长", "下降", "发展", "截止", "其它", "做出", "蹄急步稳", "𠮷",
];

function randomParagraphs(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)]!;
  const piece = (): string => {
    const l = pick(lines);
    const a = Math.floor(next() * l.length);
    const b = a + 1 + Math.floor(next() * Math.min(40, l.length - a));
    return l.slice(a, b);
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = next();
    if (kind < 0.25) out.push(pick(lines));
    else if (kind < 0.4) out.push(piece());
    else if (kind < 0.6) {
      const n = 1 + Math.floor(next() * 16);
      let s = "";
      for (let k = 0; k < n; k++) s += pick(TOKENS);
      out.push(s);
    }
    else {
      const parts: string[] = [];
      const n = 2 + Math.floor(next() * 5);
      for (let k = 0; k < n; k++) parts.push(next() < 0.1 ? pick(EXOTIC) : piece());
      out.push(parts.join(""));
    }
  }
  return out.map((p) => p.replace(/[\r\n]/g, "")).filter((p) => p !== "");
}

const seed = Number(process.env.PROPERTY_SEED ?? 20261126);
const corpus = [...lines, ...randomParagraphs(Number(process.env.PROPERTY_RUNS ?? 3000), seed)];
const documentText = corpus.join("\n");
const shortDocuments = Array.from({ length: 300 }, (_, k) => corpus.slice(k * 5, k * 5 + 5).join("\n"));

// Some rules defer to the reference profile (unit-mu is silent where the bundled report writes 亩, style-house-range
// speaks only where references prefer one mark): each comparison runs with the bundled profile, with none, and with
// the references the rule's examples give.
type Profile = Pick<LintOptions, "defaultReference" | "references">;

function profilesFor(r: Rule): Profile[] {
  const examples = [...r.meta.examples.valid, ...r.meta.examples.invalid];
  const withRefs = examples.flatMap((e) => (typeof e !== "string" && e.references ? [e.references] : []));
  const distinct = [...new Map(withRefs.map((refs) => [refs.join("\n"), refs])).values()];
  return [{}, { defaultReference: false }, ...distinct.map((refs) => ({ references: refs, defaultReference: false }))];
}

function lintWith(r: Rule, text: string, bypass: boolean, profile: Profile, options?: Record<string, unknown>): Diagnostic[] {
  const rules: NonNullable<LintOptions["rules"]> = {};
  for (const other of allRules) rules[other.id] = other.id === r.id ? { options } : "off";
  bypassPrefilters(bypass);
  try {
    return createLinter({ rules, ...profile }).lint(text);
  } finally {
    bypassPrefilters(false);
  }
}

afterEach(() => bypassPrefilters(false));

describe("paragraph rules' pre-checks", () => {
  it(`are built from ${corpus.length} paragraphs`, () => {
    expect(corpus.length).toBeGreaterThan(3000);
  });

  for (const r of paragraphRules) {
    it(`${r.id}: the same diagnostics with and without its pre-check`, () => {
      let fired = 0;
      // A document rule also reads short documents: style-house-unit speaks only where a unit is written one way.
      const documents = r.meta.scope === "paragraph" ? [documentText] : [documentText, ...shortDocuments];
      for (const profile of profilesFor(r)) {
        for (const text of documents) {
          const full = lintWith(r, text, true, profile);
          expect(lintWith(r, text, false, profile)).toEqual(full);
          fired += full.length;
        }
      }
      // The comparison means something only where the rule fires.
      expect(fired).toBeGreaterThan(0);
    });
  }

  it("keep the diagnostics of the examples that carry options", () => {
    let compared = 0;
    for (const r of paragraphRules) {
      for (const e of [...r.meta.examples.valid, ...r.meta.examples.invalid]) {
        if (typeof e === "string" || !e.options) continue;
        for (const profile of profilesFor(r)) {
          expect(lintWith(r, e.text, false, profile, e.options)).toEqual(lintWith(r, e.text, true, profile, e.options));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe("literal index of the wording tables", () => {
  // The wording rules scan with nextLiteralStart and literalAt where they used the alternation regex: at every
  // position literalAt must find what the regex finds, and nextLiteralStart may never step over such a position.
  function agree(index: LiteralIndex, pattern: RegExp, paragraphs: readonly string[]): number {
    const sticky = new RegExp(pattern.source, "y");
    let found = 0;
    for (const p of paragraphs) {
      let scannedFrom = 0;
      for (let i = 0; i < p.length; i++) {
        sticky.lastIndex = i;
        const expected = sticky.exec(p)?.[0] ?? null;
        expect(literalAt(index, p, i)).toBe(expected);
        if (expected === null) continue;
        found++;
        const next = nextLiteralStart(index, p, scannedFrom);
        expect(next).toBeGreaterThanOrEqual(scannedFrom);
        expect(next).toBeLessThanOrEqual(i);
        expect(nextLiteralStart(index, p, i)).toBe(i);
        scannedFrom = i + 1;
      }
    }
    return found;
  }

  it("finds the word the alternation regex finds at every position", () => {
    expect(agree(CONFUSABLE_INDEX, CONFUSABLE_PATTERN, corpus)).toBeGreaterThan(0);
    expect(agree(EXPRESSION_INDEX, EXPRESSION_PATTERN, corpus)).toBeGreaterThan(0);
  });

  it("handles one-character, nested and astral literals", () => {
    const words = ["甲", "甲乙", "甲乙丙", "𠮷野", "乙"];
    const texts = ["甲乙丙丁", "丁甲", "甲", "乙甲乙", "𠮷野家", "𠮷", "", "甲乙"];
    expect(agree(literalIndex(words), literalAlternation(words), texts)).toBeGreaterThan(5);
  });
});
