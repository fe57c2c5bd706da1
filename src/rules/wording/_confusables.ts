// The confusable-pair table (rules/confusables.json), typed and indexed for the wording-confusable rule.

import data from "../../../rules/confusables.json" with { type: "json" };
import type { Severity } from "../../core/types.js";
import { literalAlternation, literalIndex, type ContextSpec, type LiteralIndex } from "./_context.js";

/** One confusable pair: the wrong literal, what to write instead, and the context that makes it wrong. */
export interface ConfusableEntry {
  id: string;
  wrong: string;
  right: string;
  /** Why, in Chinese, for the message. */
  reason: string;
  context?: ContextSpec;
  severity: Severity;
  /** False when the rule should flag without offering a fix. Defaults to true. */
  fix?: boolean;
  example: { wrong: string; right: string };
  counterExample: string[];
  source: string;
}

/** Every entry of rules/confusables.json, in file order. */
export const confusables: readonly ConfusableEntry[] = (data as { entries: ConfusableEntry[] }).entries;

/** Entries keyed by their wrong literal (several entries may share one). */
export const confusablesByWrong: ReadonlyMap<string, readonly ConfusableEntry[]> = (() => {
  const map = new Map<string, ConfusableEntry[]>();
  for (const e of confusables) {
    const list = map.get(e.wrong) ?? [];
    list.push(e);
    map.set(e.wrong, list);
  }
  return map;
})();

/** Finds every wrong literal of the table. */
export const CONFUSABLE_PATTERN: RegExp = literalAlternation(confusablesByWrong.keys());

/** The wrong literals of the table indexed by first character, for a scan without a regex. */
export const CONFUSABLE_INDEX: LiteralIndex = literalIndex(confusablesByWrong.keys());
