// Money amounts on what they measure: "a $6bn loan" -> loan amount 6000000000 USD; "the $11bn fraud" -> fraud amount.
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate, LiteralArgument } from './candidate.js';
import { argumentFor } from './arguments.js';
import { contextOf, type DocumentContext } from './context.js';
import { boundOf, findMoney } from './quantities.js';
import { lower, type SentenceView } from './sentence-view.js';
import { FIRM_MEASURES, linkBefore } from './business/measures.js';
import { asClaim } from './business/claims.js';
import { articleFrames } from './events.js';
import type { SpeechFrame } from './speech.js';

export const NAME = 'money';

function sentenceMoney(ctx: DocumentContext, v: SentenceView, frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  const text = v.analysis.document.text;
  const sentText = text.slice(v.sentence.start, v.sentence.end);
  let lastEnd = -10;
  for (const m of findMoney(sentText)) {
    const start = v.sentence.start + m.index, end = start + m.length;
    const at = v.tokens.findIndex((t) => t.start >= start);
    // the row giving `subject` this amount, as a claim where it stands in someone's reported words
    const row = (subject: Argument, confidence: number): Candidate => {
      const object: LiteralArgument = { kind: 'literal', value: m.value, datatype: 'decimal', unit: m.currency, bound: boundOf(text.slice(v.sentence.start, start)), text: text.slice(start, end) };
      return asClaim({ subject, predicate: 'amount', predicateLabel: 'amount', object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence }, frames, at);
    };
    // "$11bn (£5.7bn)": the converted amount in brackets repeats the first
    const between = text.slice(lastEnd, start);
    lastEnd = end;
    if (/^\s*\(\s*$/.test(between)) continue;
    // "lent Russia $6bn": the amount of the verb's event (a loan, a purchase)
    const inside = v.tokens.findIndex((t) => t.start >= start && t.end <= end && (t.head < 0 || v.tokens[t.head]!.start < start || v.tokens[t.head]!.end > end));
    if (v.parsed && inside >= 0 && ['obj', 'obl'].includes(v.tokens[inside]!.dep)) {
      const ev = ctx.book.at(v.sentence.index, v.tokens[inside]!.head);
      if (ev) {
        out.push(row(ev.arg, 0.7));
        continue;
      }
    }
    // "a loan of $6bn", "a fine of nearly £2m": the amount of the noun before "of", as of "a $6bn loan"
    const noun = ofNoun(v, at);
    if (noun !== undefined) {
      const subject = argumentFor(ctx, v, noun);
      if (subject && (subject.kind === 'concept' || subject.kind === 'event') && !(subject.kind === 'concept' && subject.end > start)) {
        out.push(row(subject, subject.kind === 'event' ? 0.7 : 0.6));
        continue;
      }
    }
    let k = v.tokens.findIndex((t) => t.start >= end);
    if (k < 0) continue;
    // skip a bracketed conversion and adjectives: "$11bn (£5.7bn) accounting fraud"
    if (v.tokens[k]!.text === '(') {
      while (k < v.tokens.length && v.tokens[k]!.text !== ')') k++;
      k++;
    }
    let head = -1;
    for (let j = k; j < Math.min(v.tokens.length, k + 4); j++) {
      const u = v.tokens[j]!.upos;
      if (u === 'NOUN') head = j;
      else if (u === 'ADJ' || u === 'PROPN' && head < 0 || v.tokens[j]!.text === '-') continue;
      else break;
      if (head >= 0 && !(j + 1 < v.tokens.length && v.tokens[j + 1]!.upos === 'NOUN')) break;
    }
    // "£2m worth of damage": the amount is the damage's
    if (head >= 0 && lower(v.tokens[head]!) === 'worth' && lower(v.tokens[head + 1] ?? v.tokens[head]!) === 'of') {
      let j = head + 2, noun = -1;
      for (; j < Math.min(v.tokens.length, head + 6); j++) {
        const u = v.tokens[j]!.upos;
        if (u === 'NOUN') noun = j;
        else if (u !== 'ADJ' || noun >= 0) break;
      }
      if (noun >= 0) { k = head + 2; head = noun; }
    }
    if (head < 0) continue;
    let subject = argumentFor(ctx, v, head);
    // the head's phrase holds the amount itself ("Britain's £3bn EU rebate" parsed as one phrase): what follows it
    // (or, the amount being a modifier of the head, the phrase with the amount in it: its words after the amount)
    if (subject?.kind === 'literal' && subject.datatype === 'decimal' && subject.unit || subject?.kind === 'concept' && subject.start <= start && subject.end >= end) {
      const from = v.tokens[k]!.start, to = v.tokens[head]!.end;
      const label = text.slice(from, to);
      subject = { kind: 'concept', text: label, start: from, end: to, label };
    }
    if (!subject || subject.kind === 'literal') continue;
    out.push(row(subject, subject.kind === 'event' ? 0.75 : 0.6));
  }
  return out;
}

/**
 * Nouns whose "of" phrase gives no amount of theirs: a quantity's own words ("a total of $4m", "a third of"), and a firm's
 * measures, whose amount the business rules put on the firm ("Acme's sales of $5bn" -> Acme | sales).
 */
const NOT_PRICED = new Set(['total', 'sum', 'amount', 'figure', 'level', 'record', 'maximum', 'minimum', 'average', 'excess',
  'part', 'half', 'third', 'quarter', 'share', 'tune', 'worth', 'region', 'upwards', 'most', 'rest', 'cost', 'costs', ...FIRM_MEASURES]);

/**
 * The noun before "of" and the bound of the amount whose first token is `first` ("a loan of nearly $6bn"): the token of
 * "loan", or undefined.
 */
function ofNoun(v: SentenceView, first: number): number | undefined {
  if (first < 1) return undefined;
  const j = linkBefore(v, first);
  const n = j - 1;
  if (j < 1 || lower(v.tokens[j]!) !== 'of' || v.tokens[n]!.upos !== 'NOUN' || NOT_PRICED.has(lower(v.tokens[n]!))) return undefined;
  return n;
}

// (an amount inside someone's reported words is their claim, as the relations' and the events' rows are)
export function money(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const frames = articleFrames(ctx);
  return ctx.views.flatMap((v, i) => sentenceMoney(ctx, v, frames[i]!));
}
