// Tests of the extract stage as a whole: registry, deduplication, ordering and determinism on a hand-built analysis.
import { describe, expect, it } from 'vitest';
import { extract, EXTRACTORS } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const specs: SentenceSpec[] = [
  { rows: `
    Rome Rome PROPN NNP 2 nsubj
    warned warn VERB VBD 0 root
    Oslo Oslo PROPN NNP 2 obj
    . . PUNCT . 2 punct`, mentions: [['Rome', 'City'], ['Oslo', 'City']] },
  { rows: `
    Rome Rome PROPN NNP 2 nsubj
    warned warn VERB VBD 0 root
    Oslo Oslo PROPN NNP 2 obj
    again again ADV RB 2 advmod
    . . PUNCT . 2 punct`, mentions: [['Rome', 'City'], ['Oslo', 'City']] },
  { rows: 'Acme acme PROPN NNP - -\nsued sue VERB VBD - -\nZeta zeta PROPN NNP - -\n. . PUNCT . - -', mentions: [['Acme', 'Company'], ['Zeta', 'Company']] },
];

describe('extract', () => {
  it('runs every registered extractor', () => {
    expect(EXTRACTORS.map((x) => x.name)).toEqual(['dependency-relations', 'pos-patterns', 'roles', 'events', 'money', 'match-results', 'sport', 'business']);
  });

  it('keeps one candidate per sentence and triple, in sentence order, with the fallback for unparsed sentences', () => {
    const got = extract(analysisOf(specs)).map((c) => `${c.sentence} ${show(c)} ${c.extractor}`);
    expect(got).toEqual([
      '0 Rome | warn | Oslo | + |  | fact dependency-relations',
      '1 Rome | warn | Oslo | + |  | fact dependency-relations',
      '2 Acme | sue | Zeta | + |  | fact pos-patterns',
    ]);
  });

  it('gives a parsed, lexicon-backed relation between names more confidence than the fallback', () => {
    const got = extract(analysisOf(specs));
    expect(got[0]!.confidence).toBeGreaterThan(got[2]!.confidence);
    for (const c of got) expect(c.confidence).toBeGreaterThan(0), expect(c.confidence).toBeLessThan(1);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extract(analysisOf(specs)))).toBe(JSON.stringify(extract(analysisOf(specs))));
  });

  // the per-analysis context is cached: an open extraction must not leave its open surfaces on later graph builds
  const joined: SentenceSpec[] = [{ rows: `
    Acme acme PROPN NNP 2 nsubj
    hired hire VERB VBD 0 root
    Zeta zeta PROPN NNP 2 obj
    in in ADP IN 5 case
    Rome Rome PROPN NNP 2 obl
    . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zeta', 'Company'], ['Rome', 'City']] }];
  const more = (options: { openSurfaces?: boolean }[]): boolean[] => {
    const analysis = analysisOf(joined);
    return options.map((o) => extract(analysis, o).some((c) => (c.surface?.more ?? []).length > 0));
  };
  it.each([
    { runs: [{ openSurfaces: true }, {}], expect: [true, false] },
    { runs: [{}, { openSurfaces: true }, { openSurfaces: false }], expect: [false, true, false] },
    { runs: [{ openSurfaces: true }, { openSurfaces: true }], expect: [true, true] },
  ])('open surfaces follow each call\'s option on one analysis: $expect', ({ runs, expect: want }) => {
    expect(more(runs)).toEqual(want);
  });

  // a quotation's "it" is left unresolved by the article's resolver: no graph relation on it, the words for open extraction
  const quoted: SentenceSpec[] = [{ rows: `
    " " PUNCT `+'``'+` 3 punct
    It it PRON PRP 3 nsubj
    sued sue VERB VBD 8 ccomp
    Zeta zeta PROPN NNP 3 obj
    , , PUNCT , 3 punct
    " " PUNCT `+"''"+` 3 punct
    Acme acme PROPN NNP 8 nsubj
    said say VERB VBD 0 root
    . . PUNCT . 8 punct`, mentions: [['Zeta', 'Company'], ['Acme', 'Company']] }];
  it.each([
    { options: {}, expect: [] },
    { options: { keepUnresolvedPronouns: false }, expect: [] },
    { options: { keepUnresolvedPronouns: true }, expect: ['It | sue | Zeta | + | Acme | claim'] },
  ])('relations on an unresolved "it" with $options', ({ options, expect: want }) => {
    expect(extract(analysisOf(quoted), { minConfidence: 0, ...options }).map(show).filter((r) => r.startsWith('It '))).toEqual(want);
  });

  it('reports the failing extractor with the document', () => {
    const bad = analysisOf(specs);
    (bad.sentences[0]!.tokens as unknown as Array<unknown>)[0] = undefined;
    expect(() => extract(bad)).toThrow(/^extract: test\.txt: extractor /);
  });
});

describe('extract: candidates that are no relations', () => {
  // "Zeta sued Acme for the second week.": the week is when, not what the suit was about
  const weekly: SentenceSpec[] = [{ rows: `
    Zeta zeta PROPN NNP 2 nsubj
    sued sue VERB VBD 0 root
    Acme acme PROPN NNP 2 obj
    for for ADP IN 7 case
    the the DET DT 7 det
    second second ADJ JJ 7 amod
    week week NOUN NN 2 obl
    . . PUNCT . 2 punct`, mentions: [['Zeta', 'Company'], ['Acme', 'Company']] }];
  it('leaves a time phrase\'s relation out of the graph and ranks it last for open extraction', () => {
    expect(extract(analysisOf(weekly)).map(show)).toEqual(['Zeta | sue | Acme | + |  | fact']);
    const open = extract(analysisOf(weekly), { minConfidence: 0 });
    const week = open.find((c) => c.object.kind === 'concept' && /week/.test(c.object.text));
    expect(week?.confidence).toBeLessThanOrEqual(0.2);
    expect(Math.min(...open.filter((c) => c !== week).map((c) => c.confidence))).toBeGreaterThan(week!.confidence);
  });
});
