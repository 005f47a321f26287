// Table-driven tests of the business rules (src/extract/business): a firm's figures, who owns what, who buys whom, what
// an amount a clause is about was owed or paid, filings for bankruptcy, what a thing is worth. The sentences are written
// for the tests, with invented names and constructions worded apart from any article; most are tagged only (the rules
// read the words), a few parsed. Each group fails when its rule is left out of business/index.ts.
import { describe, expect, it } from 'vitest';
import { business } from '../../src/extract/business/index.js';
import type { EntityType } from '../../src/analyze/analysis.js';
import type { Candidate } from '../../src/extract/candidate.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "word/UPOS[/lemma] ..." as unparsed rows (lemma the lower-case word unless given, no head). */
const tagged = (s: string): string => s.trim().split(/\s+/).map((w) => { const [word, upos, lemma] = w.split('/') as [string, string, string?]; return `${word} ${lemma ?? word.toLowerCase()} ${upos} _ - -`; }).join('\n');

/** A row with its literal's value, unit and bound where the object is an amount. */
function line(c: Candidate): string {
  const o = c.object;
  const amount = o.kind === 'literal' ? ` ${o.unit ?? ''}${o.bound && o.bound !== 'exact' ? ` ${o.bound}` : ''}` : '';
  return `${show({ ...c, predicate: c.predicateLabel })}${amount}${c.modality ? ` (${c.modality})` : ''}`;
}

const run = (specs: SentenceSpec[]): string[] => business(analysisOf(specs)).map(line);

/** One test per [tagged sentence, its names, the rows expected]. */
function tableTests(table: Array<[string, Array<[string, EntityType]>, string[]]>): void {
  for (const [sentence, names, rows] of table) {
    it(sentence.replace(/\/\S+/g, ''), () => {
      expect(run([{ rows: tagged(sentence), mentions: names }])).toEqual(rows);
    });
  }
}

