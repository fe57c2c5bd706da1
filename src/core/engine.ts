// The lint pipeline: document model → rules (paragraph rules cached by paragraph text) → severity/config
// filter → dedupe → stable sort by (from, to, ruleId). Rules never share mutable state.

import { analyseLine, parseDocument, reparseDocument, type DocumentModel, type LineAnalysis, type Paragraph } from "./document.js";
import { defaultProfile, mergeProfiles, buildProfile } from "./profile.js";
import type { Diagnostic, LintOptions, Report, Rule, RuleContext, Severity, StyleProfile } from "./types.js";
import { allRules } from "../rules/index.js";

interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  /** True when the user set the severity, which then wins over a rule's per-report severity. */
  severityFixed: boolean;
  options: Readonly<Record<string, unknown>>;
}

/** Thrown for a config that names an unknown rule or an impossible setting. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Resolves the rules to run from the options; throws {@link ConfigError} on an unknown rule id or setting. */
export function resolveRules(options: LintOptions = {}, rules: readonly Rule[] = allRules): ResolvedRule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const settings = options.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) throw new ConfigError(`未知规则：${id}`);
    const s = settings[id];
    const sev = typeof s === "string" ? s : s && typeof s === "object" ? s.severity : undefined;
    if (typeof s !== "string" && (typeof s !== "object" || s === null)) throw new ConfigError(`规则 ${id} 的设置无效`);
    if (sev !== undefined && !SEVERITIES.has(sev)) throw new ConfigError(`规则 ${id} 的级别无效：${String(sev)}`);
  }
  const phase = options.phase ?? "all";
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    if (options.families && options.families[rule.meta.family] === false) continue;
    const seg = rule.meta.needsSegmentation === true;
    if (phase === "plain" && seg) continue;
    if (phase === "segmentation" && !seg) continue;
    if (seg && !options.segmenter) continue;
    const s = Object.prototype.hasOwnProperty.call(settings, rule.id) ? settings[rule.id] : undefined;
    let severity: Severity | "off" = rule.meta.defaultSeverity;
    let severityFixed = false;
    let userOptions: Record<string, unknown> | undefined;
    if (typeof s === "string") {
      severity = s;
      severityFixed = true;
    } else if (s && typeof s === "object") {
      if (s.severity) {
        severity = s.severity;
        severityFixed = true;
      }
      userOptions = s.options;
    }
    if (severity === "off") continue;
    out.push({ rule, severity, severityFixed, options: Object.freeze({ ...rule.meta.defaultOptions, ...userOptions }) });
  }
  return out;
}

function formatMessage(template: string | undefined, data: Report["data"], ruleId: string, messageId: string): string {
  if (template === undefined) throw new Error(`rule ${ruleId} reported unknown messageId ${messageId}`);
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

function toDiagnostic(r: ResolvedRule, report: Report): Diagnostic {
  const { rule } = r;
  const d: Diagnostic = {
    ruleId: rule.id,
    severity: r.severityFixed ? r.severity : (report.severity ?? r.severity),
    from: report.from,
    to: report.to,
    message: formatMessage(rule.meta.messages[report.messageId], report.data, rule.id, report.messageId),
    basis: report.basis ?? rule.meta.basis,
    messageId: report.messageId,
  };
  if (report.fixes && report.fixes.length) d.fixes = report.fixes;
  return d;
}

function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  if (by === 0) return d;
  // A literal of toDiagnostic's shape (no spread): a keystroke shifts every diagnostic after the edit.
  const out: Diagnostic = { ruleId: d.ruleId, severity: d.severity, from: d.from + by, to: d.to + by, message: d.message, basis: d.basis, messageId: d.messageId };
  if (d.fixes) out.fixes = d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ from: e.from + by, to: e.to + by, insert: e.insert })) }));
  return out;
}

const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.from - b.from || a.to - b.to || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Sorts by (from, to, ruleId, message) and drops exact duplicates. */
export function sortAndDedupe(list: Diagnostic[]): Diagnostic[] {
  list.sort(compareDiagnostics);
  const out: Diagnostic[] = [];
  for (const d of list) {
    const prev = out[out.length - 1];
    if (prev && prev.from === d.from && prev.to === d.to && prev.ruleId === d.ruleId && prev.message === d.message) continue;
    out.push(d);
  }
  return out;
}

/**
 * Merges two sorted lists (ties taken from `a` first, as a stable sort of `a` then `b` would) and drops exact
 * duplicates: equals `sortAndDedupe([...a, ...b])` when both are sorted.
 */
