// The number family: every rule of src/rules/number/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const numberRules: readonly Rule[] = [];
