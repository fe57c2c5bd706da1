// Numeric ranges written with a mark between two numbers (5%～8%, 3亿—4亿元, 10~15公里, 2021—2025年), found by
// scanning for the marks and reading the numbers around them by hand, which keeps the scan linear on any input
// (a regex with a digit run before the mark is quadratic on long digit runs). Shared by the profile builder and
// style-house-range.

/** A range mark between two numbers. Offsets are into the scanned text. */
export interface ValueRange {
  /** Start of the first number. */
  from: number;
  /** The first number as written (`2021`, `5`, `3.5`). */
  first: string;
  /** What follows the first number before the mark (`%`, `亿`, `年`, or ""). */
  firstUnit: string;
  markFrom: number;
  markTo: number;
  /** The mark normalised: `～` `~` `—` (also for ——) or `-` (also for －). */
  mark: "～" | "~" | "—" | "-";
  /** End of the second number. */
  to: number;
  /** The character after the second number ("" at the end). */
  after: string;
}

const MARKS = /[～~—－-]/g;
const UNIT = /[%万亿年月日元个]/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Finds every number–mark–number range in `text`, in order. */
export function findValueRanges(text: string): ValueRange[] {
  const out: ValueRange[] = [];
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text))) {
    const markFrom = m.index;
    let markTo = markFrom + 1;
    if (m[0] === "—" && text[markTo] === "—") markTo++;
    MARKS.lastIndex = markTo;
    if (!isDigit(text[markTo])) continue;
    let l = markFrom;
    for (let u = 0; u < 2 && l > 0 && UNIT.test(text[l - 1]!); u++) l--;
    const firstEnd = l;
    while (l > 0 && (isDigit(text[l - 1]) || text[l - 1] === ".")) l--;
    if (l === firstEnd || !isDigit(text[l]) || !isDigit(text[firstEnd - 1])) continue;
    let r = markTo;
    while (r < text.length && (isDigit(text[r]) || text[r] === ".")) r++;
    const mark = m[0] === "～" ? "～" : m[0] === "~" ? "~" : m[0] === "—" ? "—" : "-";
    out.push({ from: l, first: text.slice(l, firstEnd), firstUnit: text.slice(firstEnd, markFrom), markFrom, markTo, mark, to: r, after: text[r] ?? "" });
  }
  return out;
}
