// The parallel family: every rule of src/rules/parallel/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";

export const parallelRules: readonly Rule[] = [];
