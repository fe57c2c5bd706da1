// The unit family: every rule of src/rules/unit/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as unitNonLegal } from "./unit-non-legal.js";
import { rule as unitSymbolCase } from "./unit-symbol-case.js";
import { rule as unitConsistency } from "./unit-consistency.js";
import { rule as unitSymbolInProse } from "./unit-symbol-in-prose.js";
import { rule as unitMu } from "./unit-mu.js";

export const unitRules: readonly Rule[] = [unitNonLegal, unitSymbolCase, unitConsistency, unitSymbolInProse, unitMu];
