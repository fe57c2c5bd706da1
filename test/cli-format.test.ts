// The pieces of the report formats: positions, terminal widths, the summary line.
import { describe, expect, it } from "vitest";
import { clip, displayWidth, formatJson, formatStylish, LineIndex, locate } from "../src/cli/format.js";
import type { Diagnostic } from "../src/core/types.js";

const diag = (from: number, to: number, severity: Diagnostic["severity"], fixable = false): Diagnostic => ({
  ruleId: `r-${severity}`,
  severity,
  from,
  to,
  message: "消息",
  basis: "依据",
  messageId: "m",
  ...(fixable ? { fixes: [{ title: "t", edits: [{ from, to, insert: "x" }] }] } : {}),
});

describe("LineIndex", () => {
  it("gives 1-based lines and UTF-16 columns, CRLF counted as one break", () => {
    const idx = new LineIndex("ab\r\n𠮷c\n\nd");
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(2)).toEqual({ line: 1, column: 3 });
    expect(idx.position(4)).toEqual({ line: 2, column: 1 });
    expect(idx.position(6)).toEqual({ line: 2, column: 3 });
    expect(idx.position(8)).toEqual({ line: 3, column: 1 });
    expect(idx.position(9)).toEqual({ line: 4, column: 1 });
    expect(idx.position(10)).toEqual({ line: 4, column: 2 });
  });

  it("handles the empty text", () => {
    expect(new LineIndex("").position(0)).toEqual({ line: 1, column: 1 });
  });
});

describe("displayWidth", () => {
  it("counts Chinese, fullwidth forms and emoji as two columns, Latin and curly quotes as one", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("公文")).toBe(4);
    expect(displayWidth("（一）")).toBe(6);
    expect(displayWidth("𠮷")).toBe(2);
    expect(displayWidth("🙂")).toBe(2);
    expect(displayWidth("“a”")).toBe(3);
    expect(displayWidth("\x1b")).toBe(0);
  });
});

describe("clip", () => {
  it("keeps short text and cuts long text to the width, ending in an ellipsis", () => {
    expect(clip("GB/T 15834-2011", 48)).toBe("GB/T 15834-2011");
    expect(clip("中华人民共和国法定计量单位", 9)).toBe("中华人民…");
    expect(displayWidth(clip("中华人民共和国法定计量单位", 9))).toBeLessThanOrEqual(9);
  });

  it("shows a long basis cut in the stylish report and whole in json", () => {
    const long = "国家发展改革委会同外交部、商务部规范“一带一路”译法，称倡议不称战略（2015年9月）";
    const d = { ...diag(0, 1, "warning"), basis: long };
    const results = [{ file: "a.txt", diagnostics: locate("一", [d]) }];
    expect(formatStylish(results, false)).toContain("[国家发展改革委会同外交部、商务部规范“一带一路”…]");
    expect(formatJson(results)).toContain(long);
  });
});

describe("summary line", () => {
  it("counts problems by severity with singular and plural, and the fixable ones", () => {
    const text = "一二三四五六七八九十";
    const one = formatStylish([{ file: "a.txt", diagnostics: locate(text, [diag(0, 1, "error", true)]) }], false);
    expect(one.trimEnd().split("\n").at(-1)).toBe("✖ 1 problem (1 error, 0 warnings, 0 infos), 1 fixable");
    const many = formatStylish(
      [
        { file: "a.txt", diagnostics: locate(text, [diag(0, 1, "warning"), diag(1, 2, "info", true)]) },
        { file: "b.txt", diagnostics: locate(text, [diag(2, 3, "info"), diag(3, 4, "warning", true)]) },
      ],
      false,
    );
    expect(many.trimEnd().split("\n").at(-1)).toBe("✖ 4 problems (0 errors, 2 warnings, 2 infos), 2 fixable");
    expect(many.match(/^[ab]\.txt$/gm)).toEqual(["a.txt", "b.txt"]);
  });

  it("prints nothing without diagnostics, while json still lists the file", () => {
    expect(formatStylish([{ file: "a.txt", diagnostics: [] }], false)).toBe("");
    expect(JSON.parse(formatJson([{ file: "a.txt", diagnostics: [] }]))).toEqual([{ file: "a.txt", diagnostics: [] }]);
  });
});
