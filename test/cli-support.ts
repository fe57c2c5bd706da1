// Shared by the CLI tests: an in-memory io for run(), a fixed set of small test rules (so CLI behaviour is tested
// apart from the real rules' wording), temp folders, and a build of dist/ for the spawn tests.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Rule, Segmenter } from "../src/core/types.js";
import { nodeFs, type CliFs } from "../src/cli/files.js";
import { run, type CliIo } from "../src/cli/run.js";

export const root = join(import.meta.dirname, "..");

const meta: Pick<Rule["meta"], "examples"> = { examples: { valid: [], invalid: [] } };

/** `,` after a Chinese character → `，` (warning, fixable). */
const halfwidthComma: Rule = {
  id: "test-comma",
  meta: { ...meta, family: "punctuation", description: "测试：半角逗号", basis: "GB/T 15834-2011 4.1", defaultSeverity: "warning", fixable: true, scope: "paragraph", messages: { comma: "应使用全角逗号：“，”" } },
  check(ctx) {
    const { text, from } = ctx.paragraph;
    for (const m of text.matchAll(/(?<=[\u4e00-\u9fff%]),/g)) {
      const at = from + m.index;
      ctx.report({ from: at, to: at + 1, messageId: "comma", fixes: [{ title: "改为“，”", edits: [{ from: at, to: at + 1, insert: "，" }] }] });
    }
  },
};

/** `一.` at the start of a line → `一、` (error, fixable). */
const headingDot: Rule = {
  id: "test-heading-dot",
  meta: { ...meta, family: "heading", description: "测试：序号标点", basis: "GB/T 15834-2011 附录", defaultSeverity: "error", fixable: true, scope: "paragraph", messages: { dot: "序号后应使用顿号：“{numeral}、”" } },
  check(ctx) {
    const m = /^([一二三四五六七八九十]+)\./.exec(ctx.paragraph.text);
    if (!m) return;
    const at = ctx.paragraph.from + m[1]!.length;
    ctx.report({ from: at, to: at + 1, messageId: "dot", data: { numeral: m[1]! }, fixes: [{ title: "改为顿号", edits: [{ from: at, to: at + 1, insert: "、" }] }] });
  },
};

/** `约…左右` (info, no fix). */
const approx: Rule = {
  id: "test-approx",
  meta: { ...meta, family: "number", description: "测试：约数重复", basis: "编辑惯例", defaultSeverity: "info", fixable: false, scope: "paragraph", messages: { both: "“约”与“左右”不要同用" } },
  check(ctx) {
    for (const m of ctx.paragraph.text.matchAll(/约[^，。]*?左右/g)) {
      ctx.report({ from: ctx.paragraph.from + m.index, to: ctx.paragraph.from + m.index + m[0].length, messageId: "both" });
    }
  },
};

/** `[吉]` → `𠮷`, a character GBK cannot encode (warning, fixable). */
const outsideGbk: Rule = {
  id: "test-outside-gbk",
  meta: { ...meta, family: "wording", description: "测试：非 GBK 字符", basis: "测试", defaultSeverity: "warning", fixable: true, scope: "paragraph", messages: { ji: "应写作“𠮷”" } },
  check(ctx) {
    for (const m of ctx.paragraph.text.matchAll(/\[吉\]/g)) {
      const at = ctx.paragraph.from + m.index;
      ctx.report({ from: at, to: at + 3, messageId: "ji", fixes: [{ title: "改", edits: [{ from: at, to: at + 3, insert: "𠮷" }] }] });
    }
  },
};

/** Reports the first token of each paragraph; runs only with a segmenter (info). */
const firstWord: Rule = {
  id: "test-first-word",
  meta: { ...meta, family: "style", description: "测试：分词", basis: "测试", defaultSeverity: "info", fixable: false, scope: "paragraph", needsSegmentation: true, messages: { word: "首词：{word}" } },
  check(ctx) {
    const t = ctx.segmenter?.segment(ctx.paragraph.text)[0];
    if (t) ctx.report({ from: ctx.paragraph.from + t.from, to: ctx.paragraph.from + t.to, messageId: "word", data: { word: t.text } });
  },
};

