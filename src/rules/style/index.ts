// The style family: every rule of src/rules/style/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as styleHouseUnit } from "./style-house-unit.js";
import { rule as styleHouseRange } from "./style-house-range.js";
import { rule as styleIdiomTypo } from "./style-idiom-typo.js";
import { rule as styleRepetition } from "./style-repetition.js";

export const styleRules: readonly Rule[] = [styleHouseUnit, styleHouseRange, styleIdiomTypo, styleRepetition];
