// Hostile input (issue 7): every way a file can be wrong gets one clear line on stderr naming the file and the
// problem, the right exit code, and no partial output file; --fix killed mid-write leaves the original intact.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, runCli, spawnBin, tempDir } from "./cli-support.js";
import { encodeText } from "../src/cli/encoding.js";

let dir = "";
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir("gongwen-hostile-"));
});
afterEach(() => cleanup());

const put = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return name;
};
/** Everything in the folder, to prove that no temp or partial file was left behind. */
const listing = () => readdirSync(dir).sort();
const json = (stdout: string) => JSON.parse(stdout) as { file: string; diagnostics: { ruleId: string; from: number; to: number; line: number; column: number }[] }[];

describe("hostile input", () => {
  it("lints an empty file quietly", async () => {
    put("empty.txt", "");
    const r = await runCli(["--fix", "empty.txt"], { cwd: dir, segmenter: null });
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(listing()).toEqual(["empty.txt"]);
  });

  it("refuses a 50 MB file above the size limit at once, without reading it", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, "增长。\n");
    put("big.txt", big);
    const started = performance.now();
    const r = await runCli(["--fix", "big.txt"], {
      cwd: dir,
      segmenter: null,
      fs: { readFile: () => Promise.reject(new Error("must not read a file above the limit")) },
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("big.txt: 文件过大（50 MB，上限 20 MB，可用 --max-size 调整）\n");
    expect(statSync(join(dir, "big.txt")).size).toBe(big.length);
    expect(listing()).toEqual(["big.txt"]);
  });

  it("refuses oversized standard input in the real process", () => {
    ensureBuilt();
    const r = spawnBin(["--max-size", "1KB", "-"], { cwd: dir, input: "好".repeat(2000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("<stdin>: 输入过大（超过上限 1 KB，可用 --max-size 调整）\n");
  }, 60_000);

  it("skips a binary file with one line naming it", async () => {
    put("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    put("ok.txt", "好,");
    const r = await runCli(["--format", "json", "image.txt", "ok.txt"], { cwd: dir, segmenter: null });
    expect(r.stderr).toBe("image.txt: 二进制文件，已跳过\n");
    expect(r.code).toBe(2);
    expect(json(r.stdout).map((f) => f.file)).toEqual(["ok.txt"]);
  });

  it("reads UTF-16 with BOM and reports offsets into the decoded text", async () => {
    put("u16.txt", encodeText("一.总体要求\n好,", "utf-16le", true));
    const r = await runCli(["--format", "json", "u16.txt"], { cwd: dir, segmenter: null });
    expect(r.stderr).toBe("");
    expect(json(r.stdout)[0]!.diagnostics.map((d) => [d.ruleId, d.from, d.line, d.column])).toEqual([
      ["test-heading-dot", 1, 1, 2],
      ["test-comma", 8, 2, 2],
    ]);
  });

  it("reads GBK", async () => {
    put("gbk.txt", encodeText("一.总体要求\n好,", "gbk", false));
    const r = await runCli(["--format", "json", "gbk.txt"], { cwd: dir, segmenter: null });
    expect(r.stderr).toBe("");
    expect(json(r.stdout)[0]!.diagnostics.map((d) => d.ruleId)).toEqual(["test-heading-dot", "test-comma"]);
  });

  it("refuses bytes that are neither UTF-8 nor GBK", async () => {
    put("bad.txt", Buffer.from([0xe4, 0xb8, 0x80, 0x0a, 0xff, 0xff, 0x41]));
    const r = await runCli(["--fix", "bad.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("bad.txt: 既不是有效的 UTF-8，也不是有效的 GBK/GB18030 编码\n");
    expect(listing()).toEqual(["bad.txt"]);
  });

  it("keeps CRLF: lines and columns count CRLF as one break, and --fix writes CRLF back", async () => {
    put("crlf.txt", "标题\r\n一.总体要求\r\n好,\r\n");
    const r = await runCli(["--format", "json", "--fix", "crlf.txt"], { cwd: dir, segmenter: null });
    expect(readFileSync(join(dir, "crlf.txt"), "utf8")).toBe("标题\r\n一、总体要求\r\n好，\r\n");
    expect(r.code).toBe(0);
    const before = await runCli(["--format", "json", "crlf.txt"], { cwd: dir, segmenter: null });
    expect(json(before.stdout)[0]!.diagnostics).toEqual([]);
    put("crlf2.txt", "标题\r\n好,\r\n");
    const pos = json((await runCli(["--format", "json", "crlf2.txt"], { cwd: dir, segmenter: null })).stdout)[0]!.diagnostics[0]!;
    expect([pos.line, pos.column, pos.from]).toEqual([2, 2, 5]);
  });

  it("names a missing path and still lints the others", async () => {
    put("ok.txt", "好,");
    const r = await runCli(["--format", "json", "nope.txt", "ok.txt"], { cwd: dir, segmenter: null });
    expect(r.stderr).toBe("nope.txt: 文件不存在\n");
    expect(r.code).toBe(2);
    expect(json(r.stdout).map((f) => f.file)).toEqual(["ok.txt"]);
  });

  it("lints a folder of 1,000 files in sorted order within seconds", { timeout: 30_000 }, async () => {
    mkdirSync(join(dir, "many"));
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, "many", `${String(i).padStart(4, "0")}.txt`), i % 100 === 0 ? "好,经济运行稳中向好。" : "经济运行稳中向好。");
    const started = performance.now();
    const r = await runCli(["--format", "json", "many"], { cwd: dir, segmenter: null });
    // About a second on an idle machine; the bound leaves room for a loaded CI box and still catches a blow-up.
    expect(performance.now() - started).toBeLessThan(15_000);
    const files = json(r.stdout);
    expect(files).toHaveLength(1000);
    expect(files[0]!.file).toBe(join("many", "0000.txt"));
    expect(files[999]!.file).toBe(join("many", "0999.txt"));
    expect(files.filter((f) => f.diagnostics.length > 0)).toHaveLength(10);
  });

  it("names an unreadable file (simulated: root can read anything)", async () => {
    put("secret.txt", "好");
    const r = await runCli(["secret.txt"], {
      cwd: dir,
      segmenter: null,
      fs: { readFile: () => Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })) },
    });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "secret.txt: 没有读取权限\n" });
  });

  it.skipIf(process.getuid?.() === 0)("names a file without read permission (real chmod 000; skipped as root, where chmod does not stop reads)", () => {
    ensureBuilt();
    put("secret.txt", "好");
    chmodSync(join(dir, "secret.txt"), 0o000);
    const r = spawnBin(["secret.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("secret.txt: 没有读取权限\n");
  });

  it("names a malformed --config file with the position of the error", async () => {
    put("a.txt", "好");
    put("c.json", '{"rules": {"test-comma": "off"');
    const r = await runCli(["--config", "c.json", "a.txt"], { cwd: dir, segmenter: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^c\.json: JSON 格式错误（第 1 行第 31 列）：.*\n$/);
    expect(r.stdout).toBe("");
  });

  it.each([
    ["empty", "", "ref.txt: 参考范文为空"],
    ["blank", " \n\n", "ref.txt: 参考范文为空"],
    ["not Chinese", "The quick brown fox jumps over the lazy dog. ".repeat(20), "ref.txt: 参考范文不是中文文本"],
    ["binary", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), "ref.txt: 二进制文件，已跳过"],
  ])("refuses a %s --reference", async (_name, content, message) => {
    put("a.txt", "好");
    put("ref.txt", content);
    const r = await runCli(["--reference", "ref.txt", "a.txt"], { cwd: dir, segmenter: null });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: `${message}\n` });
  });

  it("names a file on which a rule fails and still reports the others", async () => {
    put("boom.txt", "好,[崩溃]");
    put("ok.txt", "好,");
    for (const fix of [[], ["--fix"]]) {
      const r = await runCli([...fix, "--format", "json", "boom.txt", "ok.txt"], { cwd: dir, segmenter: null });
      expect(r.stderr).toBe("boom.txt: 检查时内部错误：test-crash failed on purpose\n");
      expect(r.code).toBe(2);
      expect(json(r.stdout).map((f) => f.file)).toEqual(["ok.txt"]);
    }
    expect(readFileSync(join(dir, "boom.txt"), "utf8")).toBe("好,[崩溃]");
  });

  it("refuses an unknown rule id, naming it", async () => {
    put("a.txt", "好");
    const r = await runCli(["--rule", "no-such-rule=off", "a.txt"], { cwd: dir, segmenter: null });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "gongwen-lint: 未知规则：no-such-rule（--rule）\n" });
  });
});

