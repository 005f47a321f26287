// Table-driven tests of the repairs of what two parsers read two ways. Reported speech: "X said Y" with the clause said as
// the complement, or with "said" hung on that clause, or with its subject read as the object and the clause as a reduced
// relative on it; "Y, X said" with the verb of saying as a parataxis, or as an adverbial or relative clause inside Y.
// Coordination: "sued Acme and Zed" with "Zed" a conjunct of "sued" instead of "Acme". Sentences written for the test:
// each with the sound parse and the other parses, and the extract stage must read the same rows from each.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const laneAcmeZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company'], ['Reyes', 'Person'], ['Spain', 'Country']];
const spec = (rows: string): SentenceSpec => ({ rows, mentions: laneAcmeZed!.filter(([name]) => new RegExp(`^\\s*${name} `, 'm').test(rows)) });
const rowsOf = (p: SentenceSpec): string[] => extract(analysisOf([p])).map(show);

/** "Acme sold Zed ," with "sold" hung as given, and the rows after it (numbered on from 5). */
const acmeSoldZed = (soldHead: number, soldDep: string, rest: string): SentenceSpec => spec(`
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD ${soldHead} ${soldDep}
  Zed zed PROPN NNP 2 obj${rest}`);

/** "Acme sold the plant that Zed owned , Lane warned .", with "sold" and "warned" hung as given. */
const plantZedOwned = (soldHead: number, soldDep: string, warnedHead: number, warnedDep: string): SentenceSpec => spec(`
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD ${soldHead} ${soldDep}
  the the DET DT 4 det
  plant plant NOUN NN 2 obj
  that that PRON WDT 7 obj
  Zed zed PROPN NNP 7 nsubj
  owned own VERB VBD 4 acl:relcl
  , , PUNCT , ${soldHead === 0 ? 10 : 2} punct
  Lane lane PROPN NNP 10 nsubj
  warned warn VERB VBD ${warnedHead} ${warnedDep}
  . . PUNCT . ${soldHead === 0 ? 2 : 10} punct`);

/** "Acme sold Zed in Spain , Lane told Reyes .", with "Spain" on `spainHead` (and "told" a parataxis, or a conjunct with it). */
const zedInSpainTold = (spainHead: number): SentenceSpec => acmeSoldZed(0, 'root', `
  in in ADP IN 5 case
  Spain spain PROPN NNP ${spainHead} obl
  , , PUNCT , 8 punct
  Lane lane PROPN NNP 8 nsubj
  told tell VERB VBD 2 ${spainHead === 2 ? 'parataxis' : 'conj'}
  Reyes reyes PROPN NNP 8 iobj
  . . PUNCT . 2 punct`);

/** "Acme sold Zed and Reyes sued Spain , the police said .", with "sued" and "said" hung as given. */
const policeSaid = (suedHead: number, suedDep: string, saidHead: number, saidDep: string): SentenceSpec => acmeSoldZed(0, 'root', `
  and and CCONJ CC 6 cc
  Reyes reyes PROPN NNP 6 nsubj
  sued sue VERB VBD ${suedHead} ${suedDep}
  Spain spain PROPN NNP 6 obj
  , , PUNCT , 11 punct
  the the DET DT 10 det
  police police NOUN NN 11 nsubj
  said say VERB VBD ${saidHead} ${saidDep}
  . . PUNCT . 2 punct`);

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
    {
      name: '"Acme sold the plant that Zed owned, Lane warned", the verb of saying the root: a relative clause in the words said is theirs',
      parses: [plantZedOwned(0, 'root', 2, 'parataxis'), plantZedOwned(10, 'advcl', 0, 'root')],
      want: 'Acme | sell | plant | + | Lane | claim',
    },
    {
      name: '"Acme sold Zed in Spain, Lane told Reyes", "in Spain" hung on "told": a phrase of the words said is theirs',
      parses: [zedInSpainTold(2), zedInSpainTold(8)],
      want: 'Acme | sellIn | Spain | + | Lane | claim',
    },
    {
      name: '"Acme sold Zed and Reyes sued Spain, the police said", the second clause said hung on "said": it is a clause of the words said',
      parses: [policeSaid(2, 'conj', 2, 'parataxis'), policeSaid(11, 'ccomp', 2, 'advcl')],
      want: 'Acme | sell | Zed | + | police | claim',
    },
  ])('$name', ({ parses, want }) => {
    for (const p of parses) {
      expect(rowsOf(p), rowsOf(p).join('\n')).toContain(want);
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
    const got = rowsOf(parse);
    expect(got.filter((r) => r.includes(unwanted)), got.join('\n')).toEqual([]);
  });
});

/** "Lane sued Acme and Zed." and "Lane met with Acme's chief, Reyes, and the head of Zed.", the last conjunct on `host`. */
const suedAcmeAndZed = (host: number): SentenceSpec => spec(`
  Lane lane PROPN NNP 2 nsubj
  sued sue VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  and and CCONJ CC 5 cc
  Zed zed PROPN NNP ${host} conj
  . . PUNCT . 2 punct`);
const metChiefAndHead = (host: number): SentenceSpec => spec(`
  Lane lane PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  with with ADP IN 6 case
  Acme acme PROPN NNP 6 nmod:poss
  's 's PART POS 4 case
  chief chief NOUN NN 2 obl
  , , PUNCT , 8 punct
  Reyes reyes PROPN NNP 6 appos
  , , PUNCT , 12 punct
  and and CCONJ CC 12 cc
  the the DET DT 12 det
  head head NOUN NN ${host} conj
  of of ADP IN 14 case
  Zed zed PROPN NNP 12 nmod
  . . PUNCT . 2 punct`);

