// Table-driven tests of reporting verbs read as verbs of saying: the content of "X reiterated that ...", "underlined that
// ...", "mentioned that ..." is X's claim, not the article's fact. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "Ana Reis <verb> that Ardania had attacked Borvia." */
const reported = (verb: string, lemma: string): SentenceSpec => ({ rows: `
  Ana Ana PROPN NNP 3 nsubj
  Reis Reis PROPN NNP 1 flat
  ${verb} ${lemma} VERB VBD 0 root
  that that SCONJ IN 7 mark
  Ardania Ardania PROPN NNP 7 nsubj
  had have AUX VBD 7 aux
  attacked attack VERB VBN 3 ccomp
  Borvia Borvia PROPN NNP 7 obj
  . . PUNCT . 3 punct`, mentions: [['Ana Reis', 'Person'], ['Ardania', 'Country'], ['Borvia', 'Country']] });

describe('reporting verbs of saying', () => {
  for (const [verb, lemma] of [['reiterated', 'reiterate'], ['underlined', 'underline'], ['reaffirmed', 'reaffirm'], ['disclosed', 'disclose']] as const) {
    it(`"${verb} that": the content is the speaker's claim`, () => {
      const all = extract(analysisOf([reported(verb, lemma)]), { minConfidence: 0 }).map(show);
      const got = all.filter((r) => r.startsWith('Ardania | attack | Borvia'));
      expect(got.length).toBeGreaterThan(0);
      for (const r of got) expect(r.endsWith('| Ana Reis | claim')).toBe(true);
    });
  }
});
