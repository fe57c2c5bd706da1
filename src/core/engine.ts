// The lint pipeline: document model → rules (paragraph rules cached by paragraph text) → severity/config
// filter → dedupe → stable sort by (from, to, ruleId). Rules never share mutable state.

import { analyseLine, parseDocument, reparseDocument, type DocumentChange, type DocumentModel, type LineAnalysis, type Paragraph } from "./document.js";
import { defaultProfile, mergeProfiles, buildProfile } from "./profile.js";
import type { Diagnostic, LintOptions, Report, Rule, RuleContext, Segmenter, Severity, StyleProfile } from "./types.js";
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

/** Message templates split once into literal and `{key}` parts: reports are many, templates few. */
const compiledTemplates = new Map<string, string[]>();

function formatMessage(template: string | undefined, data: Report["data"], ruleId: string, messageId: string): string {
  if (template === undefined) throw new Error(`rule ${ruleId} reported unknown messageId ${messageId}`);
  if (!data) return template;
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  if (parts.length === 1) return template;
  // Odd entries are keys; a key the data lacks stays as written.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
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

/** The diagnostic with every offset passed through `map` (a literal of toDiagnostic's shape, no spread). */
function mapDiagnostic(d: Diagnostic, map: (pos: number) => number): Diagnostic {
  const out: Diagnostic = { ruleId: d.ruleId, severity: d.severity, from: map(d.from), to: map(d.to), message: d.message, basis: d.basis, messageId: d.messageId };
  if (d.fixes) out.fixes = d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ from: map(e.from), to: map(e.to), insert: e.insert })) }));
  return out;
}

function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  if (by === 0) return d;
  // A keystroke shifts every diagnostic after the edit: a literal of toDiagnostic's shape, no spread, no closure.
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

/** The memo's namespace for scans shared by all rules (no rule id is empty), and each scan function's key in it. */
const SHARED = "";
const scanKeys = new WeakMap<(text: string) => unknown, string>();
let nextScanKey = 0;
function scanKey(scan: (text: string) => unknown): string {
  let key = scanKeys.get(scan);
  if (key === undefined) scanKeys.set(scan, (key = String(nextScanKey++)));
  return key;
}

/**
 * The context one rule runs in, made once per rule and linter and pointed at each paragraph in turn: a context per
 * rule and paragraph (with its two closures) cost more than most rules' checks on a fresh 80k lint.
 */
class RuleRunner implements RuleContext {
  text = "";
  doc!: DocumentModel;
  paragraph!: Paragraph;
  readonly options: Readonly<Record<string, unknown>>;
  /** Where reports go, and for a paragraph rule the span they must stay inside (`boundTo` < 0: no bound). */
  sink: Diagnostic[] = [];
  boundFrom = 0;
  boundTo = -1;

  constructor(
    readonly resolved: ResolvedRule,
    readonly profile: StyleProfile,
    readonly segmenter: Segmenter | null,
    private readonly memoStore: Memo,
  ) {
    this.options = resolved.options;
  }

  report(report: Report): void {
    if (!(report.from >= 0 && report.to >= report.from && report.to <= this.text.length)) {
      throw new Error(`rule ${this.resolved.rule.id} reported an invalid span ${report.from}-${report.to}`);
    }
    if (this.boundTo >= 0 && (report.from < this.boundFrom || report.to > this.boundTo)) {
      throw new Error(`paragraph rule ${this.resolved.rule.id} reported outside its paragraph`);
    }
    this.sink.push(toDiagnostic(this.resolved, report));
  }

  memo<T>(key: string, paragraph: { text: string }, compute: (text: string) => T): T {
    return this.memoStore(this.resolved.rule.id, key, paragraph.text, compute);
  }

  shared<T>(paragraph: { text: string }, scan: (text: string) => T): T {
    return this.memoStore(SHARED, scanKey(scan), paragraph.text, scan);
  }

