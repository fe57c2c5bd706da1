// Helpers of the number family: Chinese cardinal numerals to Arabic, decimal shifting without floating point.

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that make up a Chinese cardinal numeral with a decimal part (`一百二十三点五`). */
export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿点";

/** The value below 10000 of a section such as `三千零五十` or `十二`; null when malformed. */
function sectionValue(s: string): number | null {
  if (s === "") return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0) return null; // 三四: an approximation, not a cardinal
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      const unit = SMALL_UNIT[ch]!;
      if (unit >= lastUnit) return null;
      if (digit === 0) return null;
      total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
      if (Number.isNaN(total)) return null;
      digit = null;
      lastUnit = unit;
    } else return null;
  }
  if (digit !== null) total += digit;
  return total;
}

/**
 * The Arabic form of a Chinese cardinal numeral (`三十五` → "35", `一百二十万` → "1200000" is not produced:
 * 万 and 亿 are kept as words, so `一百二十万` → "120万"), with a decimal part after 点 (`六点五` → "6.5").
 * Returns null for anything that is not a well-formed cardinal (`三四`, `十几`, `零`).
 */
export function chineseCardinalToArabic(numeral: string): string | null {
  let intPart = numeral;
  let frac = "";
  const dot = numeral.indexOf("点");
  if (dot >= 0) {
    intPart = numeral.slice(0, dot);
    const f = numeral.slice(dot + 1);
    if (f === "") return null;
    for (const ch of f) {
      if (!(ch in DIGIT) || ch === "两") return null;
      frac += String(DIGIT[ch]);
    }
  }
  // Split on 亿 and 万, keeping them as words after the Arabic number, as GB/T 15835 writes 3.5亿 or 120万.
  const m = /^([^万亿]*)(万亿|亿|万)?$/.exec(intPart);
  if (!m) return null;
  const head = m[1]!;
  const big = m[2] ?? "";
  if (head === "" ) return null;
  if (big && frac) return null; // 三万点五 is not a number
  const v = sectionValue(head);
  if (v === null || (v === 0 && head !== "〇" && head !== "零")) return null;
  return String(v) + (frac ? "." + frac : "") + big;
}

/** Multiplies a decimal string by 10^places without floating point (`"4.5", 3` → `"4500"`). */
export function shiftDecimal(num: string, places: number): string {
  const [intPart = "0", frac = ""] = num.split(".");
  const digits = intPart + frac;
  const pointAt = intPart.length + places;
  let whole: string;
  let rest: string;
  if (pointAt >= digits.length) {
    whole = digits + "0".repeat(pointAt - digits.length);
    rest = "";
  } else {
    whole = digits.slice(0, pointAt);
    rest = digits.slice(pointAt);
    // Trailing zeros are trimmed with a loop: /0+$/ backtracks quadratically on a long run of zeros.
    let end = rest.length;
    while (end > 0 && rest.charCodeAt(end - 1) === 48) end--;
    rest = rest.slice(0, end);
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * The character (whole code point) just before `index`, or "" at the start. Rules test it in code rather than
 * with a lookbehind, which keeps their patterns simple enough for the ReDoS checker to prove safe quickly.
 */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.charAt(index - 1);
}

/** Letters and digits that, standing right before a number, make it part of a code (`G7`, `1.2.3`), not a quantity. */
export const GLUED_BEFORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789０１２３４５６７８９.,_";

const ARABIC_NUMBER = /\d+(?:\.\d+)?/g;

/**
 * The whole Arabic numbers of a paragraph (`12`, `3.5`) that do not follow a character of `notAfter`, in order,
 * with their index in `text`. Each run of digits is read once.
 */
export function* standaloneNumbers(text: string, notAfter: string = GLUED_BEFORE): Generator<{ index: number; number: string }> {
  const re = new RegExp(ARABIC_NUMBER.source, "g");
  let n: RegExpExecArray | null;
  while ((n = re.exec(text))) {
    const prev = charBefore(text, n.index);
    if (prev && notAfter.includes(prev)) continue;
    yield { index: n.index, number: n[0] };
  }
}
