// Word segmentation with part-of-speech tags, backed by segmentit (loaded lazily by dynamic import, so it stays out of
// the core bundle and can run in a Web Worker). segmentit drops spaces and line breaks, merges numbers with units and
// re-splits brackets its own way; every token is therefore re-aligned on the source text, so that `from`/`to` are
// UTF-16 offsets into the string given to `segment()` and `text.slice(from, to) === token.text` always holds.
// The domain vocabulary of official reports (rules/vocabulary.json) is added to segmentit's dictionary.
// No node:* imports here: this module is bundled for the browser too.

import type { Segmenter, Token } from "../core/types.js";
import vocabularyData from "../../rules/vocabulary.json" with { type: "json" };

/** A word added to segmentit's dictionary (an entry of `rules/vocabulary.json`). */
export interface VocabularyEntry {
  word: string;
  /** ICTCLAS letter: `n` `v` `a` `d` `m` `q` `i` `l` `nz`… */
  pos: string;
  /** A sentence in which the word must come out as one token with this tag. */
  example: string;
  source?: string;
  /** Dictionary frequency; higher wins ambiguous splits. Defaults to the dictionary's own, else 20000. */
  freq?: number;
}

/** The domain vocabulary loaded into the segmenter. */
export const vocabulary: readonly VocabularyEntry[] = (vocabularyData as { entries: VocabularyEntry[] }).entries;

/** What a segmentit word looks like: text and a POS bit set. */
interface RawWord {
  w: string;
  p?: number;
}

/** The part of a segmentit `Segment` instance this module drives. */
export interface SegmentitEngine {
  doSegment(text: string): RawWord[];
  loadDict(dict: string): unknown;
  getDict?(type: string): Record<string, { f: number; p: number }> | undefined;
}

// segmentit's POSTAG bits in the order a multi-tagged word is resolved (fixed expressions and numbers first).
const POS_ORDER: readonly (readonly [bit: number, letter: string])[] = [
  [0x00000800, "w"],
  [0x01000000, "i"],
  [0x00800000, "l"],
  [0x00200000, "mq"],
  [0x00400000, "m"],
  [0x00020000, "q"],
  [0x00004000, "t"],
  [0x00000080, "nr"],
  [0x00000040, "ns"],
  [0x00000020, "nt"],
  [0x00000008, "nz"],
  [0x00000010, "nx"],
  [0x00001000, "v"],
  [0x00100000, "n"],
  [0x40000000, "a"],
  [0x08000000, "d"],
  [0x00040000, "p"],
  [0x10000000, "c"],
  [0x00002000, "u"],
  [0x00010000, "r"],
  [0x02000000, "f"],
  [0x00008000, "s"],
  [0x20000000, "b"],
  [0x00000100, "z"],
  [0x00000200, "y"],
  [0x04000000, "e"],
  [0x00080000, "o"],
  [0x00000004, "h"],
  [0x00000002, "k"],
  [0x00000400, "x"],
];

/** Maps segmentit's numeric POS bit set to one ICTCLAS letter (`x` when unknown). */
export function posLetter(bits: number | undefined): string {
  if (!bits) return "x";
  for (const [bit, letter] of POS_ORDER) if ((bits & bit) !== 0) return letter;
  return "x";
}

function posBits(letter: string): number {
  for (const [bit, l] of POS_ORDER) if (l === letter) return bit;
  throw new Error(`vocabulary: unknown part of speech “${letter}”`);
}

/**
 * The vocabulary as segmentit dictionary lines (`word|bits|freq`). `known` gives the frequency a word already has in
 * segmentit's dictionary, which is kept: changing it makes segmentit split differently around the word (`科技城`).
 */
export function vocabularyDict(
  entries: readonly VocabularyEntry[] = vocabulary,
  known: (word: string) => number | undefined = () => undefined,
): string {
  return entries.map((e) => `${e.word}|${posBits(e.pos)}|${e.freq ?? known(e.word) ?? 20000}`).join("\n");
}

const SPACE = /^\s*$/;

/**
 * Aligns segmentit's words on `text` (starting at `offset`), skipping the whitespace segmentit dropped. A stretch it
 * dropped or rewrote becomes an `x` token of its own, so tokens always cover the non-space text in order.
 */
export function alignWords(
  text: string,
  words: readonly RawWord[],
  offset = 0,
  end = text.length,
  into: Token[] = [],
): Token[] {
  let cursor = offset;
  for (const word of words) {
    if (!word.w) continue;
    const at = text.indexOf(word.w, cursor);
    if (at < 0 || at + word.w.length > end) continue;
    if (at > cursor) {
      const gap = text.slice(cursor, at);
      if (!SPACE.test(gap)) pushGap(text, cursor, at, into);
    }
    into.push(Object.freeze({ text: word.w, from: at, to: at + word.w.length, pos: posLetter(word.p) }));
    cursor = at + word.w.length;
  }
  if (cursor < end && !SPACE.test(text.slice(cursor, end))) pushGap(text, cursor, end, into);
  return into;
}

function pushGap(text: string, from: number, to: number, into: Token[]): void {
  // Trim the whitespace at either end of a gap so that a gap token never starts or ends in a space.
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) into.push(Object.freeze({ text: text.slice(from, to), from, to, pos: "x" }));
}

// segmentit's tokenizer builds arrays proportional to its input, so long text is fed sentence by sentence.
const CHUNK_END = /[。！？；!?;\n]/g;
const MAX_CHUNK = 400;

