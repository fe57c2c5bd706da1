/// <reference types="vite/client" />
// The demo page: an editor preloaded with a draft report, a toolbar (counts, fix all, families, reference document),
// an outline of the heading tree, and a rule gallery generated from the rules' own meta. Everything stays local:
// files are read with FileReader, segmentation runs in a worker bundled with the page. User text only ever reaches
// the DOM through textContent.
import { EditorState } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { forEachDiagnostic, lintKeymap, openLintPanel, setDiagnosticsEffect } from "@codemirror/lint";
import { applyAllFixes, coreDiagnostic, gongwen, gongwenConfig, gongwenKeymap, lintState, setGongwenConfig, type GongwenConfig } from "../src/codemirror/index.js";
import { allRules } from "../src/rules/index.js";
import { analyseLine, parseDocument, type LineAnalysis } from "../src/core/document.js";
import { buildOutline, type OutlineNode } from "../src/core/outline.js";
import type { Diagnostic, RuleFamily } from "../src/core/types.js";
import sample from "./sample-draft.txt?raw";

const FAMILY_NAMES: Record<RuleFamily, string> = {
  heading: "标题层次",
  punctuation: "标点",
  number: "数字",
  unit: "计量单位",
  wording: "用词",
  parallel: "排比对仗",
  style: "文风",
};
const FAMILIES = Object.keys(FAMILY_NAMES) as RuleFamily[];
const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

const params = new URLSearchParams(location.search);
const delay = params.has("delay") ? Number(params.get("delay")) : 300;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- metrics for the end-to-end tests: keystroke → diagnostics, keystroke → next frame ----
const metrics = {
  lastKey: 0, keyToDiagnostics: [] as number[], keyToFrame: [] as number[], refreshMs: [] as number[], lintUpdates: 0,
  // The document the last diagnostics were set for, so tests can wait for the current one rather than count updates.
  lintedDoc: null as unknown,
};

// ---- the editor ----
// `?worker=0` runs without the segmentation worker (its rules are then skipped), e.g. on a slow machine.
const initialConfig: GongwenConfig = {
  delay,
  worker: params.get("worker") === "0" ? null : () => new Worker(new URL("../src/codemirror/worker.ts", import.meta.url), { type: "module" }),
};

const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: params.get("empty") === "1" ? "" : sample,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      EditorView.lineWrapping,
      keymap.of([...gongwenKeymap, ...lintKeymap, ...defaultKeymap, ...historyKeymap]),
      gongwen(initialConfig),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) outline.map(u.changes.mapPos.bind(u.changes));
        if (u.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect)))) {
          metrics.lintUpdates++;
          metrics.lintedDoc = u.state.doc;
          if (metrics.lastKey) {
            metrics.keyToDiagnostics.push(performance.now() - metrics.lastKey);
            metrics.lastKey = 0;
          }
          refresh();
        } else if (u.docChanged) {
          scheduleOutline();
        }
        if (u.startState.facet(gongwenConfig) !== u.state.facet(gongwenConfig)) syncControls();
      }),
    ],
  }),
});

// A keystroke is its keydown, or its beforeinput when no key event comes (IME, synthetic text input).
function keystroke(): void {
  if (metrics.lastKey) return;
  const t = performance.now();
  metrics.lastKey = t;
  requestAnimationFrame(() => metrics.keyToFrame.push(performance.now() - t));
}
view.contentDOM.addEventListener("keydown", keystroke, true);
view.contentDOM.addEventListener("beforeinput", keystroke, true);

interface ShownDiagnostic {
  severity: string;
  from: number;
  to: number;
  source: string | undefined;
  core?: Diagnostic | undefined;
}

/** The diagnostics shown, at their current positions. */
function currentDiagnostics(): ShownDiagnostic[] {
  const out: ShownDiagnostic[] = [];
  forEachDiagnostic(view.state, (d, from, to) => out.push({ severity: d.severity, from, to, source: d.source, core: coreDiagnostic(d) }));
  return out;
}

// ---- toolbar: counts ----
function refreshCounts(diags: { severity: string }[]): void {
  for (const s of ["error", "warning", "info"] as const) $(`count-${s}`).textContent = String(diags.filter((d) => d.severity === s).length);
}

// ---- outline: the heading tree from the core's buildOutline, heading-rule problems marked ----
interface OutlineItem {
  depth: number;
  level: number;
  label: string;
  pos: number;
  problems: string[];
}

const headingRuleIds = new Set(allRules.filter((r) => r.meta.family === "heading").map((r) => r.id));

