// The CodeMirror 6 adapter: lints on idle (the core's per-paragraph cache keeps each pass cheap), shows each rule
// family with its own mark class, offers every core Fix as an action, and fixes everything in one undoable step.
// The configuration is a facet inside a compartment: `setGongwenConfig(view, config)` swaps it (and re-lints).
// Rules that need word segmentation run in a Web Worker when `worker` is given, on the main thread when `segmenter`
// is given, and are skipped otherwise; the plain rules always run on the main thread and show at once.
import { linter, lintGutter, forEachDiagnostic, forceLinting, setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { ChangeSet, Compartment, Facet, StateEffect, type EditorState, type Extension, type StateEffect as Effect, type Text, type TransactionSpec } from "@codemirror/state";
import { EditorView, ViewPlugin, type Command, type KeyBinding, type ViewUpdate } from "@codemirror/view";
import { createLinter, resolveRules, sortAndDedupe, type Linter } from "../core/engine.js";
import { fixAll } from "../core/fix.js";
import type { Diagnostic, LintOptions, Segmenter } from "../core/types.js";
import { isSegmentationRule, mapDiagnostic, sinceLint, toCmDiagnostic, type ConvertContext, type ViewLike } from "./diagnostics.js";
import type { FromWorker, ToWorker, WorkerLintOptions } from "./protocol.js";
import { gongwenTheme } from "./theme.js";

export { coreDiagnostic, renderMessage } from "./diagnostics.js";
export { cjkSans, cjkSerif } from "./theme.js";

/** The editor's configuration: the core's lint options plus how and when to lint. */
export interface GongwenConfig extends Omit<LintOptions, "segmenter" | "phase"> {
  /** Milliseconds of idle time after a change before linting. Defaults to 300. */
  delay?: number;
  /**
   * Runs the rules that need word segmentation in a Web Worker: a factory returning a Worker running
   * `gongwen-lint/codemirror/worker` (src/codemirror/worker.ts), or that module's URL (started as a module worker).
   * Their diagnostics join the others when the worker answers; answers for an outdated document are dropped.
   */
  worker?: (() => Worker) | URL | string | null;
  /**
   * Runs the segmentation rules on the main thread instead: a segmenter, or a function loading one (the plain rules
   * run meanwhile; the editor re-lints once it has loaded). Ignored when `worker` is given. Without either option,
   * segmentation rules are skipped.
   */
  segmenter?: Segmenter | (() => Promise<Segmenter>) | null;
}

const EMPTY: GongwenConfig = {};

/** The active configuration (the last one provided wins). Change it with {@link setGongwenConfig}. */
export const gongwenConfig = Facet.define<GongwenConfig, GongwenConfig>({
  combine: (values) => values[values.length - 1] ?? EMPTY,
});

const configCompartment = new Compartment();
const refreshEffect = StateEffect.define<null>();

function lintOptions(config: GongwenConfig): WorkerLintOptions {
  const { delay: _delay, worker: _worker, segmenter: _segmenter, ...options } = config;
  return options;
}

// Linters are built once per configuration object and shared by every editor using it (they only cache).
const plainLinters = new WeakMap<GongwenConfig, Linter>();
const segLinters = new WeakMap<GongwenConfig, Linter>();
const loadedSegmenters = new WeakMap<() => Promise<Segmenter>, Segmenter>();
const loadingSegmenters = new WeakMap<() => Promise<Segmenter>, Promise<Segmenter>>();

function plainLinter(config: GongwenConfig): Linter {
  let l = plainLinters.get(config);
  if (!l) {
    l = createLinter({ ...lintOptions(config), phase: "plain" });
    plainLinters.set(config, l);
  }
  return l;
}

function mainThreadSegmenter(config: GongwenConfig): Segmenter | null {
  const s = config.segmenter;
  if (!s || config.worker) return null;
  return typeof s === "function" ? (loadedSegmenters.get(s) ?? null) : s;
}

function segLinter(config: GongwenConfig): Linter | null {
  let l = segLinters.get(config);
  if (!l) {
    const segmenter = mainThreadSegmenter(config);
    if (!segmenter) return null;
    l = createLinter({ ...lintOptions(config), phase: "segmentation", segmenter });
    segLinters.set(config, l);
  }
  return l;
}

const usesSegmentation = new WeakMap<GongwenConfig, boolean>();
const NO_SEGMENTER: Segmenter = { segment: () => [] };

/** True when the configuration enables at least one rule that needs word segmentation. */
function needsSegmenter(config: GongwenConfig): boolean {
  let v = usesSegmentation.get(config);
  if (v === undefined) {
    v = resolveRules({ ...lintOptions(config), phase: "segmentation", segmenter: NO_SEGMENTER }).length > 0;
    usesSegmentation.set(config, v);
  }
  return v;
}

/**
 * Lints the state's document synchronously with its configuration: the plain rules, plus the segmentation rules when
 * a main-thread segmenter is ready. Returns core diagnostics (offsets into the state's document).
 */
export function lintState(state: EditorState): Diagnostic[] {
  const config = state.facet(gongwenConfig);
  const text = state.doc.toString();
  const plain = plainLinter(config).lint(text);
  const seg = segLinter(config);
  return seg ? sortAndDedupe([...plain, ...seg.lint(text)]) : plain;
}

/**
 * Returns the effect that replaces the configuration (for callers composing their own transaction). Throws
 * `ConfigError` on an unknown rule id or an impossible setting, here rather than on every lint.
 */
export function reconfigureGongwen(config: GongwenConfig): Effect<unknown> {
  return configCompartment.reconfigure(configured(config));
}

/** Replaces the editor's configuration; the linter is rebuilt and the document re-linted. */
export function setGongwenConfig(view: ViewLike, config: GongwenConfig): void {
  view.dispatch({ effects: reconfigureGongwen(config) });
}

/** Turns one rule off in the editor's configuration (the "关闭此规则" action). */
export function disableRule(view: ViewLike, ruleId: string): void {
  const config = view.state.facet(gongwenConfig);
  setGongwenConfig(view, { ...config, rules: { ...config.rules, [ruleId]: "off" } });
}

const convert: ConvertContext = { relint: lintState, disableRule };

/** Converts core diagnostics (offsets into the current document) into CodeMirror diagnostics with actions. */
export function toCmDiagnostics(list: readonly Diagnostic[]): CmDiagnostic[] {
  return list.map((d) => toCmDiagnostic(d, convert, forEachDiagnostic));
}

/** Talks to the segmentation worker; keeps only the newest request's answer. */
class WorkerClient {
  private readonly worker: Worker;
  private nextId = 0;
  private latest: { id: number; doc: Text } | null = null;
  private configId = 0;
  private sentConfig: GongwenConfig | null = null;
  private dead = false;

  constructor(
    spec: NonNullable<GongwenConfig["worker"]>,
    private readonly onResult: (doc: Text, diagnostics: Diagnostic[]) => void,
  ) {
    this.worker = typeof spec === "function" ? spec() : new Worker(spec, { type: "module" });
    this.worker.addEventListener("message", (e: MessageEvent<FromWorker>) => this.receive(e.data));
    this.worker.addEventListener("error", (e) => this.fail(e.message || "worker failed to start"));
  }

  request(doc: Text, text: string, config: GongwenConfig): void {
    if (this.dead) return;
    if (config !== this.sentConfig) {
      this.sentConfig = config;
      this.post({ type: "config", configId: ++this.configId, options: lintOptions(config) });
    }
    const id = ++this.nextId;
    this.latest = { id, doc };
    this.post({ type: "lint", id, configId: this.configId, text });
  }

  private post(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  private receive(msg: FromWorker): void {
    if (!this.latest || msg.id !== this.latest.id) return;
    if (msg.type === "error") return this.fail(msg.message);
    if (msg.configId !== this.configId) return;
    this.onResult(this.latest.doc, msg.diagnostics);
  }

  private fail(message: string): void {
    if (this.dead) return;
    this.dead = true;
    console.warn(`gongwen-lint: segmentation worker unavailable, segmentation rules skipped (${message})`);
    this.terminate();
  }

  terminate(): void {
    this.worker.terminate();
  }
}

/**
 * Per-editor state that is not plain data: the worker, its last answer, the segmentation diagnostics shown. The
 * editor's view plugin; exported so that tests can drive it with a stand-in view (it only uses state and dispatch).
 */
export class GongwenRuntime {
  private client: WorkerClient | null = null;
  private workerSpec: GongwenConfig["worker"] = null;
  /** The worker's answer for a document, in that document's coordinates. */
  private seg: { doc: Text; diagnostics: Diagnostic[] } | null = null;
  /** The segmentation diagnostics included in the last set, in the coordinates of the document they were set on. */
  private shownSeg: { doc: Text; diagnostics: Diagnostic[] } | null = null;
  private plain: { doc: Text; config: GongwenConfig; diagnostics: Diagnostic[] } | null = null;
  private destroyed = false;

  constructor(readonly view: ViewLike) {
    this.configure(view.state.facet(gongwenConfig));
  }

  update(u: ViewUpdate): void {
    const config = u.state.facet(gongwenConfig);
    if (config !== u.startState.facet(gongwenConfig)) this.configure(config);
  }

  destroy(): void {
    this.destroyed = true;
    this.client?.terminate();
    this.client = null;
  }

  private configure(config: GongwenConfig): void {
    // Old segmentation results were computed under the old rules; drop them.
    this.seg = null;
    this.shownSeg = null;
    if (config.worker !== this.workerSpec) {
      this.client?.terminate();
      this.client = null;
      this.workerSpec = config.worker ?? null;
    }
    // The worker (and its dictionary) is started only once a segmentation rule is enabled.
    if (config.worker && !this.client && needsSegmenter(config)) {
      this.client = new WorkerClient(config.worker, (doc, d) => this.receive(doc, d));
    }
    const loader = config.segmenter;
    if (!config.worker && typeof loader === "function" && !loadedSegmenters.has(loader) && needsSegmenter(config)) {
      let loading = loadingSegmenters.get(loader);
      if (!loading) {
        loading = loader();
        loadingSegmenters.set(loader, loading);
      }
      loading.then(
        (s) => {
          loadedSegmenters.set(loader, s);
          if (!this.destroyed) this.view.dispatch({ effects: refreshEffect.of(null) });
        },
        (e: unknown) => console.warn(`gongwen-lint: segmenter failed to load, segmentation rules skipped (${String(e)})`),
      );
    }
  }

  /** The segmentation diagnostics for exactly this document, when the worker has answered for it. */
  segFor(doc: Text): readonly Diagnostic[] {
    return this.seg && this.seg.doc === doc ? this.seg.diagnostics : [];
  }

  private plainFor(state: EditorState): Diagnostic[] {
    const config = state.facet(gongwenConfig);
    if (this.plain && this.plain.doc === state.doc && this.plain.config === config) return this.plain.diagnostics;
    const diagnostics = lintState(state);
    this.plain = { doc: state.doc, config, diagnostics };
    return diagnostics;
  }

  /** The lint source: plain diagnostics now; segmentation ones from the worker, or carried over until it answers. */
  lint(): CmDiagnostic[] {
    const { state } = this.view;
    const plain = this.plainFor(state);
    let seg: readonly Diagnostic[] = [];
    if (this.client && needsSegmenter(state.facet(gongwenConfig))) {
      if (this.seg && this.seg.doc === state.doc) seg = this.seg.diagnostics;
      else {
        this.client.request(state.doc, state.doc.toString(), state.facet(gongwenConfig));
        seg = this.carried(state);
      }
    }
    this.shownSeg = { doc: state.doc, diagnostics: [...seg] };
    return toCmDiagnostics(seg.length ? sortAndDedupe([...plain, ...seg]) : plain);
  }

  /** The segmentation diagnostics last shown, mapped through the edits since (those whose span was edited drop). */
  private carried(state: EditorState): Diagnostic[] {
    const since = state.field(sinceLint, false);
    if (!this.shownSeg || !since || since.base !== this.shownSeg.doc) return [];
    const out: Diagnostic[] = [];
    for (const d of this.shownSeg.diagnostics) {
      const m = mapDiagnostic(d, since.changes);
      if (m) out.push(m);
    }
    return out;
  }

  private receive(doc: Text, diagnostics: Diagnostic[]): void {
    const { state } = this.view;
    if (this.destroyed || state.doc !== doc) return;
    const seg = diagnostics.filter((d) => isSegmentationRule(d.ruleId));
    this.seg = { doc, diagnostics: seg };
    this.shownSeg = { doc, diagnostics: seg };
    this.view.dispatch(setDiagnostics(state, toCmDiagnostics(sortAndDedupe([...this.plainFor(state), ...seg]))));
  }
}

const runtime = ViewPlugin.fromClass(GongwenRuntime);

/** A change that inserts at least this many characters and half the new document is a document arriving. */
const ARRIVAL_MIN_CHARS = 200;

/** True when the update brings a document rather than an edit: a file opened, a whole draft pasted or set. */
export function isArrival(u: Pick<ViewUpdate, "docChanged" | "changes" | "state">): boolean {
  if (!u.docChanged) return false;
  let inserted = 0;
  u.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    inserted += toB - fromB;
  });
  return inserted >= ARRIVAL_MIN_CHARS && inserted * 2 >= u.state.doc.length;
}

