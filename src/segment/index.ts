// Word segmentation with part-of-speech tags, backed by segmentit (loaded lazily by dynamic import, so it stays out of
// the core bundle and can run in a Web Worker). segmentit drops spaces and line breaks, merges numbers with units and
// re-splits brackets its own way; every token is therefore re-aligned on the source text, so that `from`/`to` are
// UTF-16 offsets into the string given to `segment()` and `text.slice(from, to) === token.text` always holds.
// The domain vocabulary of official reports (rules/vocabulary.json) is added to segmentit's dictionary. Runs without
// punctuation, on which segmentit is exponential, are cut into pieces first (see `cutRun`).
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

// segmentit's dictionary tokenizer enumerates every way to split a run of text between two of its stop characters
// (DictTokenizer.getChunks) before scoring them, so its time grows with the number of splits, which is exponential in
// the run's length: `创新能力持续提升` × 8 (64 characters, 65,536 splits) takes seconds, 300 characters never end. Long
// runs are therefore cut before segmentit sees them. The number of splits is counted on segmentit's own dictionary
// (linear dynamic programming), and a run is cut only where that count passes SPLIT_BUDGET or its length MAX_RUN, at
// the place within the last CUT_WINDOW characters that the fewest dictionary words straddle (ideally none, just before
// a word). Official prose rarely reaches the budget, so its segmentation does not change.

/**
 * Characters at which segmentit itself ends a run before its dictionary tokenizer: line breaks, a subset of its stop
 * characters (every one of these is in segmentit's `_STOPWORD`), and Latin letters and digits, half- or full-width,
 * which its ForeignTokenizer takes out. A subset on purpose: treating as a break what segmentit does not would hide a
 * long run from the budget.
 */