describe('business: a firm\'s figures on the words', () => {
  // [sentence, names, rows]
  const table: Array<[string, Array<[string, EntityType]>, string[]]> = [
    ['Last/ADJ year/NOUN ,/PUNCT Borla/PROPN \'s/PART net/ADJ debt/NOUN was/AUX €/SYM 750/NUM m/NUM ./PUNCT', [['Borla', 'Company']],
      ['Borla | net debt | 750000000 | + |  | fact EUR']],
    ['which/PRON lifted/VERB the/DET group/NOUN \'s/PART market/NOUN valuation/NOUN to/ADP €/SYM 12/NUM bn/NUM ./PUNCT', [],
      ['group | market valuation | 12000000000 | + |  | fact EUR']],
    ['Tarvia/PROPN Steel/PROPN earnings/NOUN fell/VERB/fall by/ADP 8/NUM %/SYM to/ADP $/SYM 610/NUM m/NUM ./PUNCT', [['Tarvia Steel', 'Company']],
      ['Tarvia Steel | earnings | 610000000 | + |  | fact USD']],
    ['Kemco/PROPN \'s/PART borrowings/NOUN amounted/VERB/amount to/ADP almost/ADV €/SYM 5/NUM m/NUM ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | borrowings | 5000000 | + |  | fact EUR approx']],
    ['Kemco/PROPN \'s/PART reserves/NOUN of/ADP up/ADP to/ADP $/SYM 4/NUM m/NUM would/AUX be/AUX released/VERB ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | reserves | 4000000 | + |  | fact USD max']],
    // no holder: a measure with no possessor, no name before it and no verb of having
    ['consumer/NOUN spending/NOUN climbed/VERB/climb to/ADP £/SYM 9/NUM bn/NUM ./PUNCT', [], []],
    // a count is no amount of money, and a donation no measure of a firm
    ['Borla/PROPN \'s/PART losses/NOUN of/ADP 300/NUM jobs/NOUN ./PUNCT', [['Borla', 'Company']], []],
    ['Borla/PROPN \'s/PART donation/NOUN of/ADP £/SYM 2/NUM m/NUM ./PUNCT', [['Borla', 'Company']], []],
  ];
  tableTests(table);

  it('the subject of a verb of having holds the measure it takes: "Ostra Mining posted a quarterly loss of $80m"', () => {
    const rows = `
      Ostra Ostra PROPN NNP 2 compound
      Mining Mining PROPN NNP 3 nsubj
      posted post VERB VBD 0 root
      a a DET DT 6 det
      quarterly quarterly ADJ JJ 6 amod
      loss loss NOUN NN 3 obj
      of of ADP IN 8 case
      $ $ SYM $ 6 nmod
      80 80 NUM CD 10 compound
      m m NUM CD 8 nummod
      . . PUNCT . 3 punct`;
    expect(run([{ rows, mentions: [['Ostra Mining', 'Company']] }])).toEqual(['Ostra Mining | quarterly loss | 80000000 | + |  | fact USD']);
  });

  it('an active "give" hands the measure to its indirect object: "The treasury gave the Zenta Opera a budget of €3m for the season"', () => {
    const rows = `
      The the DET DT 2 det
      treasury treasury NOUN NN 3 nsubj
      gave give VERB VBD 0 root
      the the DET DT 6 det
      Zenta Zenta PROPN NNP 6 compound
      Opera Opera PROPN NNP 3 iobj
      a a DET DT 8 det
      budget budget NOUN NN 3 obj
      of of ADP IN 10 case
      € € SYM $ 8 nmod
      3 3 NUM CD 12 compound
      m m NUM CD 10 nummod
      for for ADP IN 15 case
      the the DET DT 15 det
      season season NOUN NN 3 obl
      . . PUNCT . 3 punct`;
    expect(run([{ rows, mentions: [['Zenta Opera', 'Organization']] }])).toEqual(['Zenta Opera | budget | 3000000 | + |  | fact EUR']);
  });

  it('through a relative pronoun to the noun its clause describes: "They sold a manuscript that had been given a reserve price of $2m"', () => {
    const rows = `
      They they PRON PRP 2 nsubj
      sold sell VERB VBD 0 root
      a a DET DT 4 det
      manuscript manuscript NOUN NN 2 obj
      that that PRON WDT 8 nsubj:pass
      had have AUX VBD 8 aux
      been be AUX VBN 8 aux:pass
      given give VERB VBN 4 acl:relcl
      a a DET DT 11 det
      reserve reserve NOUN NN 11 compound
      price price NOUN NN 8 obj
      of of ADP IN 13 case
      $ $ SYM $ 11 nmod
      2 2 NUM CD 15 compound
      m m NUM CD 13 nummod
      . . PUNCT . 2 punct`;
    expect(run([{ rows }])).toEqual(['manuscript | reserve price | 2000000 | + |  | fact USD']);
  });

  it('a measure in a "with" phrase is the clause subject\'s: "The airline flies to 40 cities, with revenue of €2bn"', () => {
    const rows = `
      The the DET DT 2 det
      airline airline NOUN NN 3 nsubj
      flies fly VERB VBZ 0 root
      to to ADP IN 6 case
      40 40 NUM CD 6 nummod
      cities city NOUN NNS 3 obl
      , , PUNCT , 9 punct
      with with ADP IN 9 case
      revenue revenue NOUN NN 3 obl
      of of ADP IN 11 case
      € € SYM $ 9 nmod
      2 2 NUM CD 13 compound
      bn bn NUM CD 11 nummod
      . . PUNCT . 3 punct`;
    expect(run([{ rows }])).toEqual(['airline | revenue | 2000000000 | + |  | fact EUR']);
  });
});

