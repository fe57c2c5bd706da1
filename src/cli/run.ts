// The CLI as a function: run(argv, io) → exit code. Everything that touches the outside world comes through `io`,
// so tests drive it in memory; main.ts wires it to the real process.

import { dirname, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigError, createLinter, type Linter } from "../core/engine.js";
import { fixAll } from "../core/fix.js";
import { buildProfile } from "../core/profile.js";
import type { Diagnostic, LintOptions, Rule, RuleSetting, Segmenter } from "../core/types.js";
import { allRules } from "../rules/index.js";
import { parseArgs, UsageError, USAGE, type CliArgs } from "./args.js";
import { CliConfigError, parseConfig } from "./config.js";
import { DecodeError, decodeText, EncodeError, encodeText, type DecodedText } from "./encoding.js";
import { expandPaths, InputError, readInput, type CliFs, type FileInfo } from "./files.js";
import { formatJson, formatStylish, locate, type FileResult } from "./format.js";

/** The outside world as the CLI sees it. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
  /** The folder relative paths are resolved against. */
  cwd: string;
  /** Reads all of standard input, refusing more than `maxSize` bytes. */
  readStdin(maxSize: number): Promise<Uint8Array>;
  fs: CliFs;
  /** Loads word segmentation; resolves to null when it is not available. Defaults to `src/segment`'s `loadSegmenter`. */
  loadSegmenter?: () => Promise<Segmenter | null>;
}

/** Test-only: milliseconds to pause between writing the temp file and renaming it over the original. */
export const SLOW_WRITE_ENV = "GONGWEN_LINT_TEST_SLOW_WRITE";

const STDIN_NAME = "<stdin>";

/** Loads word segmentation (`src/segment`, imported on demand so that `--no-segmentation` never pays for it). */
export async function loadDefaultSegmenter(): Promise<Segmenter | null> {
  const { loadSegmenter } = await import("../segment/index.js");
  return loadSegmenter();
}

function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(resolve(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "gongwen-lint") return pkg.version ?? "0.0.0";
    } catch {
      // not here; look one folder up
    }
    dir = dirname(dir);
  }
  return "0.0.0";
}

/** Has enough CJK text to teach a style: a reference without any is a mistake (wrong file, wrong encoding). */
const CJK_RE = /[\u4e00-\u9fff]/g;

class Failure extends Error {}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a caller may change about the CLI besides its arguments. */
export interface RunOptions {
  /** The rules to run. Defaults to every registered rule; tests pass a fixed set. */
  rules?: readonly Rule[];
}

/**
 * Runs the CLI; resolves to the exit code: 0 without error diagnostics, 1 with one (or more warnings than
 * `--max-warnings`), 2 for bad usage, an unreadable input or a file that could not be written back.
 */
export async function run(argv: readonly string[], io: CliIo, runOptions: RunOptions = {}): Promise<number> {
  const fail = (line: string): never => {
    io.stderr.write(line + "\n");
    throw new Failure(line);
  };
  try {
    return await runInner(argv, io, runOptions.rules ?? allRules, fail);
  } catch (e) {
    if (e instanceof Failure) return 2;
    throw e;
  }
}

