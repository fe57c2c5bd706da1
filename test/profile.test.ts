// The style profile: what it learns from the bundled report, that the shipped profile.json is current, how profiles
// merge, and that a reference which is not Chinese text is refused with a message naming it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProfile, defaultProfile, mergeProfiles, profileCount, type LearnedProfile } from "../src/core/profile.js";
import { lint } from "../src/core/engine.js";
import { loadSegmenter, type CachingSegmenter } from "../src/segment/index.js";

const root = join(import.meta.dirname, "..");
const reference = readFileSync(join(root, "rules", "corpus", "reference-report.txt"), "utf8");
const shipped = readFileSync(join(root, "rules", "corpus", "profile.json"), "utf8");
let segmenter: CachingSegmenter;
beforeAll(async () => {
  segmenter = await loadSegmenter();
}, 60000);

describe("prebuilt profile", () => {
  it("is what buildProfile makes of the bundled report (run scripts/build-profile.js when this fails)", () => {
    const built = buildProfile([reference], segmenter, ["参考范文"]);
    expect(JSON.stringify(built) + "\n").toBe(shipped);
    expect(defaultProfile).toEqual(built);
  });
  it("stays small enough for the core bundle", () => {
    expect(shipped.length).toBeLessThan(8000);
  });
});

describe("buildProfile on the bundled report", () => {
  let p: LearnedProfile;
  beforeAll(() => {
    p = buildProfile([reference], segmenter);
  });
  it("counts unit forms as written, 公里 and 亩 among them", () => {
    expect(p.unitForms["公里"]).toBe(2);
    expect(p.unitForms["亩"]).toBe(5);
    expect(p.unitForms["千米"]).toBeUndefined();
  });
  it("counts curly quotes and no straight ones", () => {
    expect(p.quoteMarks).toEqual({ "“”": 25, '"': 0 });
  });
  it("learns level-2 headings: （一） markers, two clauses, second clause 8 characters", () => {
    expect(p.markerForms["2"]).toEqual({ "（一）": 5 });
    expect(p.headingShapes["2"]!.clauseCounts).toEqual({ "2": 5 });
    expect(Object.keys(p.headingShapes["2"]!.shapes).every((s) => s.endsWith("+8"))).toBe(true);
  });
  it("finds the sixteen topic sentences, 8 or 10 characters long", () => {
    expect(p.topicSentences.count).toBe(16);
    expect(p.topicSentences.lengths).toEqual({ "8": 13, "10": 3 });
  });
  it("learns the corpus idioms and the modifiers written before verbs", () => {
    expect(p.phrases["蹄疾步稳"]).toBe(1);
    expect(p.phrases["日臻完善"]).toBe(1);
    expect(p.modifiers["不断"]).toBe(2);
    expect(p.modifiers["稳步"]).toBe(2);
    expect(p.contentWords["创新"]).toBeGreaterThan(5);
  });
  it("leaves the segmentation parts empty without a segmenter", () => {
    const plain = buildProfile([reference]);
    expect(plain.phrases).toEqual({});
    expect(plain.modifiers).toEqual({});
    expect(plain.contentWords).toEqual({});
    expect(plain.topicSentences.patterns).toEqual({});
    expect(plain.topicSentences.count).toBe(16);
    expect(plain.unitForms).toEqual(p.unitForms);
  });
  it("does not count year spans as ranges, but counts numeric ranges by mark", () => {
    const q = buildProfile(["“十四五”（2021—2025年）期间，增长5%～8%，气温10~15度，面积3—5万平方米。"]);
    expect(q.rangeMarks).toEqual({ "～": 1, "~": 1, "—": 1, "-": 0 });
  });
});

describe("buildProfile refuses what is not a Chinese reference", () => {
  it.each([
    ["an empty text", ""],
    ["whitespace", " \n\t "],
    ["binary garbage", "\u0000\u0001PK\u0003\u0004\u0000\u0000"],
    ["English text", "The quick brown fox jumps over the lazy dog again and again."],
  ])("names the reference when it is %s", (_label, bad) => {
    expect(() => buildProfile(["创新空间不断拓展。", bad])).toThrow("参考文档 2 为空或不是中文文本");
  });
  it("passes the message through lint()", () => {
    expect(() => lint("正文。", { references: [""] })).toThrow("参考文档 1 为空或不是中文文本");
  });
});

describe("mergeProfiles", () => {
  it("adds counts field by field and level by level", () => {
    const a = buildProfile(["（一）全面启动科技城建设，创新能力持续增强\n道路10公里。"]);
    const b = buildProfile(["（一）深入实施重点领域改革，发展活力有效释放\n道路12千米，管廊3公里。"]);
    const m = mergeProfiles(a, b) as LearnedProfile;
    expect(m.sources).toEqual(["参考文档1", "参考文档1"]);
    expect(m.unitForms).toEqual({ 公里: 2, 千米: 1 });
    expect(m.headingShapes["2"]!.count).toBe(2);
    expect(m.headingShapes["2"]!.shapes).toEqual({ "10+8": 1, "9+8": 1 });
    expect(m.charCount).toBe(a.charCount + b.charCount);
    expect(profileCount(m, "unitForms", "公里")).toBe(2);
    expect(profileCount(m, "unitForms", "米")).toBe(0);
  });
  it("merges a user reference into the bundled profile in lint()", () => {
    const merged = mergeProfiles(defaultProfile, buildProfile(["道路12千米。"]));
    expect(profileCount(merged, "unitForms", "公里")).toBe(2);
    expect(profileCount(merged, "unitForms", "千米")).toBe(1);
  });
});
