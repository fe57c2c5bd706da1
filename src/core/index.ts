// The pure core: no editor, no file system, no DOM.
export type {
  Diagnostic, Fix, TextEdit, Severity, RuleFamily, Rule, RuleMeta, RuleContext, Report, RuleSetting, LintOptions,
  StyleProfile, Segmenter, Token, InvalidExample, ValidExample, RuleScope,
} from "./types.js";
export { lint, createLinter, resolveRules, sortAndDedupe, ConfigError, type Linter } from "./engine.js";
export { applyFixes, applyEdits, chooseEdits, fixAll, type ApplyResult, type FixAllResult } from "./fix.js";
export { parseDocument, sentencesOf, splitLines, type DocumentModel, type Paragraph, type Sentence } from "./document.js";
export { parseHeading, type Heading, type HeadingLevel, type HeadingMarker } from "./headings.js";
export { buildOutline, headingParents, type OutlineNode, type OutlineProblem } from "./outline.js";
export type { Ordinal } from "./ordinals.js";
export { buildProfile, mergeProfiles, defaultProfile } from "./profile.js";
export { allRules } from "../rules/index.js";
