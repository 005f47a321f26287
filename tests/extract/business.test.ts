// Table-driven tests of the business rules (src/extract/business): a firm's figures, who owns what, who buys whom. The
// sentences are written for the tests, with invented names; most are tagged only (the rules read the words), a few parsed.
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
    ["Borla/PROPN 's/PART yearly/ADJ sales/NOUN are/AUX $/SYM 1.3/NUM bn/NUM ./PUNCT", [['Borla', 'Company']],
      ['Borla | yearly sales | 1300000000 | + |  | fact USD']],
    ['bringing/VERB the/DET deal/NOUN \'s/PART total/ADJ value/NOUN to/ADP $/SYM 9/NUM bn/NUM ./PUNCT', [],
      ['deal | total value | 9000000000 | + |  | fact USD']],
    ['Kemco/PROPN profits/NOUN rose/VERB 12/NUM %/SYM to/ADP £/SYM 2.4/NUM bn/NUM ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | profits | 2400000000 | + |  | fact GBP']],
    ['Kemco/PROPN \'s/PART debts/NOUN stood/VERB at/ADP nearly/ADV €/SYM 5/NUM m/NUM ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | debts | 5000000 | + |  | fact EUR approx']],
    ['Kemco/PROPN \'s/PART takings/NOUN of/ADP up/ADP to/ADP $/SYM 4/NUM m/NUM were/AUX counted/VERB ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | takings | 4000000 | + |  | fact USD max']],
    // no holder: a measure with no possessor, no name before it and no verb of having
    ['tax/NOUN receipts/NOUN rose/VERB to/ADP £/SYM 3/NUM bn/NUM ./PUNCT', [], []],
    // a count is no amount of money, and a prize no measure of a firm
    ['Kemco/PROPN \'s/PART sales/NOUN of/ADP 5/NUM million/NUM cars/NOUN ./PUNCT', [['Kemco', 'Company']], []],
    ['Kemco/PROPN \'s/PART prize/NOUN of/ADP $/SYM 5/NUM m/NUM ./PUNCT', [['Kemco', 'Company']], []],
  ];
  tableTests(table);

  it('the subject of a verb of having holds the measure it takes: "Zentek reported annual sales of $5bn"', () => {
    const rows = `
      Zentek Zentek PROPN NNP 2 nsubj
      reported report VERB VBD 0 root
      annual annual ADJ JJ 4 amod
      sales sale NOUN NNS 2 obj
      of of ADP IN 6 case
      $ $ SYM $ 4 nmod
      5 5 NUM CD 8 compound
      bn bn NUM CD 6 nummod
      . . PUNCT . 2 punct`;
    expect(run([{ rows, mentions: [['Zentek', 'Company']] }])).toEqual(['Zentek | annual sales | 5000000000 | + |  | fact USD']);
  });

  it('an active "give" hands the measure to its indirect object: "Norland gave Kemco a budget of £5m"', () => {
    const rows = `
      Norland Norland PROPN NNP 2 nsubj
      gave give VERB VBD 0 root
      Kemco Kemco PROPN NNP 2 iobj
      a a DET DT 5 det
      budget budget NOUN NN 2 obj
      of of ADP IN 7 case
      £ £ SYM $ 5 nmod
      5 5 NUM CD 9 compound
      m m NUM CD 7 nummod
      . . PUNCT . 2 punct`;
    expect(run([{ rows, mentions: [['Norland', 'Country'], ['Kemco', 'Company']] }])).toEqual(['Kemco | budget | 5000000 | + |  | fact GBP']);
  });

  it('through a relative pronoun to the noun its clause describes: "the vase, which was given an estimate of £2m"', () => {
    const rows = `
      The the DET DT 2 det
      vase vase NOUN NN 0 root
      , , PUNCT , 6 punct
      which which PRON WDT 6 nsubj:pass
      was be AUX VBD 6 aux:pass
      given give VERB VBN 2 acl:relcl
      an a DET DT 8 det
      estimate estimate NOUN NN 6 obj
      of of ADP IN 10 case
      £ £ SYM $ 8 nmod
      2 2 NUM CD 12 compound
      m m NUM CD 10 nummod
      . . PUNCT . 2 punct`;
    expect(run([{ rows }])).toEqual(['vase | estimate | 2000000 | + |  | fact GBP']);
  });

  it('a measure in a "with" phrase is the clause subject\'s: "the group will run 900 shops, with sales of $5bn"', () => {
    const rows = `
      The the DET DT 2 det
      group group NOUN NN 4 nsubj
      will will AUX MD 4 aux
      run run VERB VB 0 root
      900 900 NUM CD 6 nummod
      shops shop NOUN NNS 4 obj
      , , PUNCT , 9 punct
      with with ADP IN 9 case
      sales sale NOUN NNS 4 obl
      of of ADP IN 11 case
      $ $ SYM $ 9 nmod
      5 5 NUM CD 13 compound
      bn bn NUM CD 11 nummod
      . . PUNCT . 4 punct`;
    expect(run([{ rows }])).toEqual(['group | sales | 5000000000 | + |  | fact USD']);
  });
});

