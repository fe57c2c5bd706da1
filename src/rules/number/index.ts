// The number family: every rule of src/rules/number/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as numberFullwidthDigits } from "./number-fullwidth-digits.js";
import { rule as numberChineseMeasure } from "./number-chinese-measure.js";
import { rule as numberMixedMagnitude } from "./number-mixed-magnitude.js";
import { rule as numberRangeUnit } from "./number-range-unit.js";
import { rule as numberYearZero } from "./number-year-zero.js";
import { rule as numberShortYear } from "./number-short-year.js";
import { rule as numberDateLeadingZero } from "./number-date-leading-zero.js";
import { rule as numberLeadingDecimal } from "./number-leading-decimal.js";
import { rule as numberRedundantApprox } from "./number-redundant-approx.js";
import { rule as numberSameForm } from "./number-same-form.js";

export const numberRules: readonly Rule[] = [
  numberFullwidthDigits,
  numberChineseMeasure,
  numberMixedMagnitude,
  numberRangeUnit,
  numberYearZero,
  numberShortYear,
  numberDateLeadingZero,
  numberLeadingDecimal,
  numberRedundantApprox,
  numberSameForm,
];
