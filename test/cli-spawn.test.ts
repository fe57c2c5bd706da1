// The real command in a child process: exit codes, colour only on a terminal, standard input, the json contract.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, spawnBin, tempDir } from "./cli-support.js";

let dir = "";
let cleanup = () => {};
beforeAll(() => {
  ensureBuilt();
  ({ dir, cleanup } = tempDir("gongwen-spawn-"));
  writeFileSync(join(dir, "bad.txt"), "一.总体要求\n经济运行稳中向好。\n");
  writeFileSync(join(dir, "clean.txt"), "经济运行稳中向好。\n");
}, 120_000);
afterAll(() => cleanup());

const ESC = "\x1b[";
const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Runs the command under a pseudo-terminal (util-linux `script`), so stdout is a TTY. */
function inTerminal(args: string[], env: Record<string, string | undefined> = {}): string {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  // -e passes on the command's exit code (1 here, for the error in bad.txt), so read the output whatever the status.
  return spawnSync("script", ["-qec", command, "/dev/null"], { cwd: dir, env: { ...process.env, NO_COLOR: undefined, ...env }, encoding: "utf8" }).stdout;
}

describe("gongwen-lint command", () => {
  it("exits 1 on an error, 0 on a clean file, 2 on bad usage", () => {
    const bad = spawnBin(["--no-segmentation", "bad.txt"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^bad\.txt$/m);
    expect(bad.stdout).toMatch(/^ +1:1 +error /m);
    expect(bad.stdout).toMatch(/✖ \d+ problems? \(1 error, /);
    expect(spawnBin(["--no-segmentation", "clean.txt"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    const usage = spawnBin(["--format", "xml", "clean.txt"], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--format");
  }, 30_000);

  it("does not colour piped output", () => {
    expect(spawnBin(["--no-segmentation", "bad.txt"], { cwd: dir }).stdout).not.toContain(ESC);
  });

  it.skipIf(!hasScript)("colours output on a terminal unless NO_COLOR is set", () => {
    expect(inTerminal(["--no-segmentation", "bad.txt"])).toContain(`${ESC}31m`);
    expect(inTerminal(["--no-segmentation", "bad.txt"], { NO_COLOR: "1" })).not.toContain(ESC);
  }, 30_000);

  it("reads standard input as <stdin> and prints the fixed text with --fix -", () => {
    const report = spawnBin(["--format", "json", "--no-segmentation", "-"], { cwd: dir, input: "一.总体要求\n" });
    expect(report.code).toBe(1);
    const parsed = JSON.parse(report.stdout) as { file: string; diagnostics: Record<string, unknown>[] }[];
    expect(parsed[0]!.file).toBe("<stdin>");
    expect(Object.keys(parsed[0]!.diagnostics[0]!)).toEqual(["ruleId", "severity", "from", "to", "line", "column", "message", "basis", "fixable"]);
    const fixed = spawnBin(["--fix", "--no-segmentation", "-"], { cwd: dir, input: "一.总体要求\n" });
    expect(fixed.stdout).toBe("一、总体要求\n");
    expect(fixed.code).toBe(0);
  }, 30_000);

  it("loads segmentation by default without failing", () => {
    const r = spawnBin(["clean.txt"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  }, 30_000);
});