describe('business: who owns what', () => {
  const table: Array<[string, Array<[string, EntityType]>, string[]]> = [
    ['Acme/PROPN Holdings/PROPN ,/PUNCT owner/NOUN of/ADP Zentek/PROPN and/CCONJ Borla/PROPN ,/PUNCT said/VERB so/ADV ./PUNCT',
      [['Acme Holdings', 'Company'], ['Zentek', 'Company'], ['Borla', 'Company']],
      ['Acme Holdings | owner of | Zentek | + |  | fact', 'Acme Holdings | owner of | Borla | + |  | fact']],
    ['Kemco/PROPN -/PUNCT a/DET unit/NOUN of/ADP Acme/PROPN -/PUNCT closed/VERB ./PUNCT', [['Kemco', 'Company'], ['Acme', 'Company']],
      ['Kemco | part of | Acme | + |  | fact']],
    ['Kemco/PROPN ,/PUNCT the/DET main/ADJ production/NOUN unit/NOUN of/ADP Acme/PROPN ,/PUNCT closed/VERB ./PUNCT', [['Kemco', 'Company'], ['Acme', 'Company']],
      ['Kemco | part of | Acme | + |  | fact']],
    ['Acme/PROPN \'s/PART subsidiary/NOUN Zentek/PROPN grew/VERB ./PUNCT', [['Acme', 'Company'], ['Zentek', 'Company']],
      ['Zentek | part of | Acme | + |  | fact']],
    ['Zentek/PROPN owner/NOUN Ada/PROPN Lind/PROPN spoke/VERB ./PUNCT', [['Zentek', 'Company'], ['Ada Lind', 'Person']],
      ['Ada Lind | owner of | Zentek | + |  | fact']],
    // "parent company of"; a name the recogniser left out before the apposition
    ['Kemrow/PROPN ,/PUNCT parent/NOUN company/NOUN of/ADP Zentek/PROPN ,/PUNCT grew/VERB ./PUNCT', [['Zentek', 'Company']],
      ['Kemrow | owner of | Zentek | + |  | fact']],
    // "its" left alone by coreference: the firm named last before it in the sentence
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
    ['Acme/PROPN Holdings/PROPN is/AUX to/PART buy/VERB rival/VERB Zentek/PROPN for/ADP $/SYM 4/NUM bn/NUM ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact (planned)', 'acquisition | amount | 4000000000 | + |  | fact USD']],
    ['Acme/PROPN Holdings/PROPN has/AUX bought/VERB its/PRON former/ADJ parent/NOUN Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact']],
    ['Acme/PROPN Holdings/PROPN will/AUX acquire/VERB Zentek/PROPN ./PUNCT', ['Acme Holdings | acquire | Zentek | + |  | fact (future)']],
    // denied (the relations' row), a name that modifies a noun, a bare verb with nothing before it
    ['Acme/PROPN Holdings/PROPN did/AUX not/PART buy/VERB Zentek/PROPN ./PUNCT', []],
    ['Acme/PROPN Holdings/PROPN took/VERB over/ADP the/DET Zentek/PROPN job/NOUN ./PUNCT', []],
    ['Acme/PROPN Holdings/PROPN buy/VERB Zentek/PROPN ./PUNCT', []],
  ];
  for (const [sentence, rows] of table) {
    it(sentence.replace(/\/\S+/g, ''), () => {
      expect(run([{ rows: tagged(sentence), mentions: [['Acme Holdings', 'Company'], ['Zentek', 'Company']] }])).toEqual(rows);
    });
  }
});

