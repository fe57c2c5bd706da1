// The wording family: every rule of src/rules/wording/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const wordingRules: readonly Rule[] = [];