/** Throws on `[崩溃]`, standing in for a rule with a bug (no diagnostics otherwise). */
const crash: Rule = {
  id: "test-crash",
  meta: { ...meta, family: "style", description: "测试：规则出错", basis: "测试", defaultSeverity: "info", fixable: false, scope: "paragraph", messages: { never: "不会报告" } },
  check(ctx) {
    if (ctx.paragraph.text.includes("[崩溃]")) throw new Error("test-crash failed on purpose");
  },
};

export const testRules: readonly Rule[] = [headingDot, halfwidthComma, approx, outsideGbk, firstWord, crash];

/** Splits text into two-character tokens: enough to tell that segmentation ran. */
export const pairSegmenter: Segmenter = {
  segment(text) {
    const out = [];
    for (let i = 0; i < text.length; i += 2) out.push({ text: text.slice(i, i + 2), from: i, to: Math.min(i + 2, text.length), pos: "x" });
    return out;
  },
};

export interface MemoryRun {
  code: number;
  stdout: string;
  stdoutBytes: Uint8Array;
  stderr: string;
}

export interface MemoryIoOptions {
  cwd: string;
  stdin?: Uint8Array | string;
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
  fs?: Partial<CliFs>;
  segmenter?: Segmenter | null | (() => Promise<Segmenter | null>);
  rules?: readonly Rule[] | "all";
}

function loaderFor(s: MemoryIoOptions["segmenter"]): () => Promise<Segmenter | null> {
  if (typeof s === "function") return s;
  return async () => (s === undefined ? pairSegmenter : s);
}

/** Runs the CLI in memory with the test rules (or all rules) and returns exit code and output. */
export async function runCli(argv: string[], o: MemoryIoOptions): Promise<MemoryRun> {
  const out: Uint8Array[] = [];
  let err = "";
  const io: CliIo = {
    stdout: { write: (c) => out.push(typeof c === "string" ? Buffer.from(c) : c), isTTY: o.isTTY ?? false },
    stderr: { write: (c) => (err += c) },
    env: o.env ?? {},
    cwd: o.cwd,
    readStdin: async () => (typeof o.stdin === "string" ? Buffer.from(o.stdin) : (o.stdin ?? new Uint8Array())),
    fs: { ...nodeFs, ...o.fs },
    loadSegmenter: loaderFor(o.segmenter),
  };
  const code = await run(argv, io, o.rules === "all" ? {} : { rules: o.rules ?? testRules });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString("utf8"), stdoutBytes: new Uint8Array(bytes), stderr: err };
}

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = "gongwen-cli-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The newest modification time of any file below `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is older than src/ or rules/; concurrent callers wait on a lock folder. */
export function ensureBuilt(): void {
  // What the bin loads: the bundled CLI (the build bundles after tsc, so it is also the newest output).
  const main = join(root, "dist", "cli.js");
  const fresh = () => {
    try {
      return statSync(main).mtimeMs >= Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "rules")));
    } catch {
      return false;
    }
  };
  if (fresh()) return;
  const lock = join(root, "dist", ".build-lock");
  mkdirSync(join(root, "dist"), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed test run is older than any build takes.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another build");
      execFileSync("sleep", ["0.2"]);
    }
  }
  try {
    if (fresh()) return;
    try {
      execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "pipe" });
    } catch (e) {
      // A failed build leaves the last bundle in place; only a missing CLI is fatal.
      statSync(main);
      void e;
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export const BIN = join(root, "bin", "gongwen-lint.js");

/** Runs the real bin in a child process (build it first with {@link ensureBuilt}). */
export function spawnBin(args: string[], o: { cwd: string; input?: string | Uint8Array; env?: Record<string, string | undefined> }): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: o.cwd,
    input: o.input,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...o.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
