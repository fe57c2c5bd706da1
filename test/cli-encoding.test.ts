// Decoding and encoding of input files, and the JSON error locator used for --config messages.
import { describe, expect, it } from "vitest";
import { decodeText, DecodeError, encodeText, EncodeError, looksBinary } from "../src/cli/encoding.js";
import { locateJsonError } from "../src/cli/config.js";

const SAMPLE = "一、总体要求\r\n𠮷🙂 GDP增长5.2%，“放管服”……€\n";

describe("decodeText", () => {
  it("reads UTF-8 without and with BOM, dropping the BOM from the text", () => {
    expect(decodeText(Buffer.from(SAMPLE))).toEqual({ text: SAMPLE, encoding: "utf-8", bom: false });
    expect(decodeText(Buffer.from("\uFEFF" + SAMPLE))).toEqual({ text: SAMPLE, encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    expect(decodeText(encodeText(SAMPLE, "utf-16le", true))).toEqual({ text: SAMPLE, encoding: "utf-16le", bom: true });
    expect(decodeText(encodeText(SAMPLE, "utf-16be", true))).toEqual({ text: SAMPLE, encoding: "utf-16be", bom: true });
  });

  it("falls back to GBK when the bytes are not UTF-8, and to GB18030 when four-byte sequences occur", () => {
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3]); // 一、总体要求
    expect(decodeText(gbk)).toEqual({ text: "一、总体要求", encoding: "gbk", bom: false });
    const withJi = encodeText("吉𠮷", "gb18030", false);
    expect(decodeText(withJi)).toEqual({ text: "吉𠮷", encoding: "gb18030", bom: false });
  });

  it("refuses binary data and bytes that are neither UTF-8 nor GBK", () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/二进制文件/);
    expect(() => decodeText(Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0xfe, 0x41]))).toThrow(DecodeError);
    expect(() => decodeText(Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0xfe, 0x41]))).toThrow(/既不是有效的 UTF-8，也不是有效的 GBK/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]))).toThrow(/奇数/);
  });

  it("tells text from binary by NUL bytes and the share of control characters", () => {
    expect(looksBinary(Buffer.from("正文\t\r\n\f\x1b[0m"))).toBe(false);
    expect(looksBinary(Buffer.from("ab\0cd"))).toBe(true);
    expect(looksBinary(Buffer.from("\x01\x02\x03abcdefg"))).toBe(true);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});

describe("encodeText", () => {
  it.each(["utf-8", "utf-16le", "utf-16be", "gb18030"] as const)("round-trips %s", (enc) => {
    for (const bom of enc === "gb18030" ? [false] : [false, true]) {
      if (enc.startsWith("utf-16") && !bom) continue;
      expect(decodeText(encodeText(SAMPLE, enc, bom)).text).toBe(SAMPLE);
    }
  });

  it("encodes GBK text to the bytes the platform decoder reads back, for every two-byte character", () => {
    const text = "中华人民共和国国务院办公厅关于印发《政府工作报告》的通知（一）（二）①℃‰№§〇";
    const bytes = encodeText(text, "gbk", false);
    expect(new TextDecoder("gb18030").decode(bytes)).toBe(text);
    expect(bytes.length).toBe(text.length * 2);
  });

  it("refuses in GBK a character that needs GB18030's four-byte form, naming it", () => {
    expect(() => encodeText("好𠮷", "gbk", false)).toThrow(EncodeError);
    try {
      encodeText("好𠮷", "gbk", false);
    } catch (e) {
      expect((e as EncodeError).character).toBe("𠮷");
      expect((e as Error).message).toBe("字符“𠮷”（U+20BB7）无法用 GBK 编码");
    }
    expect(() => encodeText("\ud800", "gb18030", false)).toThrow(EncodeError);
  });
});

describe("locateJsonError", () => {
  it.each([
    ['{"a": }', 1, 7],
    ['{\n  "a": 1,\n}', 3, 1],
    ["", 1, 1],
    ['{"a" 1}', 1, 6],
    ['{"a": "b\nc"}', 1, 9],
    ['{"a": tru}', 1, 7],
    ["[1, 2] x", 1, 8],
  ])("finds where %j goes wrong", (text, line, column) => {
    expect(locateJsonError(text)).toMatchObject({ line, column });
  });

  it("returns null for valid JSON", () => {
    expect(locateJsonError('{"rules": {"a": "off", "b": {"severity": "info", "options": {"n": -1.5e3}}}, "x": [true, false, null, "\\u00e9"]}')).toBeNull();
  });
});
