// What an amount after "worth" is the worth of: "a deal worth $4bn" -> deal | amount | 4000000000 USD; "the market was
// worth $20m" -> market | amount. The parser takes "worth" for an adjective, an adverb or a preposition, and hangs the
// amount on the verb ("signed a deal worth $4bn" read as signing $4bn): the rule reads the words, and the parse only for
// the subject of "was worth". (An amount before "worth", "$2m worth of damage", is the money extractor's.)
import type { Candidate } from '../candidate.js';
import { argumentFor, conceptArgument, isPronoun, type Context } from '../arguments.js';
import { kids, lower, type SentenceView } from '../sentence-view.js';
import { BE_WORDS } from '../predicates/lexicon.js';
import type { SpeechFrame } from '../speech.js';
import type { AmountSpan } from './amounts.js';
import { asClaim } from './claims.js';
import { linkBefore, NAME } from './measures.js';

/** The worth rows of one sentence (see the header). */
export function sentenceWorth(ctx: Context, v: SentenceView, amounts: AmountSpan[], frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const a of amounts) {
    const j = linkBefore(v, a.first);
    if (j < 1 || lower(v.tokens[j]!) !== 'worth') continue;
    let k = j - 1;
    // "was worth", "is now worth": the subject of the copula; "a deal worth": the noun before
    while (k > 0 && ['now', 'still', 'reportedly', 'already', 'probably', 'potentially'].includes(lower(v.tokens[k]!))) k--;
    let owner: number | undefined;
    if (BE_WORDS.includes(lower(v.tokens[k]!))) {
      if (!v.parsed) continue;
      const head = v.tokens[k]!.dep === 'cop' ? v.tokens[k]!.head : j;
      owner = kids(v, head, 'nsubj')[0] ?? kids(v, j, 'nsubj')[0];
      // "was estimated to have been worth", "is thought to be worth": the subject of the verb the clause completes
      for (let h = head; owner === undefined && v.tokens[h]!.dep === 'xcomp' && v.tokens[h]!.head >= 0;) {
        h = v.tokens[h]!.head;
        owner = kids(v, h, 'nsubj', 'nsubj:pass')[0];
      }
    } else if (v.tokens[k]!.upos === 'NOUN' || v.tokens[k]!.upos === 'PROPN') owner = k;
    if (owner === undefined) continue;
    let subject = argumentFor(ctx, v, owner);
    if (!subject || subject.kind === 'literal' || isPronoun(subject)) continue;
    // ("276 cases worth £8m" parsed as one phrase: its words before "worth")
    if (subject.kind === 'concept' && subject.end > v.tokens[j]!.start) {
      const phraseStart = subject.start;
      const from = v.tokens.findIndex((t) => t.start >= phraseStart);
      if (from < 0 || from >= j) continue;
      subject = conceptArgument(v, Array.from({ length: j - from }, (_, n) => from + n));
    }
    out.push(asClaim({ subject, predicate: 'amount', predicateLabel: 'amount', object: a.literal, polarity: 'asserted', fact: true,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 }, frames, j));
  }
  return out;
}
