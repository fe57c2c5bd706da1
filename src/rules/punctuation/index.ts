// The punctuation family: every rule of src/rules/punctuation/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const punctuationRules: readonly Rule[] = [];
