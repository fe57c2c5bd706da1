// The unit recogniser shared by the unit rules, the house-style rules and the profile builder: finds every unit
// of measurement written after a number, driven by rules/units.json. Only Arabic-digit numbers count (half- or
// full-width, with decimals and thousands separators): `最后一公里` is an idiom, not a distance. A number glued
// to a Latin letter (`PM2.5`, `G20`, `B2B`) is not a quantity. Known limit: `3千吨` (千 as a multiplier) is not
// recognised, because `3千米` must stay a distance.

import data from "../../../rules/units.json" with { type: "json" };
import { mayMatch, prefiltersBypassed } from "../_prefilter.js";

/** How a unit form is written. */
export type UnitFormKind = "name" | "symbol" | "nonLegal" | "badSymbol" | "customary";

/** One written form of a unit, as listed in rules/units.json. */
export interface UnitForm {
  form: string;
  kind: UnitFormKind;
  legal: boolean;
  /** The form to write instead (non-legal names and mis-written symbols). */
  preferred?: string;
  /** Characters after which the form is part of another word. */
  notFollowedBy?: string;
  example: string;
  source?: string;
}

/** A unit of measurement with all its written forms. */
export interface UnitEntry {
  /** The canonical unit: its legal symbol (`km` for 公里/千米/km). */
  id: string;
  family: string;
  /** The Chinese name prose uses by default. */
  name: string;
  source?: string;
  forms: UnitForm[];
}

/** A unit written after a number. Offsets are into the text given to {@link findUnitMentions}. */
export interface UnitMention {
  /** Start of the unit form (after any 万/亿 multiplier). */
  from: number;
  /** End of the unit form. */
  to: number;
  /** The unit as written, without the multiplier. */
  form: string;
  /** The canonical unit (`km`). */
  unitId: string;
  /** The quantity it measures (`length`, `area`, …). */
  family: string;
  kind: UnitFormKind;
  legal: boolean;
  preferred?: string;
  /** Start of the number before it. */
  numberFrom: number;
  /** The multiplier between number and unit (`万`, `亿`, …), or "". */
  multiplier: string;
}

/** Every unit of rules/units.json. */
export const unitTable: readonly UnitEntry[] = (data as { units: UnitEntry[] }).units;

interface FormInfo {
  unit: UnitEntry;
  form: UnitForm;
}

/** The table entry of each written form. */
export const formIndex: ReadonlyMap<string, FormInfo> = new Map(
  unitTable.flatMap((unit) => unit.forms.map((form) => [form.form, { unit, form }] as const)),
);

