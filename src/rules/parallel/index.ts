// The parallel family: every rule of src/rules/parallel/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as parallelSiblingHeadings } from "./parallel-sibling-headings.js";
import { rule as parallelTopicSentences } from "./parallel-topic-sentences.js";

export const parallelRules: readonly Rule[] = [parallelSiblingHeadings, parallelTopicSentences];
