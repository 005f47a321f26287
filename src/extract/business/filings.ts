// A firm's filing for bankruptcy, read on the words: "Zed has filed for Chapter 7 bankruptcy", "news of Zed filing for
// receivership" (a gerund with its subject before it, which the parser reads as a compound noun "Zed filing"),
// "Zed has now filed for administration". The relations read the plain finite sentence on its parse too; the rows merge.
import type { Candidate } from '../candidate.js';
import { conceptArgument } from '../arguments.js';
import { lower, type SentenceView } from '../sentence-view.js';
import type { SpeechFrame } from '../speech.js';
import { asClaim } from './claims.js';
import { NAME } from './measures.js';
import { nameEndingAt } from './names.js';

const FILE_FORMS = new Set(['file', 'files', 'filed', 'filing']);
const BETWEEN = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'now', 'already', 'also', 'formally', 'finally', 'recently', "'s", '\u2019s']);
/** What a firm files for when it cannot pay: the phrase after "for" must hold one of these. */
const INSOLVENCY = new Set(['bankruptcy', 'protection', 'insolvency', 'administration', 'receivership', 'liquidation', 'creditor']);
const PHRASE_UPOS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** The filings of one sentence (see the header). */
export function sentenceFilings(v: SentenceView, frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  v.tokens.forEach((t, i) => {
    if (!FILE_FORMS.has(lower(t)) || !v.tokens[i + 1] || lower(v.tokens[i + 1]!) !== 'for') return;
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(lower(v.tokens[k]!))) k--;
    const firm = nameEndingAt(v, k);
    if (!firm || firm.type === 'Person') return;
    let e = i + 2;
    while (e < v.tokens.length && PHRASE_UPOS.has(v.tokens[e]!.upos)) e++;
    const phrase = Array.from({ length: e - i - 2 }, (_, n) => i + 2 + n);
    if (!phrase.some((p) => INSOLVENCY.has(lower(v.tokens[p]!)))) return;
    out.push(asClaim({ subject: firm, predicate: 'fileFor', predicateLabel: 'file for', object: conceptArgument(v, phrase), polarity: 'asserted', fact: true,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 }, frames, i));
  });
  return out;
}
