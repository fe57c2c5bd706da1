// gongwen-lint: the core API and the CodeMirror extension from one entry point.
export * from "./core/index.js";
export {
  gongwen, applyAllFixes, gongwenKeymap, gongwenConfig, setGongwenConfig, reconfigureGongwen, disableRule, lintState,
  type GongwenConfig,
} from "./codemirror/index.js";