const RUN_BREAK = /[\n\r ,.;+\-|/\\'":?<>[\]{}=!@#$%^&*()~`_0-9A-Za-z０-９Ａ-Ｚａ-ｚ。，、：；？！‘’“”…—·（）《》〔〕【】「」『』〈〉〖〗［］～｜／＋－＝×÷＜＞]/g;
/**
 * How many ways to split one piece segmentit may enumerate: a few milliseconds of its time. The real reports have a
 * handful of runs over it (meeting titles, `第十四届人民代表大会第二次会议上`), all cut where it changes nothing.
 */
const SPLIT_BUDGET = 1024;
/** Longest piece, whatever the count: the cost of each split grows with its length. Longer than any run in the reports. */
const MAX_RUN = 48;
/** Runs this short cannot have more than SPLIT_BUDGET splits (2^(n−1) at most), so they are not examined. */
const SHORT_RUN = Math.floor(Math.log2(SPLIT_BUDGET)) + 1;
/** How far back from where the budget ran out a cut may go. */
const CUT_WINDOW = 8;
/** Word lengths kept in the per-position bit masks (bit `n` = a word of `n` characters starts here). */
const MASK_LENGTHS = 30;

/** segmentit's word table by length (`TABLE2`: length → word → entry), the lattice its tokenizer enumerates. */
export interface WordTable {
  lengths: readonly number[];
  byLength: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The word table of a loaded segmentit engine; empty (every run one split) when the engine exposes none. */
export function wordTable(engine: SegmentitEngine): WordTable {
  const byLength = (engine.getDict?.("TABLE2") ?? {}) as unknown as Record<string, Record<string, unknown>>;
  const lengths = Object.keys(byLength).map(Number).filter((n) => n > 0).sort((a, b) => a - b);
  return { lengths, byLength };
}

/**
 * Offsets at which the run `text[from, to)` (no break inside) is cut so that no piece has more than SPLIT_BUDGET
 * dictionary splits or MAX_RUN characters; pushed onto `cuts` in order. Linear in the run's length.
 */
export function cutRun(text: string, from: number, to: number, table: WordTable, cuts: number[] = []): number[] {
  const n = to - from;
  if (n <= SHORT_RUN) return cuts;
  const greedy = cutGreedily(text, from, n, table, MAX_RUN);
  if (greedy.length === 0) return cuts;
  // Greedy pieces fill up to the budget and leave the rest, however short, to the last one. segmentit scores splits
  // against the length of what it is given and splits a short piece worse (`不确定性` alone becomes `不确` `定性`), so
  // the run is cut again into as many pieces of about even length.
  const even = Math.ceil(n / (greedy.length + 1)) + CUT_WINDOW / 2;
  for (const cut of cutGreedily(text, from, n, table, Math.min(MAX_RUN, even))) cuts.push(from + cut);
  return cuts;
}

/** Relative cut offsets, each placed when the piece before it would pass SPLIT_BUDGET splits or `maxRun` characters. */
function cutGreedily(text: string, from: number, n: number, table: WordTable, maxRun: number): number[] {
  const cuts: number[] = [];
  // splits[i]: ways segmentit can split text[start, i) (offsets relative to `from`); words[i]: bit set of the lengths
  // of the dictionary words that start at i.
  const splits = new Float64Array(n + 1);
  const words = new Uint32Array(n + 1);
  const { lengths, byLength } = table;
  const longest = lengths[lengths.length - 1] ?? 1;
  let start = 0;
  splits[0] = 1;
  for (let i = 0; i <= n; i++) {
    if (i > start && (splits[i]! > SPLIT_BUDGET || i - start > maxRun)) {
      const cut = cutPoint(text, from, start, i, words);
      cuts.push(cut);
      splits.fill(0, cut, Math.min(n, i + longest) + 1); // counts past i come only from words starting before it
      splits[cut] = 1;
      start = cut;
      i = cut - 1; // count again from the cut
      continue;
    }
    if (i === n) break;
    let mask = 0;
    let matched = false;
    for (const length of lengths) {
      if (i + length > n) break;
      if (text.slice(from + i, from + i + length) in byLength[length]!) {
        splits[i + length]! += splits[i]!;
        matched = true;
        if (length <= MASK_LENGTHS) mask |= 1 << length;
      }
    }
    // segmentit falls back to the single character where no word starts.
    if (!matched) splits[i + 1]! += splits[i]!;
    words[i] = mask;
  }
  return cuts;
}

/** Where to cut, in (start, end): the fewest straddling words, then before a word, then the latest. */
function cutPoint(text: string, from: number, start: number, end: number, words: Uint32Array): number {
  let best = end - 1;
  let bestScore = Infinity;
  for (let cut = end - 1; cut > start && cut >= end - CUT_WINDOW; cut--) {
    const code = text.charCodeAt(from + cut);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // never between the halves of a surrogate pair
    let straddling = 0;
    for (let j = Math.max(start, cut - MASK_LENGTHS + 1); j < cut; j++) {
      // Words at j longer than cut − j cross the cut.
      let longer = words[j]! >>> (cut - j + 1);
      while (longer) {
        straddling += longer & 1;
        longer >>>= 1;
      }
    }
    const score = straddling * 2 + ((words[cut]! & ~3) !== 0 ? 0 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  return best;
}

/** Pieces of `text[from, to)` to give segmentit one at a time: the span itself unless a run in it is too long. */
function* pieces(text: string, from: number, to: number, table: WordTable): Generator<[from: number, to: number]> {
  const cuts: number[] = [];
  let runStart = from;
  RUN_BREAK.lastIndex = from;
  for (;;) {
    const m = RUN_BREAK.exec(text);
    const runEnd = m && m.index < to ? m.index : to;
    if (runEnd - runStart > SHORT_RUN) cutRun(text, runStart, runEnd, table, cuts);
    if (runEnd >= to) break;
    runStart = runEnd + 1;
  }
  let start = from;
  for (const cut of cuts) {
    yield [start, cut];
    start = cut;
  }
  yield [start, to];
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
  let table: WordTable | null = null;
  const segmentUncached = (text: string): Token[] => {
    table ??= wordTable(engine);
    const out: Token[] = [];
    for (const [chunkFrom, chunkTo] of chunks(text)) {
      for (const [from, to] of pieces(text, chunkFrom, chunkTo, table)) {
        const piece = text.slice(from, to);
        if (SPACE.test(piece)) continue;
        // segmentit's doSegment turns \r into a line break and trims; alignment restores the offsets.
        alignWords(text, engine.doSegment(piece), from, to, out);
      }
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
