// Segmentation: tokens are aligned on the source text whatever segmentit drops or rewrites, tags are ICTCLAS letters,
// and the domain vocabulary is in the dictionary.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Token } from "../src/core/types.js";
import { alignWords, createSegmenter, loadSegmenter, posLetter, type CachingSegmenter } from "../src/segment/index.js";

let segmenter: CachingSegmenter;
beforeAll(async () => {
  segmenter = await loadSegmenter();
}, 60000);

function words(tokens: readonly Token[]): string {
  return tokens.map((t) => `${t.text}/${t.pos}`).join(" ");
}

function assertAligned(text: string, tokens: readonly Token[]): void {
  let last = 0;
  for (const t of tokens) {
    expect(t.from).toBeGreaterThanOrEqual(last);
    expect(t.to).toBeGreaterThan(t.from);
    expect(text.slice(t.from, t.to)).toBe(t.text);
    last = t.to;
  }
}

function covered(text: string, tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join("");
}

describe("loadSegmenter", () => {
  it("returns one shared instance", async () => {
    expect(await loadSegmenter()).toBe(segmenter);
  });

  it("splits a topic sentence into noun, adverb, verb", () => {
    expect(words(segmenter.segment("创新空间不断拓展。"))).toBe("创新/v 空间/n 不断/d 拓展/v 。/w");
  });

  it("keeps the corpus idioms whole (domain vocabulary)", () => {
    expect(words(segmenter.segment("重点领域改革蹄疾步稳。"))).toContain("蹄疾步稳/i");
    expect(words(segmenter.segment("创新生态日臻完善。"))).toContain("日臻完善/i");
  });

  it("gives offsets into the text as given, across a heading marker, CRLF and a BOM", () => {
    const text = "\ufeff（二）全面启动科技城建设，创新能力持续增强\r\n  创新空间不断拓展。";
    const tokens = segmenter.segment(text);
    assertAligned(text, tokens);
    expect(covered(text, tokens)).toBe(text.replace(/\s|\ufeff/g, ""));
    expect(words(tokens)).toContain("科技城/n 建设/v");
    const build = tokens.find((t) => t.text === "建设")!;
    expect(text.slice(build.from, build.to)).toBe("建设");
  });

  it("tags numbers with measure words as quantities, not names", () => {
    const tokens = segmenter.segment("新增高品质景观林3346亩，保护性耕作4.2万亩，粮食6400万吨。");
    for (const t of tokens) expect(t.pos, words(tokens)).not.toBe("nr");
    expect(words(tokens)).toContain("林/n 3346/m 亩/q");
  });

  it("caches by text and keeps the cache bounded", async () => {
    const seg = createSegmenter({ doSegment: (s) => [...s].map((w) => ({ w, p: 0x1000 })), loadDict: () => undefined }, { cacheSize: 3 });
    const first = seg.segment("甲乙");
    expect(seg.segment("甲乙")).toBe(first);
    for (const t of ["一", "二", "三", "四"]) seg.segment(t);
    expect(seg.cacheSize).toBe(3);
    expect(seg.segment("甲乙")).not.toBe(first);
  });
});

describe("alignWords", () => {
  it("turns a stretch segmentit dropped or rewrote into an x token", () => {
    const text = "ab 改革cd";
    const tokens = alignWords(text, [{ w: "ab" }, { w: "CD" }]);
    expect(tokens.map((t) => [t.text, t.pos])).toEqual([
      ["ab", "x"],
      ["改革cd", "x"],
    ]);
  });
  it("maps multi-tagged words by priority", () => {
    expect(posLetter(0x40000000 | 0x00400000)).toBe("m");
    expect(posLetter(0)).toBe("x");
    expect(posLetter(0x00001000)).toBe("v");
  });
});

describe("segment on arbitrary text (property)", () => {
  const pieces = fc.constantFrom(
    "创新", "能力", "持续", "增强", "，", "。", " ", "  ", "\r\n", "\n", "\t", "𠮷", "😀", "👨‍👩‍👧", "hello", "R&D",
    "（一）", "(二)", "1.", "3.5%", "2023年", "10公里", "“", "”", "蹄疾步稳", "\ufeff", "ＡＢ", "～", "—", "\ud800",
  );
  it("returns tokens in order, non-overlapping, each equal to its slice", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const tokens = segmenter.segment(text);
        assertAligned(text, tokens);
        // Every non-space character is covered by some token.
        const nonSpace = text.replace(/\s/g, "").length;
        const tokenChars = tokens.reduce((n, t) => n + t.text.replace(/\s/g, "").length, 0);
        expect(tokenChars).toBe(nonSpace);
      }),
      { numRuns: 300 },
    );
  });
});
