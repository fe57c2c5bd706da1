// The registry: one literal list of every rule, family by family. No glob loading, no side effects.
import type { Rule } from "../core/types.js";
import { headingRules } from "./heading/index.js";
import { punctuationRules } from "./punctuation/index.js";
import { numberRules } from "./number/index.js";
import { unitRules } from "./unit/index.js";
import { wordingRules } from "./wording/index.js";
import { parallelRules } from "./parallel/index.js";
import { styleRules } from "./style/index.js";

/** Every rule of gongwen-lint, in rule-table order. */
export const allRules: readonly Rule[] = [
  ...headingRules,
  ...punctuationRules,
  ...numberRules,
  ...unitRules,
  ...wordingRules,
  ...parallelRules,
  ...styleRules,
];
