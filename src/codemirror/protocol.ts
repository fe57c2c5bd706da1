// The messages between the editor and the segmentation worker (src/codemirror/worker.ts). Plain, cloneable data:
// the lint options travel once per configuration, the text once per request.
import type { Diagnostic, LintOptions } from "../core/types.js";

/** Lint options that can cross a worker boundary: everything but functions and the segmenter. */
export type WorkerLintOptions = Omit<LintOptions, "segmenter" | "phase">;

export type ToWorker =
  | { type: "config"; configId: number; options: WorkerLintOptions }
  | { type: "lint"; id: number; configId: number; text: string };

export type FromWorker =
  | { type: "result"; id: number; configId: number; diagnostics: Diagnostic[] }
  | { type: "error"; id: number; message: string };
