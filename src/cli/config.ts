// The --config file: JSON read as data only. Keys that could reach an object's prototype are dropped, every map is
// copied into a null-prototype object, and anything unexpected is refused with the file and the position.

import type { RuleFamily, RuleSetting } from "../core/types.js";

/** A parsed config file. Reference paths are resolved against the config file's folder by the caller. */
export interface CliConfig {
  rules: Record<string, RuleSetting>;
  families: Partial<Record<RuleFamily, boolean>>;
  references: string[];
  defaultReference: boolean | undefined;
}

/** Thrown for a config that cannot be used; the message is the one-line reason shown to the user. */
export class CliConfigError extends Error {
  override name = "CliConfigError";
}

const FAMILIES: readonly RuleFamily[] = ["heading", "punctuation", "number", "unit", "wording", "parallel", "style"];
const TOP_KEYS = new Set(["rules", "families", "references", "defaultReference", "$schema"]);
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function dropUnsafe(this: unknown, key: string, value: unknown): unknown {
  return UNSAFE_KEYS.has(key) ? undefined : value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Copies the own enumerable entries into an object without a prototype. */
function nullProto<T>(source: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(source)) if (!UNSAFE_KEYS.has(key)) out[key] = source[key]!;
  return out;
}

/** Parses config JSON; throws {@link CliConfigError} with a line:column for bad JSON and a clear reason for bad content. */
export function parseConfig(source: string): CliConfig {
  let data: unknown;
  try {
    data = JSON.parse(source, dropUnsafe);
  } catch (e) {
    const at = locateJsonError(source);
    throw new CliConfigError(`JSON 格式错误${at ? `（第 ${at.line} 行第 ${at.column} 列）` : ""}：${(e as Error).message}`);
  }
  if (!isPlainObject(data)) throw new CliConfigError("配置应为 JSON 对象");
  for (const key of Object.keys(data)) if (!TOP_KEYS.has(key)) throw new CliConfigError(`未知配置项：${key}`);
  const config: CliConfig = { rules: Object.create(null), families: Object.create(null), references: [], defaultReference: undefined };
  if (data.rules !== undefined) {
    if (!isPlainObject(data.rules)) throw new CliConfigError("“rules”应为对象：{ 规则 ID: 设置 }");
    for (const [id, setting] of Object.entries(data.rules)) {
      if (typeof setting === "string") config.rules[id] = setting as RuleSetting;
      else if (isPlainObject(setting)) {
        const copy = nullProto(setting) as { severity?: unknown; options?: unknown };
        if (copy.options !== undefined && !isPlainObject(copy.options)) throw new CliConfigError(`规则 ${id} 的 options 应为对象`);
        if (copy.options !== undefined) copy.options = nullProto(copy.options as Record<string, unknown>);
        config.rules[id] = copy as RuleSetting;
      } else throw new CliConfigError(`规则 ${id} 的设置无效：应为 "off"、"info"、"warning"、"error" 或对象`);
    }
  }
  if (data.families !== undefined) {
    if (!isPlainObject(data.families)) throw new CliConfigError("“families”应为对象：{ 规则族: true/false }");
    for (const [name, on] of Object.entries(data.families)) {
      if (!FAMILIES.includes(name as RuleFamily)) throw new CliConfigError(`未知规则族：${name}（可用：${FAMILIES.join("、")}）`);
      if (typeof on !== "boolean") throw new CliConfigError(`规则族 ${name} 的设置应为 true 或 false`);
      config.families[name as RuleFamily] = on;
    }
  }
  if (data.references !== undefined) {
    if (!Array.isArray(data.references) || data.references.some((r) => typeof r !== "string" || r === "")) {
      throw new CliConfigError("“references”应为文件路径的数组");
    }
    config.references = [...(data.references as string[])];
  }
  if (data.defaultReference !== undefined) {
    if (typeof data.defaultReference !== "boolean") throw new CliConfigError("“defaultReference”应为 true 或 false");
    config.defaultReference = data.defaultReference;
  }
  return config;
}

/**
 * Finds where a JSON text first goes wrong, as a 1-based line and column (UTF-16), by a small validating scan.
 * Returns null when the text is valid. Used only after `JSON.parse` has failed, whose messages do not always say where.
 */
export function locateJsonError(text: string): { line: number; column: number; offset: number } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail();
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail();
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
    else fail();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) fail();
    return null;
  } catch (at) {
    if (typeof at !== "number") throw at;
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf("\n") + 1;
    return { line: before.split("\n").length, column: at - lineStart + 1, offset: at };
  }
}
