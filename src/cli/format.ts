// Formatting diagnostics for the terminal (stylish) and for tools (json). Offsets stay UTF-16; line and column
// are 1-based, the column counted in UTF-16 code units from the line start (as `from` is, and as editors such as
// VS Code count `path:line:col`).

import type { Diagnostic, Severity } from "../core/types.js";

/** A diagnostic with its 1-based line and UTF-16 column. */
export type LocatedDiagnostic = Diagnostic & { line: number; column: number };

/** The diagnostics of one file. Positions are computed while the text is at hand, so the text need not be kept. */
export interface FileResult {
  /** The path as given on the command line (`<stdin>` for `-`). */
  file: string;
  diagnostics: LocatedDiagnostic[];
}

/** Adds line and column to each diagnostic of a text. */
export function locate(text: string, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  if (diagnostics.length === 0) return [];
  const index = new LineIndex(text);
  return diagnostics.map((d) => ({ ...d, ...index.position(d.from) }));
}

/** Maps UTF-16 offsets to 1-based line and column in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** True when a diagnostic offers a fix. */
export function isFixable(d: Diagnostic): boolean {
  return (d.fixes?.length ?? 0) > 0;
}

/** The json report: exactly these keys, in this order. */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      from: d.from,
      to: d.to,
      line: d.line,
      column: d.column,
      message: d.message,
      basis: d.basis ?? "",
      fixable: isFixable(d),
    })),
  }));
  return JSON.stringify(out, null, 2) + "\n";
}

interface Style {
  underline(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  severity(sev: Severity, s: string): string;
}

const plain: Style = { underline: (s) => s, dim: (s) => s, bold: (s) => s, severity: (_sev, s) => s };
const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const coloured: Style = {
  underline: sgr(4, 24),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  severity: (sev, s) => (sev === "error" ? sgr(31, 39)(s) : sev === "warning" ? sgr(33, 39)(s) : sgr(36, 39)(s)),
};

/** Terminal columns a string takes: East Asian wide and fullwidth characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal columns up to which the rule-id column is aligned; longer messages are followed by two spaces only. */
const MAX_ALIGNED_MESSAGE = 72;

/** Terminal columns of the basis shown in the stylish report; the json report carries it in full. */
const MAX_BASIS = 48;

/** Cuts a string to at most `width` terminal columns, ending in "…" when cut. */
export function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The stylish report: per file, the path, then `  line:col  severity  message [basis]  ruleId` in aligned columns,
 * then one summary line. Prints nothing when there is no diagnostic. `colour` adds ANSI styling.
 */
export function formatStylish(results: readonly FileResult[], colour: boolean): string {
  const st = colour ? coloured : plain;
  const counts = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  const blocks: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      counts[d.severity]++;
      if (isFixable(d)) fixable++;
      return { pos: `${d.line}:${d.column}`, sev: d.severity, message: d.message, basis: d.basis ? `[${clip(d.basis, MAX_BASIS)}]` : "", ruleId: d.ruleId };
    });
    const posW = Math.max(...rows.map((x) => x.pos.length));
    const sevW = Math.max(...rows.map((x) => x.sev.length));
    // Rule ids line up after the messages, but one very long message must not push every id off the screen.
    const msgW = Math.min(MAX_ALIGNED_MESSAGE, Math.max(...rows.map((x) => displayWidth(x.message) + (x.basis ? 1 + displayWidth(x.basis) : 0))));
    const lines = [st.underline(r.file)];
    for (const x of rows) {
      const msgPlain = x.basis ? `${x.message} ${x.basis}` : x.message;
      const msg = x.basis ? `${x.message} ${st.dim(x.basis)}` : x.message;
      const gap = " ".repeat(Math.max(0, msgW - displayWidth(msgPlain)));
      lines.push(`  ${st.dim(x.pos.padStart(posW))}  ${st.severity(x.sev, x.sev.padEnd(sevW))}  ${msg}${gap}  ${st.dim(x.ruleId)}`);
    }
    blocks.push(lines.join("\n"));
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return "";
  const summary = `✖ ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}), ${fixable} fixable`;
  const mark = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "info";
  return `\n${blocks.join("\n\n")}\n\n${st.bold(st.severity(mark, summary))}\n`;
}
