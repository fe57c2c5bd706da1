// The demo page in real Chromium: fixing through the tooltip and through the lint panel, fix-all with one undo, the
// outline, a reference document changing a house-style verdict, IME composition next to a diagnostic, user text
// that looks like HTML, and no console errors or outside requests. Screenshots go to .artifacts/ (git-ignored).
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { allRules } from "../../src/rules/index.js";
import { ARTIFACTS, caretAt, diagnostics, docText, launch, lintCount, lintedAfter, openDraft, type Browser, type Demo } from "./browser.js";

const url = inject("demoUrl");
// Most tests need no segmentation: without the worker, pages do not each load the dictionary (seconds of CPU).
const plain = `${url}?worker=0`;
let browser: Browser;
let demo: Demo;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(demo.errors, "console errors").toEqual([]);
  expect(demo.dialogs, "dialogs").toEqual([]);
  expect(demo.outside, "requests leaving the page's server").toEqual([]);
});

const HALF_DRAFT = "一、总体要求\n(一)指导思想\n坚持稳中求进工作总基调，推动高质量发展。\n（二）主要目标\n地区生产总值增长6%左右。";

describe("the demo page", () => {
  it("opens on the sample draft with diagnostics from several families, counts and an outline", async () => {
    demo = await browser.open(url);
    await lintedAfter(demo.page, 0);
    const found = await diagnostics(demo.page);
    expect(found.length).toBeGreaterThan(5);
    const families = await demo.page.evaluate(() => [...new Set([...document.querySelectorAll(".cm-lintRange")].flatMap((e) => [...e.classList].filter((c) => c.startsWith("cm-gongwen-"))))]);
    expect(families.length).toBeGreaterThanOrEqual(3);
    // Read together: the worker's answer may add diagnostics at any moment.
    const { counts, shown } = await demo.page.evaluate(() => ({
      counts: ["error", "warning", "info"].map((s) => Number(document.getElementById(`count-${s}`)!.textContent)),
      shown: window.gongwenDemo.diagnostics().length,
    }));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(shown);
    expect(await demo.page.locator("#gallery details").count()).toBeGreaterThanOrEqual(3);
    // Full-width punctuation keeps its full width (Chromium would squeeze “（ otherwise).
    expect(await demo.page.evaluate(() => getComputedStyle(document.querySelector(".cm-content")!).getPropertyValue("text-spacing-trim"))).toBe("space-all");
    await demo.page.screenshot({ path: join(ARTIFACTS, "demo.png") });
  });

  it("flags a half-width (一) heading and fixes it through the tooltip", async () => {
    demo = await browser.open(plain);
    await openDraft(demo.page, HALF_DRAFT);
    const before = await diagnostics(demo.page);
    const flagged = before.find((d) => d.text === "(一)");
    expect(flagged, JSON.stringify(before)).toBeTruthy();
    await demo.page.locator(".cm-lintRange", { hasText: "(一)" }).first().hover({ position: { x: 2, y: 8 } });
    const tooltip = demo.page.locator(".cm-tooltip-lint");
    await tooltip.waitFor();
    await expect.poll(() => tooltip.textContent()).toContain("依据");
    expect(await tooltip.evaluate((e) => getComputedStyle(e).getPropertyValue("text-spacing-trim"))).toBe("space-all");
    await demo.page.screenshot({ path: join(ARTIFACTS, "tooltip.png") });
    const n = await lintCount(demo.page);
    await tooltip.locator(".cm-gongwen-fix").first().click();
    expect(await docText(demo.page)).toBe(HALF_DRAFT.replace("(一)", "（一）"));
    await lintedAfter(demo.page, n);
    const after = await diagnostics(demo.page);
    expect(after.filter((d) => d.rule === flagged!.rule && d.from === flagged!.from)).toEqual([]);
  });

  it("fixes the same problem from the lint panel (Ctrl-Shift-M)", async () => {
    demo = await browser.open(plain);
    await openDraft(demo.page, HALF_DRAFT);
    const flagged = (await diagnostics(demo.page)).find((d) => d.text === "(一)")!;
    await caretAt(demo.page, 0);
    await demo.page.keyboard.press("Control+Shift+KeyM");
    const panel = demo.page.locator(".cm-panel-lint");
    await panel.waitFor();
    await demo.page.screenshot({ path: join(ARTIFACTS, "panel.png") });
    const item = panel.locator("li", { hasText: flagged.rule }).filter({ hasText: "（一）" }).first();
    const n = await lintCount(demo.page);
    await item.locator(".cm-gongwen-fix").first().click();
    expect(await docText(demo.page)).toBe(HALF_DRAFT.replace("(一)", "（一）"));
    await lintedAfter(demo.page, n);
    expect((await diagnostics(demo.page)).filter((d) => d.rule === flagged.rule && d.from === flagged.from)).toEqual([]);
  });

  it("turns a rule off from the tooltip and back on from the toolbar", async () => {
    demo = await browser.open(plain);
    await openDraft(demo.page, HALF_DRAFT);
    const flagged = (await diagnostics(demo.page)).find((d) => d.text === "(一)")!;
    await demo.page.locator(".cm-lintRange", { hasText: "(一)" }).first().hover({ position: { x: 2, y: 8 } });
    let n = await lintCount(demo.page);
    await demo.page.locator(".cm-tooltip-lint .cm-gongwen-disable").first().click();
    await lintedAfter(demo.page, n);
    expect((await diagnostics(demo.page)).filter((d) => d.rule === flagged.rule)).toEqual([]);
    expect(await docText(demo.page)).toBe(HALF_DRAFT);
    const chip = demo.page.locator("#disabled-rules button", { hasText: flagged.rule });
    n = await lintCount(demo.page);
    await chip.click();
    await lintedAfter(demo.page, n);
    expect((await diagnostics(demo.page)).some((d) => d.rule === flagged.rule && d.text === "(一)")).toBe(true);
    expect(await demo.page.locator("#disabled-rules").isHidden()).toBe(true);
  });

  it("fixes everything with 一键修复 and restores the exact original with one undo", async () => {
    demo = await browser.open(plain);
    await lintedAfter(demo.page, 0);
    const original = await docText(demo.page);
    await demo.page.click("#fix-all");
    const fixed = await docText(demo.page);
    expect(fixed).not.toBe(original);
    expect(fixed).toContain("（二）坚持项目为王");
    await demo.page.keyboard.press("Control+z");
    expect(await docText(demo.page)).toBe(original);
    await demo.page.keyboard.press("Control+Shift+KeyF");
    expect(await docText(demo.page)).toBe(fixed);
  });

  it("lists the headings in the outline, moves the caret on click, and follows typing", async () => {
    demo = await browser.open(plain);
    await lintedAfter(demo.page, 0);
    const labels = await demo.page.locator("#outline a").allTextContents();
    expect(labels).toContain("一、2024年工作回顾");
    expect(labels.some((l) => l.startsWith("三、全面加强政府自身建设"))).toBe(true);
    expect(await demo.page.locator("#outline li.problem").count()).toBeGreaterThan(0);
    await demo.page.locator("#outline a", { hasText: "三、全面加强政府自身建设" }).click();
    const text = await docText(demo.page);
    const { head, visible } = await demo.page.evaluate(() => {
      const { view } = window.gongwenDemo;
      const h = view.state.selection.main.head;
      const c = view.coordsAtPos(h);
      const box = view.scrollDOM.getBoundingClientRect();
      return { head: h, visible: !!c && c.top >= box.top && c.bottom <= box.bottom };
    });
    expect(head).toBe(text.indexOf("三、全面加强政府自身建设"));
    expect(visible).toBe(true);
    await demo.page.locator("nav.outline").screenshot({ path: join(ARTIFACTS, "outline.png") });
    const n = await lintCount(demo.page);
    await caretAt(demo.page, text.length);
    await demo.page.keyboard.type("\n四、新增标题");
    await lintedAfter(demo.page, n);
    await expect.poll(() => demo.page.locator("#outline a").allTextContents()).toContain("四、新增标题");
  });

  it("lets a loaded reference document decide a house-style choice (公里 or 千米)", async () => {
    demo = await browser.open(plain);
    const draft = "一、交通建设\n新建城市道路18.5千米，改造农村公路126公里。";
    await openDraft(demo.page, draft);
    const unitVerdict = async () => (await diagnostics(demo.page)).filter((d) => d.rule === "unit-consistency").map((d) => d.text);
    expect(await unitVerdict()).toEqual(["千米"]);
    await demo.page.selectOption("#reference-mode", "replace");
    const n = await lintCount(demo.page);
    await demo.page.setInputFiles("#open-reference", { name: "参考.txt", mimeType: "text/plain", buffer: Buffer.from("全年新建道路30千米，改造管网12千米，铺设光缆800千米。", "utf8") });
    await lintedAfter(demo.page, n);
    expect(await unitVerdict()).toEqual(["公里"]);
    await expect.poll(() => demo.page.textContent("#reference-status")).toContain("参考.txt");
    const m = await lintCount(demo.page);
    await demo.page.click("#reset-reference");
    await lintedAfter(demo.page, m);
    expect(await unitVerdict()).toEqual(["千米"]);
  });

  it("commits a pinyin IME composition next to a diagnostic cleanly", async () => {
    demo = await browser.open(plain);
    await openDraft(demo.page, HALF_DRAFT);
    const before = await docText(demo.page);
    const pos = before.indexOf("(一)") + 3;
    await caretAt(demo.page, pos);
    const cdp = await demo.page.context().newCDPSession(demo.page);
    const n = await lintCount(demo.page);
    for (const text of ["z", "zh", "zhi", "zhid"]) await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send("Input.insertText", { text: "指导" });
    await expect.poll(() => docText(demo.page)).toBe(before.slice(0, pos) + "指导" + before.slice(pos));
    await lintedAfter(demo.page, n);
    expect((await diagnostics(demo.page)).some((d) => d.text === "(一)")).toBe(true);
    expect(await docText(demo.page)).toBe(before.slice(0, pos) + "指导" + before.slice(pos));
  });

  const segRule = allRules.find((r) => r.meta.needsSegmentation && r.meta.examples.invalid.some((e) => !e.options && !e.references));
  it.skipIf(!segRule)("runs the segmentation rules in the worker and merges their diagnostics", async () => {
    const ex = segRule!.meta.examples.invalid.find((e) => !e.options && !e.references)!;
    demo = await browser.open(url);
    await openDraft(demo.page, ex.text);
    const t0 = Date.now();
    const spans = async () => (await diagnostics(demo.page)).filter((d) => d.rule === segRule!.id).map((d) => d.text);
    await expect.poll(spans, { timeout: 75000, interval: 100 }).toEqual(ex.errors.map((e) => e.span));
    // The dictionary is loaded by now: a change gets its segmentation diagnostics back quickly.
    const first = Date.now() - t0;
    const n = await lintCount(demo.page);
    await caretAt(demo.page, 0);
    await demo.page.keyboard.press("End");
    await demo.page.keyboard.type("。");
    const t1 = Date.now();
    // Two sets of diagnostics follow: the plain rules' at once, then the merge with the worker's answer.
    await lintedAfter(demo.page, n + 1);
    expect(await spans()).toEqual(ex.errors.map((e) => e.span));
    console.log(`segmentation worker: first answer ${first} ms after the draft loaded (dictionary load), then ${Date.now() - t1} ms after a keystroke`);
  }, 120000);

  it("shows user text that looks like HTML as text: no element, no script, no dialog", async () => {
    demo = await browser.open(plain);
    const payload = "<img src=x onerror=alert(1)>";
    await openDraft(demo.page, `一、总体要求\n(一)${payload}指导思想。\n坚持稳中求进,推动"${payload}"落地。`);
    const found = await diagnostics(demo.page);
    // The payload sits inside a flagged span, and a message quotes it back.
    expect(found.some((d) => d.text.includes(payload))).toBe(true);
    await caretAt(demo.page, 0);
    await demo.page.keyboard.press("Control+Shift+KeyM");
    await demo.page.locator(".cm-panel-lint").waitFor();
    await demo.page.locator(".cm-lintRange").first().hover({ position: { x: 2, y: 8 } });
    await demo.page.waitForTimeout(400);
    const html = await demo.page.evaluate(() => ({
      images: document.querySelectorAll("img").length,
      outline: document.getElementById("outline")!.textContent,
      panel: document.querySelector(".cm-panel-lint")!.textContent,
      editor: document.querySelector(".cm-content")!.textContent,
    }));
    expect(html.images).toBe(0);
    expect(html.outline).toContain(payload);
    expect(html.panel).toContain(payload);
    expect(html.editor).toContain(payload);
  });
});