function mergeAndDedupe(a: Diagnostic[], b: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const d = j >= b.length || (i < a.length && compareDiagnostics(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    const prev = out[out.length - 1];
    if (prev && prev.from === d.from && prev.to === d.to && prev.ruleId === d.ruleId && prev.message === d.message) continue;
    out.push(d);
  }
  return out;
}

function profileFor(options: LintOptions): StyleProfile {
  if (options.profile) return options.profile;
  const refs = options.references ?? [];
  const useDefault = options.defaultReference !== false;
  if (refs.length === 0) return useDefault ? defaultProfile : buildProfile([], options.segmenter ?? null);
  const built = buildProfile(refs, options.segmenter ?? null);
  return useDefault ? mergeProfiles(defaultProfile, built) : built;
}

function runRule(r: ResolvedRule, base: Omit<RuleContext, "report" | "options" | "memo"> & { memo: Memo }, sink: Diagnostic[], bound?: { from: number; to: number }): void {
  // A literal of one fixed shape (no spread): this runs once per rule and paragraph, and spreading cost more than
  // most rules' checks.
  const ctx: RuleContext = {
    text: base.text,
    doc: base.doc,
    paragraph: base.paragraph,
    profile: base.profile,
    segmenter: base.segmenter,
    options: r.options,
    memo: (key, paragraph, compute) => base.memo(r.rule.id, key, paragraph.text, compute),
    report(report: Report) {
      if (!(report.from >= 0 && report.to >= report.from && report.to <= base.text.length)) {
        throw new Error(`rule ${r.rule.id} reported an invalid span ${report.from}-${report.to}`);
      }
      if (bound && (report.from < bound.from || report.to > bound.to)) {
        throw new Error(`paragraph rule ${r.rule.id} reported outside its paragraph`);
      }
      sink.push(toDiagnostic(r, report));
    },
  };
  r.rule.check(ctx);
}

type Memo = <T>(ruleId: string, key: string, text: string, compute: (text: string) => T) => T;

/**
 * The cache behind `ctx.memo`: per rule and key, values by paragraph text, each stamped with the last call that used
 * it. A keystroke touches only the stamps (no map is rebuilt per call); entries unused for two calls are swept once
 * a bucket holds twice what the last call used, so memory follows the document, not its history.
 */
function createMemo(): { memo: Memo; nextGeneration(): void } {
  interface Bucket {
    entries: Map<string, { value: unknown; used: number }>;
    /** Entries used by the current call, and by the previous one. */
    live: number;
    lastLive: number;
  }
  const rules = new Map<string, Map<string, Bucket>>();
  let last: { ruleId: string; key: string; bucket: Bucket } | null = null;
  let generation = 0;
  return {
    nextGeneration() {
      generation++;
      for (const buckets of rules.values()) {
        for (const b of buckets.values()) {
          if (b.entries.size > 2 * Math.max(b.live, b.lastLive) + 16) {
            for (const [text, e] of b.entries) if (e.used < generation - 2) b.entries.delete(text);
          }
          b.lastLive = b.live;
          b.live = 0;
        }
      }
    },
    memo<T>(ruleId: string, key: string, text: string, compute: (text: string) => T): T {
      // A rule asks with one key paragraph after paragraph: the last bucket is checked before the maps.
      let b = last !== null && last.ruleId === ruleId && last.key === key ? last.bucket : undefined;
      if (!b) {
        let buckets = rules.get(ruleId);
        if (!buckets) rules.set(ruleId, (buckets = new Map()));
        b = buckets.get(key);
        if (!b) buckets.set(key, (b = { entries: new Map(), live: 0, lastLive: 0 }));
        last = { ruleId, key, bucket: b };
      }
      let e = b.entries.get(text);
      if (!e) b.entries.set(text, (e = { value: compute(text), used: -1 }));
      if (e.used !== generation) {
        e.used = generation;
        b.live++;
      }
      return e.value as T;
    },
  };
}

/**
 * A cache by text whose entries carry the last call that used them: a call touches only the stamps (no map is rebuilt
 * per call, which cost ~1 ms per keystroke on 80k); entries unused by the last two calls are swept once the map holds
 * twice what a call uses, so memory follows the document, not its history.
 */
class StampedCache<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private call = 0;
  private live = 0;
  private lastLive = 0;

  nextCall(): void {
    if (this.entries.size > 2 * Math.max(this.live, this.lastLive) + 16) {
      for (const [key, e] of this.entries) if (e.used < this.call - 1) this.entries.delete(key);
    }
    this.call++;
    this.lastLive = this.live;
    this.live = 0;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.used !== this.call) {
      e.used = this.call;
      this.live++;
    }
    return e.value;
  }

  set(key: string, value: V): void {
    const e = this.entries.get(key);
    if (e) e.value = value;
    else this.entries.set(key, { value, used: this.call });
    if (!e || e.used !== this.call) this.live++;
    if (e) e.used = this.call;
  }
}