  run(): void {
    this.resolved.rule.check(this);
  }
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

/** A paragraph's diagnostics for the paragraph at offset `at`, sorted. */
interface ParagraphResult {
  at: number;
  diagnostics: Diagnostic[];
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
  const profile = profileFor(options);
  const segmenter = options.segmenter ?? null;
  // Caches keep the entries used by the last two calls, so memory follows the document, not its history.
  const lineCache = new StampedCache<LineAnalysis>();
  // A paragraph's diagnostics, at the offset where it stood last: unchanged paragraphs before an edit (and every
  // paragraph when typing at the end) reuse them without allocating.
  const paraCache = new StampedCache<ParagraphResult>();
  let lastDocument: DocumentModel | null = null;
  const memo = createMemo();
  const runnerOf = (r: ResolvedRule) => new RuleRunner(r, profile, segmenter, memo.memo);
  const paragraphRules = resolved.filter((r) => r.rule.meta.scope === "paragraph").map(runnerOf);
  // Each document rule's diagnostics from the last call (sorted), kept for edits that leave its paragraph keys as they were.
  const documentRules = resolved.filter((r) => r.rule.meta.scope !== "paragraph").map((r) => ({ runner: runnerOf(r), last: [] as Diagnostic[] }));
  const change: DocumentChange = { first: -1, oldEnd: 0, newEnd: 0, from: 0, oldTo: 0, delta: 0 };

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
      try {
        return lintText(text);
      } catch (e) {
        // The document rules' kept results may belong to a text the model never reached: start afresh next time.
        lastDocument = null;
        throw e;
      }
    },
  };

  function lintText(text: string): Diagnostic[] {
    lineCache.nextCall();
    const prev = lastDocument;
    change.first = -1;
    const doc = prev ? reparseDocument(prev, text, analyse, change) : parseDocument(text, analyse);
    paraCache.nextCall();
    memo.nextGeneration();
    // Paragraph results are sorted within each paragraph and paragraphs come in document order, so their
    // concatenation is sorted: only the document rules' diagnostics need sorting, then one merge.
    const out: Diagnostic[] = [];
    if (paragraphRules.length > 0) {
      // Indexed loops: this runs once per call, so often before V8 optimises it, where for-of allocates an iterator.
      const paragraphs = doc.paragraphs;
      for (let k = 0; k < paragraphs.length; k++) {
        const p = paragraphs[k]!;
        if (p.text.length === 0) continue;
        let entry = paraCache.get(p.text);
        if (!entry) paraCache.set(p.text, (entry = { at: p.from, diagnostics: lintParagraph(p, text, doc) }));
        else if (entry.at !== p.from) {
          // Moved by an edit before it: the entry (ours alone) takes the new offset; only diagnostics are new objects,
          // as earlier results handed out still hold the old ones. Most paragraphs have none.
          const by = p.from - entry.at;
          entry.at = p.from;
          if (entry.diagnostics.length > 0) entry.diagnostics = entry.diagnostics.map((d) => shiftDiagnostic(d, by));
        }
        const list = entry.diagnostics;
        for (let i = 0; i < list.length; i++) out.push(list[i]!);
      }
    }
    let fromDocument: Diagnostic[] = [];
    const reusable = prev !== null && change.first >= 0 && change.oldEnd - change.first === change.newEnd - change.first;
    for (const d of documentRules) {
      const { runner } = d;
      const keyOf = runner.resolved.rule.paragraphKey;
      let kept: Diagnostic[] | null = null;
      if (reusable && keyOf && sameKeys(keyOf, prev, doc, change)) kept = moveDiagnostics(d.last, change);
      if (!kept) {
        kept = [];
        runner.text = text;
        runner.doc = doc;
        runner.paragraph = doc.paragraphs[0]!;
        runner.sink = kept;
        runner.run();
        kept.sort(compareDiagnostics);
      }
      d.last = kept;
      fromDocument = fromDocument.length === 0 ? kept : fromDocument.concat(kept);
    }
    lastDocument = doc;
    if (fromDocument.length === 0) return out;
    return mergeAndDedupe(out, documentRules.length > 1 ? fromDocument.sort(compareDiagnostics) : fromDocument);
  }

  function lintParagraph(p: Paragraph, text: string, doc: DocumentModel): Diagnostic[] {
    const found: Diagnostic[] = [];
    // Indexed: before V8 optimises this (the first lint after start-up), for-of allocates a result per step.
    for (let i = 0; i < paragraphRules.length; i++) {
      const runner = paragraphRules[i]!;
      runner.text = text;
      runner.doc = doc;
      runner.paragraph = p;
      runner.sink = found;
      runner.boundFrom = p.from;
      runner.boundTo = p.to;
      runner.run();
    }
    return isSorted(found) ? found : found.sort(compareDiagnostics);
  }
}

function isSorted(list: Diagnostic[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareDiagnostics(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** True when every edited paragraph has the same key before and after the edit (the caller checked the counts). */
function sameKeys(keyOf: (text: string) => string, prev: DocumentModel, doc: DocumentModel, change: DocumentChange): boolean {
  for (let i = change.first; i < change.oldEnd; i++) {
    const before = prev.paragraphs[i]!.text;
    const after = doc.paragraphs[i]!.text;
    if (before !== after && keyOf(before) !== keyOf(after)) return false;
  }
  return true;
}

/** The diagnostics moved with the text, or null when the edit touches one of them or one of their fixes' edits. */
function moveDiagnostics(list: Diagnostic[], change: DocumentChange): Diagnostic[] | null {
  const { from, oldTo, delta } = change;
  const touches = (a: number, b: number) => a <= oldTo && b >= from;
  const out: Diagnostic[] = [];
  for (const d of list) {
    if (touches(d.from, d.to)) return null;
    let before = d.to < from;
    if (d.fixes) {
      for (const f of d.fixes) {
        for (const e of f.edits) {
          if (touches(e.from, e.to)) return null;
          if (e.to >= from) before = false;
        }
      }
    }
    out.push(before ? d : mapDiagnostic(d, (pos) => (pos < from ? pos : pos + delta)));
  }
  return out;
}

/** Lints a text once with every enabled rule. Synchronous; rules that need a segmenter run only when one is given. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return createLinter(options).lint(text);
}