const outline = {
  items: [] as OutlineItem[],
  /** Keeps the click targets right while the user types, until the next rebuild. */
  map(mapPos: (pos: number, assoc?: number) => number): void {
    for (const item of this.items) item.pos = mapPos(item.pos, -1);
  },
};

function buildItems(text: string, diags: ReturnType<typeof currentDiagnostics>): OutlineItem[] {
  const core: Diagnostic[] = diags.map((d) => ({
    ruleId: d.source ?? "",
    severity: d.severity as Diagnostic["severity"],
    from: d.from,
    to: d.to,
    message: d.core?.message ?? "",
    messageId: d.core?.messageId ?? "",
  }));
  const items: OutlineItem[] = [];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const n of nodes) {
      items.push({ depth, level: n.level, label: `${n.marker}${n.title}`, pos: n.from, problems: n.problems.map((p) => p.message) });
      walk(n.children, depth + 1);
    }
  };
  walk(buildOutline(parseDocument(text, analyseCached), core, (id) => headingRuleIds.has(id)), 0);
  return items;
}

// Line analyses keyed by line text, kept for the lines of the last two documents (as the engine does), so that
// rebuilding the outline after a keystroke re-reads one line, not 80,000 characters.
let lineCache = new Map<string, LineAnalysis>();
let prevLineCache = new Map<string, LineAnalysis>();
let cacheDoc: unknown = null;
function analyseCached(line: string): LineAnalysis {
  if (cacheDoc !== view.state.doc) {
    cacheDoc = view.state.doc;
    prevLineCache = lineCache;
    lineCache = new Map();
  }
  let a = lineCache.get(line) ?? prevLineCache.get(line);
  if (!a) a = analyseLine(line);
  lineCache.set(line, a);
  return a;
}

let renderedOutline = "";

function renderOutline(): void {
  // Rebuild the list only when what it shows changed (positions live in outline.items, not in the DOM).
  const key = outline.items.map((i) => `${i.depth}|${i.label}|${i.problems.join("|")}`).join("\n");
  if (key === renderedOutline && key !== "") return;
  renderedOutline = key;
  const list = $("outline");
  list.replaceChildren();
  if (outline.items.length === 0) {
    list.appendChild(el("li", "empty", "（没有识别到标题）"));
    return;
  }
  outline.items.forEach((item, i) => {
    const li = el("li", `depth-${Math.min(item.depth, 3)} level-${item.level}${item.problems.length ? " problem" : ""}`);
    const a = el("a", undefined, item.label);
    a.dataset.index = String(i);
    a.title = item.problems.length ? `${item.label}\n${item.problems.join("\n")}` : item.label;
    a.href = "#";
    li.appendChild(a);
    list.appendChild(li);
  });
}

$("outline").addEventListener("click", (e) => {
  const a = (e.target as HTMLElement).closest("a");
  if (!a) return;
  e.preventDefault();
  const item = outline.items[Number(a.dataset.index)];
  if (!item) return;
  const pos = Math.min(item.pos, view.state.doc.length);
  view.focus();
  view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "start", yMargin: 40 }) });
});

let outlineTimer = 0;
function scheduleOutline(): void {
  clearTimeout(outlineTimer);
  outlineTimer = window.setTimeout(() => {
    outline.items = buildItems(view.state.doc.toString(), currentDiagnostics());
    renderOutline();
  }, 200);
}

function refresh(): void {
  const t0 = performance.now();
  refreshNow();
  metrics.refreshMs.push(performance.now() - t0);
}

function refreshNow(): void {
  const diags = currentDiagnostics();
  refreshCounts(diags);
  clearTimeout(outlineTimer);
  outline.items = buildItems(view.state.doc.toString(), diags);
  renderOutline();
}

// ---- toolbar: actions ----
$("fix-all").addEventListener("click", () => {
  applyAllFixes(view);
  view.focus();
});
$("open-panel").addEventListener("click", () => openLintPanel(view));

function replaceDoc(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
  view.focus();
}
$("load-sample").addEventListener("click", () => replaceDoc(sample));
$("clear").addEventListener("click", () => replaceDoc(""));

function readFile(input: HTMLInputElement, then: (text: string, name: string) => void): void {
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      then(String(reader.result ?? ""), file.name);
      input.value = "";
    };
    reader.readAsText(file, "utf-8");
  });
}
readFile($<HTMLInputElement>("open-draft"), (text) => replaceDoc(text));

