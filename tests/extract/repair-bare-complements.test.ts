// Table-driven tests of the repair of a reported clause whose "that" is left out and whose subject the parser made the
// object of the verb of saying ("said no firm had sold it"). Sentences written for the test: each with the sound parse
// and the parse with the error, and the extract stage must read the same rows from both.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const laneAcmeZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']];
const laneZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ['Zed', 'Company']];

describe('a reported clause without "that" whose subject was read as the object of the verb of saying', () => {
  it.each<{ name: string; parses: SentenceSpec[]; want: string }>([
    {
      name: '"Lane said no firm had yet bought Zed": denied, on Lane\'s word',
      parses: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  no no DET DT 4 det
  firm firm NOUN NN 7 nsubj
  had have AUX VBD 7 aux
  yet yet ADV RB 7 advmod
  bought buy VERB VBN 2 ccomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 2 punct`, mentions: laneZed }, { rows: `
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  no no DET DT 4 det
  firm firm NOUN NN 2 obj
  had have VERB VBD 7 aux
  yet yet CCONJ CC 7 cc
  bought buy VERB VBN 2 ccomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 2 punct`, mentions: laneZed }],
      want: 'no firm | acquire | Zed | - | Lane | claim',
    },
    {
      name: '"Lane insisted Acme never sold Zed", the clause read as a conjunct of "insisted"',
      parses: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  insisted insist VERB VBD 0 root
  Acme acme PROPN NNP 5 nsubj
  never never ADV RB 5 advmod
  sold sell VERB VBD 2 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }, { rows: `
  Lane lane PROPN NNP 2 nsubj
  insisted insist VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  never never ADV RB 5 advmod
  sold sell VERB VBD 2 conj
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }],
      want: 'Acme | sell | Zed | - | Lane | claim',
    },
  ])('$name', ({ parses, want }) => {
    for (const p of parses) {
      const got = extract(analysisOf([p])).map(show);
      expect(got, got.join('\n')).toContain(want);
    }
  });

  it('"Lane told Acme and sold Zed": a conjunct with "and" keeps the subject it shares', () => {
    const got = extract(analysisOf([{ rows: `
  Lane lane PROPN NNP 2 nsubj
  told tell VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  and and CCONJ CC 5 cc
  sold sell VERB VBD 2 conj
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }])).map(show);
    expect(got, got.join('\n')).toContain('Lane | sell | Zed | + |  | fact');
  });
});
