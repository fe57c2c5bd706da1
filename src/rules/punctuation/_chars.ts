// Character classes and protected spans shared by the punctuation rules.
// Offsets are UTF-16 code units; a Han character outside the BMP (𠮷) is a surrogate pair, and the helpers
// look at both halves so that such a character counts as Han from either side.

/** True for a Han ideograph code unit (BMP blocks, compatibility ideographs, or either half of a supplementary one). */
function isHanUnit(c: number, next: number, prev: number): boolean {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) return true;
  // Supplementary ideographic planes (U+20000–U+3FFFF): high surrogates D840–D8BF.
  if (c >= 0xd840 && c <= 0xd8bf) return next >= 0xdc00 && next <= 0xdfff;
  if (c >= 0xdc00 && c <= 0xdfff) return prev >= 0xd840 && prev <= 0xd8bf;
  return false;
}

/** True when the character starting at `i` is a Han ideograph. */
export function isHanAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isHanUnit(text.charCodeAt(i), text.charCodeAt(i + 1), NaN);
}

/** True when the character ending just before `i` is a Han ideograph. */
export function isHanBefore(text: string, i: number): boolean {
  if (i <= 0 || i > text.length) return false;
  return isHanUnit(text.charCodeAt(i - 1), NaN, text.charCodeAt(i - 2));
}

/** Full-width (Chinese) punctuation and brackets: CJK symbols, full-width forms, curly quotes, dashes, ellipsis. */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]/;

/** True when the code unit at `i` is Chinese (full-width) punctuation. */
export function isCjkPunctAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return CJK_PUNCT.test(text[i]!);
}

/** True when the character at `i` is Han or Chinese punctuation. */
export function isChineseAt(text: string, i: number): boolean {
  return isHanAt(text, i) || isCjkPunctAt(text, i);
}

/** True when the character ending before `i` is Han or Chinese punctuation. */
export function isChineseBefore(text: string, i: number): boolean {
  return isHanBefore(text, i) || isCjkPunctAt(text, i - 1);
}

// Half-width marks that the punctuation rules turn full-width. Looking through a run of them when judging context
// lets one pass convert the whole run ("（预计数）\":'" settles at once instead of one mark per pass).
// The look-through stops after a few marks, which keeps every scan linear on a hostile run of thousands of them.
const CONVERTIBLE = /[,.;:?!()"']/;
const MAX_RUN = 4;

/** Like {@link isChineseBefore}, but looks through a short run of convertible half-width marks first. */
export function isChineseBeforeRun(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < MAX_RUN && CONVERTIBLE.test(text[j - 1]!)) j--;
  return isChineseBefore(text, j);
}

/** Like {@link isChineseAt}, but looks through a short run of convertible half-width marks first. */
export function isChineseAtRun(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < MAX_RUN && CONVERTIBLE.test(text[j]!)) j++;
  return isChineseAt(text, j);
}

/** True when the text contains at least one Han ideograph. */
export function hasHan(text: string): boolean {
  return HAN_ANY.test(text);
}
const HAN_ANY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;

// URLs and e-mail addresses keep their ASCII punctuation. The URL pattern starts with a literal and runs over one
// character class; e-mail addresses are grown by hand around each @, which keeps both linear.
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[!-~]+/g;
const MAY_PROTECT = /[/@]|www\./;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/** Spans (relative to `text`) of URLs and e-mail addresses, sorted. Empty for most paragraphs. */
export function protectedSpans(text: string): { from: number; to: number }[] {
  if (!MAY_PROTECT.test(text)) return [];
  const out: { from: number; to: number }[] = [];
  URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL.exec(text))) {
    let end = m.index + m[0].length;
    // A URL that ends a Chinese sentence does not own the sentence's half-width full stop or comma.
    while (end > m.index && /[.,;:!?)]/.test(text[end - 1]!)) end--;
    out.push({ from: m.index, to: end });
  }
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let from = at;
    while (from > 0 && LOCAL_PART.test(text[from - 1]!)) from--;
    let to = at + 1;
    while (to < text.length && DOMAIN.test(text[to]!)) to++;
    while (to > at + 1 && text[to - 1] === ".") to--;
    if (from < at && text.slice(at + 1, to).includes(".")) out.push({ from, to });
  }
  if (out.length > 1) out.sort((a, b) => a.from - b.from);
  return out;
}

/** True when `i` lies inside one of the (sorted) spans. */
export function inSpans(spans: readonly { from: number; to: number }[], i: number): boolean {
  for (const s of spans) {
    if (i < s.from) return false;
    if (i < s.to) return true;
  }
  return false;
}

/** Spans (relative to `text`) enclosed by 《》, outermost only, brackets included. */
export function bookTitleSpans(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = text.indexOf("《"); i >= 0 && i < text.length; i++) {
    const ch = text[i];
    if (ch === "《") {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === "》" && depth > 0) {
      depth--;
      if (depth === 0) out.push({ from: start, to: i + 1 });
    }
  }
  return out;
}
