// Shapes of parallel phrasing, shared by the parallel rules and the profile builder: the clauses of a heading title,
// the topic sentences that open sub-topics inside a section, and a coarse word-class pattern of a segmented clause.
// Pure functions over text; no segmentation here except `coarsePattern`, which takes tokens.

import { sentencesOf, type DocumentModel, type Paragraph } from "../../core/document.js";
import type { Token } from "../../core/types.js";

/** A clause of a heading title: the text between ，/；. */
export interface Clause {
  from: number;
  to: number;
  text: string;
  /** Characters, not counting spaces. */
  length: number;
}

const CLAUSE_SPLIT = /[，,；;]/g;
const SPACES = /[\s\u3000]/g;

/** Splits a heading title (absolute offset `from`) into its clauses. */
export function clausesOf(title: string, from: number): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (end: number) => {
    const text = title.slice(start, end);
    const length = text.replace(SPACES, "").length;
    if (length > 0) out.push({ from: from + start, to: from + end, text, length });
  };
  while ((m = CLAUSE_SPLIT.exec(title))) {
    push(m.index);
    start = m.index + 1;
  }
  push(title.length);
  return out;
}

/** A short sentence opening a sub-topic: `创新空间不断拓展。`. Offsets are absolute; `text` excludes the final mark. */
export interface TopicSentence {
  from: number;
  /** End of the sentence text, before its final 。. */
  to: number;
  text: string;
  paragraphIndex: number;
}

/** Topic sentences are 4–14 Chinese characters with nothing else in them (no comma, digit, quote or bracket). */
const TOPIC_BODY = /^[\u3400-\u9fff]{4,14}$/;
const TOPIC_END = /^[。！]$/;

/**
 * The topic sentences of a paragraph: a short all-Chinese sentence ending in 。 that either opens the paragraph or
 * opens a run inside it (it follows a sentence end and more text follows it), as in reports where several topic
 * sentences live inside one long paragraph; the sentence after it, if any, must be longer or not topic-shaped (it
 * elaborates the topic). A sentence that closes a paragraph after other text is a conclusion, not a topic. The title
 * of a heading is never a topic sentence.
 */
export function topicSentencesOf(p: Paragraph): TopicSentence[] {
  const out: TopicSentence[] = [];
  const sentences = sentencesOf(p);
  const bodyFrom = p.heading ? (p.heading.runIn ? p.heading.titleTo + p.heading.titleEnd.length : p.to) : p.from;
  let k = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.from < bodyFrom) continue;
    const first = k++ === 0;
    const next = sentences[i + 1];
    if (!first && !next) continue;
    const core = topicCore(s.text);
    if (core === null) continue;
    // A topic is elaborated by what follows it: the next sentence is longer, or is not topic-shaped at all.
    if (next) {
      const nextCore = topicCore(next.text);
      if (nextCore !== null && nextCore.length <= core.length) continue;
    }
    const from = s.from + (s.text.length - s.text.trimStart().length);
    out.push({ from, to: from + core.length, text: core, paragraphIndex: p.index });
  }
  return out;
}

/** The sentence without its final mark when it is topic-shaped, else null. */
function topicCore(sentence: string): string | null {
  const body = sentence.trim();
  if (!TOPIC_END.test(body.slice(-1))) return null;
  const core = body.slice(0, -1);
  return TOPIC_BODY.test(core) ? core : null;
}

/** A run of topic sentences compared with each other: those of the paragraphs under one heading. */
export interface TopicGroup {
  /** Index of the heading paragraph the group sits under (-1 before the first heading). */
  headingIndex: number;
  sentences: TopicSentence[];
}

/** Groups the document's topic sentences by the nearest heading above them. O(paragraphs). */
export function topicGroups(doc: DocumentModel, topicsOf: (p: Paragraph) => TopicSentence[] = topicSentencesOf): TopicGroup[] {
  const groups: TopicGroup[] = [];
  let current: TopicGroup = { headingIndex: -1, sentences: [] };
  for (const p of doc.paragraphs) {
    if (p.heading) {
      if (current.sentences.length) groups.push(current);
      current = { headingIndex: p.index, sentences: [] };
    }
    if (p.text.length === 0) continue;
    for (const s of topicsOf(p)) current.sentences.push(s);
  }
  if (current.sentences.length) groups.push(current);
  return groups;
}

/**
 * A coarse word-class pattern of a segmented stretch: n (nouns, names, places, times, pronouns), v, a, d, m (numbers
 * and measure words), i (idioms), u (particles 的 了 得 着), p, c; punctuation dropped, runs of one class merged. A
 * verb or adjective directly before another verb or adjective modifies it (`持续提升`, `加快成长`) and counts as d.
 */
export function coarsePattern(tokens: readonly Token[]): string {
  const classes: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let c = coarseClass(t.pos);
    if (!c) continue;
    const next = tokens[i + 1];
    if ((c === "v" || c === "a") && next) {
      const nc = coarseClass(next.pos);
      if (nc === "v" || nc === "a" || nc === "i") c = "d";
    }
    if (classes[classes.length - 1] !== c) classes.push(c);
  }
  return classes.join("-");
}

function coarseClass(pos: string): string {
  switch (pos) {
    case "w":
      return "";
    case "n":
    case "nr":
    case "ns":
    case "nt":
    case "nz":
    case "nx":
    case "f":
    case "s":
    case "t":
    case "r":
    case "b":
      return "n";
    case "v":
    case "a":
    case "d":
    case "u":
    case "p":
    case "c":
      return pos;
    case "z":
      return "a";
    case "m":
    case "mq":
    case "q":
      return "m";
    case "i":
    case "l":
      return "i";
    default:
      return "x";
  }
}

/** Particles that loosen a topic sentence: `得到了持续的提升`. */
export const LOOSE_PARTICLES = /[了的得着地]/;