describe('a noun phrase parsed as a conjunct of a verb', () => {
  it.each<{ name: string; parses: SentenceSpec[]; want: string }>([
    { name: '"Lane sued Acme and Zed": Zed is sued too', parses: [suedAcmeAndZed(3), suedAcmeAndZed(2)], want: 'Lane | sue | Zed | + |  | fact' },
    {
      name: '"Lane met with Acme\'s chief, Reyes, and the head of Zed": the head of Zed is met too',
      parses: [metChiefAndHead(6), metChiefAndHead(2)],
      want: 'Lane | meet | head of Zed | + |  | fact',
    },
  ])('$name', ({ parses, want }) => {
    for (const p of parses) expect(rowsOf(p), rowsOf(p).join('\n')).toContain(want);
  });

  it('"Lane sued Acme in May and Zed sold Reyes": a noun with a finite verb after it is that verb\'s subject, not sued', () => {
    const rows = rowsOf(spec(`
  Lane lane PROPN NNP 2 nsubj
  sued sue VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  in in ADP IN 5 case
  May may PROPN NNP 2 obl
  and and CCONJ CC 7 cc
  Zed zed PROPN NNP 2 conj
  sold sell VERB VBD 2 conj
  Reyes reyes PROPN NNP 8 obj
  . . PUNCT . 2 punct`));
    expect(rows.filter((r) => r.startsWith('Lane | sue | Zed')), rows.join('\n')).toEqual([]);
  });
});

/** "LIMA — Lane sold Zed ." with the dateline the subject (Lane its apposition) or the root (the clause its parataxis). */
const datelined = (asRoot: boolean): SentenceSpec => ({ rows: `
  LIMA lima PROPN NNP ${asRoot ? '0 root' : '4 nsubj'}
  — — PUNCT : ${asRoot ? 4 : 3} punct
  Lane lane PROPN NNP ${asRoot ? '4 nsubj' : '1 appos'}
  sold sell VERB VBD ${asRoot ? '1 parataxis' : '0 root'}
  Zed zed PROPN NNP 4 obj
  . . PUNCT . ${asRoot ? 1 : 4} punct`, mentions: [['LIMA', 'City'], ['Lane', 'Person'], ['Zed', 'Company']] });

describe('a dateline is no part of the clause', () => {
  it.each<{ name: string; parse: SentenceSpec; want: string; unwanted: string }>([
    { name: '"LIMA — Lane sold Zed", the dateline parsed as the subject and the subject as its apposition', parse: datelined(false), want: 'Lane | sell | Zed', unwanted: 'LIMA | sell' },
    { name: '"LIMA — Lane sold Zed", the dateline parsed as the root and the clause as its parataxis', parse: datelined(true), want: 'Lane | sell | Zed', unwanted: 'LIMA | ' },
    {
      // two spaced dashes around the phrase: a parenthetical after a name written in capitals, no dateline
      name: '"ACME — the firm of Lane — sold Zed": a name in capitals before a description between dashes is the subject',
      parse: spec(`
  ACME acme PROPN NNP 8 nsubj
  — — PUNCT : 4 punct
  the the DET DT 4 det
  firm firm NOUN NN 1 appos
  of of ADP IN 6 case
  Lane lane PROPN NNP 4 nmod
  — — PUNCT : 4 punct
  sold sell VERB VBD 0 root
  Zed zed PROPN NNP 8 obj
  . . PUNCT . 8 punct`),
      want: 'ACME | sell | Zed',
      unwanted: 'firm | sell',
    },
  ])('$name', ({ parse, want, unwanted }) => {
    const got = rowsOf(parse);
    expect(got.filter((r) => r.includes(want)), got.join('\n')).not.toEqual([]);
    expect(got.filter((r) => r.includes(unwanted)), got.join('\n')).toEqual([]);
  });
});

/** "Lane , who sold Zed , also sued Acme .", with "sold" the relative clause on Lane or the root with Lane and "who" its subjects. */
const laneWhoSold = (sound: boolean): SentenceSpec => spec(`
  Lane lane PROPN NNP ${sound ? 8 : 4} nsubj
  , , PUNCT , ${sound ? 4 : 1} punct
  who who PRON WP 4 nsubj
  sold sell VERB VBD ${sound ? '1 acl:relcl' : '0 root'}
  Zed zed PROPN NNP 4 obj
  , , PUNCT , ${sound ? 4 : 8} punct
  also also ADV RB 8 advmod
  sued sue VERB VBD ${sound ? '0 root' : '4 parataxis'}
  Acme acme PROPN NNP 8 obj
  . . PUNCT . ${sound ? 8 : 4} punct`);

describe('a relative clause\'s subject, read the same from either parse', () => {
  it.each<{ name: string; parses: SentenceSpec[]; want: string }>([
    {
      name: '"Lane, who sold Zed, also sued Acme", Lane and "who" both subjects of "sold": Lane is the subject of "sued"',
      parses: [laneWhoSold(true), laneWhoSold(false)],
      want: 'Lane | sue | Acme',
    },
  ])('$name', ({ parses, want }) => {
    for (const p of parses) {
      const got = rowsOf(p);
      expect(got.filter((r) => r.includes(want)), got.join('\n')).not.toEqual([]);
    }
  });
});
