// rules/vocabulary.json: every entry is well-formed and comes out of its own example as one token with its tag.
import { beforeAll, describe, expect, it } from "vitest";
import type { Token } from "../src/core/types.js";
import { loadSegmenter, vocabulary, vocabularyDict, type CachingSegmenter } from "../src/segment/index.js";
import { createLinter } from "../src/core/engine.js";
import { modifierGroups } from "../src/rules/style/style-repetition.js";

const POS = new Set(["n", "v", "a", "d", "m", "q", "i", "l", "nz", "ns", "nt", "t", "p", "c", "u", "f", "b", "z"]);
let segmenter: CachingSegmenter;
beforeAll(async () => {
  segmenter = await loadSegmenter();
}, 60000);

const show = (tokens: readonly Token[]) => tokens.map((t) => `${t.text}/${t.pos}`).join(" ");

describe("vocabulary data", () => {
  it("has unique Chinese words with a known tag and an example containing the word", () => {
    const seen = new Set<string>();
    for (const e of vocabulary) {
      expect(e.word, JSON.stringify(e)).toMatch(/^[\u3400-\u9fff]{1,8}$/);
      expect(POS.has(e.pos), `${e.word}: pos ${e.pos}`).toBe(true);
      expect(e.example, e.word).toContain(e.word);
      expect(seen.has(e.word), `${e.word} twice`).toBe(false);
      seen.add(e.word);
    }
    expect(vocabularyDict().split("\n")).toHaveLength(vocabulary.length);
  });

  it("segments every example with the word as one token (a quantity when it follows a number)", () => {
    for (const e of vocabulary) {
      const tokens = segmenter.segment(e.example);
      const whole = tokens.find((t) => t.text === e.word);
      if (whole) {
        expect(whole.pos, `${e.word}: ${show(tokens)}`).toBe(e.pos);
        continue;
      }
      // segmentit merges a number with its measure word (`6400万吨` → one mq token).
      const withNumber = tokens.find((t) => t.text.endsWith(e.word) && /^[\d.]+$/.test(t.text.slice(0, -e.word.length)));
      expect(withNumber, `${e.word}: ${show(tokens)}`).toBeDefined();
      expect(e.pos, e.word).toBe("q");
      expect(["mq", "q", "m"], `${e.word}: ${show(tokens)}`).toContain(withNumber!.pos);
    }
  });
});

describe("modifier groups (style-repetition)", () => {
  it("are disjoint groups of two or more Chinese words", () => {
    const seen = new Set<string>();
    for (const g of modifierGroups) {
      expect(g.words.length, g.name).toBeGreaterThan(1);
      for (const w of g.words) {
        expect(w).toMatch(/^[\u3400-\u9fff]{2,3}$/);
        expect(seen.has(w), `${w} in two groups`).toBe(false);
        seen.add(w);
      }
    }
  });
  it.each(modifierGroups.map((g) => [g.name, g] as const))("group %s: its example repeats a word and is flagged once", (_n, g) => {
    const linter = createLinter({ rules: { "style-repetition": "info" }, families: { heading: false, punctuation: false, number: false, unit: false, wording: false, parallel: false }, segmenter });
    const found = linter.lint(g.example).filter((d) => d.ruleId === "style-repetition");
    expect(found).toHaveLength(1);
    expect(g.words).toContain(g.example.slice(found[0]!.from, found[0]!.to));
  });
});
