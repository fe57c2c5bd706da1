// The CodeMirror adapter on EditorState alone (no DOM): diagnostics, actions whose edits follow later edits, fix-all
// as one undo step, reconfiguration, and the worker's protocol. Stand-in rules replace the registry so that these
// tests follow the adapter, not the evolving rule set.
import { describe, expect, it, vi } from "vitest";
import { EditorState, Transaction, type Extension, type TransactionSpec } from "@codemirror/state";
import { forEachDiagnostic, setDiagnostics, type Action, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { history, undo } from "@codemirror/commands";

vi.mock("../src/rules/index.js", async () => ({ allRules: (await import("./codemirror-fixture-rules.js")).fixtureRules }));

const { gongwen, gongwenConfig, lintState, toCmDiagnostics, fixAllTransaction, setGongwenConfig, coreDiagnostic, GongwenRuntime, isArrival } = await import("../src/codemirror/index.js");
const { lint, fixAll } = await import("../src/core/index.js");

const DRAFT = "一、总体要求\n(一)指导思想\n坚持稳中求进。\n三、重点任务\n(二)扩大内需\n四、保障措施";

/** A stand-in for EditorView: what actions and commands use (state and dispatch). */
function fakeView(state: EditorState) {
  const view = {
    state,
    dispatch: (...specs: unknown[]) => {
      const first = specs[0];
      view.state = first instanceof Transaction ? first.state : view.state.update(...(specs as TransactionSpec[])).state;
    },
  };
  return view;
}

function stateWith(text: string, extra: Extension = [], config = {}) {
  let state = EditorState.create({ doc: text, extensions: [gongwen(config), extra] });
  state = state.update(setDiagnostics(state, toCmDiagnostics(lintState(state)))).state;
  return state;
}

function active(state: EditorState) {
  const out: { d: CmDiagnostic; from: number; to: number }[] = [];
  forEachDiagnostic(state, (d, from, to) => out.push({ d, from, to }));
  return out;
}

function action(d: CmDiagnostic, name: string): Action {
  const a = d.actions?.find((x) => x.name === name);
  if (!a) throw new Error(`no action ${name} on ${d.message}`);
  return a;
}

describe("lint source", () => {
  it("returns the core's diagnostics for the editor's document, with family mark classes and the basis", () => {
    const state = EditorState.create({ doc: DRAFT, extensions: gongwen() });
    const core = lintState(state);
    expect(core).toEqual(lint(DRAFT));
    expect(core.map((d) => [d.ruleId, DRAFT.slice(d.from, d.to)])).toEqual([
      ["t-half-bracket", "(一)"],
      ["t-level-one-order", "三"],
      ["t-half-bracket", "(二)"],
    ]);
    const cm = toCmDiagnostics(core);
    expect(cm[0]).toMatchObject({ from: 7, to: 10, severity: "warning", source: "t-half-bracket", markClass: "cm-gongwen-heading" });
    expect(cm[0]!.message).toContain("序号应使用全角括号：“（一）”");
    expect(cm[0]!.message).toContain("GB/T 9704-2012 7.3.3");
    expect(cm[0]!.actions!.map((a) => a.name)).toEqual(["改为全角括号", "关闭此规则"]);
    expect(coreDiagnostic(cm[0]!)).toBe(core[0]);
  });

  it("skips segmentation rules when neither a worker nor a segmenter is configured", () => {
    const state = EditorState.create({ doc: "进一步推进", extensions: gongwen() });
    expect(lintState(state)).toEqual([]);
  });

  it("runs segmentation rules on the main thread with a given segmenter", () => {
    const segmenter = { segment: (t: string) => [{ text: t.slice(0, 3), from: 0, to: 3, pos: "d" }] };
    const state = EditorState.create({ doc: "进一步推进", extensions: gongwen({ segmenter }) });
    expect(lintState(state).map((d) => d.ruleId)).toEqual(["t-seg-word"]);
  });
});

describe("a document arriving", () => {
  // The view plugin lints at once (forceLinting) for these updates instead of waiting for the idle delay; the browser
  // tests time it. Here: which updates count.
  const update = (before: string, spec: TransactionSpec) => {
    const tr = EditorState.create({ doc: before }).update(spec);
    return { docChanged: tr.docChanged, changes: tr.changes, state: tr.state };
  };
  const draft = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。".repeat(20);

  it("is a file opened or a whole draft pasted: one change bringing most of the new text", () => {
    expect(isArrival(update("", { changes: { from: 0, insert: draft } }))).toBe(true);
    expect(isArrival(update("旧稿", { changes: { from: 0, to: 2, insert: draft } }))).toBe(true);
  });

  it("is not typing, a short paste, or a paste into a longer document", () => {
    expect(isArrival(update(draft, { changes: { from: 10, insert: "的" } }))).toBe(false);
    expect(isArrival(update(draft, { changes: { from: 10, insert: "推进高质量发展" } }))).toBe(false);
    expect(isArrival(update(draft + draft + draft, { changes: { from: 10, insert: draft } }))).toBe(false);
    expect(isArrival(update(draft, { selection: { anchor: 3 } }))).toBe(false);
  });
});

describe("fix actions", () => {
  it("applies a fix at once when nothing changed", () => {
    const view = fakeView(stateWith(DRAFT));
    const first = active(view.state)[0]!;
    action(first.d, "改为全角括号").apply(view as never, first.from, first.to);
    expect(view.state.doc.toString()).toBe(DRAFT.replace("(一)", "（一）"));
  });

  it("carries the edits over text typed before the diagnostic since it was linted", () => {
    const view = fakeView(stateWith(DRAFT));
    view.dispatch({ changes: { from: 0, insert: "关于2025年工作\n" } });
    const second = active(view.state).find((x) => x.d.source === "t-half-bracket" && x.from > 20)!;
    expect(view.state.sliceDoc(second.from, second.to)).toBe("(二)");
    action(second.d, "改为全角括号").apply(view as never, second.from, second.to);
    expect(view.state.doc.toString()).toBe("关于2025年工作\n" + DRAFT.replace("(二)", "（二）"));
  });

  it("re-lints when the flagged text itself was edited, fixing the span as it now stands", () => {
    const view = fakeView(stateWith(DRAFT));
    // Typing inside (一) makes the stored edits ambiguous: the adapter finds the same problem again and fixes that.
    view.dispatch({ changes: { from: 8, to: 9, insert: "二" } });
    const first = active(view.state)[0]!;
    expect(view.state.sliceDoc(first.from, first.to)).toBe("(二)");
    action(first.d, "改为全角括号").apply(view as never, first.from, first.to);
    expect(view.state.doc.toString()).toBe(DRAFT.replace("(一)", "（二）"));
  });

  it("does nothing when the problem has gone since linting", () => {
    const view = fakeView(stateWith(DRAFT));
    const first = active(view.state)[0]!;
    view.dispatch({ changes: { from: 7, to: 8, insert: "（" } });
    const moved = active(view.state)[0]!;
    const before = view.state.doc.toString();
    action(first.d, "改为全角括号").apply(view as never, moved.from, moved.to);
    expect(view.state.doc.toString()).toBe(before);
  });

  it("applies a renumbering (one diagnostic, many edits) after an edit between its edits", () => {
    const view = fakeView(stateWith(DRAFT));
    const order = active(view.state).find((x) => x.d.source === "t-level-one-order")!;
    const insertAt = DRAFT.indexOf("四、");
    view.dispatch({ changes: { from: insertAt, insert: "新增段落。\n" } });
    action(order.d, "重新编号").apply(view as never, order.from, order.to);
    expect(view.state.doc.toString()).toBe(DRAFT.replace("三、", "二、").replace("四、", "新增段落。\n三、"));
  });

  it("turns the rule off from the tooltip, and the next lint no longer reports it", () => {
    const view = fakeView(stateWith(DRAFT));
    const first = active(view.state)[0]!;
    action(first.d, "关闭此规则").apply(view as never, first.from, first.to);
    expect(view.state.facet(gongwenConfig).rules).toEqual({ "t-half-bracket": "off" });
    expect(lintState(view.state).map((d) => d.ruleId)).toEqual(["t-level-one-order"]);
    expect(view.state.doc.toString()).toBe(DRAFT);
  });
});

describe("fix all", () => {
  it("converges like the CLI's fix-all, in one transaction", () => {
    const state = stateWith(DRAFT);
    const spec = fixAllTransaction(state)!;
    const after = state.update(spec).state;
    expect(after.doc.toString()).toBe(fixAll(DRAFT, (t) => lint(t)).output);
    expect(after.doc.toString()).toBe("一、总体要求\n（一）指导思想\n坚持稳中求进。\n二、重点任务\n（二）扩大内需\n三、保障措施");
    expect(lintState(after)).toEqual([]);
    expect(fixAllTransaction(after)).toBeNull();
  });

  it("is undone by a single undo, restoring the exact original", () => {
    let state = stateWith(DRAFT, history());
    state = state.update({ changes: { from: DRAFT.length, insert: "\n五、(三)" }, userEvent: "input.type" }).state;
    const typed = state.doc.toString();
    state = state.update(fixAllTransaction(state)!).state;
    expect(state.doc.toString()).not.toBe(typed);
    const view = fakeView(state);
    expect(undo(view as never)).toBe(true);
    expect(view.state.doc.toString()).toBe(typed);
  });

  it("joins diagnostics given for the current document (the worker's) to the first pass", () => {
    const state = stateWith("进一步推进(一)");
    const extra = [{ ruleId: "x", severity: "info" as const, from: 0, to: 3, message: "m", messageId: "m", fixes: [{ title: "t", edits: [{ from: 0, to: 3, insert: "更" }] }] }];
    expect(state.update(fixAllTransaction(state, extra)!).state.doc.toString()).toBe("更推进（一）");
  });
});

describe("configuration", () => {
  it("swaps the configuration through the compartment: families and rule settings apply at once", () => {
    const view = fakeView(stateWith(DRAFT));
    setGongwenConfig(view, { families: { heading: false } });
    expect(lintState(view.state)).toEqual([]);
    setGongwenConfig(view, { rules: { "t-level-one-order": "info" } });
    expect(lintState(view.state).map((d) => `${d.ruleId}:${d.severity}`)).toEqual([
      "t-half-bracket:warning",
      "t-level-one-order:info",
      "t-half-bracket:warning",
    ]);
  });

  it("rejects an unknown rule id when configured, not on every lint", () => {
    expect(() => gongwen({ rules: { "no-such-rule": "off" } })).toThrow(/no-such-rule/);
    const view = fakeView(stateWith(DRAFT));
    expect(() => setGongwenConfig(view, { rules: { "t-half-bracket": "loud" as never } })).toThrow(/t-half-bracket/);
    expect(view.state.facet(gongwenConfig)).toEqual({});
  });

  it("reuses the linter while the configuration object stays the same", () => {
    const config = { rules: {} };
    const a = EditorState.create({ doc: DRAFT, extensions: gongwen(config) });
    const b = a.update({ changes: { from: 0, insert: "x" } }).state;
    expect(b.facet(gongwenConfig)).toBe(config);
    expect(lintState(b).length).toBe(3);
  });
});

describe("segmentation worker", () => {
  it("answers the newest lint request with the segmentation rules' diagnostics only", async () => {
    const listeners: ((e: { data: unknown }) => void)[] = [];
    const posted: unknown[] = [];
    const g = globalThis as unknown as Record<string, unknown>;
    g.addEventListener = (_type: string, l: (e: { data: unknown }) => void) => listeners.push(l);
    g.postMessage = (m: unknown) => posted.push(m);
    await import("../src/codemirror/worker.js");
    const send = (data: unknown) => listeners.forEach((l) => l({ data }));
    send({ type: "config", configId: 1, options: {} });
    send({ type: "lint", id: 1, configId: 1, text: "旧文本" });
    send({ type: "lint", id: 2, configId: 1, text: "(一)进一步推进改革" });
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0), { timeout: 30000, interval: 50 });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: "result", id: 2, configId: 1 });
    const diags = (posted[0] as { diagnostics: { ruleId: string; from: number; to: number }[] }).diagnostics;
    expect(diags.map((d) => [d.ruleId, d.from, d.to])).toEqual([["t-seg-word", 3, 6]]);
  }, 60000);
});

