// bracket-balance: every “ ‘ 《 （ 【 〔 is closed by its partner within the paragraph, and every closing mark has an
// opening one. Each unmatched mark is reported where it stands; no fix is offered (where the partner belongs is the
// writer's call).
// Basis: GB/T 15834-2011 4.8 (引号), 4.9 (括号), 4.15 (书名号): the marks come in pairs.
// Only full-width marks are checked. Half-width ( ) are left to punctuation-width: web copies of correct documents
// carry half-width parentheses split over two lines (a cover line "(2023年2月2日在…" / "…会议上)"), so counting them
// here would only double the noise. Straight quotes are quote-style's.
// Two legitimate spans across paragraphs are accepted, which is why the rule has document scope:
// - a title or cover line broken over lines: marks left open at the end of a line that does not end a sentence
//   (no 。！？；) may be closed in the following lines (up to three lines later);
// - a quotation of several paragraphs (GB/T 15834-2011 4.8): each paragraph opens with “ and only the last one
//   closes it, so one “ left open at the end of a paragraph is accepted when the next paragraph opens with “.
// Options: none. Cost: one pass over the bracket characters of the document.

import type { Paragraph } from "../../core/document.js";
import type { Rule, RuleContext } from "../../core/types.js";

const MARKS = /[“”‘’《》（）【】〔〕]/g;
const ANY_MARK = new RegExp(MARKS.source);
const PARTNER: Record<string, string> = { "”": "“", "’": "‘", "》": "《", "）": "（", "】": "【", "〕": "〔" };
const NAME: Record<string, string> = {
  "“": "双引号", "”": "双引号", "‘": "单引号", "’": "单引号", "《": "书名号", "》": "书名号",
  "（": "括号", "）": "括号", "【": "方头括号", "】": "方头括号", "〔": "六角括号", "〕": "六角括号",
};
const CLOSE_OF: Record<string, string> = { "“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〔": "〕" };
const STOPS = "。！？；";
const CLOSERS = "”’）";
// A cover line is broken over two or three lines at most; marks open longer than that are reported.
const MAX_CARRIED_LINES = 3;
const LATIN = /[A-Za-z]/;
const LEADING = /^[ \t\u3000]*/;
const NON_SPACE = /\S/;

interface Mark {
  /** Absolute offset. */
  at: number;
  ch: string;
}

