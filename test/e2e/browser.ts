// Drives Debian's chromium with playwright-core, as /work/shared/BROWSER-TESTS.md describes: a fresh profile per run,
// headless flags, no downloads. Collects console errors, page errors, dialogs and every request leaving 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ARTIFACTS = fileURLToPath(new URL("../../.artifacts/", import.meta.url));

export interface Demo {
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Messages of dialogs that opened (alert, confirm…): there must be none. */
  dialogs: string[];
  /** Requests to anywhere but the preview server. */
  outside: string[];
}

export interface Browser {
  open(url: string): Promise<Demo>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "gongwen-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    async open(url: string): Promise<Demo> {
      const page = await context.newPage();
      const demo: Demo = { page, errors: [], dialogs: [], outside: [] };
      const origin = new URL(url).origin;
      page.on("console", (m) => {
        if (m.type() === "error") demo.errors.push(m.text());
      });
      page.on("pageerror", (e) => demo.errors.push(String(e)));
      page.on("dialog", (d) => {
        demo.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("request", (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) demo.outside.push(u);
      });
      await page.goto(url);
      await page.waitForSelector(".cm-content");
      return demo;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The editor's text. */
export function docText(page: Page): Promise<string> {
  return page.evaluate(() => window.gongwenDemo.view.state.doc.toString());
}

/** The active diagnostics: rule id, severity and the flagged text. */
export function diagnostics(page: Page): Promise<{ rule: string; severity: string; text: string; from: number; to: number }[]> {
  return page.evaluate(() => {
    const { view, diagnostics } = window.gongwenDemo;
    return diagnostics().map((d) => ({ rule: d.source ?? "", severity: d.severity, text: view.state.sliceDoc(d.from, d.to), from: d.from, to: d.to }));
  });
}

/** Waits until the linter has answered for the current document (a new set of diagnostics after `since`). */
export async function lintedAfter(page: Page, since: number): Promise<number> {
  await page.waitForFunction((n) => window.gongwenDemo.metrics.lintUpdates > n, since, { timeout: 20000 });
  return page.evaluate(() => window.gongwenDemo.metrics.lintUpdates);
}

export function lintCount(page: Page): Promise<number> {
  return page.evaluate(() => window.gongwenDemo.metrics.lintUpdates);
}

/** Replaces the document through the page's "打开稿件" file input, as a user would. */
export async function openDraft(page: Page, text: string, name = "draft.txt"): Promise<void> {
  await page.setInputFiles("#open-draft", { name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  // Wait for diagnostics of THIS document: counting updates alone races with the page's first lint of the sample.
  await page.waitForFunction(
    (t) => {
      const demo = window.gongwenDemo;
      return demo.view.state.doc.toString() === t && demo.metrics.lintedDoc === demo.view.state.doc;
    },
    text,
    { timeout: 20000 },
  );
}

/** Focuses the editor, then puts the caret at `pos` (focusing can move the caret to 0). */
export async function caretAt(page: Page, pos: number): Promise<void> {
  await page.click(".cm-content");
  await page.evaluate((p) => {
    const { view } = window.gongwenDemo;
    view.focus();
    view.dispatch({ selection: { anchor: p }, scrollIntoView: true });
  }, pos);
}
// window.gongwenDemo is declared in examples/main.ts.