/** A stand-in Worker: records what the editor posts and lets the test answer. */
function fakeWorker() {
  const listeners: ((e: { data: unknown }) => void)[] = [];
  const w = {
    posted: [] as { type: string; id?: number; configId?: number; text?: string }[],
    terminated: false,
    addEventListener(type: string, l: (e: { data: unknown }) => void) {
      if (type === "message") listeners.push(l);
    },
    postMessage(m: { type: string }) {
      w.posted.push(m);
    },
    terminate() {
      w.terminated = true;
    },
    answer(request: { id?: number; configId?: number }, diagnostics: unknown[]) {
      for (const l of listeners) l({ data: { type: "result", id: request.id, configId: request.configId, diagnostics } });
    },
  };
  return w;
}

const segDiag = (from: number) => ({ ruleId: "t-seg-word", severity: "info" as const, from, to: from + 3, message: "分词所得：进一步", messageId: "word", basis: "编辑惯例" });

describe("segmentation results from the worker", () => {
  const TEXT = "(一)进一步推进";

  it("shows the plain diagnostics at once, then merges the worker's answer for the same document", () => {
    const w = fakeWorker();
    const view = fakeView(EditorState.create({ doc: TEXT, extensions: gongwen({ worker: () => w as never }) }));
    const rt = new GongwenRuntime(view);
    const first = rt.lint();
    expect(first.map((d) => d.source)).toEqual(["t-half-bracket"]);
    view.dispatch(setDiagnostics(view.state, first));
    expect(w.posted.map((m) => m.type)).toEqual(["config", "lint"]);
    expect(w.posted[1]!.text).toBe(TEXT);
    w.answer(w.posted[1]!, [segDiag(3)]);
    expect(active(view.state).map((x) => [x.d.source, view.state.sliceDoc(x.from, x.to)])).toEqual([
      ["t-half-bracket", "(一)"],
      ["t-seg-word", "进一步"],
    ]);
  });

  it("drops an answer for an outdated document and carries the shown ones over edits until the next answer", () => {
    const w = fakeWorker();
    const view = fakeView(EditorState.create({ doc: TEXT, extensions: gongwen({ worker: () => w as never }) }));
    const rt = new GongwenRuntime(view);
    view.dispatch(setDiagnostics(view.state, rt.lint()));
    w.answer(w.posted[1]!, [segDiag(3)]);
    view.dispatch({ changes: { from: 0, insert: "关于" } });
    // The answer to the first request comes again (late): the document has changed, nothing happens.
    const before = active(view.state).map((x) => [x.d.source, x.from]);
    w.answer(w.posted[1]!, [segDiag(3)]);
    expect(active(view.state).map((x) => [x.d.source, x.from])).toEqual(before);
    // The next lint shows the worker's diagnostic mapped to where its text now is, and asks again.
    const second = rt.lint();
    expect(second.map((d) => [d.source, d.from, d.to])).toEqual([["t-half-bracket", 2, 5], ["t-seg-word", 5, 8]]);
    view.dispatch(setDiagnostics(view.state, second));
    const request = w.posted[w.posted.length - 1]!;
    expect(request).toMatchObject({ type: "lint", text: "关于" + TEXT });
    w.answer(request, []);
    expect(active(view.state).map((x) => x.d.source)).toEqual(["t-half-bracket"]);
  });

  it("ignores an answer to a request that a newer one replaced", () => {
    const w = fakeWorker();
    const view = fakeView(EditorState.create({ doc: TEXT, extensions: gongwen({ worker: () => w as never }) }));
    const rt = new GongwenRuntime(view);
    view.dispatch(setDiagnostics(view.state, rt.lint()));
    const old = w.posted[1]!;
    view.dispatch({ changes: { from: TEXT.length, insert: "。" } });
    view.dispatch(setDiagnostics(view.state, rt.lint()));
    w.answer(old, [segDiag(3)]);
    expect(active(view.state).map((x) => x.d.source)).toEqual(["t-half-bracket"]);
  });

  it("starts no worker while no segmentation rule is enabled", () => {
    const w = fakeWorker();
    let started = 0;
    const view = fakeView(EditorState.create({ doc: TEXT, extensions: gongwen({ worker: () => (started++, w as never), families: { wording: false } }) }));
    const rt = new GongwenRuntime(view);
    rt.lint();
    expect(started).toBe(0);
    expect(w.posted).toEqual([]);
  });
});