describe('business: an amount an object relative is about', () => {
  const table: Array<[string, Array<[string, EntityType]>, string[]]> = [
    ['near/ADP the/DET $/SYM 2/NUM bn/NUM Zentek/PROPN owes/VERB/owe in/ADP taxes/NOUN ./PUNCT', [['Zentek', 'Company']],
      ['Zentek | owe | 2000000000 | + |  | fact USD']],
    // a reporting verb's subject claims it
    ['near/ADP the/DET $/SYM 2/NUM bn/NUM Norland/PROPN says/VERB/say Zentek/PROPN owes/VERB/owe ./PUNCT', [['Norland', 'Country'], ['Zentek', 'Company']],
      ['Zentek | owe | 2000000000 | + | Norland | claim USD']],
    ['the/DET £/SYM 5/NUM m/NUM that/PRON Kemco/PROPN spent/VERB on/ADP him/PRON ./PUNCT', [['Kemco', 'Company']],
      ['Kemco | spend | 5000000 | + |  | fact GBP']],
    // the verb has an object of its own: the amount is not it
    ['the/DET $/SYM 2/NUM bn/NUM Zentek/PROPN owes/VERB/owe the/DET bank/NOUN ./PUNCT', [['Zentek', 'Company']], []],
    // no verb of money
    ['the/DET $/SYM 2/NUM bn/NUM Zentek/PROPN wanted/VERB ./PUNCT', [['Zentek', 'Company']], []],
  ];
  tableTests(table);
});

describe('business: filing for bankruptcy, on the words', () => {
  const table: Array<[string, string[]]> = [
    ['in/ADP response/NOUN to/ADP Zentek/PROPN filing/NOUN for/ADP Chapter/NOUN 11/NUM bankruptcy/NOUN protection/NOUN ./PUNCT',
      ['Zentek | file for | Chapter 11 bankruptcy protection | + |  | fact']],
    ['Zentek/PROPN has/AUX now/ADV filed/VERB for/ADP administration/NOUN ./PUNCT', ['Zentek | file for | administration | + |  | fact']],
    // a filing for something else, and a person's
    ['Zentek/PROPN filed/VERB for/ADP a/DET patent/NOUN ./PUNCT', []],
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
  it('the subject of the verb a "to be worth" clause completes: "the founder was thought to be worth £3m"', () => {
    const rows = `
      The the DET DT 2 det
      founder founder NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      thought think VERB VBN 0 root
      to to PART TO 7 mark
      be be AUX VB 7 cop
      worth worth ADJ JJ 4 xcomp
      £ £ SYM $ 7 obj
      3 3 NUM CD 10 compound
      m m NUM CD 8 nummod
      . . PUNCT . 4 punct`;
    // ("was thought to": hearsay, a claim with no one named)
    expect(run([{ rows }])).toEqual(['founder | amount | 3000000 | + |  | claim GBP']);
  });

  it('the noun before "worth": "a deal worth $4bn"', () => {
    expect(run([{ rows: tagged('Kemco/PROPN signed/VERB a/DET deal/NOUN worth/ADJ $/SYM 4/NUM bn/NUM ./PUNCT'), mentions: [['Kemco', 'Company']] }]))
      .toEqual(['deal | amount | 4000000000 | + |  | fact USD']);
  });
});
