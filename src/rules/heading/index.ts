// The heading family: every rule of src/rules/heading/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as headingMarkerFormat } from "./heading-marker-format.js";
import { rule as headingSequence } from "./heading-sequence.js";
import { rule as headingNesting } from "./heading-nesting.js";
import { rule as headingEndPunctuation } from "./heading-end-punctuation.js";
import { rule as ordinalSeries } from "./ordinal-series.js";

export const headingRules: readonly Rule[] = [headingMarkerFormat, headingSequence, headingNesting, headingEndPunctuation, ordinalSeries];
