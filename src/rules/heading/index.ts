// The heading family: every rule of src/rules/heading/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const headingRules: readonly Rule[] = [];