/** The unit with this id, or undefined. */
export function unitById(id: string): UnitEntry | undefined {
  return unitTable.find((u) => u.id === id);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const ASCII_FORM = /^[\x21-\x7e²³μ·]+$/;

// Longest forms first so that 平方公里 wins over 公里 and 千伏安 over 千伏.
const FORM_ALTERNATION = [...formIndex.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(escapeRegExp)
  .join("|");

// A number starts only at its first digit (the lookbehind also keeps PM2.5, G20 and version numbers out), so that
// a long run such as 0,0,0,… is scanned once. The unit is then tried at the number's end with a sticky regex: two
// simple scans rather than one pattern whose repetition runs into a long alternation. The sticky regex runs only
// where a multiplier or a form can begin: most numbers are followed by 年, 个 or %, and cost no second match.
const NUMBER = /(?<![A-Za-z0-9０-９._,．])[0-9０-９]+(?:[.,．][0-9０-９]+)*/g;
const UNIT_AT = new RegExp(`(百万|千万|万亿|万|亿)?(${FORM_ALTERNATION})`, "y");
const UNIT_START = new Uint8Array(0x10000);
for (const form of [...formIndex.keys(), "百", "千", "万", "亿"]) UNIT_START[form.charCodeAt(0)] = 1;

const AFTER_SYMBOL = /[A-Za-z0-9²³]/;

// Pre-checks: a mention is a digit, an optional multiplier and the written form, side by side. One pattern per form
// kind and per unit id (one regex call per paragraph: on a report most of a pre-check's cost is the call itself).
function formsPattern(key: (info: FormInfo) => string): ReadonlyMap<string, RegExp> {
  const lists = new Map<string, string[]>();
  for (const info of formIndex.values()) lists.set(key(info), [...(lists.get(key(info)) ?? []), escapeRegExp(info.form.form)]);
  return new Map([...lists].map(([k, forms]) => [k, new RegExp(`[0-9０-９](?:百万|千万|万亿|万|亿)?(?:${forms.join("|")})`)]));
}
const FORMS_OF_KIND = formsPattern((info) => info.form.kind);
const FORMS_OF_UNIT = formsPattern((info) => info.unit.id);

/**
 * True when `text` may hold a unit mention whose form is of kind `kind`: a cheap necessary condition for
 * {@link findUnitMentions} returning one, tested before the scan. Always true while pre-checks are bypassed.
 */
export function mayMentionKind(text: string, kind: UnitFormKind): boolean {
  const forms = FORMS_OF_KIND.get(kind);
  return prefiltersBypassed() || (forms !== undefined && forms.test(text));
}

const HAN = /\p{Script=Han}/u;

/**
 * True when `text` is Chinese prose (holds a Han character): there a unit symbol after a number is unit-symbol-in-
 * prose's case, whose advice is the unit's Chinese name, and unit-consistency leaves it alone so that the two rules
 * never advise opposite forms.
 */
export function isProse(text: string): boolean {
  return HAN.test(text);
}

/**
 * Whether a mention is one of the forms a document chooses between, for unit-consistency and style-house-unit: a
 * Chinese name, or a symbol outside prose (`inProse` says whether its paragraph is prose, asked only for symbols).
 * Non-legal and mis-written forms have rules of their own.
 */
export function isChosenForm(m: UnitMention, inProse: () => boolean): boolean {
  return m.kind === "name" || (m.kind === "symbol" && !inProse());
}

/** Like {@link mayMentionKind}, for a mention of the unit `unitId` in any of its forms. */
export function mayMentionUnit(text: string, unitId: string): boolean {
  const forms = FORMS_OF_UNIT.get(unitId);
  return prefiltersBypassed() || (forms !== undefined && forms.test(text));
}

// Any mention at all: most paragraphs of a report hold numbers but no unit after them (元, %, 个, 年).
const ANY_MENTION = new RegExp(`[0-9０-９](?:百万|千万|万亿|万|亿)?(?:${FORM_ALTERNATION})`);

/** Finds every unit written after a number in `text`, in order. */
export function findUnitMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  if (!mayMatch(ANY_MENTION, text)) return out;
  NUMBER.lastIndex = 0;
  let n: RegExpExecArray | null;
  while ((n = NUMBER.exec(text))) {
    const numberFrom = n.index;
    const end = numberFrom + n[0].length;
    if (end >= text.length || UNIT_START[text.charCodeAt(end)] !== 1) continue;
    UNIT_AT.lastIndex = end;
    const m = UNIT_AT.exec(text);
    if (!m) continue;
    const written = m[2]!;
    const info = formIndex.get(written)!;
    const to = m.index + m[0].length;
    const next = text.charAt(to);
    if (ASCII_FORM.test(written)) {
      if (next && AFTER_SYMBOL.test(next)) continue;
    } else if (next && info.form.notFollowedBy && info.form.notFollowedBy.includes(next)) {
      continue;
    }
    const mention: UnitMention = {
      from: to - written.length,
      to,
      form: written,
      unitId: info.unit.id,
      family: info.unit.family,
      kind: info.form.kind,
      legal: info.form.legal,
      numberFrom,
      multiplier: m[1] ?? "",
    };
    if (info.form.preferred !== undefined) mention.preferred = info.form.preferred;
    out.push(mention);
  }
  return out;
}

/** How often the profile saw `form` after a number (0 when never). */
export function profileCount(unitForms: Readonly<Record<string, number>> | undefined, form: string): number {
  const n = unitForms?.[form];
  return typeof n === "number" && n > 0 ? n : 0;
}

/**
 * The Chinese name to write for a unit: among its legal Chinese names, the one the reference profile uses most;
 * the table's default name when the profile uses none.
 */
export function chineseNameFor(unit: UnitEntry, unitForms: Readonly<Record<string, number>> | undefined): string {
  let best = unit.name;
  let bestCount = profileCount(unitForms, unit.name);
  for (const f of unit.forms) {
    if (f.kind !== "name") continue;
    const n = profileCount(unitForms, f.form);
    if (n > bestCount) {
      best = f.form;
      bestCount = n;
    }
  }
  return best;
}
