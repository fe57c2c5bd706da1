// findUnitMentions: the shared unit recogniser (rules/units.json driven).
import { describe, expect, it } from "vitest";
import { findUnitMentions } from "../src/rules/unit/_units.js";

function seen(text: string): [string, string, string][] {
  return findUnitMentions(text).map((m) => [text.slice(m.from, m.to), m.unitId, m.multiplier]);
}

describe("findUnitMentions", () => {
  it("finds Chinese names after a number, without the 万/亿 multiplier", () => {
    expect(seen("改造21.3万平方米，新增装机1000万千瓦，建成500千伏变电站")).toEqual([
      ["平方米", "m2", "万"],
      ["千瓦", "kW", "万"],
      ["千伏", "kV", ""],
    ]);
  });
  it("prefers the longest form: 平方公里 over 公里, 千伏安 over 千伏, 千瓦时 over 千瓦", () => {
    expect(seen("面积80平方公里，容量80万千伏安，发电52亿千瓦时")).toEqual([
      ["平方公里", "km2", ""],
      ["千伏安", "kVA", "万"],
      ["千瓦时", "kWh", "亿"],
    ]);
  });
  it("maps 公里, 千米 and km to one unit id", () => {
    expect(seen("10公里、3千米和5km").map((x) => x[1])).toEqual(["km", "km", "km"]);
  });
  it("recognises symbols with superscripts and slashes", () => {
    expect(seen("浓度32μg/m3，面积5万m²，时速350km/h")).toEqual([
      ["μg/m3", "μg/m3", ""],
      ["m²", "m2", "万"],
      ["km/h", "km/h", ""],
    ]);
  });
  it("returns offsets into the text, also past a character outside the BMP", () => {
    const text = "𠮷村修路12公里";
    const [m] = findUnitMentions(text);
    expect(m).toMatchObject({ from: 7, to: 9, form: "公里", numberFrom: 5 });
  });
  it("ignores numbers glued to Latin letters: PM2.5, G20, B2B", () => {
    expect(seen("PM2.5浓度下降，G20峰会，B2B平台，5G基站")).toEqual([]);
  });
  it("ignores units not after an Arabic number: 最后一公里, 米粮", () => {
    expect(seen("打通最后一公里，数万亩良田，公分制")).toEqual([]);
  });
  it("ignores a symbol running into more letters: 10min, 3mg", () => {
    expect(seen("步行10min可达，含量3mg")).toEqual([]);
  });
  it("respects notFollowedBy: 升至 is a verb, not litres", () => {
    expect(seen("排名由第8位，指数由50升至52，加注50升。")).toEqual([["升", "L", ""]]);
  });
  it("marks non-legal names and mis-cased symbols with their replacement", () => {
    const found = findUnitMentions("12KM，21.3万平米");
    expect(found.map((m) => [m.form, m.kind, m.preferred])).toEqual([
      ["KM", "badSymbol", "km"],
      ["平米", "nonLegal", "平方米"],
    ]);
  });
  it("recognises full-width digits and thousands separators", () => {
    expect(seen("１２公里，1,200亩")).toEqual([
      ["公里", "km", ""],
      ["亩", "mu", ""],
    ]);
  });
});
