// Table-driven tests of the repairs of reported speech that two parsers read two ways: "X said Y" with the clause said as
// the complement, or with "said" hung on that clause, or with its subject read as the object and the clause as a reduced
// relative on it; "Y, X said" with the verb of saying as a parataxis, or as an adverbial or relative clause inside Y.
// Sentences written for the test: each with the sound parse and the other parses, and the extract stage must read the
// same claim, on the same speaker's word, from each.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const laneAcmeZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']];
const spec = (rows: string): SentenceSpec => ({ rows, mentions: laneAcmeZed!.filter(([name]) => new RegExp(`^\\s*${name} `, 'm').test(rows)) });

/** "Acme sold Zed ," with "sold" hung as given, and the rows after it (numbered on from 5). */
const acmeSoldZed = (soldHead: number, soldDep: string, rest: string): SentenceSpec => spec(`
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD ${soldHead} ${soldDep}
  Zed zed PROPN NNP 2 obj${rest}`);

describe('reported speech read the same from either parse', () => {
  it.each<{ name: string; parses: SentenceSpec[]; want: string }>([
    {
      name: '"Lane said Acme sold Zed", the clause\'s subject read as the object of "said" and "sold" as a reduced relative on it',
      parses: [spec(`
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 4 nsubj
  sold sell VERB VBD 2 ccomp
  Zed zed PROPN NNP 4 obj
  . . PUNCT . 2 punct`), spec(`
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  sold sell VERB VBD 3 acl
  Zed zed PROPN NNP 4 obj
  . . PUNCT . 2 punct`), spec(`
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  sold sell VERB VBD 3 acl:relcl
  Zed zed PROPN NNP 4 obj
  . . PUNCT . 2 punct`)],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
    {
      name: '"Lane says Acme has sold Zed", "says" hung on the clause (adverbial clause, auxiliary) and Lane a second subject of "sold"',
      parses: [spec(`
  Lane lane PROPN NNP 2 nsubj
  says say VERB VBZ 0 root
  Acme acme PROPN NNP 5 nsubj
  has have AUX VBZ 5 aux
  sold sell VERB VBN 2 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`), spec(`
  Lane lane PROPN NNP 5 nsubj
  says say VERB VBZ 5 advcl
  Acme acme PROPN NNP 5 nsubj
  has have AUX VBZ 5 aux
  sold sell VERB VBN 0 root
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 5 punct`), spec(`
  Lane lane PROPN NNP 5 nsubj
  says say VERB VBZ 5 aux
  Acme acme PROPN NNP 5 nsubj
  has have AUX VBZ 5 aux
  sold sell VERB VBN 0 root
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 5 punct`)],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
    {
      name: '"Acme sold Zed, Lane said", the verb of saying a parataxis, an adverbial clause of "sold", or the root over it',
      parses: [acmeSoldZed(0, 'root', `
  , , PUNCT , 6 punct
  Lane lane PROPN NNP 6 nsubj
  said say VERB VBD 2 parataxis
  . . PUNCT . 2 punct`), acmeSoldZed(0, 'root', `
  , , PUNCT , 6 punct
  Lane lane PROPN NNP 6 nsubj
  said say VERB VBD 2 advcl
  . . PUNCT . 2 punct`), acmeSoldZed(6, 'advcl', `
  , , PUNCT , 2 punct
  Lane lane PROPN NNP 6 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 6 punct`)],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
    {
      name: '"Acme sold Zed, finance chief Lane said", "said" a relative clause on the title the parse put in the clause said',
      parses: [acmeSoldZed(0, 'root', `
  , , PUNCT , 8 punct
  finance finance NOUN NN 6 compound
  chief chief NOUN NN 7 compound
  Lane lane PROPN NNP 8 nsubj
  said say VERB VBD 2 parataxis
  . . PUNCT . 2 punct`), acmeSoldZed(0, 'root', `
  , , PUNCT , 6 punct
  finance finance NOUN NN 6 compound
  chief chief NOUN NN 3 appos
  Lane lane PROPN NNP 8 nsubj
  said say VERB VBD 6 acl:relcl
  . . PUNCT . 2 punct`)],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
  ])('$name', ({ parses, want }) => {
    for (const p of parses) {
      const got = extract(analysisOf([p])).map(show);
      expect(got, got.join('\n')).toContain(want);
    }
  });

  it.each<{ name: string; parse: SentenceSpec; unwanted: string }>([
    {
      // a participle clause before the speaker is no clause said: "Stung by Zed, Acme replied"
      name: '"Stung by Zed, Acme replied with a bid": a participle opening the sentence is not what Acme said',
      parse: spec(`
  Stung sting VERB VBN 5 advcl
  by by ADP IN 3 case
  Zed zed PROPN NNP 1 obl
  , , PUNCT , 1 punct
  Acme acme PROPN NNP 5 nsubj
  replied reply VERB VBD 0 root
  with with ADP IN 8 case
  a a DET DT 8 det
  bid bid NOUN NN 5 obl
  . . PUNCT . 5 punct`),
      unwanted: '| Acme | claim',
    },
    {
      // "what Lane said" is a free relative, not a report of the clause it sits in
      name: '"What Lane said was that Acme sold Zed": "said" hangs in the subject clause and reports nothing itself',
      parse: spec(`
  What what PRON WP 3 obj
  Lane lane PROPN NNP 3 nsubj
  said say VERB VBD 4 csubj
  was be AUX VBD 0 root
  that that SCONJ IN 7 mark
  Acme acme PROPN NNP 7 nsubj
  sold sell VERB VBD 4 ccomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 4 punct`),
      unwanted: 'Lane | say',
    },
  ])('$name', ({ parse, unwanted }) => {
    const got = extract(analysisOf([parse])).map(show);
    expect(got.filter((r) => r.includes(unwanted)), got.join('\n')).toEqual([]);
  });
});
