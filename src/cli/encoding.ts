// Decoding input bytes to text and encoding fixed text back to the same bytes form: UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM, and GBK/GB18030 when the bytes are not valid UTF-8. Binary files are recognised and refused.

/** The byte form of a text file, kept so that `--fix` writes the file back as it was. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gbk" | "gb18030";

export interface DecodedText {
  /** The text without its BOM; every offset the CLI reports is a UTF-16 offset into it. */
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/** Thrown when bytes cannot be read as text; the message is the one-line reason shown to the user. */
export class DecodeError extends Error {
  override name = "DecodeError";
}

const SAMPLE = 8192;

/** True when the bytes look like a binary file: a NUL byte, or more than 10% control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC occur in text files; other C0 controls and DEL do not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  return n > 0 && control * 10 > n;
}

/**
 * Decodes a text file. A BOM decides UTF-8 or UTF-16; otherwise the bytes must be valid UTF-8, else valid GB18030
 * (reported as `gbk` when it uses only one- and two-byte sequences). Throws {@link DecodeError} for binary data
 * or bytes that are neither.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be");
  if (looksBinary(bytes)) throw new DecodeError("二进制文件，已跳过");
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), encoding: "utf-8", bom };
  } catch {
    if (bom) throw new DecodeError("带 UTF-8 BOM 但内容不是有效的 UTF-8");
  }
  let text: string;
  try {
    text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError("既不是有效的 UTF-8，也不是有效的 GBK/GB18030 编码");
  }
  return { text, encoding: hasFourByteSequence(bytes) ? "gb18030" : "gbk", bom: false };
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedText {
  if (bytes.length % 2 !== 0) throw new DecodeError(`以 ${encoding.toUpperCase()} BOM 开头但字节数为奇数，文件可能已损坏`);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding, bom: true };
  } catch {
    throw new DecodeError(`以 ${encoding.toUpperCase()} BOM 开头但内容不是有效的 ${encoding.toUpperCase()}`);
  }
}

function hasFourByteSequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    // A lead byte followed by 0x30–0x39 opens a four-byte sequence; any other pair is two bytes.
    const t = bytes[i + 1]!;
    if (t >= 0x30 && t <= 0x39) return true;
    i++;
  }
  return false;
}

/** Thrown when text holds a character the file's encoding cannot represent. */
export class EncodeError extends Error {
  override name = "EncodeError";
  constructor(
    message: string,
    /** The first character that cannot be encoded. */
    readonly character: string,
  ) {
    super(message);
  }
}

/** Encodes text in the given form (adding the BOM when `bom`); throws {@link EncodeError} for an unencodable character. */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  switch (encoding) {
    case "utf-8": {
      const body = new TextEncoder().encode(text);
      if (!bom) return body;
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "utf-16le":
    case "utf-16be": {
      const out = new Uint8Array(2 + text.length * 2);
      const view = new DataView(out.buffer);
      const little = encoding === "utf-16le";
      view.setUint16(0, 0xfeff, little);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
      return out;
    }
    case "gbk":
    case "gb18030":
      return encodeGb(text, encoding === "gb18030");
  }
}

// The GBK/GB18030 encoder is built on first use by decoding every two-byte (and, for GB18030, every BMP four-byte)
// sequence with the platform's decoder, so it agrees with how the file was read.
let twoByte: Map<number, number> | null = null;
let fourByte: Map<number, number> | null = null;

function twoByteTable(): Map<number, number> {
  if (twoByte) return twoByte;
  const table = new Map<number, number>();
  const dec = new TextDecoder("gb18030", { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let s: string;
      try {
        s = dec.decode(pair);
      } catch {
        continue;
      }
      const cp = s.codePointAt(0)!;
      if (s.length === 1 && !table.has(cp)) table.set(cp, (lead << 8) | trail);
    }
  }
  twoByte = table;
  return table;
}

function fourByteTable(): Map<number, number> {
  if (fourByte) return fourByte;
  const table = new Map<number, number>();
  const dec = new TextDecoder("gb18030", { fatal: true });
  const quad = new Uint8Array(4);
  // Pointers 0–39419 cover the BMP code points that have no two-byte form.
  for (let pointer = 0; pointer <= 39419; pointer++) {
    quad[0] = 0x81 + Math.floor(pointer / 12600);
    quad[1] = 0x30 + (Math.floor(pointer / 1260) % 10);
    quad[2] = 0x81 + (Math.floor(pointer / 10) % 126);
    quad[3] = 0x30 + (pointer % 10);
    let s: string;
    try {
      s = dec.decode(quad);
    } catch {
      continue;
    }
    if (s.length === 1) table.set(s.charCodeAt(0), pointer);
  }
  fourByte = table;
  return table;
}

function encodeGb(text: string, allowFourByte: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    const two = twoByteTable().get(cp);
    if (two !== undefined) {
      out[n++] = two >> 8;
      out[n++] = two & 0xff;
      continue;
    }
    let pointer: number | undefined;
    if (allowFourByte) pointer = cp > 0xffff ? 189000 + cp - 0x10000 : fourByteTable().get(cp);
    if (pointer === undefined) {
      const ch = String.fromCodePoint(cp);
      throw new EncodeError(`字符“${ch}”（U+${cp.toString(16).toUpperCase().padStart(4, "0")}）无法用 ${allowFourByte ? "GB18030" : "GBK"} 编码`, ch);
    }
    out[n++] = 0x81 + Math.floor(pointer / 12600);
    out[n++] = 0x30 + (Math.floor(pointer / 1260) % 10);
    out[n++] = 0x81 + (Math.floor(pointer / 10) % 126);
    out[n++] = 0x30 + (pointer % 10);
  }
  return out.slice(0, n);
}
