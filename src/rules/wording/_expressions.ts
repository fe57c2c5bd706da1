// The 规范提法 table (rules/expressions.json), typed and indexed for the wording-expression rule.

import data from "../../../rules/expressions.json" with { type: "json" };
import type { Severity } from "../../core/types.js";
import { literalAlternation, literalIndex, type ContextSpec, type LiteralIndex } from "./_context.js";

/** One 规范提法: a wrong wording to replace, or a slogan that should stand in quotes. */
export interface ExpressionEntry {
  id: string;
  /** `replace`: `wrong` becomes `right`. `quote`: the slogan `wrong` gets “ ” when it stands outside quotes. */
  kind: "replace" | "quote";
  wrong: string;
  right: string;
  reason: string;
  context?: ContextSpec;
  /** Only flag outside quotation marks and 书名号 (titles quote documents verbatim). Quote entries always are. */
  outsideQuotes?: boolean;
  severity: Severity;
  fix?: boolean;
  example: { wrong: string; right: string };
  counterExample: string[];
  source: string;
  /** When the wording was settled (YYYY-MM). */
  date: string;
}

/** Every entry of rules/expressions.json, in file order. */
export const expressions: readonly ExpressionEntry[] = (data as { entries: ExpressionEntry[] }).entries;

/** Entries keyed by their wrong literal. */
export const expressionsByWrong: ReadonlyMap<string, readonly ExpressionEntry[]> = (() => {
  const map = new Map<string, ExpressionEntry[]>();
  for (const e of expressions) map.set(e.wrong, [...(map.get(e.wrong) ?? []), e]);
  return map;
})();

/** Finds every wrong literal of the table. */
export const EXPRESSION_PATTERN: RegExp = literalAlternation(expressionsByWrong.keys());

/** The wrong literals of the table indexed by first character, for a scan without a regex. */
export const EXPRESSION_INDEX: LiteralIndex = literalIndex(expressionsByWrong.keys());