/** A paragraph's diagnostics relative to its start (`rel`), and absolute (`abs`) for the paragraph at offset `at`. */
interface ParagraphResult {
  rel: Diagnostic[];
  at: number;
  abs: Diagnostic[];
}

/** A linter that reuses work between calls: per-line analyses and paragraph-rule results, keyed by line text. */
export interface Linter {
  /** Lints the text; the result equals `lint(text, options)`. */
  lint(text: string): Diagnostic[];
  /** The document model of the last linted text. */
  readonly lastDocument: DocumentModel | null;
  /** The style profile in use. */
  readonly profile: StyleProfile;
}

/**
 * Creates a {@link Linter} for fixed options; throws {@link ConfigError} on a bad config. `rules` defaults to every
 * registered rule (tests of adapters pass a fixed set).
 */
export function createLinter(options: LintOptions = {}, rules: readonly Rule[] = allRules): Linter {
  const resolved = resolveRules(options, rules);
  const paragraphRules = resolved.filter((r) => r.rule.meta.scope === "paragraph");
  const documentRules = resolved.filter((r) => r.rule.meta.scope !== "paragraph");
  const profile = profileFor(options);
  const segmenter = options.segmenter ?? null;
  // Caches keep the entries used by the last two calls, so memory follows the document, not its history.
  const lineCache = new StampedCache<LineAnalysis>();
  // A paragraph's diagnostics relative to its start, and shifted to where it stood last: unchanged paragraphs before
  // an edit (and every paragraph when typing at the end) reuse their absolute diagnostics without allocating.
  const paraCache = new StampedCache<ParagraphResult>();
  let lastDocument: DocumentModel | null = null;
  const memo = createMemo();

  const analyse = (line: string): LineAnalysis => {
    let a = lineCache.get(line);
    if (!a) lineCache.set(line, (a = analyseLine(line)));
    return a;
  };

  return {
    get lastDocument() {
      return lastDocument;
    },
    profile,
    lint(text: string): Diagnostic[] {
      lineCache.nextCall();
      const doc = lastDocument ? reparseDocument(lastDocument, text, analyse) : parseDocument(text, analyse);
      paraCache.nextCall();
      memo.nextGeneration();
      // Paragraph results are sorted within each paragraph and paragraphs come in document order, so their
      // concatenation is sorted: only the document rules' diagnostics need sorting, then one merge.
      const out: Diagnostic[] = [];
      const base = { text, doc, profile, segmenter, memo: memo.memo };
      for (const p of doc.paragraphs) {
        if (p.text.length === 0 || paragraphRules.length === 0) continue;
        let entry = paraCache.get(p.text);
        if (!entry) paraCache.set(p.text, (entry = lintParagraph(p, text, doc, base)));
        else if (entry.at !== p.from) paraCache.set(p.text, (entry = { rel: entry.rel, at: p.from, abs: entry.rel.map((d) => shiftDiagnostic(d, p.from)) }));
        for (const d of entry.abs) out.push(d);
      }
      const fromDocument: Diagnostic[] = [];
      for (const r of documentRules) runRule(r, { ...base, paragraph: doc.paragraphs[0]! }, fromDocument);
      lastDocument = doc;
      return mergeAndDedupe(out, fromDocument.sort(compareDiagnostics));
    },
  };

  function lintParagraph(p: Paragraph, text: string, doc: DocumentModel, base: { text: string; doc: DocumentModel; profile: StyleProfile; segmenter: typeof segmenter; memo: Memo }): ParagraphResult {
    const found: Diagnostic[] = [];
    // One context base per paragraph, built without spread: spreading it once per rule and paragraph cost more than
    // most rules' checks on a fresh 80k lint.
    const pbase = { text: base.text, doc: base.doc, paragraph: p, profile: base.profile, segmenter: base.segmenter, memo: base.memo };
    const bound = { from: p.from, to: p.to };
    for (const r of paragraphRules) runRule(r, pbase, found, bound);
    found.sort(compareDiagnostics);
    return { rel: found.map((d) => shiftDiagnostic(d, -p.from)), at: p.from, abs: found };
  }
}

/** Lints a text once with every enabled rule. Synchronous; rules that need a segmenter run only when one is given. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return createLinter(options).lint(text);
}
