// The CLI driven in memory through run(argv, io) with a fixed set of test rules: report formats, exit codes,
// config, references, --fix in every encoding, folders.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir, testRules } from "./cli-support.js";
import { encodeText } from "../src/cli/encoding.js";

let dir = "";
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const DRAFT = "一.总体要求\n今年经济增长5.2%,约300人左右参加。\n";
const put = (name: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, name, ".."), { recursive: true });
  writeFileSync(join(dir, name), content);
  return name;
};
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const ESC = "\x1b[";

describe("stylish report", () => {
  it("groups by file with aligned line:col, severity, message [basis] and rule id, then a summary", async () => {
    put("a.txt", DRAFT);
    const r = await runCli(["a.txt"], { cwd: dir, segmenter: null });
    expect(r.stdout).toBe(
      [
        "",
        "a.txt",
        "   1:2  error    序号后应使用顿号：“一、” [GB/T 15834-2011 附录]  test-heading-dot",
        "  2:11  warning  应使用全角逗号：“，” [GB/T 15834-2011 4.1]       test-comma",
        "  2:12  info     “约”与“左右”不要同用 [编辑惯例]                  test-approx",
        "",
        "✖ 3 problems (1 error, 1 warning, 1 info), 2 fixable",
        "",
      ].join("\n"),
    );
    expect(r.stdout).not.toContain(ESC);
  });

  it("prints nothing for a clean file", async () => {
    put("clean.txt", "一、总体要求\n经济运行稳中向好。\n");
    const r = await runCli(["clean.txt"], { cwd: dir, segmenter: null });
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("colours only on a TTY and never when NO_COLOR is set", async () => {
    put("a.txt", DRAFT);
    const tty = await runCli(["a.txt"], { cwd: dir, isTTY: true, segmenter: null });
    expect(tty.stdout).toContain(`${ESC}31merror`);
    expect(tty.stdout).toContain(`${ESC}2m[GB/T 15834-2011 4.1]${ESC}22m`);
    const noColour = await runCli(["a.txt"], { cwd: dir, isTTY: true, env: { NO_COLOR: "1" }, segmenter: null });
    expect(noColour.stdout).not.toContain(ESC);
    const emptyNoColour = await runCli(["a.txt"], { cwd: dir, isTTY: true, env: { NO_COLOR: "" }, segmenter: null });
    expect(emptyNoColour.stdout).toContain(ESC);
  });

  it("aligns messages of different widths by terminal columns, Chinese counting two", async () => {
    put("w.txt", "好,\n这是一段较长的文字,\n");
    const lines = (await runCli(["w.txt"], { cwd: dir, segmenter: null })).stdout.split("\n").filter((l) => l.endsWith("test-comma"));
    expect(lines).toHaveLength(2);
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uff60“”]/.test(ch) && !/[“”]/.test(ch) ? 2 : 1), 0);
    expect(width(lines[0]!.slice(0, lines[0]!.indexOf("test-comma")))).toBe(width(lines[1]!.slice(0, lines[1]!.indexOf("test-comma"))));
  });
});

describe("json report", () => {
  it("has exactly file and diagnostics, each with ruleId, severity, from, to, line, column, message, basis, fixable in that order", async () => {
    put("a.txt", DRAFT);
    const r = await runCli(["--format", "json", "a.txt"], { cwd: dir, segmenter: null });
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(parsed.map((f) => Object.keys(f))).toEqual([["file", "diagnostics"]]);
    const diags = parsed[0]!.diagnostics as Record<string, unknown>[];
    for (const d of diags) expect(Object.keys(d)).toEqual(["ruleId", "severity", "from", "to", "line", "column", "message", "basis", "fixable"]);
    expect(diags[1]).toEqual({ ruleId: "test-comma", severity: "warning", from: 17, to: 18, line: 2, column: 11, message: "应使用全角逗号：“，”", basis: "GB/T 15834-2011 4.1", fixable: true });
    expect(diags[2]!.fixable).toBe(false);
  });

  it("counts from/to and column in UTF-16 code units after the BOM, with CRLF lines", async () => {
    // 𠮷 and 🙂 take two code units each; the BOM is not counted.
    put("u.txt", "\uFEFF标题\r\n𠮷🙂好,\r\n");
    const r = await runCli(["--format", "json", "u.txt"], { cwd: dir, segmenter: null });
    const [file] = JSON.parse(r.stdout) as { diagnostics: { from: number; to: number; line: number; column: number }[] }[];
    expect(file!.diagnostics).toMatchObject([{ from: 9, to: 10, line: 2, column: 6 }]);
    expect("标题\r\n𠮷🙂好,".slice(9, 10)).toBe(",");
  });

  it("reports standard input as <stdin> and lists clean files with no diagnostics", async () => {
    put("clean.txt", "经济运行稳中向好。");
    const r = await runCli(["--format", "json", "clean.txt", "-"], { cwd: dir, stdin: "好,", segmenter: null });
    expect((JSON.parse(r.stdout) as { file: string; diagnostics: unknown[] }[]).map((f) => [f.file, f.diagnostics.length])).toEqual([
      ["clean.txt", 0],
      ["<stdin>", 1],
    ]);
  });
});

