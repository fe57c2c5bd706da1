// The base theme: a faint tint per rule family on flagged text (the wavy underline stays CodeMirror's, by severity),
// and a CJK font stack for tooltips and the panel. `text-spacing-trim: space-all` keeps full-width punctuation at full
// width: Chromium's default squeezes `“（` so that it looks half-width, which misleads in a full/half-width linter.
import { EditorView } from "@codemirror/view";

/** Serif CJK faces for document text (公文 body text is set in 仿宋/宋体). */
export const cjkSerif = `"FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif`;
/** Sans CJK faces for interface text. */
export const cjkSans = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`;

const tint = (rgb: string) => ({ backgroundColor: `rgba(${rgb}, 0.10)` });

export const gongwenTheme = EditorView.baseTheme({
  ".cm-content": { textSpacingTrim: "space-all" },
  ".cm-gongwen-heading": tint("37, 99, 235"),
  ".cm-gongwen-punctuation": tint("217, 119, 6"),
  ".cm-gongwen-number": tint("5, 150, 105"),
  ".cm-gongwen-unit": tint("124, 58, 237"),
  ".cm-gongwen-wording": tint("219, 39, 119"),
  ".cm-gongwen-parallel": tint("8, 145, 178"),
  ".cm-gongwen-style": tint("100, 116, 139"),
  ".cm-tooltip-lint, .cm-panel.cm-panel-lint": { fontFamily: cjkSans, textSpacingTrim: "space-all" },
  ".cm-tooltip-lint": { maxWidth: "32em" },
  ".cm-diagnostic": { lineHeight: "1.6" },
  ".cm-gongwen-message": { display: "inline" },
  ".cm-gongwen-basis": { display: "block", fontSize: "85%", opacity: "0.75" },
  ".cm-panel-lint .cm-gongwen-basis": { display: "inline", marginLeft: "1em" },
  ".cm-panels .cm-panel.cm-panel-lint ul": { maxHeight: "14em" },
  ".cm-diagnosticSource": { fontFamily: "ui-monospace, monospace" },
  ".cm-diagnosticAction": { fontFamily: cjkSans, textSpacingTrim: "space-all", fontSize: "90%", marginTop: "4px" },
  ".cm-diagnosticAction.cm-gongwen-disable": { backgroundColor: "transparent", color: "inherit", border: "1px solid #999" },
  "&dark .cm-diagnosticAction.cm-gongwen-disable": { borderColor: "#777" },
});
