// The unit family: every rule of src/rules/unit/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const unitRules: readonly Rule[] = [];
