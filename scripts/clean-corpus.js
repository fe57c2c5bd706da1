#!/usr/bin/env node
// Cleans the reference report as the website stored it into rules/corpus/reference-report.txt.
// The site converted the full-width ASCII-variant punctuation (，（）：；！？) to half-width and turned curly quotes into
// straight ones; it also wrapped the text in page chrome. This script undoes exactly that, deterministically:
//   1. drops the page chrome: every line before the first heading line and every line after the last body line
//      (a body line ends with 。), and the blank lines the page put between paragraphs;
//   2. restores （ ） around heading markers ((二) → （二）) and around any group that contains CJK;
//   3. pairs straight quotes "…" → “…” within each paragraph (the raw has an even count in every paragraph);
//   4. restores ， ： ； ！ ？ except between two digits (1,595 and 09:30 stay as they are).
// `.` in decimals (13.5亿元, PM2.5), `%` and `+` (“4+1”) are what official texts write and stay half-width.
// Usage: node scripts/clean-corpus.js [raw] [out]   (defaults: ../shared/corpus/reference-report-raw.txt relative to the
// repository's parent, and rules/corpus/reference-report.txt). `--stdout` prints instead of writing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultRawPath = join(root, "..", "shared", "corpus", "reference-report-raw.txt");
export const defaultOutPath = join(root, "rules", "corpus", "reference-report.txt");

const HEADING_LINE = /^\s*[(（][一二三四五六七八九十]+[)）]|^\s*[一二三四五六七八九十]+、/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Restores full-width marks in one paragraph. */
export function cleanParagraph(line) {
  let s = line.trim();
  // Heading markers and bracketed groups containing CJK: (二) → （二）, (含子基金) → （含子基金）.
  s = s.replace(/\(([^()]*)\)/g, (all, inner) => (CJK.test(inner) ? `（${inner}）` : all));
  // Straight quotes pair up in order inside the paragraph.
  let open = true;
  s = s.replace(/"/g, () => {
    const q = open ? "“" : "”";
    open = !open;
    return q;
  });
  if (!open) throw new Error(`unpaired straight quote in: ${s.slice(0, 30)}…`);
  // Comma, colon, semicolon, !, ? — not between digits.
  const full = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？" };
  s = s.replace(/[,:;!?]/g, (mark, i, str) => {
    const before = str[i - 1] ?? "";
    const after = str[i + 1] ?? "";
    if (/\d/.test(before) && /\d/.test(after)) return mark;
    return full[mark];
  });
  return s;
}

/** Cleans the raw page text into the reference report (one paragraph per line, final newline). */
export function cleanCorpus(raw) {
  const lines = raw.replace(/^\ufeff/, "").split(/\r?\n/);
  const first = lines.findIndex((l) => HEADING_LINE.test(l));
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/。\s*$/.test(lines[i])) {
      last = i;
      break;
    }
  }
  if (first < 0 || last < first) throw new Error("reference report: no heading or no body found");
  const body = lines.slice(first, last + 1).filter((l) => l.trim() !== "");
  return body.map(cleanParagraph).join("\n") + "\n";
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2).filter((a) => a !== "--stdout");
  const toStdout = process.argv.includes("--stdout");
  const rawPath = args[0] ?? defaultRawPath;
  const outPath = args[1] ?? defaultOutPath;
  if (!existsSync(rawPath)) {
    console.error(`clean-corpus: raw report not found at ${rawPath}`);
    process.exit(2);
  }
  const cleaned = cleanCorpus(readFileSync(rawPath, "utf8"));
  if (toStdout) process.stdout.write(cleaned);
  else {
    writeFileSync(outPath, cleaned);
    console.log(`clean-corpus: wrote ${outPath} (${cleaned.replace(/\n/g, "").length} characters)`);
  }
}
