// Table-driven tests of who a claim is attributed to where the parse does not say it: a speaker named after a
// description, a speaker's phrase at the end of the sentence that the parse did not make the subject, the source of
// "according to", and the sentences that go on with a report. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const acmeZed: SentenceSpec['mentions'] = [['Acme', 'Company'], ['Zed', 'Company']];
/** "Ann Lane said the levy would go.": a report outside quotation marks, which the sentence after it may go on with. */
const laneSaidLevy: SentenceSpec = { rows: `
  Ann Ann PROPN NNP 3 nsubj
  Lane Lane PROPN NNP 1 flat
  said say VERB VBD 0 root
  the the DET DT 5 det
  levy levy NOUN NN 7 nsubj
  would would AUX MD 7 aux
  go go VERB VB 3 ccomp
  . . PUNCT . 3 punct`, mentions: [['Ann Lane', 'Person']] };

describe('who makes a claim', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '"The firm\'s star witness, former finance chief Ann Lane, said that Acme sold Zed": the name set off speaks, the parse gave "said" no subject',
      specs: [{ rows: `
  The the DET DT 2 det
  firm firm NOUN NN 5 nmod:poss
  's 's PART POS 2 case
  star star NOUN NN 5 compound
  witness witness NOUN NN 14 obl
  , , PUNCT , 10 punct
  former former ADJ JJ 10 amod
  finance finance NOUN NN 9 compound
  chief chief NOUN NN 10 compound
  Ann Ann PROPN NNP 5 appos
  Lane Lane PROPN NNP 10 flat
  , , PUNCT , 5 punct
  has have AUX VBZ 14 aux
  said say VERB VBN 0 root
  that that SCONJ IN 17 mark
  Acme Acme PROPN NNP 17 nsubj
  sold sell VERB VBD 14 ccomp
  Zed Zed PROPN NNP 17 obj
  . . PUNCT . 14 punct`, mentions: [['Ann Lane', 'Person'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Ann Lane | claim'],
    },
    {
      name: '"Acme sold Zed last week, security officials said" with "week" read as the subject of "said": the officials say it',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 9 ccomp
  Zed Zed PROPN NNP 2 obj
  last last ADJ JJ 5 amod
  week week NOUN NN 9 nsubj
  , , PUNCT , 8 punct
  security security NOUN NN 8 compound
  officials official NOUN NNS 5 conj
  said say VERB VBD 0 root
  . . PUNCT . 9 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | security officials | claim'],
      not: ['Acme | sell | Zed | + | last week | claim'],
    },
    {
      name: '"Acme sold Zed, officials and Ann Lane of the bank said" with the speakers read as conjuncts of "Zed": speakers joined by "and", the person named speaks',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 12 ccomp
  Zed Zed PROPN NNP 2 obj
  , , PUNCT , 5 punct
  officials official NOUN NNS 3 conj
  and and CCONJ CC 7 cc
  Ann Ann PROPN NNP 3 conj
  Lane Lane PROPN NNP 7 flat
  of of ADP IN 11 case
  the the DET DT 11 det
  bank bank NOUN NN 7 nmod
  said say VERB VBD 0 root
  . . PUNCT . 12 punct`, mentions: [['Ann Lane', 'Person'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Ann Lane | claim'],
    },
    {
      name: '"The police issued a statement. Acme sold Zed, the statement said" with "statement" read as an apposition: the police say it',
      specs: [{ rows: `
  The the DET DT 2 det
  police police NOUN NNS 3 nsubj
  issued issue VERB VBD 0 root
  a a DET DT 5 det
  statement statement NOUN NN 3 obj
  . . PUNCT . 3 punct` }, { rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 7 ccomp
  Zed Zed PROPN NNP 2 obj
  , , PUNCT , 6 punct
  the the DET DT 6 det
  statement statement NOUN NN 3 appos
  said say VERB VBD 0 root
  . . PUNCT . 7 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | police | claim'],
    },
    {
      name: '"Acme sold Zed, the staff were told": who was told is no speaker',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 8 ccomp
  Zed Zed PROPN NNP 2 obj
  , , PUNCT , 6 punct
  the the DET DT 6 det
  staff staff NOUN NN 8 nsubj:pass
  were be AUX VBD 8 aux:pass
  told tell VERB VBN 0 root
  . . PUNCT . 8 punct`, mentions: acmeZed }],
      want: [],
      not: ['Acme | sell | Zed | + | staff | claim'],
    },
    {
      name: '"Acme sold Zed, according to the Lima-based journal Market Digest": the journal says it, not the city it is based in',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed Zed PROPN NNP 2 obj
  , , PUNCT , 13 punct
  according accord VERB VBG 13 case
  to to ADP IN 5 fixed
  the the DET DT 13 det
  Lima Lima PROPN NNP 10 compound
  ~- - PUNCT HYPH 8 punct
  ~based base VERB VBN 13 amod
  journal journal NOUN NN 13 compound
  Market market NOUN NN 13 compound
  Digest digest NOUN NN 2 obl
  . . PUNCT . 2 punct`, mentions: [['Lima', 'City'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Lima-based journal Market Digest | claim'],
      not: ['Acme | sell | Zed | + | Lima | claim'],
    },
    {
      name: '"Acme sold Zed, according to reports compiled by the Voss Institute": the reports are the institute\'s',
      specs: [{ rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed Zed PROPN NNP 2 obj
  , , PUNCT , 7 punct
  according accord VERB VBG 7 case
  to to ADP IN 5 fixed
  reports report NOUN NNS 2 obl
  compiled compile VERB VBN 7 acl
  by by ADP IN 12 case
  the the DET DT 12 det
  Voss Voss PROPN NNP 12 compound
  Institute Institute PROPN NNP 8 obl:agent
  . . PUNCT . 2 punct`, mentions: [['Voss Institute', 'Organization'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Voss Institute | claim'],
    },
    {
      name: '"Reports from Ardania say Acme sold Zed": the reports speak; a country after "from" is where they come from, not who issued them',
      specs: [{ rows: `
  Reports report NOUN NNS 4 nsubj
  from from ADP IN 3 case
  Ardania Ardania PROPN NNP 1 nmod
  say say VERB VBP 0 root
  Acme Acme PROPN NNP 6 nsubj
  sold sell VERB VBD 4 ccomp
  Zed Zed PROPN NNP 6 obj
  . . PUNCT . 4 punct`, mentions: [['Ardania', 'Country'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Reports from Ardania | claim'],
      not: ['Acme | sell | Zed | + | Ardania | claim'],
    },
    {
      name: '"Ardanian officials said Acme sold Zed": the officials say it, not the country their demonym names',
      specs: [{ rows: `
  Ardanian Ardanian ADJ JJ 2 amod
  officials official NOUN NNS 3 nsubj
  said say VERB VBD 0 root
  Acme Acme PROPN NNP 5 nsubj
  sold sell VERB VBD 3 ccomp
  Zed Zed PROPN NNP 5 obj
  . . PUNCT . 3 punct`, mentions: [['Ardanian', 'Country', 'Ardania'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + | Ardanian officials | claim'],
      not: ['Acme | sell | Zed | + | Ardania | claim'],
    },
    {
      name: '`"We sold Zed to Acme," said Ann Lane on hearing the news` with "Acme" read as the subject of "said": the name after the verb speaks',
      specs: [{ rows: `
  " " PUNCT \`\` 9 punct
  We we PRON PRP 3 nsubj
  sold sell VERB VBD 9 ccomp
  Zed Zed PROPN NNP 3 obj
  to to ADP IN 6 case
  Acme Acme PROPN NNP 9 nsubj
  ~, , PUNCT , 3 punct
  ~" " PUNCT '' 3 punct
  said say VERB VBD 0 root
  Ann Ann PROPN NNP 9 obl:unmarked
  Lane Lane PROPN NNP 10 flat
  on on ADP IN 13 mark
  hearing hear VERB VBG 9 advcl
  the the DET DT 15 det
  news news NOUN NN 13 obj
  . . PUNCT . 9 punct`, mentions: [['Ann Lane', 'Person'], ...acmeZed!] }],
      want: ['We | sell | Zed | + | Ann Lane | claim'],
      not: ['We | sell | Zed | + | Acme | claim'],
    },
    {
      name: '"Ann Lane said the levy would go. Acme would sell Zed." and then a sentence of the article\'s own: the report goes on with "would", and ends',
      specs: [laneSaidLevy, { rows: `
  Acme Acme PROPN NNP 3 nsubj
  would would AUX MD 3 aux
  sell sell VERB VB 0 root
  Zed Zed PROPN NNP 3 obj
  . . PUNCT . 3 punct`, mentions: acmeZed }, { rows: `
  Zed Zed PROPN NNP 2 nsubj
  hired hire VERB VBD 0 root
  Acme Acme PROPN NNP 2 obj
  . . PUNCT . 2 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | Ann Lane | claim', 'Zed | hire | Acme | + |  | fact'],
    },
    {
      name: '"Ann Lane said the levy would go. Tom Hale could not reach Zed.": another person named as the subject is the article\'s narration',
      specs: [laneSaidLevy, { rows: `
  Tom Tom PROPN NNP 4 nsubj
  Hale Hale PROPN NNP 1 flat
  could could AUX MD 4 aux
  reach reach VERB VB 0 root
  Zed Zed PROPN NNP 4 obj
  . . PUNCT . 4 punct`, mentions: [['Tom Hale', 'Person'], ['Zed', 'Company']] }],
      want: ['Tom Hale | reach | Zed | + |  | claim'],
      not: ['Tom Hale | reach | Zed | + | Ann Lane | claim'],
    },
    {
      name: '"Ann Lane said the levy would go. Acme sold Zed.": a sentence without a modal of report is the article\'s',
      specs: [laneSaidLevy, { rows: `
  Acme Acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed Zed PROPN NNP 2 obj
  . . PUNCT . 2 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + |  | fact'],
    },
  ])('$name', ({ specs, want, not }) => {
    const got = extract(analysisOf(specs), { minConfidence: 0 }).map(show);
    for (const w of want) expect(got).toContain(w);
    for (const n of not ?? []) expect(got).not.toContain(n);
  });
});
