// Table-driven tests of "help" with an infinitive: the helper had a part in the act ("Acme | help cut | costs"), it did
// not do the act alone; with an object, the one helped does the act and the helper has a part in it beside. Sentences
// written for the tests, hand-parsed as the parser reads them (the clause reading of "helped Zed rebuild" too).
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[]; absent: string[] }> = [
  {
    name: '"Acme will help cut costs": the act is the helper\'s part, labelled with "help"',
    specs: [{ rows: `
      Acme Acme PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      help help VERB VB 0 root
      cut cut VERB VB 3 xcomp
      costs cost NOUN NNS 4 obj
      . . PUNCT . 3 punct`, mentions: [['Acme', 'Company']] }],
    expect: ['Acme | helpCut | costs | + |  | claim'],
    absent: ['Acme | cut | costs | + |  | claim'],
  },
  {
    name: '"Acme helped to fund the Zed stadium": with "to" the same',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      helped help VERB VBD 0 root
      to to PART TO 4 mark
      fund fund VERB VB 2 xcomp
      the the DET DT 7 det
      Zed Zed PROPN NNP 7 compound
      stadium stadium NOUN NN 4 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
    expect: ['Acme | helpFund | Zed stadium | + |  | fact'],
    absent: ['Acme | fund | Zed stadium | + |  | fact'],
  },
  {
    name: '"Acme helped Zed rebuild the bridge" read as a clause: Zed rebuilds it, Acme helps rebuild it',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      helped help VERB VBD 0 root
      Zed Zed PROPN NNP 4 nsubj
      rebuild rebuild VERB VB 2 ccomp
      the the DET DT 6 det
      bridge bridge NOUN NN 4 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
    expect: ['Zed | rebuild | bridge | + |  | fact', 'Acme | helpRebuild | bridge | + |  | fact'],
    absent: [],
  },
  {
    name: '"Acme helped Zed to win the contract": the help itself stays, the win is Zed\'s, Acme helped win it',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      helped help VERB VBD 0 root
      Zed Zed PROPN NNP 2 obj
      to to PART TO 5 mark
      win win VERB VB 2 xcomp
      the the DET DT 7 det
      contract contract NOUN NN 5 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
    expect: ['Acme | help | Zed | + |  | fact', 'Zed | win | contract | + |  | fact', 'Acme | helpWin | contract | + |  | fact'],
    absent: [],
  },
  {
    name: '"Acme says Zed paid the fee": a clause under another verb is read as it was',
    specs: [{ rows: `
      Acme Acme PROPN NNP 2 nsubj
      says say VERB VBZ 0 root
      Zed Zed PROPN NNP 4 nsubj
      paid pay VERB VBD 2 ccomp
      the the DET DT 6 det
      fee fee NOUN NN 4 obj
      . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
    expect: [],
    absent: ['Acme | helpPay | fee | + |  | fact'],
  },
];

describe('help with an infinitive', () => {
  it.each(cases)('$name', ({ specs, expect: want, absent }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
