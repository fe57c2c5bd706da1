// Behaviour of the number family beyond the per-rule examples: numeral conversion, silence on real official
// features, cooperation with the punctuation rules' fixes. (Cost: `npm run bench`, test/scaling.test.ts, and the
// re-lint count in test/document-reuse.test.ts.)
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/core/engine.js";
import { fixAll } from "../src/core/fix.js";
import { allRules } from "../src/rules/index.js";
import { chineseCardinalToArabic, shiftDecimal } from "../src/rules/number/_numbers.js";
import type { LintOptions } from "../src/core/types.js";

function families(...names: string[]): LintOptions {
  const rules: LintOptions["rules"] = {};
  for (const r of allRules) if (!names.includes(r.meta.family)) rules[r.id] = "off";
  return { rules };
}

describe("chineseCardinalToArabic", () => {
  it.each([
    ["五", "5"], ["十", "10"], ["十二", "12"], ["三十五", "35"], ["一百二十", "120"], ["一百零五", "105"],
    ["两千", "2000"], ["三千零五十", "3050"], ["六点五", "6.5"], ["零点五", "0.5"], ["三十五亿", "35亿"],
    ["一百二十万", "120万"], ["两万亿", "2万亿"],
  ])("reads %s as %s", (numeral, arabic) => {
    expect(chineseCardinalToArabic(numeral)).toBe(arabic);
  });
  it.each(["三四", "十几", "五六十", "点五", "三万点五", "百", "一十十"])("refuses %s", (numeral) => {
    expect(chineseCardinalToArabic(numeral)).toBeNull();
  });
});

describe("shiftDecimal", () => {
  it.each([
    ["4", 3, "4000"], ["4.5", 3, "4500"], ["1.25", 2, "125"], ["0.5", 3, "500"], ["1.2345", 3, "1234.5"],
  ] as const)("shifts %s by %i places to %s", (num, places, out) => {
    expect(shiftDecimal(num, places)).toBe(out);
  });
});

describe("the number and unit families on real official features", () => {
  const linter = createLinter(families("number", "unit"));
  it.each([
    "“11.11”购物节带动消费增长。",
    "根据嘉府办发〔2024〕23号文件要求。",
    "R&D经费投入强度达到2.5%。",
    "1-5月累计完成投资，10~11月集中开工。",
    "PM2.5平均浓度下降6.1%，B2B出口和5G基站建设加快，G20峰会成果落实。",
    "优化营商环境“4+1”系列文件3.0版发布实施。",
    "一般公共预算收入1,595.97亿元。",
    "“十四五”规划目标任务全面完成，一是稳增长，二是促改革。",
    "（2021—2025年）",
    "近10年来，5年来累计完成投资，10年以来首次。",
    "第十一届全国人大一次会议",
    "总量达到5114家、占全市三分之一，排名进入全国前五。",
    "来源：正观新闻 2023-01-09 09:36:55",
    "新增高层次人才362人、同比增长42%。",
    "创建国家4A级旅游景区2个，建成10万吨级码头，新增百万千瓦级电源。",
    "构建“1+N”政策体系，“6+1”产业集群加快成长，数字政府2.0版上线。",
    "人均地区生产总值突破1万美元，1:1配套资金到位，12345热线办结率99%。",
    "改革开放30年初见成效，连续12年度考核优秀，用了10年初步建成。",
    "迈上两千亿元台阶，打造百亿元级产业集群，打通最后一公里。",
    "指标一升一降，指数由50升至52，排名上升3位。",
    "步行10min可达，响应时间100ms以内。",
    "2024年1—11月，规上工业增加值增长7.2%，第三季度增长0.5个百分点。",
  ])("stays silent on %s", (text) => {
    expect(linter.lint(text).map((d) => [d.ruleId, text.slice(d.from, d.to)])).toEqual([]);
  });
});

describe("fixes alongside the punctuation family", () => {
  const linter = createLinter(families("number", "unit", "punctuation"));
  it("turns .46 into 0.46, not 。46", () => {
    expect(fixAll("基尼系数为.46。", (t) => linter.lint(t)).output).toBe("基尼系数为0.46。");
  });
  it("completes a range's unit without breaking its mark", () => {
    const out = fixAll("每户补助2-3万元。", (t) => linter.lint(t)).output;
    expect(out).toMatch(/^每户补助2万.3万元。$/);
  });
  it("fixes a full-width date in two settled passes", () => {
    const result = fixAll("２０２４年０１月０５日印发。", (t) => linter.lint(t));
    expect(result.output).toBe("2024年1月5日印发。");
    expect(result.passes.length).toBeLessThanOrEqual(3);
  });
});