describe("exit codes and filters", () => {
  it("exits 1 with an error, 0 with warnings and infos only", async () => {
    put("err.txt", "一.总体要求");
    put("warn.txt", "好,约3人左右");
    expect((await runCli(["err.txt"], { cwd: dir, segmenter: null })).code).toBe(1);
    expect((await runCli(["warn.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
  });

  it("lets --rule override a severity or turn a rule off, the last flag winning", async () => {
    put("err.txt", "一.总体要求,好");
    expect((await runCli(["--rule", "test-heading-dot=off", "err.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
    expect((await runCli(["--rule=test-heading-dot=warning", "err.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
    expect((await runCli(["--rule", "test-comma=error", "--rule", "test-heading-dot=off", "err.txt"], { cwd: dir, segmenter: null })).code).toBe(1);
    expect((await runCli(["--rule", "test-comma=error", "--rule", "test-comma=off", "--rule", "test-heading-dot=off", "err.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
  });

  it("exits 1 when warnings exceed --max-warnings", async () => {
    put("warn.txt", "好,好,");
    expect((await runCli(["--max-warnings", "2", "warn.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
    const over = await runCli(["--max-warnings", "1", "warn.txt"], { cwd: dir, segmenter: null });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("--max-warnings 1");
  });

  it("shows only errors with --quiet", async () => {
    put("a.txt", DRAFT);
    const r = await runCli(["--quiet", "--format", "json", "a.txt"], { cwd: dir, segmenter: null });
    expect((JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[])[0]!.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    expect(r.code).toBe(1);
  });

  it.each([
    [["--format", "xml", "a.txt"], "--format"],
    [["--bogus", "a.txt"], "--bogus"],
    [[], "没有给出"],
    [["--rule", "test-comma", "a.txt"], "--rule"],
    [["--rule", "test-comma=loud", "a.txt"], "--rule"],
    [["--max-warnings", "-1", "a.txt"], "--max-warnings"],
    [["--max-size", "big", "a.txt"], "--max-size"],
    [["--fix=yes", "a.txt"], "--fix"],
  ])("exits 2 on bad usage %j", async (argv, mention) => {
    put("a.txt", "好");
    const r = await runCli(argv, { cwd: dir, segmenter: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mention);
    expect(r.stdout).toBe("");
  });

  it("prints help and the package version", async () => {
    expect((await runCli(["--help"], { cwd: dir })).stdout).toContain("--no-default-reference");
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as { version: string };
    expect((await runCli(["--version"], { cwd: dir })).stdout).toBe(`${pkg.version}\n`);
  });
});

describe("segmentation", () => {
  it("runs the rules that need segmentation by default and skips them with --no-segmentation", async () => {
    put("a.txt", "创新能力持续提升。");
    const withSeg = await runCli(["--format", "json", "a.txt"], { cwd: dir });
    expect(JSON.stringify(withSeg.stdout)).toContain("test-first-word");
    const without = await runCli(["--format", "json", "--no-segmentation", "a.txt"], { cwd: dir, segmenter: () => Promise.reject(new Error("must not load")) });
    expect(without.stdout).not.toContain("test-first-word");
    expect(without.stderr).toBe("");
  });

  it("carries on without those rules, with a note, when the segmenter fails to load", async () => {
    put("a.txt", "好,");
    const r = await runCli(["a.txt"], { cwd: dir, segmenter: () => Promise.reject(new Error("dictionary missing")) });
    expect(r.stderr).toMatch(/分词不可用.*dictionary missing/);
    expect(r.stdout).toContain("test-comma");
    expect(r.stdout).not.toContain("test-first-word");
    expect(r.code).toBe(0);
  });
});

describe("config file", () => {
  it("applies rules and families from the file, --rule flags winning", async () => {
    put("a.txt", DRAFT);
    put("cfg/gongwen.json", JSON.stringify({ rules: { "test-comma": "error" }, families: { heading: false } }));
    const r = await runCli(["--config", "cfg/gongwen.json", "--format", "json", "a.txt"], { cwd: dir, segmenter: null });
    const diags = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] }[])[0]!.diagnostics;
    expect(diags.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(["test-comma:error", "test-approx:info"]);
    const overridden = await runCli(["--config", "cfg/gongwen.json", "--rule", "test-comma=off", "a.txt"], { cwd: dir, segmenter: null });
    expect(overridden.code).toBe(0);
  });

  it("names the file, line and column of malformed JSON", async () => {
    put("bad.json", '{\n  "rules": {\n    "test-comma": "off",\n  }\n}');
    const r = await runCli(["--config", "bad.json", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.json: JSON 格式错误（第 4 行第 3 列）/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ['{"rules": {"no-such-rule": "off"}}', "未知规则：no-such-rule"],
    ['{"rules": {"test-comma": "loud"}}', "级别无效"],
    ['{"rules": {"test-comma": 3}}', "test-comma"],
    ['{"families": {"spelling": false}}', "未知规则族：spelling"],
    ['{"ruels": {}}', "未知配置项：ruels"],
    ["[1, 2]", "JSON 对象"],
    ['{"references": "ref.txt"}', "references"],
  ])("refuses %s", async (json, mention) => {
    put("a.txt", "好");
    put("c.json", json);
    const r = await runCli(["--config", "c.json", "a.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mention);
  });

  it("treats __proto__ and constructor keys as data that cannot pollute any prototype", async () => {
    put("a.txt", "好,");
    put("evil.json", '{"__proto__": {"polluted": true}, "rules": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "test-comma": "off"}}');
    const r = await runCli(["--config", "evil.json", "a.txt"], { cwd: dir, segmenter: null });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("reads references listed in the config relative to the config file", async () => {
    put("a.txt", "好");
    put("cfg/ref.txt", "一、总体要求\n创新空间不断拓展。创新能力持续提升。创新主体加快成长。创新生态日臻完善。");
    put("cfg/c.json", JSON.stringify({ references: ["ref.txt"], defaultReference: false }));
    expect((await runCli(["--config", "cfg/c.json", "a.txt"], { cwd: dir, segmenter: null })).code).toBe(0);
    put("cfg/c2.json", JSON.stringify({ references: ["missing.txt"] }));
    const missing = await runCli(["--config", "cfg/c2.json", "a.txt"], { cwd: dir, segmenter: null });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("missing.txt: 文件不存在\n");
  });
});

describe("--fix", () => {
  it("writes the fixed text back and reports what remains", async () => {
    put("a.txt", DRAFT);
    const r = await runCli(["--fix", "a.txt"], { cwd: dir, segmenter: null });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("一、总体要求\n今年经济增长5.2%，约300人左右参加。\n");
    expect(r.stdout).toContain("test-approx");
    expect(r.stdout).not.toContain("test-comma");
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("leaves a file that needs no fix untouched, byte for byte and in time", async () => {
    put("clean.txt", "经济运行稳中向好。\r\n");
    const before = readFileSync(join(dir, "clean.txt"));
    const r = await runCli(["--fix", "clean.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "clean.txt"))).toEqual(before);
  });

  it.each([
    ["UTF-8 with BOM", "utf-8", true],
    ["UTF-16 LE", "utf-16le", true],
    ["UTF-16 BE", "utf-16be", true],
    ["GBK", "gbk", false],
  ] as const)("keeps %s and CRLF line ends", async (_name, encoding, bom) => {
    const original = "一.总体要求\r\n今年增长5.2%,好。\r\n";
    put("e.txt", encodeText(original, encoding, bom));
    const r = await runCli(["--fix", "e.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(0);
    expect(bytesOf("e.txt")).toEqual(encodeText("一、总体要求\r\n今年增长5.2%，好。\r\n", encoding, bom));
  });

  it("does not write a GBK file whose fix needs a character outside GBK, and says so", async () => {
    const original = encodeText("一.总体要求\n[吉]祥,\n", "gbk", false);
    put("g.txt", original);
    const r = await runCli(["--fix", "g.txt"], { cwd: dir, segmenter: null });
    expect(bytesOf("g.txt")).toEqual(original);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^g\.txt: 修正后字符“𠮷”（U\+20BB7）无法用 GBK 编码，未写回\n$/);
    // The report describes the file as it still is.
    expect(r.stdout).toContain("test-heading-dot");
  });

  it("does not write a file whose bytes would not survive a round trip through its encoding", async () => {
    // 0x80 reads as € in GBK but € is written back as A2 E3: writing would change a byte no fix is about.
    const original = Buffer.concat([encodeText("一.总体要求\n", "gbk", false), Buffer.from([0x80, 0x0a])]);
    put("odd.txt", original);
    const r = await runCli(["--fix", "odd.txt"], { cwd: dir, segmenter: null });
    expect(bytesOf("odd.txt")).toEqual(new Uint8Array(original));
    expect(r.stderr).toBe("odd.txt: 无法按原编码（gbk）无损写回，未修改\n");
    expect(r.code).toBe(2);
  });

  it("prints the fixed text of standard input to stdout and the report to stderr", async () => {
    const r = await runCli(["--fix", "-"], { cwd: dir, stdin: DRAFT, segmenter: null });
    expect(r.stdout).toBe("一、总体要求\n今年经济增长5.2%，约300人左右参加。\n");
    expect(r.stderr).toContain("<stdin>");
    expect(r.stderr).toContain("test-approx");
  });

  it("echoes standard input unchanged, in its own encoding, when nothing needs fixing", async () => {
    const gbk = encodeText("经济运行稳中向好。\n", "gbk", false);
    const r = await runCli(["--fix", "-"], { cwd: dir, stdin: gbk, segmenter: null });
    expect(r.stdoutBytes).toEqual(gbk);
  });

  it("keeps the file's mode, and writes through a symlink to its target without replacing the link", async () => {
    put("real.txt", DRAFT);
    chmodSync(join(dir, "real.txt"), 0o640);
    symlinkSync("real.txt", join(dir, "link.txt"));
    const r = await runCli(["--fix", "link.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.txt"), "utf8")).toContain("一、总体要求");
    expect(statSync(join(dir, "real.txt")).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["link.txt", "real.txt"]);
  });

  it("keeps the original when the write fails, naming the file", async () => {
    put("a.txt", DRAFT);
    const r = await runCli(["--fix", "a.txt"], {
      cwd: dir,
      segmenter: null,
      fs: { writeFileAtomic: () => Promise.reject(Object.assign(new Error("no space"), { code: "ENOSPC" })) },
    });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(DRAFT);
    expect(r.stderr).toBe("a.txt: 无法写回（ENOSPC），原文件未改动\n");
    expect(r.code).toBe(2);
  });
});

describe("folders", () => {
  it("walks .txt and .md files in sorted order, skipping node_modules, dot-folders and other files", async () => {
    for (const f of ["b.txt", "a.md", "sub/c.txt", "sub/z.TXT", "node_modules/x.txt", ".git/y.txt", "notes.docx", ".hidden.txt"]) put(`d/${f}`, "好,");
    const r = await runCli(["--format", "json", "d"], { cwd: dir, segmenter: null });
    expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toEqual(["d/a.md", "d/b.txt", "d/sub/c.txt", "d/sub/z.TXT"]);
  });

  it("lints every file given, in order, and uses one rule set for all", async () => {
    put("1.txt", "好,");
    put("2.txt", "一.标题");
    const r = await runCli(["--format", "json", "2.txt", "1.txt"], { cwd: dir, segmenter: null });
    expect((JSON.parse(r.stdout) as { file: string; diagnostics: { ruleId: string }[] }[]).map((f) => [f.file, f.diagnostics[0]?.ruleId])).toEqual([
      ["2.txt", "test-heading-dot"],
      ["1.txt", "test-comma"],
    ]);
    expect(testRules.length).toBeGreaterThan(3);
  });
});