describe('business: who owns what', () => {
  const table: Array<[string, Array<[string, EntityType]>, string[]]> = [
    ['Lindahl/PROPN Capital/PROPN ,/PUNCT the/DET owner/NOUN of/ADP Zentek/PROPN and/CCONJ Borla/PROPN ,/PUNCT declined/VERB to/PART comment/VERB ./PUNCT',
      [['Lindahl Capital', 'Company'], ['Zentek', 'Company'], ['Borla', 'Company']],
      ['Lindahl Capital | owner of | Zentek | + |  | fact', 'Lindahl Capital | owner of | Borla | + |  | fact']],
    ['Kemco/PROPN -/PUNCT an/DET arm/NOUN of/ADP Acme/PROPN -/PUNCT will/AUX cut/VERB jobs/NOUN ./PUNCT', [['Kemco', 'Company'], ['Acme', 'Company']],
      ['Kemco | part of | Acme | + |  | fact']],
    ['Kemco/PROPN ,/PUNCT the/DET largest/ADJ overseas/ADJ division/NOUN of/ADP Acme/PROPN ,/PUNCT was/AUX sold/VERB ./PUNCT', [['Kemco', 'Company'], ['Acme', 'Company']],
      ['Kemco | part of | Acme | + |  | fact']],
    ['Acme/PROPN \'s/PART offshoot/NOUN Zentek/PROPN hired/VERB staff/NOUN ./PUNCT', [['Acme', 'Company'], ['Zentek', 'Company']],
      ['Zentek | part of | Acme | + |  | fact']],
    // a compound of two organisations, with or without describing words: one reader, one label (not roles' "unit of")
    ['the/DET Acme/PROPN unit/NOUN Zentek/PROPN was/AUX sold/VERB ./PUNCT', [['Acme', 'Company'], ['Zentek', 'Company']],
      ['Zentek | part of | Acme | + |  | fact']],
    ['Borla/PROPN bought/VERB the/DET Acme/PROPN software/NOUN division/NOUN Zentek/PROPN ./PUNCT', [['Acme', 'Company'], ['Zentek', 'Company']],
      ['Zentek | part of | Acme | + |  | fact']],
    // (a noun after the part's name: both names modify it; a place before the noun says where, not whose)
    ['the/DET Acme/PROPN unit/NOUN Zentek/PROPN shares/NOUN fell/VERB ./PUNCT', [['Acme', 'Company'], ['Zentek', 'Company']], []],
    ['the/DET Ardania/PROPN unit/NOUN Zentek/PROPN was/AUX sold/VERB ./PUNCT', [['Ardania', 'Country'], ['Zentek', 'Company']], []],
    ['Zenta/PROPN \'s/PART wing/NOUN Ivo/PROPN Tan/PROPN scored/VERB ./PUNCT', [['Zenta', 'Organization'], ['Ivo Tan', 'Person']], []],
    // the owner noun right after a name (no describing words: from === n): the name before it is what is owned
    ['Zentek/PROPN owner/NOUN Ada/PROPN Lind/PROPN spoke/VERB ./PUNCT', [['Zentek', 'Company'], ['Ada Lind', 'Person']],
      ['Ada Lind | owner of | Zentek | + |  | fact']],
    // with describing words before the noun, the possessor before them says whose ("Zentek's new owner"); a bare name
    // before an adjective does not
    ['Zentek/PROPN \'s/PART new/ADJ owner/NOUN Ada/PROPN Lind/PROPN spoke/VERB ./PUNCT', [['Zentek', 'Company'], ['Ada Lind', 'Person']],
      ['Ada Lind | owner of | Zentek | + |  | fact']],
    ['Zentek/PROPN new/ADJ owner/NOUN Ada/PROPN Lind/PROPN spoke/VERB ./PUNCT', [['Zentek', 'Company'], ['Ada Lind', 'Person']], []],
    // "parent company of"; a name the recogniser left out before the apposition
    ['Kemrow/PROPN ,/PUNCT parent/NOUN company/NOUN of/ADP Zentek/PROPN ,/PUNCT grew/VERB ./PUNCT', [['Zentek', 'Company']],
      ['Kemrow | owner of | Zentek | + |  | fact']],
    // a sentence without a parse, which coreference does not read: the firm named last before "its" (roles' itsOwner;
    // parsed sentences are in business-its.test.ts)
    ['Zentek/PROPN and/CCONJ its/PRON parent/NOUN company/NOUN Acme/PROPN were/AUX sued/VERB ./PUNCT', [['Zentek', 'Company'], ['Acme', 'Company']],
      ['Acme | owner of | Zentek | + |  | fact']],
    // a place owns nothing; a unit of measure is no firm's unit
    ['Oslo/PROPN ,/PUNCT owner/NOUN of/ADP Zentek/PROPN ,/PUNCT grew/VERB ./PUNCT', [['Oslo', 'City'], ['Zentek', 'Company']], []],
    ['a/DET unit/NOUN of/ADP 40/NUM kilos/NOUN ./PUNCT', [], []],
    // an ownership in the past
    ['Zentek/PROPN ,/PUNCT a/DET former/ADJ unit/NOUN of/ADP Acme/PROPN ,/PUNCT grew/VERB ./PUNCT', [['Zentek', 'Company'], ['Acme', 'Company']], []],
  ];
  tableTests(table);

  it('a firm\'s short name the recogniser missed stands for the full name written before it', () => {
    const first = { rows: tagged('Lindqvist/PROPN Marine/PROPN Holdings/PROPN grew/VERB ./PUNCT'), mentions: [['Lindqvist Marine Holdings', 'Company']] as Array<[string, EntityType]> };
    const second = { rows: tagged('Lindqvist/ADJ -/PUNCT owner/NOUN of/ADP Zentek/PROPN -/PUNCT grew/VERB ./PUNCT'), mentions: [['Zentek', 'Company']] as Array<[string, EntityType]> };
    expect(run([first, second])).toEqual(['Lindqvist Marine Holdings | owner of | Zentek | + |  | fact']);
  });
});