/**
 * Lints at once when a document arrives (the editor opens with one, a file is opened, a whole draft is pasted)
 * instead of after the idle delay, which is meant for typing: the first diagnostics come as soon as the lint is done.
 */
const lintOnArrival = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | null = null;

    constructor(readonly view: EditorView) {
      if (view.state.doc.length > 0) this.schedule();
    }

    update(u: ViewUpdate): void {
      if (isArrival(u)) this.schedule();
    }

    // forceLinting dispatches: it cannot run inside an update.
    private schedule(): void {
      if (this.timer !== null) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        forceLinting(this.view);
      }, 0);
    }

    destroy(): void {
      if (this.timer !== null) clearTimeout(this.timer);
    }
  },
);

function source(view: EditorView): CmDiagnostic[] {
  const rt = view.plugin(runtime);
  return rt ? rt.lint() : toCmDiagnostics(lintState(view.state));
}

function configured(config: GongwenConfig): Extension {
  plainLinter(config); // validates the configuration (createLinter throws ConfigError) and builds the linter once
  return [
    gongwenConfig.of(config),
    linter(source, {
      delay: config.delay ?? 300,
      needsRefresh: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(refreshEffect))),
    }),
  ];
}

/**
 * The gongwen-lint extension: linting on idle (and at once when a document arrives), the lint gutter, the base theme
 * and the configuration compartment.
 * Throws `ConfigError` on an unknown rule id or an impossible setting.
 * Add `keymap.of(gongwenKeymap)` for fix-all, and @codemirror/lint's `lintKeymap` for the panel (Mod-Shift-m).
 */
