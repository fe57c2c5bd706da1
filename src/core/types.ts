// The plain-data vocabulary shared by the core, the rules and every adapter.
// Offsets everywhere are UTF-16 code units into the text as the caller holds it, end-exclusive.

/** How serious a diagnostic is. `error` is kept for breaches of a standard; house style is never an error. */
export type Severity = "error" | "warning" | "info";

/** The rule families, one folder each under `src/rules/`. */
export type RuleFamily = "heading" | "punctuation" | "number" | "unit" | "wording" | "parallel" | "style";

/** One replacement of the span `from`–`to` by `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** A fix: a titled set of edits applied together, all or none. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A problem found in the text. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  from: number;
  to: number;
  message: string;
  /** The standard and clause, or the corpus evidence, the message rests on. */
  basis?: string;
  /** The id of the message template in the rule's `meta.messages`; tests assert on it, not on wording. */
  messageId: string;
  fixes?: Fix[];
}

/** A word with its part of speech, as returned by a {@link Segmenter}. */
export interface Token {
  text: string;
  from: number;
  to: number;
  /** Part-of-speech tag, ICTCLAS-style letters (`n`, `v`, `d`, `a`, `m`, `q`, `w`, …); `x` when unknown. */
  pos: string;
}

/** Word segmentation with part-of-speech tags; offsets are relative to the segmented string. */
export interface Segmenter {
  segment(text: string): Token[];
}

/**
 * What the reference documents teach about house style. Built by `buildProfile`; a prebuilt profile of the
 * bundled reference report ships with the package. Fields are counts so that messages can cite evidence.
 */
export interface StyleProfile {
  /** Names of the reference documents, for messages ("参考范文"). */
  sources: string[];
  /** Characters read, without line breaks. */
  charCount: number;
  /** Written unit forms and how often each occurs after a number (`{"公里": 3, "千米": 0}`). */
  unitForms: Record<string, number>;
  /** Range marks between numbers: `{"～": 2, "—": 0, "-": 0, "~": 0}`. */
  rangeMarks: Record<string, number>;
  /** Quote marks seen: curly `“”` against straight `"`. */
  quoteMarks: Record<string, number>;
  /** Everything else the profile builder learns (heading shapes, topic sentences, phrases…). */
  [key: string]: unknown;
}

/** Where a rule runs: on one paragraph at a time (cacheable by paragraph text) or on the whole document. */
export type RuleScope = "paragraph" | "document";

/** A worked example of a rule, doubling as a test and as documentation. */
export interface InvalidExample {
  text: string;
  /** Text after applying every fix (repeatedly, as fix-all does); `null` when the rule offers no fix here. */
  output: string | null;
  /** The diagnostics expected from this rule, in order: message id and the exact flagged text. */
  errors: { messageId: string; span: string }[];
  options?: Record<string, unknown>;
  references?: string[];
}

export interface ValidExample {
  text: string;
  options?: Record<string, unknown>;
  references?: string[];
}

export interface RuleMeta {
  family: RuleFamily;
  /** One line, Chinese, for the rule table. */
  description: string;
  /** The standard and clause (or "editorial practice", "reference corpus") the rule rests on. */
  basis: string;
  defaultSeverity: Severity;
  fixable: boolean;
  scope: RuleScope;
  /** True when the rule needs a {@link Segmenter}; such rules are skipped when none is given. */
  needsSegmentation?: boolean;
  /** Message templates with `{name}` placeholders. */
  messages: Record<string, string>;
  examples: { valid: (string | ValidExample)[]; invalid: InvalidExample[] };
  /** Default options; merged under the user's. */
  defaultOptions?: Record<string, unknown>;
}

/** What a rule reports; the engine turns it into a {@link Diagnostic}. */
export interface Report {
  from: number;
  to: number;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the rule's severity for this report (e.g. `info` where evidence is thin). Never raises above `error`. */
  severity?: Severity;
  /** Overrides or extends `meta.basis`, e.g. with corpus evidence. */
  basis?: string;
}

export interface RuleContext {
  /** The whole document text. */
  readonly text: string;
  readonly doc: import("./document.js").DocumentModel;
  /** For paragraph-scoped rules: the paragraph being checked. Such a rule must depend on nothing but its text. */
  readonly paragraph: import("./document.js").Paragraph;
  readonly options: Readonly<Record<string, unknown>>;
  readonly profile: StyleProfile;
  readonly segmenter: Segmenter | null;
  report(report: Report): void;
  /**
   * Per-paragraph work for document rules, cached by paragraph text across the calls of one linter: returns
   * `compute(paragraph.text)`, computed once per distinct text and `key`. The result must depend on the text
   * alone, with offsets relative to the paragraph's start.
   */
  memo<T>(key: string, paragraph: { text: string }, compute: (text: string) => T): T;
  /**
   * A scan several rules make of the same paragraph (unit mentions, standalone numbers): returns `scan(paragraph.text)`,
   * computed once per distinct text and scan function for every rule that asks, and kept across the calls of one
   * linter like `memo`. The result is shared: treat it as read-only.
   */
  shared<T>(paragraph: { text: string }, scan: (text: string) => T): T;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * Document rules only, optional: everything `check` decides from one paragraph, as a string that depends on the
   * paragraph's text alone and not on where things stand in it (the forms found, in order, and any fact about their
   * surroundings that a decision reads). It is a promise: when an edit keeps the number of paragraphs and the edited
   * paragraphs' keys, and touches no span the rule reported (nor any of their fixes' edits), `check` would report the
   * same diagnostics moved with the text. The engine then moves the last diagnostics instead of running `check`
   * (typing in body text leaves the heading rules' results as they were).
   */
  paragraphKey?(text: string): string;
}

/** A rule's setting in a config: off, a severity, or a severity with options. */
export type RuleSetting = "off" | Severity | { severity?: Severity | "off"; options?: Record<string, unknown> };

export interface LintOptions {
  /** Per-rule settings keyed by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Turns whole families off (`{ parallel: false }`). All families are on by default. */
  families?: Partial<Record<RuleFamily, boolean>>;
  /** Reference documents that define house style, in addition to (or instead of) the bundled report. */
  references?: string[];
  /** Include the bundled reference report in the profile. Defaults to true. */
  defaultReference?: boolean;
  /** A prebuilt profile; when given, `references` and `defaultReference` are ignored. */
  profile?: StyleProfile;
  /** Word segmentation for the rules that need it; those rules are skipped without it. */
  segmenter?: Segmenter | null;
  /** Which rules to run: all, only those without segmentation, or only those with. Defaults to "all". */
  phase?: "all" | "plain" | "segmentation";
}
