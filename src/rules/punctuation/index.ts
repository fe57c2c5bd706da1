// The punctuation family: every rule of src/rules/punctuation/, in the order they appear in the rule table.
import type { Rule } from "../../core/types.js";
import { rule as punctuationWidth } from "./punctuation-width.js";
import { rule as quoteStyle } from "./quote-style.js";
import { rule as bracketBalance } from "./bracket-balance.js";
import { rule as doubledPunctuation } from "./doubled-punctuation.js";
import { rule as ellipsis } from "./ellipsis.js";
import { rule as dash } from "./dash.js";
import { rule as numberRangeDash } from "./number-range-dash.js";
import { rule as approximateNumberDunhao } from "./approximate-number-dunhao.js";
import { rule as spacesInChinese } from "./spaces-in-chinese.js";
import { rule as quotedItemsDunhao } from "./quoted-items-dunhao.js";
import { rule as bookTitleMisuse } from "./book-title-misuse.js";
import { rule as standardNumberDash } from "./standard-number-dash.js";

export const punctuationRules: readonly Rule[] = [
  punctuationWidth,
  quoteStyle,
  bracketBalance,
  doubledPunctuation,
  ellipsis,
  dash,
  numberRangeDash,
  approximateNumberDunhao,
  spacesInChinese,
  quotedItemsDunhao,
  bookTitleMisuse,
  standardNumberDash,
];