export function gongwen(config: GongwenConfig = {}): Extension {
  return [configCompartment.of(configured(config)), sinceLint, runtime, lintOnArrival, lintGutter(), gongwenTheme];
}

/**
 * The transaction that applies every fix the way the CLI's --fix does (fix, re-lint, repeat until nothing changes),
 * as ONE change set, so that one undo restores the original. `extra` are diagnostics for exactly the state's document
 * (the worker's segmentation results) joined to the first pass. Null when there is nothing to fix.
 */
export function fixAllTransaction(state: EditorState, extra: readonly Diagnostic[] = []): TransactionSpec | null {
  const config = state.facet(gongwenConfig);
  const text = state.doc.toString();
  const plain = plainLinter(config);
  const seg = segLinter(config);
  const lintText = (t: string): Diagnostic[] => {
    const list = plain.lint(t);
    if (seg) list.push(...seg.lint(t));
    if (t === text && extra.length) list.push(...extra);
    return list;
  };
  const { passes } = fixAll(text, lintText);
  if (passes.length === 0) return null;
  let changes = ChangeSet.empty(text.length);
  for (const edits of passes) changes = changes.compose(ChangeSet.of(edits, changes.newLength));
  return { changes, userEvent: "input.fix", scrollIntoView: false };
}

/** Command: applies every fix in one transaction (one undo step). Returns false when there is nothing to fix. */
export const applyAllFixes: Command = (view) => {
  const extra = view.plugin(runtime)?.segFor(view.state.doc) ?? [];
  const spec = fixAllTransaction(view.state, extra);
  if (!spec) return false;
  view.dispatch(spec);
  return true;
};

/** Key bindings: Mod-Shift-f (Ctrl-Shift-f, Cmd-Shift-f on macOS) applies every fix. */
export const gongwenKeymap: readonly KeyBinding[] = [{ key: "Mod-Shift-f", run: applyAllFixes, preventDefault: true }];
