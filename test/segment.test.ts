// Segmentation: tokens are aligned on the source text whatever segmentit drops or rewrites, tags are ICTCLAS letters,
// and the domain vocabulary is in the dictionary.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Token } from "../src/core/types.js";
import {
  alignWords,
  createSegmenter,
  cutRun,
  loadSegmenter,
  posLetter,
  type CachingSegmenter,
  type WordTable,
} from "../src/segment/index.js";

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

/** CPU milliseconds spent by `fn` (not wall time: the machine may be busy). */
function cpu(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Asserts that the tokens tile `text` exactly: in order, each right after the previous, together the whole text. */
function assertTiled(text: string, tokens: readonly Token[]): void {
  let at = 0;
  for (const t of tokens) {
    if (t.from !== at || text.slice(t.from, t.to) !== t.text) expect.fail(`token ${JSON.stringify(t)} at ${at}`);
    at = t.to;
  }
  expect(at).toBe(text.length);
}

describe("runs without punctuation (segmentit is exponential on them)", () => {
  const prose = "坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展更好统筹发展和安全全面深化改革开放";
  const long = (base: string) => base.repeat(Math.ceil(5000 / base.length)).slice(0, 5000);

  it("segments 5,000 characters in one run, tokens in order and contiguous over the text", () => {
    // Fails fast, before the 5,000-character runs, if the exponential split comes back (64 characters took seconds).
    const t64 = cpu(() => segmenter.segment("创新能力持续提升".repeat(8)));
    expect(t64, "64 characters without punctuation").toBeLessThan(1000);
    for (const text of [long("创新能力持续提升"), long(prose), long("一"), long("大大小小")]) {
      let tokens: Token[] = [];
      const ms = cpu(() => (tokens = segmenter.segment(text)));
      expect(ms, `${text.slice(0, 8)}…`).toBeLessThan(15000);
      assertTiled(text, tokens);
    }
  }, 120000);

  it("cuts a long run between words, not inside them", () => {
    const tokens = segmenter.segment("创新能力持续提升".repeat(100));
    expect(new Set(tokens.map((t) => t.text))).toEqual(new Set(["创新", "能力", "持续", "提升"]));
    expect(words(segmenter.segment(prose + "。"))).toContain("高质量发展/n 更好/d 统筹/v");
  });

  it("leaves a long run of official prose whole when its splits are few", () => {
    // 22 characters, 768 ways to split: segmentit gets it whole, and keeps 不确定性 (alone, it would split it).
    expect(words(segmenter.segment("以自身发展的确定性有效应对外部环境的不确定性。"))).toContain("的/u 不确定性/n");
  });

  it("places each cut where no dictionary word straddles it, when there is such a place", () => {
    // 创新能力 and 持续提升 can each be split several ways; between them no word straddles.
    const table: WordTable = {
      lengths: [1, 2],
      byLength: {
        "1": { 创: 1, 新: 1, 能: 1, 力: 1, 持: 1, 续: 1, 提: 1, 升: 1 },
        "2": { 创新: 1, 新能: 1, 能力: 1, 持续: 1, 续提: 1, 提升: 1 },
      },
    };
    const text = "（" + "创新能力持续提升".repeat(40);
    const cuts = cutRun(text, 1, text.length, table);
    expect(cuts.length).toBeGreaterThan(3);
    let last = 1;
    for (const cut of cuts) {
      expect((cut - 1) % 4, `cut at ${cut}`).toBe(0);
      expect(cut - last).toBeLessThanOrEqual(48);
      last = cut;
    }
  });

  it("never cuts between the halves of a surrogate pair", () => {
    const seg = createSegmenter({ doSegment: (s) => [...s].map((w) => ({ w, p: 0x1000 })), loadDict: () => undefined });
    const text = "创" + "𠮷".repeat(300);
    const tokens = seg.segment(text);
    assertTiled(text, tokens);
    // The leading 创 puts the pairs at odd offsets: a cut at the length cap alone would fall inside one.
    expect(tokens.map((t) => t.text)).toEqual(["创", ...Array<string>(300).fill("𠮷")]);
  });
});
