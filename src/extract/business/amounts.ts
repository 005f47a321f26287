// The money amounts of a sentence as token spans: "$", "11" and "bn" are three tokens of one amount, which the business
// rules read by its first and last token. A converted amount in brackets after another ("$11bn (£5.7bn)") repeats it.
import type { LiteralArgument } from '../candidate.js';
import { boundOf, findMoney } from '../quantities.js';
import type { SentenceView } from '../sentence-view.js';

export interface AmountSpan {
  /** First and last token of the amount ("$" and "bn" of "$11bn"). */
  first: number;
  last: number;
  literal: LiteralArgument;
}

/** The amounts of a sentence in order, bracketed conversions left out; bounds read from the words before ("up to"). */
export function amountsIn(v: SentenceView): AmountSpan[] {
  const text = v.analysis.document.text;
  const sentText = text.slice(v.sentence.start, v.sentence.end);
  const out: AmountSpan[] = [];
  let lastEnd = -10;
  for (const m of findMoney(sentText)) {
    const start = v.sentence.start + m.index, end = start + m.length;
    const between = text.slice(lastEnd, start);
    lastEnd = end;
    if (/^\s*[(:;]\s*$/.test(between)) continue;
    let first = -1, last = -1;
    v.tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    const before = text.slice(v.sentence.start, start);
    out.push({ first, last, literal: { kind: 'literal', value: m.value, datatype: 'decimal', unit: m.currency, bound: boundOf(before), text: text.slice(start, end) } });
  }
  return out;
}
