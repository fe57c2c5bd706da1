// The segmentation worker: runs the rules that need word segmentation (`phase: "segmentation"`) off the main thread,
// so that loading the dictionary and segmenting never block typing. Bundle it as a module worker, e.g. with Vite:
//   gongwen({ worker: () => new Worker(new URL("gongwen-lint/codemirror/worker", import.meta.url), { type: "module" }) })
// Protocol (src/codemirror/protocol.ts): a `config` message per configuration, then `lint` requests; only the latest
// request is answered when several queue up while the worker is busy (the editor drops stale answers anyway).
import { createLinter, type Linter } from "../core/engine.js";
import type { Segmenter } from "../core/types.js";
import { loadSegmenter } from "../segment/index.js";
import type { FromWorker, ToWorker, WorkerLintOptions } from "./protocol.js";

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const configs = new Map<number, WorkerLintOptions>();
const linters = new Map<number, Linter>();
let segmenter: Promise<Segmenter> | null = null;
let pending: Extract<ToWorker, { type: "lint" }> | null = null;
let scheduled = false;

function linterFor(configId: number, seg: Segmenter): Linter | null {
  let l = linters.get(configId);
  if (!l) {
    const options = configs.get(configId);
    // A request made under a configuration that has since been replaced: the editor no longer wants it.
    if (!options) return null;
    l = createLinter({ ...options, phase: "segmentation", segmenter: seg });
    // Only the newest configuration is ever asked for again.
    linters.clear();
    linters.set(configId, l);
  }
  return l;
}

async function run(): Promise<void> {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!request) return;
  try {
    segmenter ??= loadSegmenter();
    const seg = await segmenter;
    // A newer request arrived while the dictionary loaded: answer that one instead.
    if (pending) return schedule();
    const linter = linterFor(request.configId, seg);
    if (!linter) return;
    const diagnostics = linter.lint(request.text);
    scope.postMessage({ type: "result", id: request.id, configId: request.configId, diagnostics });
  } catch (e) {
    scope.postMessage({ type: "error", id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void run(), 0);
}

// Start loading the dictionary at once: the editor creates the worker only when a segmentation rule is enabled, and
// the load (seconds) can overlap the first idle delay.
segmenter = loadSegmenter();
segmenter.catch(() => undefined);

scope.addEventListener("message", (event) => {
  const msg = event.data;
  if (msg.type === "config") {
    configs.clear();
    configs.set(msg.configId, msg.options);
  } else if (msg.type === "lint") {
    pending = msg;
    schedule();
  }
});
