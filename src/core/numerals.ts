// Chinese numerals as used in ordinals (一 … 九十九) and their values.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Characters that may make up an ordinal Chinese numeral (一 … 九十九). */
export const CHINESE_ORDINAL_CHARS = "一二三四五六七八九十";

/** The value of a Chinese ordinal numeral from 一 to 九十九, or null when it is not one. */
export function chineseNumeralValue(numeral: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(numeral)) return null;
  const ten = numeral.indexOf("十");
  if (ten < 0) return numeral.length === 1 ? DIGITS[numeral]! : null;
  if (numeral.indexOf("十", ten + 1) >= 0) return null;
  const before = numeral.slice(0, ten);
  const after = numeral.slice(ten + 1);
  if (before.length > 1 || after.length > 1) return null;
  const tens = before ? DIGITS[before]! : 1;
  const units = after ? DIGITS[after]! : 0;
  if (tens < 1 || (before && tens === 1)) return null; // 一十 is not written in ordinals
  return tens * 10 + units;
}

/** The Chinese ordinal numeral for 1–99. */
export function toChineseNumeral(value: number): string {
  const names = "〇一二三四五六七八九";
  if (value < 1 || value > 99 || !Number.isInteger(value)) throw new RangeError(`ordinal out of range: ${value}`);
  if (value < 10) return names[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return (tens === 1 ? "" : names[tens]!) + "十" + (units ? names[units]! : "");
}