describe("--fix interrupted mid-write", () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it("clears a stale temp file, even one named with this process's id, but not that of a live run", async () => {
    put("draft.txt", "一.总体要求\n");
    const live = spawn("sleep", ["30"]);
    try {
      put(`.draft.txt.gongwen-lint-${process.pid}.tmp`, "partial");
      put(`.draft.txt.gongwen-lint-${live.pid}.tmp`, "another run is writing");
      put(".other.txt.gongwen-lint-1.tmp", "not ours");
      const r = await runCli(["--fix", "draft.txt"], { cwd: dir, segmenter: null });
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, "draft.txt"), "utf8")).toBe("一、总体要求\n");
      expect(listing()).toEqual([".draft.txt.gongwen-lint-" + live.pid + ".tmp", ".other.txt.gongwen-lint-1.tmp", "draft.txt"].sort());
    } finally {
      live.kill();
    }
  });

  it("leaves the original intact when killed between write and rename, and the next run clears the temp file", async () => {
    const original = "一.总体要求\n经济运行稳中向好。\n";
    put("draft.txt", original);
    const child = spawn(process.execPath, [BIN, "--fix", "--no-segmentation", "draft.txt"], {
      cwd: dir,
      env: { ...process.env, GONGWEN_LINT_TEST_SLOW_WRITE: "20000" },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const deadline = Date.now() + 20_000;
    const temp = () => listing().find((n) => n.startsWith(".draft.txt.gongwen-lint-"));
    while (!temp() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(temp(), "the temp file appears beside the original").toMatch(/^\.draft\.txt\.gongwen-lint-\d+\.tmp$/);
    child.kill("SIGKILL");
    await exited;
    expect(readFileSync(join(dir, "draft.txt"), "utf8")).toBe(original);
    expect(listing()).toHaveLength(2);

    const again = spawnBin(["--fix", "--no-segmentation", "draft.txt"], { cwd: dir });
    expect(again.stderr).toBe("");
    expect(readFileSync(join(dir, "draft.txt"), "utf8")).toBe("一、总体要求\n经济运行稳中向好。\n");
    expect(listing()).toEqual(["draft.txt"]);
  }, 60_000);
});