// ---- toolbar: families ----
const familiesBox = $("families");
for (const f of FAMILIES) {
  const label = el("label");
  const box = el("input");
  box.type = "checkbox";
  box.checked = true;
  box.dataset.family = f;
  label.append(box, document.createTextNode(FAMILY_NAMES[f]));
  familiesBox.appendChild(label);
  box.addEventListener("change", () => {
    const config = view.state.facet(gongwenConfig);
    setGongwenConfig(view, { ...config, families: { ...config.families, [f]: box.checked } });
  });
}

// ---- toolbar: reference document ----
let referenceName = "";
readFile($<HTMLInputElement>("open-reference"), (text, name) => {
  referenceName = name;
  const config = view.state.facet(gongwenConfig);
  const replace = $<HTMLSelectElement>("reference-mode").value === "replace";
  setGongwenConfig(view, { ...config, references: [text], defaultReference: !replace });
});
$("reference-mode").addEventListener("change", () => {
  const config = view.state.facet(gongwenConfig);
  if (!config.references?.length) return;
  setGongwenConfig(view, { ...config, defaultReference: $<HTMLSelectElement>("reference-mode").value !== "replace" });
});
$("reset-reference").addEventListener("click", () => {
  const { references: _r, defaultReference: _d, ...rest } = view.state.facet(gongwenConfig);
  referenceName = "";
  setGongwenConfig(view, rest);
});

function syncControls(): void {
  const config = view.state.facet(gongwenConfig);
  for (const box of familiesBox.querySelectorAll<HTMLInputElement>("input[data-family]")) {
    box.checked = config.families?.[box.dataset.family as RuleFamily] !== false;
  }
  const hasRef = !!config.references?.length;
  $<HTMLButtonElement>("reset-reference").disabled = !hasRef;
  $("reference-status").textContent = hasRef
    ? `参考范文：${referenceName || "已载入文档"}${config.defaultReference === false ? "（替换内置）" : " + 内置政府工作报告"}`
    : "参考范文：内置政府工作报告";
  // Rules turned off from a tooltip ("关闭此规则"), each with a button to turn it back on.
  const off = Object.entries(config.rules ?? {}).filter(([, s]) => s === "off").map(([id]) => id);
  const box = $("disabled-rules");
  box.hidden = off.length === 0;
  box.replaceChildren(el("span", "status", "已关闭："));
  for (const id of off) {
    const b = el("button", "enable-rule", `${id} ✕`);
    b.type = "button";
    b.title = "重新启用此规则";
    b.addEventListener("click", () => {
      const c = view.state.facet(gongwenConfig);
      const { [id]: _removed, ...rules } = c.rules ?? {};
      setGongwenConfig(view, { ...c, rules });
    });
    box.appendChild(b);
  }
}

// ---- rule gallery, generated from meta so that it cannot drift from behaviour ----
function renderGallery(): void {
  const root = $("gallery");
  for (const f of FAMILIES) {
    const rules = allRules.filter((r) => r.meta.family === f);
    if (rules.length === 0) continue;
    const details = el("details");
    details.appendChild(el("summary", undefined, `${FAMILY_NAMES[f]}（${rules.length} 条）`));
    for (const r of rules) {
      const box = el("div", "rule");
      const head = el("div");
      head.append(el("span", "id", r.id), document.createTextNode(r.meta.description));
      head.appendChild(el("span", "meta", `依据：${r.meta.basis} · ${SEVERITY_NAMES[r.meta.defaultSeverity]}${r.meta.fixable ? " · 可自动修复" : ""}${r.meta.needsSegmentation ? " · 需分词" : ""}`));
      box.appendChild(head);
      for (const ex of r.meta.examples.invalid.slice(0, 3)) {
        const line = el("div", "ex");
        line.append(el("span", "bad", ex.text));
        if (ex.output !== null) line.append(document.createTextNode(" → "), el("span", "good", ex.output));
        box.appendChild(line);
      }
      for (const v of r.meta.examples.valid.slice(0, 2)) {
        box.appendChild(el("div", "ex ok", `✓ ${typeof v === "string" ? v : v.text}`));
      }
      details.appendChild(box);
    }
    root.appendChild(details);
  }
  if (!root.firstChild) root.appendChild(el("p", "status", "（尚无规则）"));
}

renderGallery();
syncControls();
refresh();

/** Times one main-thread lint pass of the current document (the plain rules, caches warm). */
function timeLint(): number {
  const t0 = performance.now();
  lintState(view.state);
  return performance.now() - t0;
}

// For the end-to-end tests and for curious users in the console.
declare global {
  interface Window {
    gongwenDemo: { view: EditorView; metrics: typeof metrics; diagnostics: typeof currentDiagnostics; timeLint: typeof timeLint };
  }
}
window.gongwenDemo = { view, metrics, diagnostics: currentDiagnostics, timeLint };