describe('business: who buys whom, on the words', () => {
  const table: Array<[string, string[]]> = [
    ['Acme/PROPN Holdings/PROPN has/AUX agreed/VERB to/PART purchase/VERB rival/VERB Zentek/PROPN for/ADP €/SYM 700/NUM m/NUM ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact (planned)', 'acquisition | amount | 700000000 | + |  | fact EUR']],
    ['Acme/PROPN Holdings/PROPN has/AUX acquired/VERB its/PRON former/ADJ parent/NOUN Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact']],
    ['Acme/PROPN Holdings/PROPN will/AUX buy/VERB Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact (future)']],
    // the words before a name that say what it is: a nationality, the firm's trade and kind (DESCRIBING)
    ['Acme/PROPN Holdings/PROPN is/AUX to/PART take/VERB over/ADP the/DET Swiss/ADJ engineering/NOUN group/NOUN Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact (planned)']],
    ['Acme/PROPN Holdings/PROPN has/AUX bought/VERB Japanese/ADJ toy/NOUN maker/NOUN Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact']],
    // (a preposition or a number is no describing word: the name after it is not the one bought)
    ['Acme/PROPN Holdings/PROPN bought/VERB shares/NOUN in/ADP Zentek/PROPN ./PUNCT', []],
    // denied (the relations' row), a name that modifies a noun, a bare verb with nothing before it
    ['Acme/PROPN Holdings/PROPN never/ADV acquired/VERB Zentek/PROPN ./PUNCT', []],
    ['Acme/PROPN Holdings/PROPN bought/VERB the/DET Zentek/PROPN brand/NOUN ./PUNCT', []],
    ['Acme/PROPN Holdings/PROPN acquire/VERB Zentek/PROPN ./PUNCT', []],
  ];
  for (const [sentence, rows] of table) {
    it(sentence.replace(/\/\S+/g, ''), () => {
      expect(run([{ rows: tagged(sentence), mentions: [['Acme Holdings', 'Company'], ['Zentek', 'Company']] }])).toEqual(rows);
    });
  }
});

