// wording-first-mention: a short form such as 十九大 or 二十大 needs its full form earlier in the document
// (党的十九大, 中国共产党第十九次全国代表大会); `十八大以来` → `党的十八大以来`. Short and full forms are data
// (rules/first-mention.json).
// Basis: editorial practice (the first mention is written in full, the short form follows).
// Options: none. Severity: info.
// Known limits: 党的 governs a list (`党的十八大、十九大`), so each member counts as written in full; a short form
// counts as the congress only when followed by a word from the data's `follow` list (精神, 以来, 报告, 胜利…), so
// counts such as 二十大类 stay silent. One diagnostic per short form: the first unintroduced mention.

import data from "../../../rules/first-mention.json" with { type: "json" };
import type { Rule } from "../../core/types.js";
import { literalAlternation } from "./_context.js";

interface FirstMentionEntry {
  short: string;
  full: string[];
  example: { wrong: string; right: string };
  counterExample: string[];
  source: string;
}

const table = data as { follow: string[]; entries: FirstMentionEntry[] };
const entryByShort = new Map(table.entries.map((e) => [e.short, e]));
const shortByFull = new Map(table.entries.flatMap((e) => e.full.map((f) => [f, e.short] as const)));
const FORMS = literalAlternation([...entryByShort.keys(), ...shortByFull.keys()]);
// A character every form contains (大 in today's data), if any: a paragraph without it holds no mention.
const EVERY_FORM_HAS = [...(table.entries[0]?.short ?? "")].find((c) => table.entries.every((e) => e.short.includes(c) && e.full.every((f) => f.includes(c))));
const NO_MENTIONS: readonly { from: number; form: string; fullOf?: string }[] = Object.freeze([]);
const NUMERAL_BEFORE = /[〇零一二三四五六七八九十百千两第0-9]/;
const LIST_JOINERS = new Set(["、", "和", "及", "与", "以及"]);

export const rule: Rule = {
  id: "wording-first-mention",
  meta: {
    family: "wording",
    description: "简称首次出现前应有全称（如“党的二十大”）",
    basis: "编辑惯例（首次出现用全称，其后可用简称）",
    defaultSeverity: "info",
    fixable: true,
    scope: "document",
    messages: {
      firstMention: "首次出现应写全称“{full}”（或“{official}”），其后可用简称",
    },
    examples: {
      valid: [
        "深入学习贯彻党的二十大精神。迎接党的二十大暨宣传贯彻二十大精神。",
        "深入贯彻党的十八大、十九大和十九届历次全会精神。",
        "中国共产党第二十次全国代表大会胜利召开。\n二十大擘画了宏伟蓝图。",
        "全年实施二十大类重点项目。",
      ],
      invalid: [
        {
          text: "十八大以来，全县经济社会发展取得历史性成就。",
          output: "党的十八大以来，全县经济社会发展取得历史性成就。",
          errors: [{ messageId: "firstMention", span: "十八大" }],
        },
        {
          text: "认真学习宣传贯彻二十大精神。\n党的二十大报告指出，二十大精神要落到实处。",
          output: "认真学习宣传贯彻党的二十大精神。\n党的二十大报告指出，二十大精神要落到实处。",
          errors: [{ messageId: "firstMention", span: "二十大" }],
        },
        {
          text: "全面贯彻十九大、二十大精神。",
          output: "全面贯彻党的十九大、二十大精神。",
          errors: [{ messageId: "firstMention", span: "十九大" }],
        },
      ],
    },
  },
  // Reads each line's mentions, and what stands between a mention and the one before it when that is a list joiner's
  // length or less (`党的十九大、二十大`).
  paragraphKey(text) {
    let key = "";
    let prevEnd = -Infinity;
    for (const m of scanMentions(text)) {
      const gap = m.from - prevEnd;
      key += `${m.form},${m.fullOf ?? ""},${gap <= 2 ? text.slice(prevEnd, m.from) : "-"};`;
      prevEnd = m.from + m.form.length;
    }
    return key;
  },
  check(ctx) {
    const text = ctx.text;
    const introduced = new Set<string>();
    // End of the last congress mention that 党的 governs (or that a fix will make governed); -1 when none.
    let chainEnd = -1;
    // Indexed loops over every paragraph: for-of allocates a result per step until V8 optimises the check.
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.text.length === 0) continue;
      const hits = ctx.memo("mentions", p, scanMentions);
      for (let i = 0; i < hits.length; i++) {
        const hit = hits[i]!;
        const from = p.from + hit.from;
        const to = from + hit.form.length;
        if (hit.fullOf !== undefined) {
          introduced.add(hit.fullOf);
          chainEnd = to;
          continue;
        }
        const chained = chainEnd >= 0 && from - chainEnd <= 2 && LIST_JOINERS.has(text.slice(chainEnd, from));
        if (!chained && !introduced.has(hit.form)) {
          const entry = entryByShort.get(hit.form)!;
          ctx.report({
            from,
            to,
            messageId: "firstMention",
            data: { full: entry.full[0]!, official: entry.full[1] ?? entry.full[0]! },
            fixes: [{ title: `改为“${entry.full[0]!}”`, edits: [{ from, to: from, insert: "党的" }] }],
          });
        }
        introduced.add(hit.form);
        chainEnd = to;
      }
    }
  },
};

/**
 * A paragraph's full forms and its short forms that refer to a congress (offsets relative to the paragraph). No form,
 * follow word or joiner spans a line break, so scanning line by line finds what a scan of the whole text finds.
 */
function scanMentions(text: string): readonly { from: number; form: string; fullOf?: string }[] {
  if (EVERY_FORM_HAS !== undefined && !text.includes(EVERY_FORM_HAS)) return NO_MENTIONS;
  const out: { from: number; form: string; fullOf?: string }[] = [];
  FORMS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FORMS.exec(text))) {
    const from = m.index;
    const fullOf = shortByFull.get(m[0]);
    if (fullOf !== undefined) {
      out.push({ from, form: m[0], fullOf });
      continue;
    }
    if (from > 0 && NUMERAL_BEFORE.test(text[from - 1]!)) continue;
    if (!isCongressReference(text, from + m[0].length)) continue;
    out.push({ from, form: m[0] });
  }
  return out;
}

function isCongressReference(text: string, to: number): boolean {
  if (to >= text.length) return true;
  const c = text[to]!;
  if (c === "\n" || c === "\r") return true;
  return table.follow.some((w) => text.startsWith(w, to));
}
