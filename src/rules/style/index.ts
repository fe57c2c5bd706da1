// The style family: every rule of src/rules/style/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const styleRules: readonly Rule[] = [];
