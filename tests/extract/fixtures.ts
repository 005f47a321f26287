// Hand-built analyses for the extract tests: sentences written as CoNLL-like rows (word lemma UPOS TAG head dep),
// mentions and times given by their text, so the extractors are tested independently of the trained models.
import type { Analysis, EntityType, Mention, Sentence, TimeExpression, Token, Upos } from '../../src/analyze/analysis.js';
import type { Candidate } from '../../src/extract/candidate.js';
import { argumentText } from '../../src/extract/arguments.js';
import { resolveAnaphors } from '../../src/extract/coreference.js';
import { viewsOf } from '../../src/extract/sentence-view.js';

/** "subject | predicate | object | polarity | speaker | fact" for comparison. */
export function show(c: Candidate): string {
  return [argumentText(c.subject), c.predicate, argumentText(c.object), c.polarity === 'denied' ? '-' : '+', c.speaker ? argumentText(c.speaker) : '', c.fact ? 'fact' : 'claim'].join(' | ');
}

export interface SentenceSpec {
  /**
   * One token a line: `word lemma UPOS TAG head dep`, head 1-based (0 = root); `-` for head/dep gives no parse. A word
   * written `~word` follows the token before it with no space ("two ~- ~year" is "two-year").
   */
  rows: string;
  /** [text, type, canonical?]: the first occurrence of the text in the sentence is the mention. */
  mentions?: Array<[string, EntityType, string?]>;
  /** [text, ISO date]: a resolved time expression. */
  times?: Array<[string, string]>;
}

export function analysisOf(specs: SentenceSpec[], published = '2024-03-26'): Analysis {
  let text = '';
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const times: TimeExpression[] = [];
  specs.forEach((spec, index) => {
    if (text) text += ' ';
    const sentStart = text.length;
    const tokens: Token[] = [];
    for (const line of spec.rows.trim().split('\n')) {
      const [written, lemma, upos, tag, head, dep] = line.trim().split(/\s+/) as [string, string, Upos, string, string, string];
      const glued = written.length > 1 && written.startsWith('~');
      const word = glued ? written.slice(1) : written;
      if (tokens.length && !glued) text += ' ';
      const start = text.length;
      text += word;
      tokens.push({ text: word, start, end: text.length, lemma, upos, tag, head: head === '-' ? -1 : Number(head) - 1, dep: dep === '-' ? '' : dep });
    }
    const sentText = text.slice(sentStart);
    sentences.push({ index, start: sentStart, end: text.length, text: sentText, tokens });
    const locate = (surface: string): [number, number, number, number] => {
      const at = sentText.indexOf(surface);
      if (at < 0) throw new Error(`fixture: "${surface}" not in "${sentText}"`);
      const s = sentStart + at, e = s + surface.length;
      const ts = tokens.findIndex((t) => t.start >= s), te = tokens.findIndex((t) => t.end >= e) + 1;
      return [s, e, ts, te];
    };
    for (const [surface, type, canonical] of spec.mentions ?? []) {
      const [s, e, ts, te] = locate(surface);
      const m: Mention = { start: s, end: e, text: surface, type, sentence: index, tokenStart: ts, tokenEnd: te, source: 'test' };
      if (canonical) m.canonical = canonical;
      mentions.push(m);
    }
    for (const [surface, date] of spec.times ?? []) {
      const [s, e] = locate(surface);
      times.push({ start: s, end: e, text: surface, sentence: index, date });
    }
  });
  return { document: { id: 'test', source: 'test.txt', text, published }, sentences, mentions, times };
}

/** The analysis of an undated article: its times as written, unresolved. */
export function undatedAnalysisOf(specs: SentenceSpec[]): Analysis {
  const a = analysisOf(specs);
  return { ...a, times: a.times.map(({ date: _date, ...x }) => ({ ...x, unresolved: true })) };
}

/**
 * "Unions blamed the company" and what follows "company" (`rest`: rows numbered on from 5). The sentences of the tests of
 * a description restricted by a clause of its own: extract's restrictedDescription and resolve's placing of "the company".
 */
export function blamedTheCompany(rest: string): SentenceSpec {
  return { rows: `
    Unions union NOUN NNS 2 nsubj
    blamed blame VERB VBD 0 root
    the the DET DT 4 det
    company company NOUN NN 2 obj${rest}` };
}

/** "Unions blamed the company" with a relative clause after "company", a participle, a clause set off by a comma, or nothing. */
export const COMPANY_CLAUSES = {
  relative: blamedTheCompany(`
    that that PRON WDT 6 nsubj
    ran run VERB VBD 4 acl:relcl
    the the DET DT 8 det
    plant plant NOUN NN 6 obj
    . . PUNCT . 2 punct`),
  participle: blamedTheCompany(`
    named name VERB VBN 4 acl
    in in ADP IN 8 case
    the the DET DT 8 det
    report report NOUN NN 5 obl
    . . PUNCT . 2 punct`),
  setOff: blamedTheCompany(`
    , , PUNCT , 7 punct
    which which PRON WDT 7 nsubj
    ran run VERB VBD 4 acl:relcl
    the the DET DT 9 det
    plant plant NOUN NN 7 obj
    . . PUNCT . 2 punct`),
  bare: blamedTheCompany(`
    . . PUNCT . 2 punct`),
};

/** "word -> mention text" for every pronoun, surname or description coreference resolved in the sentences, in text order. */
export function resolvedAnaphors(specs: SentenceSpec[]): string[] {
  const views = viewsOf(analysisOf(specs));
  return [...resolveAnaphors(views)].map(([at, a]) => {
    const [s, i] = at.split(':').map(Number) as [number, number];
    return `${views[s]!.tokens[i]!.text} -> ${a.mention.text}`;
  });
}
