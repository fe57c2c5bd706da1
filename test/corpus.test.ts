// The bundled reference report: cleaned, reproducible from the raw page text, and free of the web store's damage.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const shipped = readFileSync(join(root, "rules", "corpus", "reference-report.txt"), "utf8");
const rawPath = join(root, "..", "shared", "corpus", "reference-report-raw.txt");
const CJK_COMMA_CJK = /[\u3400-\u9fff][,][\u3400-\u9fff“”]|[\u3400-\u9fff“”][,][\u3400-\u9fff]/;

describe("bundled reference report", () => {
  it("has no half-width heading brackets such as (二)", () => {
    expect(shipped).not.toMatch(/\([一二三四五六七八九十]+\)/);
    expect(shipped).not.toMatch(/[()]/);
  });
  it("has no straight quotes, and its curly quotes pair up in every paragraph", () => {
    expect(shipped).not.toContain('"');
    for (const line of shipped.split("\n")) {
      const opens = line.match(/“/g)?.length ?? 0;
      const closes = line.match(/”/g)?.length ?? 0;
      expect(opens, line.slice(0, 20)).toBe(closes);
      expect(line).not.toMatch(/“[^”]*“/);
    }
  });
  it("has no half-width comma, colon or semicolon next to Chinese", () => {
    expect(shipped).not.toMatch(CJK_COMMA_CJK);
    expect(shipped).not.toMatch(/[\u3400-\u9fff][:;]|[:;][\u3400-\u9fff]/);
  });
  it("keeps decimals, percentages and 4+1 half-width", () => {
    expect(shipped).toContain("13.5亿元");
    expect(shipped).toContain("PM2.5");
    expect(shipped).toContain("“4+1”");
    expect(shipped).toContain("62%");
  });
  it("starts at the first heading, ends with the last sentence, one paragraph per line", () => {
    const lines = shipped.split("\n");
    expect(lines[0]).toBe("（二）全面启动科技城建设，创新能力持续增强");
    expect(lines.at(-1)).toBe("");
    expect(lines.at(-2)).toMatch(/。$/);
    expect(lines.slice(0, -1).every((l) => l.trim() !== "")).toBe(true);
    expect(shipped).not.toMatch(/SUCAI|微信|领取福利|admin/);
  });
  it("is what scripts/clean-corpus.js makes of the raw page (needs ../shared)", async (ctx) => {
    if (!existsSync(rawPath)) {
      ctx.skip("../shared/corpus/reference-report-raw.txt is absent: cannot re-run the cleaning here");
      return;
    }
    const script = (await import(pathToFileURL(join(root, "scripts", "clean-corpus.js")).href)) as {
      cleanCorpus(raw: string): string;
    };
    expect(script.cleanCorpus(readFileSync(rawPath, "utf8"))).toBe(shipped);
  });
});

describe("clean-corpus.js", () => {
  it("restores full-width marks but leaves commas between digits alone", async () => {
    const script = (await import(pathToFileURL(join(root, "scripts", "clean-corpus.js")).href)) as {
      cleanParagraph(line: string): string;
    };
    expect(script.cleanParagraph('(二)推进"放管服"改革,收入1,595.97亿元:增长5%')).toBe("（二）推进“放管服”改革，收入1,595.97亿元：增长5%");
    expect(script.cleanParagraph("单位GDP(万元)能耗(TIR)")).toBe("单位GDP（万元）能耗(TIR)");
  });
});
