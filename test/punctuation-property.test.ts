// Properties of the punctuation family on random punctuation-heavy Chinese text: every fix keeps the words (Han
// characters other than the numerals an approximate number is rewritten into) and the other digits' order, fix-all
// settles within three passes and stays settled, and no two fixes of one pass touch the same characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { chooseEdits, fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import { punctuationRules } from "../src/rules/punctuation/index.js";
import type { LintOptions } from "../src/core/types.js";

const family = new Set(punctuationRules.map((r) => r.id));
const rules: NonNullable<LintOptions["rules"]> = {};
for (const r of allRules) if (!family.has(r.id)) rules[r.id] = "off";
const linter = createLinter({ rules });

// Pieces that meet at the boundaries the rules look at: marks of both widths, quotes, brackets, dots, dashes,
// spaces, numbers, numerals followed by counting words, standard numbers, 书名号 around meetings, astral Han.
const PIECES = [
  "发展", "推进", "改革", "会议", "召开", "工程", "实施", "个月", "天", "年", "月", "亿元", "%", "𠮷",
  "三", "四", "两", "5", "6", "2021", "2025", "1,595.97", "3.5", "14:30", "GB/T 15834", "2011",
  ",", ".", ";", ":", "?", "!", "(", ")", "，", "。", "、", "；", "：", "！", "？", "“", "”", "‘", "’", "\"", "'",
  "《", "》", "（", "）", "【", "】", "〔", "〕", "…", "……", "...", "-", "~", "～", "—", "——", " ", "　", "等",
  "\n", "http://a.cn/x", "GDP", "A",
  // Whole slips, so that every rule fires often and next to the others.
  "三、四个月", "5、6天", "召开《全区工作会议》", "2021-2025年", "10-15公里", "“甲”、“乙”", "《甲》、《乙》", "增长 5%",
  "大豆……等", "GB/T 9704-2012", "，，", "。。", "\"放管服\"", "(预计数)",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));
const params = { seed: Number(process.env.PROPERTY_SEED ?? 20261126), numRuns: Number(process.env.PROPERTY_RUNS ?? 400) };

/** The words a fix may not touch: Han characters except the numerals 一–九 and 两 (5、6天 → 五六天). */
const words = (s: string) => s.replace(/[一二三四五六七八九两]/g, "").match(/[\u4e00-\u9fff]|[\ud840-\ud87f][\udc00-\udfff]/g)?.join("") ?? "";
/** ASCII letters and digits outside approximate numbers keep their order. */
const latin = (s: string) => s.replace(/[^A-Za-z]/g, "");

describe("punctuation family on random text", () => {
  it("keeps every word and Latin letter through fix-all", () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = fixAll(t, (x) => linter.lint(x), 5).output;
        expect(words(out)).toBe(words(t));
        expect(latin(out)).toBe(latin(t));
      }),
      params,
    );
  });

  it("settles within three passes and stays settled", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = fixAll(t, (x) => linter.lint(x), 3);
        const again = chooseEdits(r.output, linter.lint(r.output));
        expect(again.edits).toEqual([]);
      }),
      params,
    );
  });

  it("never lets two fixes of one pass overlap, nor a fix reach outside its diagnostic's paragraph", () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = linter.lint(t);
        const all = found.flatMap((d) => (d.fixes?.[0]?.edits ?? []).map((e) => ({ e, d })));
        all.sort((a, b) => a.e.from - b.e.from || a.e.to - b.e.to);
        for (let i = 1; i < all.length; i++) {
          const a = all[i - 1]!.e;
          const b = all[i]!.e;
          expect(b.from >= a.to && !(a.from === a.to && b.from === b.to && a.from === b.from), `${all[i - 1]!.d.ruleId} / ${all[i]!.d.ruleId} in ${JSON.stringify(t)}`).toBe(true);
        }
        for (const { e } of all) expect(t.slice(e.from, e.to)).not.toContain("\n");
      }),
      params,
    );
  });
});