describe('business: an amount an object relative is about', () => {
  const table: Array<[string, Array<[string, EntityType]>, string[]]> = [
    ['to/PART repay/VERB the/DET £/SYM 40/NUM m/NUM Zentek/PROPN borrowed/VERB/borrow in/ADP 2019/NUM ./PUNCT', [['Zentek', 'Company']],
      ['Zentek | borrow | 40000000 | + |  | fact GBP']],
    // a reporting verb's subject claims it
    ['of/ADP the/DET €/SYM 3/NUM bn/NUM Ardania/PROPN believes/VERB/believe Zentek/PROPN lost/VERB/lose ./PUNCT', [['Ardania', 'Country'], ['Zentek', 'Company']],
      ['Zentek | lose | 3000000000 | + | Ardania | claim EUR']],
    ['the/DET $/SYM 9/NUM m/NUM which/PRON Kemco/PROPN raised/VERB/raise last/ADJ spring/NOUN ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | raise | 9000000 | + |  | fact USD']],
    // the verb has an object of its own: the amount is not it
    ['the/DET £/SYM 40/NUM m/NUM Zentek/PROPN owes/VERB/owe its/PRON suppliers/NOUN ./PUNCT', [['Zentek', 'Company']], []],
    // no verb of money
    ['the/DET £/SYM 40/NUM m/NUM Zentek/PROPN mentioned/VERB ./PUNCT', [['Zentek', 'Company']], []],
  ];
  tableTests(table);
});

describe('business: filing for bankruptcy, on the words', () => {
  const table: Array<[string, string[]]> = [
    ['news/NOUN of/ADP Zentek/PROPN filing/NOUN for/ADP insolvency/NOUN ./PUNCT',
      ['Zentek | file for | insolvency | + |  | fact']],
    ['Zentek/PROPN formally/ADV filed/VERB for/ADP receivership/NOUN on/ADP Monday/PROPN ./PUNCT', ['Zentek | file for | receivership | + |  | fact']],
    // a filing for something else, and a person's
    ['Zentek/PROPN filed/VERB for/ADP a/DET trademark/NOUN ./PUNCT', []],
    ['Ada/PROPN Lind/PROPN filed/VERB for/ADP bankruptcy/NOUN ./PUNCT', []],
  ];
  for (const [sentence, rows] of table) {
    it(sentence.replace(/\/\S+/g, ''), () => {
      const names: Array<[string, EntityType]> = sentence.startsWith('Ada') ? [['Ada Lind', 'Person']] : [['Zentek', 'Company']];
      expect(run([{ rows: tagged(sentence), mentions: names }])).toEqual(rows);
    });
  }
});

describe('business: what a thing is worth', () => {
  it('the subject of the verb a "to be worth" clause completes: "the painter was believed to be worth $8m"', () => {
    const rows = `
      The the DET DT 2 det
      painter painter NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      believed believe VERB VBN 0 root
      to to PART TO 7 mark
      be be AUX VB 7 cop
      worth worth ADJ JJ 4 xcomp
      $ $ SYM $ 7 obj
      8 8 NUM CD 10 compound
      m m NUM CD 8 nummod
      . . PUNCT . 4 punct`;
    // ("was believed to": hearsay, a claim with no one named)
    expect(run([{ rows }])).toEqual(['painter | amount | 8000000 | + |  | claim USD']);
  });

  it('the noun before "worth": "Kemco won a contract worth €600m"', () => {
    expect(run([{ rows: tagged('Kemco/PROPN won/VERB a/DET contract/NOUN worth/ADJ €/SYM 600/NUM m/NUM ./PUNCT'), mentions: [['Kemco', 'Company']] }]))
      .toEqual(['contract | amount | 600000000 | + |  | fact EUR']);
  });

  it('a phrase the parse ran on past "worth" is cut before it: "auditors flagged 140 claims worth €9m"', () => {
    const rows = `
      Auditors auditor NOUN NNS 2 nsubj
      flagged flag VERB VBD 0 root
      140 140 NUM CD 4 nummod
      claims claim NOUN NNS 2 obj
      worth worth ADJ JJ 4 amod
      € € SYM $ 5 obj
      9 9 NUM CD 8 compound
      m m NUM CD 6 nummod
      . . PUNCT . 2 punct`;
    expect(run([{ rows }])).toEqual(['140 claims | amount | 9000000 | + |  | fact EUR']);
  });
});