function* chunks(text: string): Generator<[from: number, to: number]> {
  let start = 0;
  CHUNK_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHUNK_END.exec(text))) {
    const end = m.index + 1;
    if (end - start >= MAX_CHUNK || m[0] === "\n") {
      yield [start, end];
      start = end;
    }
  }
  if (start < text.length) yield [start, text.length];
}

const NAME_WITH_NUMBER = /^([\u3400-\u9fff]+)(\d[\d.]*)$/;

/**
 * Repairs what segmentit's optimizers get wrong in official prose: a character glued to the number after it and
 * tagged as a name (`景观林3346` → `林` + `3346`), and vocabulary words its scoring splits anyway (`硕果` `累累` →
 * `硕果累累`). Works in place on aligned tokens.
 */
function repair(tokens: Token[], lexicon: ReadonlyMap<string, string>, maxWordLength: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.pos === "nr" || t.pos === "x" ? NAME_WITH_NUMBER.exec(t.text) : null;
    if (m) {
      const split = t.from + m[1]!.length;
      out.push(Object.freeze({ text: m[1]!, from: t.from, to: split, pos: "n" }));
      out.push(Object.freeze({ text: m[2]!, from: split, to: t.to, pos: "m" }));
    } else out.push(t);
  }
  if (lexicon.size === 0) return out;
  const merged: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    let taken = 0;
    // Longest contiguous run of 2–4 tokens that spells a vocabulary word.
    for (let k = Math.min(4, out.length - i); k >= 2 && !taken; k--) {
      const first = out[i]!;
      const last = out[i + k - 1]!;
      if (last.to - first.from > maxWordLength) continue;
      let contiguous = true;
      for (let j = i + 1; j < i + k; j++) if (out[j]!.from !== out[j - 1]!.to) contiguous = false;
      if (!contiguous) continue;
      let word = "";
      for (let j = i; j < i + k; j++) word += out[j]!.text;
      const pos = lexicon.get(word);
      if (pos) {
        merged.push(Object.freeze({ text: word, from: first.from, to: last.to, pos }));
        taken = k;
      }
    }
    if (taken) i += taken - 1;
    else merged.push(out[i]!);
  }
  return merged;
}

/** Options of {@link createSegmenter}. */
export interface SegmenterOptions {
  /** How many distinct texts keep their segmentation. Defaults to 2000. */
  cacheSize?: number;
  /** Words that must come out whole, with their tags. Defaults to the bundled vocabulary. */
  vocabulary?: readonly VocabularyEntry[];
}

/** A segmenter with its cache exposed for tests and long-running workers. */
export interface CachingSegmenter extends Segmenter {
  /** How many texts are cached now. */
  readonly cacheSize: number;
  clearCache(): void;
}

/**
 * Wraps a loaded segmentit engine as a {@link Segmenter} with a bounded LRU cache keyed by text. The returned arrays
 * and tokens are frozen and shared between callers: read them, never modify them.
 */
export function createSegmenter(engine: SegmentitEngine, options: SegmenterOptions = {}): CachingSegmenter {
  const limit = Math.max(1, options.cacheSize ?? 2000);
  const cache = new Map<string, readonly Token[]>();
  const lexicon = new Map((options.vocabulary ?? vocabulary).map((e) => [e.word, e.pos] as const));
  const maxWordLength = Math.max(0, ...[...lexicon.keys()].map((w) => w.length));
  const segmentUncached = (text: string): Token[] => {
    const out: Token[] = [];
    for (const [from, to] of chunks(text)) {
      const piece = text.slice(from, to);
      if (SPACE.test(piece)) continue;
      // segmentit's doSegment turns \r into a line break and trims; alignment restores the offsets.
      alignWords(text, engine.doSegment(piece), from, to, out);
    }
    return repair(out, lexicon, maxWordLength);
  };
  return {
    segment(text: string): Token[] {
      const hit = cache.get(text);
      if (hit) {
        cache.delete(text);
        cache.set(text, hit);
        return hit as Token[];
      }
      const tokens = Object.freeze(segmentUncached(text));
      cache.set(text, tokens);
      if (cache.size > limit) cache.delete(cache.keys().next().value!);
      return tokens as Token[];
    },
    get cacheSize() {
      return cache.size;
    },
    clearCache() {
      cache.clear();
    },
  };
}

interface SegmentitModule {
  Segment: new () => SegmentitEngine;
  useDefault(segment: SegmentitEngine): SegmentitEngine;
}

let loading: Promise<CachingSegmenter> | null = null;

/**
 * Loads segmentit with its default dictionaries and the domain vocabulary, once; later calls return the same
 * segmenter. Loading takes about a second (the dictionaries are 3.8 MB), so call it early, off the typing path.
 */
export function loadSegmenter(options: SegmenterOptions = {}): Promise<CachingSegmenter> {
  loading ??= (async () => {
    const imported = (await import("segmentit")) as unknown as Partial<SegmentitModule> & { default?: SegmentitModule };
    // Node loads segmentit's CommonJS build (everything under `default`); bundlers load its ES module build.
    const api: SegmentitModule | undefined = imported.Segment ? (imported as SegmentitModule) : imported.default;
    if (!api?.Segment || !api.useDefault) throw new Error("segmentit did not load: Segment/useDefault missing");
    const engine = api.useDefault(new api.Segment());
    const table = engine.getDict?.("TABLE");
    engine.loadDict(vocabularyDict(vocabulary, (word) => table?.[word]?.f));
    return createSegmenter(engine, options);
  })().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