export const rule: Rule = {
  id: "bracket-balance",
  meta: {
    family: "punctuation",
    description: "引号、书名号、括号应成对使用",
    basis: "GB/T 15834-2011 4.8、4.9、4.15",
    defaultSeverity: "error",
    fixable: false,
    scope: "document",
    messages: {
      unclosed: "{name}“{mark}”没有对应的“{partner}”",
      unopened: "{name}“{mark}”前面没有对应的“{partner}”",
    },
    examples: {
      valid: [
        "深化“放管服”改革，印发《关于推进“一网通办”的实施意见》（试行）。",
        "落实“‘两个确保’、‘十大战略’”部署要求。",
        "政府工作报告\n（2024年1月10日在XX市第十六届人民代表大会\n第三次会议上）\n各位代表：",
        "他说：“第一段引文。\n“第二段引文。”",
        "根据《嘉定区海绵城市建设规划(2018-2035)》部署要求。",
        "It’s a China’s success story.",
      ],
      invalid: [
        {
          text: "深化“放管服改革，推进“一网通办”。",
          output: null,
          errors: [{ messageId: "unclosed", span: "“" }],
        },
        {
          text: "印发《关于推进高质量发展的意见，全面部署。",
          output: null,
          errors: [{ messageId: "unclosed", span: "《" }],
        },
        {
          text: "全年增长5%（预计数））。",
          output: null,
          errors: [{ messageId: "unopened", span: "）" }],
        },
        {
          text: "实施“双减”政策”，成效明显。\n部署【重点任务，推进〔2024〕23号文件落实。",
          output: null,
          errors: [
            { messageId: "unopened", span: "”" },
            { messageId: "unclosed", span: "【" },
          ],
        },
      ],
    },
  },
  // Reads each line's marks, whether it ends a sentence, opens with “ or is blank.
  paragraphKey(text) {
    if (text.length === 0) return "e";
    const scan = scanMarks(text);
    const head = NON_SPACE.test(text) ? (opensWithQuote({ text }) ? "q" : "t") : "s";
    return `${head}${scan.endsSentence ? 1 : 0}${scan.ch.join("")}`;
  },
  check(ctx: RuleContext) {
    const paragraphs = ctx.doc.paragraphs;
    // Open marks, possibly carried over from the previous lines of a broken title, and how many of each kind the
    // stack holds: a closing mark with none open is reported at once instead of searching the stack, which keeps
    // hostile input (10,000 （ then 10,000 》) linear.
    const stack: Mark[] = [];
    const open: Record<string, number> = {};
    let carriedLines = 0;
    const flush = (next: Paragraph | null): void => {
      let continuedQuote = next !== null && opensWithQuote(next);
      for (const mark of stack) {
        if (continuedQuote && mark.ch === "“") {
          continuedQuote = false;
          continue;
        }
        report(ctx, mark, "unclosed");
      }
      stack.length = 0;
      for (const key of Object.keys(open)) open[key] = 0;
      carriedLines = 0;
    };
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      const t = p.text;
      if (t.length === 0) continue;
      // Most lines hold no mark and nothing is open: one native scan instead of the cached per-line work.
      if (stack.length === 0 && !ANY_MARK.test(t)) {
        carriedLines = 0;
        continue;
      }
      const scan = ctx.memo("marks", p, scanMarks);
      for (let i = 0; i < scan.at.length; i++) {
        const ch = scan.ch[i]!;
        const at = p.from + scan.at[i]!;
        const want = PARTNER[ch];
        if (want === undefined) {
          stack.push({ at, ch });
          open[ch] = (open[ch] ?? 0) + 1;
          continue;
        }
        // A right single quote between Latin letters is an apostrophe (China’s).
        if (!open[want]) {
          report(ctx, { at, ch }, "unopened");
          continue;
        }
        let j = stack.length - 1;
        while (stack[j]!.ch !== want) j--;
        for (let q = stack.length - 1; q >= j; q--) {
          const popped = stack[q]!;
          open[popped.ch]!--;
          if (q > j) report(ctx, popped, "unclosed");
        }
        stack.length = j;
      }
      if (stack.length === 0) {
        carriedLines = 0;
        continue;
      }
      // A line that ends no sentence may be the first part of a broken title: its marks wait for the next lines.
      if (!scan.endsSentence && carriedLines < MAX_CARRIED_LINES) {
        carriedLines++;
        continue;
      }
      flush(nextNonEmpty(paragraphs, k));
    }
    flush(null);
  },
};

/** True when the line ends with 。！？； (closing quotes and brackets and trailing spaces allowed after it). */
/** A paragraph's marks (offsets relative to its start), without apostrophes inside Latin words, and whether it ends a sentence. */
interface MarkScan {
  at: number[];
  ch: string[];
  endsSentence: boolean;
}

function scanMarks(t: string): MarkScan {
  const scan: MarkScan = { at: [], ch: [], endsSentence: endsSentence(t) };
  // test() and lastIndex: no match array per mark.
  MARKS.lastIndex = 0;
  while (MARKS.test(t)) {
    const at = MARKS.lastIndex - 1;
    const ch = t[at]!;
    if (ch === "’" && LATIN.test(t[at - 1] ?? "") && LATIN.test(t[at + 1] ?? "")) continue;
    scan.at.push(at);
    scan.ch.push(ch);
  }
  return scan;
}

function endsSentence(t: string): boolean {
  let i = t.length;
  while (i > 0 && (t[i - 1] === " " || t[i - 1] === "\u3000" || t[i - 1] === "\t")) i--;
  while (i > 0 && CLOSERS.includes(t[i - 1]!)) i--;
  return i > 0 && STOPS.includes(t[i - 1]!);
}

function nextNonEmpty(paragraphs: readonly Paragraph[], k: number): Paragraph | null {
  for (let j = k + 1; j < paragraphs.length; j++) if (NON_SPACE.test(paragraphs[j]!.text)) return paragraphs[j]!;
  return null;
}

function opensWithQuote(p: { text: string }): boolean {
  return p.text.charAt(LEADING.exec(p.text)![0].length) === "“";
}

function report(ctx: RuleContext, mark: Mark, messageId: "unclosed" | "unopened"): void {
  const partner = messageId === "unclosed" ? CLOSE_OF[mark.ch]! : PARTNER[mark.ch]!;
  ctx.report({ from: mark.at, to: mark.at + 1, messageId, data: { name: NAME[mark.ch]!, mark: mark.ch, partner } });
}
