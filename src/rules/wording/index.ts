// The wording family: every rule of src/rules/wording/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as wordingConfusable } from "./wording-confusable.js";
import { rule as wordingExpression } from "./wording-expression.js";
import { rule as wordingPercentagePoint } from "./wording-percentage-point.js";
import { rule as wordingTongbi } from "./wording-tongbi.js";
import { rule as wordingFirstMention } from "./wording-first-mention.js";

export const wordingRules: readonly Rule[] = [
  wordingConfusable,
  wordingExpression,
  wordingPercentagePoint,
  wordingTongbi,
  wordingFirstMention,
];
