// unit-consistency: one written form per unit in one document. When 公里, 千米 and km (or 千伏 and kV, 千克 and
// 公斤, m² and m2…) are mixed, each minority form is flagged with the counts and fixed to the majority form.
// Basis: editorial practice (GB 3100 allows both the name and its 俗称; a document picks one), hence warning.
// Tie-break: the form the reference profile uses most, then a Chinese name over a symbol, then the table's default
// name, then the form met first. Non-legal and mis-written forms are left to unit-non-legal and unit-symbol-case,
// and a symbol in Chinese prose to unit-symbol-in-prose (its advice is the Chinese name: counting `10km` here could
// advise “统一为km” on a 公里 that rule would keep). Symbols count where a paragraph has no Han character (a table).
// Known limit: units inside quotations and titles count like any other. Options: none.

import type { Rule, StyleProfile } from "../../core/types.js";
import { findUnitMentions, formIndex, isChosenForm, isProse, profileCount, unitById, type UnitMention } from "./_units.js";

interface FormTally {
  form: string;
  count: number;
  first: number;
  mentions: { from: number; to: number }[];
}

function chooseTarget(unitId: string, tallies: FormTally[], profile: StyleProfile): { target: FormTally; byProfile: boolean } {
  const unit = unitById(unitId);
  const rank = (t: FormTally): number[] => [
    t.count,
    profileCount(profile.unitForms, t.form),
    formIndex.get(t.form)?.form.kind === "name" ? 1 : 0,
    unit?.name === t.form ? 1 : 0,
    -t.first,
  ];
  const sorted = [...tallies].sort((a, b) => {
    const ra = rank(a), rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i]! - ra[i]!;
    return 0;
  });
  const target = sorted[0]!;
  const second = sorted[1]!;
  const byProfile = target.count === second.count && profileCount(profile.unitForms, target.form) > profileCount(profile.unitForms, second.form);
  return { target, byProfile };
}

/**
 * The unit mentions a line holds, in order, and whether it is prose, as a paragraph key (what unit-consistency and
 * style-house-unit read).
 */
export function unitMentionKey(text: string): string {
  let key = isProse(text) ? "p;" : ";";
  for (const m of findUnitMentions(text)) key += `${m.unitId},${m.kind},${m.form};`;
  return key;
}

export const rule: Rule = {
  id: "unit-consistency",
  meta: {
    family: "unit",
    description: "同一文档中同一计量单位应统一写法（公里/千米/km、千伏/kV）",
    basis: "编辑惯例",
    defaultSeverity: "warning",
    fixable: true,
    scope: "document",
    messages: {
      mixed: "同一单位写法不一，宜统一为“{target}”（本文：{counts}）",
    },
    examples: {
      valid: [
        "新建农村公路350公里。\n改造管网12公里。",
        "建成500千伏变电站1座。\n新建66千伏线路20公里。",
        "新建绿道3千米，打通服务群众最后一公里。\n改造管网12千米。",
        "规划面积80平方公里。\n新建绿道3千米。",
        // Symbols in prose are unit-symbol-in-prose's (it advises 公里 for each km); counted here they would make km
        // the majority and advise the opposite.
        "新建农村公路10km，改造管网5km。\n新建绿道3公里。",
      ],
      invalid: [
        {
          text: "新建农村公路350公里，改造管网12公里。\n新建绿道3千米。",
          output: "新建农村公路350公里，改造管网12公里。\n新建绿道3公里。",
          errors: [{ messageId: "mixed", span: "千米" }],
        },
        {
          // A table row without Han characters is not prose: its symbol counts, and a tie goes to the Chinese name.
          text: "建成500千伏变电站2座。\n| 220kV | 35 |",
          output: "建成500千伏变电站2座。\n| 220千伏 | 35 |",
          errors: [{ messageId: "mixed", span: "kV" }],
        },
        {
          text: "亩产达到650公斤。\n水稻亩产600千克，玉米亩产700千克。",
          output: "亩产达到650千克。\n水稻亩产600千克，玉米亩产700千克。",
          errors: [{ messageId: "mixed", span: "公斤" }],
        },
      ],
    },
  },
  paragraphKey: unitMentionKey,
  check(ctx) {
    const byUnit = new Map<string, Map<string, FormTally>>();
    let mixed = false;
    // Indexed loops over every paragraph: for-of allocates a result per step until V8 optimises the check.
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.text.length === 0) continue;
      const mentions = ctx.shared(p, findUnitMentions) as UnitMention[];
      if (mentions.length === 0) continue;
      let prose: boolean | undefined;
      const inProse = () => (prose ??= isProse(p.text));
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (!isChosenForm(m, inProse)) continue;
        let forms = byUnit.get(m.unitId);
        if (!forms) byUnit.set(m.unitId, (forms = new Map()));
        let t = forms.get(m.form);
        if (!t) forms.set(m.form, (t = { form: m.form, count: 0, first: p.from + m.from, mentions: [] }));
        t.count++;
        if (forms.size > 1) mixed = true;
      }
    }
    if (!mixed) return;
    // Spans are collected only for the units written two ways (a keystroke re-reads the cached mentions).
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.text.length === 0) continue;
      const mentions = ctx.shared(p, findUnitMentions) as UnitMention[];
      if (mentions.length === 0) continue;
      let prose: boolean | undefined;
      const inProse = () => (prose ??= isProse(p.text));
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (!isChosenForm(m, inProse)) continue;
        const forms = byUnit.get(m.unitId)!;
        if (forms.size > 1) forms.get(m.form)!.mentions.push({ from: p.from + m.from, to: p.from + m.to });
      }
    }
    for (const [unitId, forms] of byUnit) {
      if (forms.size < 2) continue;
      const tallies = [...forms.values()];
      const { target, byProfile } = chooseTarget(unitId, tallies, ctx.profile);
      const counts = [...tallies]
        .sort((a, b) => b.count - a.count || a.first - b.first)
        .map((t) => `${t.form} ${t.count} 次`)
        .join("，");
      const basis = byProfile
        ? `参考范文：${tallies.map((t) => `${t.form} ${profileCount(ctx.profile.unitForms, t.form)} 次`).join("，")}`
        : undefined;
      for (const t of tallies) {
        if (t === target) continue;
        for (const span of t.mentions) {
          ctx.report({
            ...span,
            messageId: "mixed",
            data: { form: t.form, target: target.form, counts },
            fixes: [{ title: `改为“${target.form}”`, edits: [{ ...span, insert: target.form }] }],
            ...(basis ? { basis } : {}),
          });
        }
      }
    }
  },
};