async function runInner(argv: readonly string[], io: CliIo, ruleSet: readonly Rule[], fail: (line: string) => never): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) fail(`gongwen-lint: ${e.message}\n用 gongwen-lint --help 查看用法。`);
    throw e;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout.write(packageVersion() + "\n");
    return 0;
  }
  const abs = (p: string) => resolve(io.cwd, p);
  const readText = async (path: string, shown: string): Promise<DecodedText> => {
    try {
      return decodeText((await readInput(io.fs, abs(path), args.maxSize)).bytes);
    } catch (e) {
      if (e instanceof InputError || e instanceof DecodeError) fail(`${shown}: ${e.message}`);
      throw e;
    }
  };

  // Config: the file first, then --rule flags, which win.
  const knownIds = new Set(ruleSet.map((r) => r.id));
  const rules: Record<string, RuleSetting> = Object.create(null);
  const options: LintOptions = { rules };
  const references: { path: string; shown: string }[] = [];
  if (args.config !== null) {
    const { text } = await readText(args.config, args.config);
    let config;
    try {
      config = parseConfig(text);
    } catch (e) {
      if (e instanceof CliConfigError) fail(`${args.config}: ${e.message}`);
      throw e;
    }
    for (const id of Object.keys(config.rules)) {
      if (!knownIds.has(id)) fail(`${args.config}: 未知规则：${id}`);
      rules[id] = config.rules[id]!;
    }
    options.families = config.families;
    if (config.defaultReference !== undefined) options.defaultReference = config.defaultReference;
    const base = dirname(abs(args.config));
    for (const r of config.references) references.push({ path: resolve(base, r), shown: r });
  }
  for (const { id, setting } of args.rules) {
    if (!knownIds.has(id)) fail(`gongwen-lint: 未知规则：${id}（--rule）`);
    rules[id] = setting;
  }
  if (!args.defaultReference) options.defaultReference = false;
  for (const r of args.references) references.push({ path: abs(r), shown: r });

  // Segmentation is optional: without it the rules that need it are skipped.
  let segmenter: Segmenter | null = null;
  if (args.segmentation) {
    try {
      segmenter = await (io.loadSegmenter ?? loadDefaultSegmenter)();
    } catch (e) {
      io.stderr.write(`gongwen-lint: 分词不可用，已跳过需要分词的规则（${(e as Error).message.split("\n")[0]}）\n`);
    }
  }
  options.segmenter = segmenter;

  // References: each is checked on its own so that a bad one is named.
  if (references.length) {
    const texts: string[] = [];
    for (const r of references) {
      const { text } = await readText(r.path, r.shown);
      if (text.trim() === "") fail(`${r.shown}: 参考范文为空`);
      if ((text.match(CJK_RE)?.length ?? 0) < 20) fail(`${r.shown}: 参考范文不是中文文本`);
      try {
        buildProfile([text], segmenter);
      } catch (e) {
        fail(`${r.shown}: 参考范文无效：${(e as Error).message}`);
      }
      texts.push(text);
    }
    options.references = texts;
  }

  let linter: Linter;
  try {
    linter = createLinter(options, ruleSet);
  } catch (e) {
    if (e instanceof ConfigError) fail(`gongwen-lint: ${e.message}`);
    throw e;
  }

  let failed = false;
  const report = (line: string) => {
    failed = true;
    io.stderr.write(line + "\n");
  };
  const files = await expandPaths(io.fs, args.paths, abs, (e) => report(`${e.path}: ${e.message}`));
  const results: FileResult[] = [];
  const slowWrite = Number(io.env[SLOW_WRITE_ENV] ?? 0) || 0;
  for (const file of files) {
    const isStdin = file === "-";
    const shown = isStdin ? STDIN_NAME : file;
    let bytes: Uint8Array;
    let info: FileInfo | null = null;
    try {
      if (isStdin) {
        bytes = await io.readStdin(args.maxSize);
      } else {
        ({ bytes, info } = await readInput(io.fs, abs(file), args.maxSize));
      }
    } catch (e) {
      if (e instanceof InputError) report(`${shown}: ${e.message}`);
      else report(`${shown}: 无法读取（${(e as Error).message}）`);
      continue;
    }
    let decoded: DecodedText;
    try {
      decoded = decodeText(bytes);
    } catch (e) {
      if (e instanceof DecodeError) {
        report(`${shown}: ${e.message}`);
        continue;
      }
      throw e;
    }
    let outcome: { text: string; diagnostics: Diagnostic[] };
    try {
      outcome = args.fix ? await fixOne() : { text: decoded.text, diagnostics: linter.lint(decoded.text) };
    } catch (e) {
      // A rule that fails on one odd file must not cost the report on the others.
      report(`${shown}: 检查时内部错误：${(e as Error).message.split("\n")[0]}`);
      continue;
    }
    results.push({ file: shown, diagnostics: locate(outcome.text, outcome.diagnostics) });

    /** Fixes the file, writes it back (or to stdout for `-`), and returns the text now on disk with its diagnostics. */
    async function fixOne(): Promise<{ text: string; diagnostics: Diagnostic[] }> {
      const original = decoded.text;
      const fixed = fixAll(original, (t) => linter.lint(t));
      if (fixed.output === original) {
        if (isStdin) io.stdout.write(bytes);
        return { text: original, diagnostics: fixed.remaining };
      }
      let out: Uint8Array | null = null;
      try {
        // Write only when the untouched text would come back byte for byte, so no byte outside a fix can change.
        if (sameBytes(encodeText(original, decoded.encoding, decoded.bom), bytes)) out = encodeText(fixed.output, decoded.encoding, decoded.bom);
        else report(`${shown}: 无法按原编码（${decoded.encoding}）无损写回，未修改`);
      } catch (e) {
        if (!(e instanceof EncodeError)) throw e;
        report(`${shown}: 修正后${e.message}，未写回`);
      }
      if (out && isStdin) {
        io.stdout.write(out);
        return { text: fixed.output, diagnostics: fixed.remaining };
      }
      if (out && info) {
        try {
          await io.fs.removeStaleTemps(abs(file));
          await io.fs.writeFileAtomic(abs(file), out, info, slowWrite);
          return { text: fixed.output, diagnostics: fixed.remaining };
        } catch (e) {
          report(`${shown}: 无法写回（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}），原文件未改动`);
        }
      }
      return { text: original, diagnostics: linter.lint(original) };
    }
  }

  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity]++;
  const shownResults = args.quiet ? results.map((r) => ({ file: r.file, diagnostics: r.diagnostics.filter((d) => d.severity === "error") })) : results;
  // With `--fix -` the fixed text owns stdout; the report goes to stderr.
  const sink = args.fix && files.includes("-") ? io.stderr : io.stdout;
  const colour = sink === io.stdout && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  sink.write(args.format === "json" ? formatJson(shownResults) : formatStylish(shownResults, colour));
  if (failed) return 2;
  if (counts.error > 0) return 1;
  if (args.maxWarnings !== null && counts.warning > args.maxWarnings) {
    io.stderr.write(`gongwen-lint: 共 ${counts.warning} 条 warning，超过 --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
