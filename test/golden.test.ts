// Golden tests over examples/drafts/*.txt: the stylish report (no colour) and the fix-all output of each draft are
// stored beside it as <name>.report.txt and <name>.fixed.txt. Regenerate after an intended change with
//   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
// and read the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { chooseEdits } from "../src/core/fix.js";
import type { Segmenter } from "../src/core/types.js";
import { loadDefaultSegmenter } from "../src/cli/run.js";
import { root, runCli } from "./cli-support.js";

const draftsDir = join(root, "examples", "drafts");
const drafts = existsSync(draftsDir)
  ? readdirSync(draftsDir).filter((n) => n.endsWith(".txt") && !n.endsWith(".fixed.txt") && !n.endsWith(".report.txt")).sort()
  : [];
const update = process.env.UPDATE_GOLDEN === "1";

let segmenter: Segmenter | null = null;
beforeAll(async () => {
  segmenter = await loadDefaultSegmenter();
}, 60_000);

function compare(path: string, actual: string | Uint8Array): void {
  if (update) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`);
  const expected = readFileSync(path);
  expect(Buffer.from(actual).toString("utf8"), `${path} differs: if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and review the diff`).toBe(expected.toString("utf8"));
}

describe("golden drafts", () => {
  it("has drafts to check, linted with segmentation as the CLI does by default", () => {
    expect(drafts).toContain("report-2025.txt");
    expect(segmenter, "src/segment could not be loaded").not.toBeNull();
  });

  describe.each(drafts)("%s", (name) => {
    const base = join(draftsDir, name.slice(0, -".txt".length));

    it("matches the stored stylish report", async () => {
      const r = await runCli([`examples/drafts/${name}`], { cwd: root, rules: "all", segmenter });
      expect(r.stderr).toBe("");
      compare(`${base}.report.txt`, r.stdout);
    }, 60_000);

    it("matches the stored fix-all output, which re-lints with nothing left to fix", async () => {
      const bytes = readFileSync(join(draftsDir, name));
      const r = await runCli(["--fix", "-"], { cwd: root, rules: "all", stdin: bytes, segmenter });
      expect(r.stdoutBytes.length).toBeGreaterThan(0);
      compare(`${base}.fixed.txt`, r.stdoutBytes);
      const fixed = r.stdout.replace(/^\uFEFF/, "");
      const left = chooseEdits(fixed, createLinter({ segmenter }).lint(fixed));
      expect(left.edits, "fixes still offered after fix-all").toEqual([]);
    }, 60_000);

    it("fixes a CRLF copy the same way and keeps every CRLF", async () => {
      const lf = readFileSync(join(draftsDir, name), "utf8").replace(/\r\n/g, "\n");
      const fixLf = await runCli(["--fix", "-"], { cwd: root, rules: "all", stdin: lf, segmenter });
      const fixCrlf = await runCli(["--fix", "-"], { cwd: root, rules: "all", stdin: lf.replace(/\n/g, "\r\n"), segmenter });
      expect(fixCrlf.stdout).toBe(fixLf.stdout.replace(/\n/g, "\r\n"));
    }, 60_000);
  });
});
