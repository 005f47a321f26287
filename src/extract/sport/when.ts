// When a match was played, as sports reports write it: the day as the match's possessor ("in Sunday's final",
// "Saturday's 24-18 win over Zed", "last night's game") -> the match | date | the day.
import type { Candidate } from '../candidate.js';
import { argumentFor, conceptArgument, type Context } from '../arguments.js';
import { isApostropheS } from '../../analyze/mentions/candidate.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';
import { tokenRange } from './clauses.js';
import { MATCH_NOUNS, RESULT_NOUNS } from './scores.js';

export const NAME = 'sport-when';

export function sentenceWhen(ctx: Context, v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const te of v.times) {
    // the time's last token, then "'s"
    const last = v.tokens.findIndex((t) => t.end === te.end);
    if (last < 0 || !isApostropheS(v.tokens[last + 1]?.text ?? '')) continue;
    // the words after it up to the match's noun: modifiers and a score ("Sunday's dramatic final", "Saturday's 24-18 win")
    let from = last + 2;
    for (let j = last + 2; j < v.tokens.length && j <= last + 10; j++) {
      const t = v.tokens[j]!;
      if (t.upos === 'NUM' || t.upos === 'SYM' || t.text === '-' || t.text === '(' || t.text === ')') { from = j + 1; continue; }
      if (!['ADJ', 'NOUN', 'PROPN'].includes(t.upos)) break;
      const next = v.tokens[j + 1];
      // (the tagger takes "final" for the adjective as often as for the noun)
      if ((t.upos === 'NOUN' || MATCH_NOUNS.has(lemmaOf(t))) && (!next || !['NOUN', 'PROPN', 'ADJ'].includes(next.upos))) {
        if (!MATCH_NOUNS.has(lemmaOf(t)) && !RESULT_NOUNS[lemmaOf(t)]) break;
        const when = argumentFor(ctx, v, last);
        if (when && when.kind === 'literal') {
          out.push({ subject: conceptArgument(v, tokenRange(from, j)), predicate: 'date', predicateLabel: 'date', object: when, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 });
        }
        break;
      }
    }
  }
  return out;
}
