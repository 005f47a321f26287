// Scores the recogniser on CoNLL-2003 dev (eng.testa) and on Universal NER English-EWT dev (PER/ORG/LOC; MISC ignored).
import { bioSpans, type NerSentence } from '../corpus/index.js';
import { loadTagger, type Tagger } from '../tagger/index.js';
import { readConll, readUner } from './corpus.js';
import { documents } from './history.js';
import { loadRecognizer } from './index.js';
import type { Recognizer } from './recognizer.js';
import { EntityScorer, type Prf } from './score.js';

/** Entity P/R/F1 of `recognizer` behind `tagger` on gold-tokenised sentences; `keep` filters predicted types. */
export function scoreNer(recognizer: Recognizer, tagger: Tagger, sentences: readonly NerSentence[], keep: (type: string) => boolean = () => true): Prf {
  const scorer = new EntityScorer();
  // Document by document, as the analyze stage reads an article: each sentence sees what the earlier ones were given.
  for (const doc of documents(sentences)) {
    const found = recognizer.recognizeDocument(doc.map((s) => s.words), doc.map((s) => tagger.tag(s.words).map((t) => t.tag)));
    doc.forEach((s, i) => scorer.add(bioSpans(s.tags), found[i]!.filter((e) => keep(e.type))));
  }
  return scorer.result();
}

export async function evaluate(options: { data: string; recognizer?: Recognizer; tagger?: Tagger; limit?: number }): Promise<Record<string, number>> {
  const tagger = options.tagger ?? loadTagger();
  const recognizer = options.recognizer ?? loadRecognizer();
  const conll = scoreNer(recognizer, tagger, readConll(options.data, 'dev', options.limit));
  // UNER has no MISC: our MISC entities are dropped before scoring.
  const uner = scoreNer(recognizer, tagger, readUner(options.data, options.limit), (t) => t !== 'MISC');
  return { conll_p: conll.p, conll_r: conll.r, conll_f1: conll.f1, uner_p: uner.p, uner_r: uner.r, uner_f1: uner.f1 };
}
