// Table-driven tests of claims the article reports, not states: who makes them (a document, a believer, a speaker set off
// in the middle of a sentence) and claims with no one named (hearsay). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotedTokens, speechFrames } from '../../src/extract/speech.js';
import { contextOf } from '../../src/extract/context.js';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

const acmeZed: SentenceSpec['mentions'] = [['Acme', 'Company'], ['Zed', 'Company']];
const laneAcmeZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ...acmeZed!];

describe('claims and their makers', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '`the firm sold Zed," the police said`: a closing mark alone ends a quotation the splitter opened before; the police say it',
      specs: [{ rows: `
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed zed PROPN NNP 2 obj
  ~, , PUNCT , 2 punct
  ~" " PUNCT '' 7 punct
  the the DET DT 7 det
  police police NOUN NN 8 nsubj
  said say VERB VBD 2 parataxis
  . . PUNCT . 2 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | police | claim'],
    },
    {
      name: '"Lane published a report which said that Acme sold Zed": the report speaks for whoever published it',
      specs: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  published publish VERB VBD 0 root
  a a DET DT 4 det
  report report NOUN NN 2 obj
  which which PRON WDT 6 nsubj
  said say VERB VBD 4 acl:relcl
  that that SCONJ IN 9 mark
  Acme acme PROPN NNP 9 nsubj
  sold sell VERB VBD 6 ccomp
  Zed zed PROPN NNP 9 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }],
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '"Lane said in a statement ... . The statement said Acme sold Zed": the statement is the one Lane issued',
      specs: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  spoke speak VERB VBD 0 root
  in in ADP IN 5 case
  a a DET DT 5 det
  statement statement NOUN NN 2 obl
  . . PUNCT . 2 punct`, mentions: [['Lane', 'Person']] }, { rows: `
  Later later ADV RB 4 advmod
  the the DET DT 3 det
  statement statement NOUN NN 4 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 6 nsubj
  sold sell VERB VBD 4 ccomp
  Zed zed PROPN NNP 6 obj
  . . PUNCT . 4 punct`, mentions: acmeZed }],
      // ("spoke in a statement" is no verb of saying: nobody issued a statement, the statement itself speaks)
      want: ['Acme | sell | Zed | + | statement | claim'],
    },
    {
      name: '"Lane told reporters in a statement ... . The statement said Acme sold Zed": who spoke in the statement earlier says it',
      specs: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  told tell VERB VBD 0 root
  reporters reporter NOUN NNS 2 obj
  in in ADP IN 6 case
  a a DET DT 6 det
  statement statement NOUN NN 2 obl
  . . PUNCT . 2 punct`, mentions: [['Lane', 'Person']] }, { rows: `
  The the DET DT 2 det
  statement statement NOUN NN 3 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 5 nsubj
  sold sell VERB VBD 3 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 3 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '"Unions were convinced that Acme had sold Zed": a belief is the believer\'s claim, not a fact',
      specs: [{ rows: `
  Unions union NOUN NNS 3 nsubj:pass
  were be AUX VBD 3 aux:pass
  convinced convince VERB VBN 0 root
  that that SCONJ IN 7 mark
  Acme acme PROPN NNP 7 nsubj
  had have AUX VBD 7 aux
  sold sell VERB VBN 3 ccomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 3 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | Unions | claim'],
    },
    {
      name: '"Lane is sure Acme sold Zed": a belief stated with an adjective',
      specs: [{ rows: `
  Lane lane PROPN NNP 3 nsubj
  is be AUX VBZ 3 cop
  sure sure ADJ JJ 0 root
  Acme acme PROPN NNP 5 nsubj
  sold sell VERB VBD 3 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 3 punct`, mentions: laneAcmeZed }],
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '"The Harvest Riot revealed that Acme sold Zed": an event as the subject of "reveal" speaks no words',
      specs: [{ rows: `
  The the DET DT 3 det
  Harvest harvest PROPN NNP 3 compound
  Riot riot PROPN NNP 4 nsubj
  revealed reveal VERB VBD 0 root
  that that SCONJ IN 7 mark
  Acme acme PROPN NNP 7 nsubj
  sold sell VERB VBD 4 ccomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 4 punct`, mentions: [['Harvest Riot', 'Event'], ...acmeZed!] }],
      want: ['Acme | sell | Zed | + |  | fact'],
    },
    {
      name: '"Zed found marks which suggest Acme forged the deed": a relative clause on a thing is no one speaking',
      specs: [{ rows: `
  Zed zed PROPN NNP 2 nsubj
  found find VERB VBD 0 root
  marks mark NOUN NNS 2 obj
  which which PRON WDT 5 nsubj
  suggest suggest VERB VBP 3 acl:relcl
  Acme acme PROPN NNP 7 nsubj
  forged forge VERB VBD 5 ccomp
  the the DET DT 9 det
  deed deed NOUN NN 7 obj
  . . PUNCT . 2 punct`, mentions: acmeZed }],
      want: ['Zed | find | marks | + |  | fact'],
      not: ['marks'],
    },
    {
      name: '"Acme\'s Ann Lee believes Zed will sell", the body read as the subject: the person after its possessive speaks',
      specs: [{ rows: `
  Acme acme PROPN NNP 5 nsubj
  's 's PART POS 1 case
  Ann ann PROPN NNP 4 compound
  Lee lee PROPN NNP 1 appos
  believes believe VERB VBZ 0 root
  Zed zed PROPN NNP 8 nsubj
  will will AUX MD 8 aux
  sell sell VERB VB 5 ccomp
  Acme acme PROPN NNP 8 obj
  . . PUNCT . 5 punct`, mentions: [['Acme', 'Company'], ['Ann Lee', 'Person'], ['Zed', 'Company']] }],
      want: ['Zed | sell | Acme | + | Ann Lee | claim'],
    },
    {
      name: '"Acme sold Zed, her lawyer, Ann Lee, said.": the name set off between the words said and the verb speaks',
      specs: [{ rows: `
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed zed PROPN NNP 2 obj
  , , PUNCT , 6 punct
  her her PRON PRP$ 6 nmod:poss
  lawyer lawyer NOUN NN 2 conj
  , , PUNCT , 8 punct
  Ann ann PROPN NNP 6 appos
  Lee lee PROPN NNP 8 flat
  , , PUNCT , 2 punct
  said say VERB VBD 2 parataxis
  . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company'], ['Ann Lee', 'Person']] }],
      want: ['Acme | sell | Zed | + | Ann Lee | claim'],
    },
    {
      name: '"A party spokesman said ... . He said Acme sold Zed": "he" is the spokesman who spoke last, not a person named in passing',
      specs: [{ rows: `
  A a DET DT 3 det
  party party NOUN NN 3 compound
  spokesman spokesman NOUN NN 4 nsubj
  criticised criticise VERB VBD 0 root
  Ann ann PROPN NNP 6 compound
  Lee lee PROPN NNP 4 obj
  , , PUNCT , 8 punct
  saying say VERB VBG 4 advcl
  Zed zed PROPN NNP 10 nsubj
  failed fail VERB VBD 8 ccomp
  . . PUNCT . 4 punct`, mentions: [['Ann Lee', 'Person'], ['Zed', 'Company']] }, { rows: `
  He he PRON PRP 2 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 4 nsubj
  sold sell VERB VBD 2 ccomp
  Zed zed PROPN NNP 4 obj
  . . PUNCT . 2 punct`, mentions: acmeZed }],
      want: ['Acme | sell | Zed | + | party spokesman | claim'],
    },
    {
      name: '"Lane told Reyes that the price was low because Acme had sold Zed": the reason clause hung on "told" runs on from the words said',
      specs: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  told tell VERB VBD 0 root
  Reyes reyes PROPN NNP 2 iobj
  that that SCONJ IN 8 mark
  the the DET DT 6 det
  price price NOUN NN 8 nsubj
  was be AUX VBD 8 cop
  low low ADJ JJ 2 ccomp
  because because SCONJ IN 12 mark
  Acme acme PROPN NNP 12 nsubj
  had have AUX VBD 12 aux
  sold sell VERB VBN 2 advcl
  Zed zed PROPN NNP 12 obj
  . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person'], ...laneAcmeZed!] }],
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '"Lane said she was unaware of the plan, arguing that Acme sold Zed": the participle set off after "plan" is Lane\'s, as an adverbial clause would be',
      specs: [{ rows: `
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  she she PRON PRP 5 nsubj
  was be AUX VBD 5 cop
  unaware unaware ADJ JJ 2 ccomp
  of of ADP IN 8 case
  the the DET DT 8 det
  plan plan NOUN NN 5 obl
  , , PUNCT , 10 punct
  arguing argue VERB VBG 8 acl
  that that SCONJ IN 13 mark
  Acme acme PROPN NNP 13 nsubj
  sold sell VERB VBD 10 ccomp
  Zed zed PROPN NNP 13 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }],
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
  ])('$name', ({ specs, want, not }) => {
    const got = dependencyRelations(analysisOf(specs)).map(show);
    for (const w of want) expect(got, got.join('\n')).toContain(w);
    // (no row has the unwanted word as its speaker)
    for (const n of not ?? []) expect(got.filter((g) => g.split(' | ')[4]!.includes(n)), got.join('\n')).toEqual([]);
  });
});

describe('claims with no one named who makes them', () => {
  it.each<{ name: string; spec: SentenceSpec; want: string[] }>([
    {
      name: '"the sale is widely believed to have been made by Acme": a claim, of no one named',
      spec: { rows: `
  The the DET DT 2 det
  sale sale NOUN NN 5 nsubj:pass
  is be AUX VBZ 5 aux:pass
  widely widely ADV RB 5 advmod
  believed believe VERB VBN 0 root
  to to PART TO 9 mark
  have have AUX VB 9 aux
  been be AUX VBN 9 aux:pass
  made make VERB VBN 5 xcomp
  by by ADP IN 11 case
  Acme acme PROPN NNP 9 obl:agent
  . . PUNCT . 5 punct`, mentions: [['Acme', 'Company']] },
      want: ['Acme | make | sale | + |  | claim'],
    },
    {
      name: '"Acme reportedly bought Zed": a reporting adverb makes the clause a claim',
      spec: { rows: `
  Acme acme PROPN NNP 3 nsubj
  reportedly reportedly ADV RB 3 advmod
  bought buy VERB VBD 0 root
  Zed zed PROPN NNP 3 obj
  . . PUNCT . 3 punct`, mentions: acmeZed },
      want: ['Acme | acquire | Zed | + |  | claim'],
    },
    {
      name: '"Lane said Acme reportedly bought Zed": inside someone\'s words, the claim stays the speaker\'s',
      spec: { rows: `
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Acme acme PROPN NNP 5 nsubj
  reportedly reportedly ADV RB 5 advmod
  bought buy VERB VBD 2 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed },
      want: ['Acme | acquire | Zed | + | Lane | claim'],
    },
    {
      name: '"Lane studied allegations Acme bribed Zed": a report noun with a clause that lacks nothing is its content',
      spec: { rows: `
  Lane lane PROPN NNP 2 nsubj
  studied study VERB VBD 0 root
  allegations allegation NOUN NNS 2 obj
  Acme acme PROPN NNP 5 nsubj
  bribed bribe VERB VBD 3 acl
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed },
      want: ['Acme | bribe | Zed | + |  | claim'],
    },
  ])('$name', ({ spec, want }) => {
    const got = dependencyRelations(analysisOf([spec])).map(show);
    for (const w of want) expect(got, got.join('\n')).toContain(w);
  });
});

describe('frames of a speaker set off in the middle of a sentence', () => {
  it('"The main risk, Lane said, is Acme": Lane says the whole sentence, her phrase and its commas aside', () => {
    const analysis = analysisOf([{ rows: `
  The the DET DT 3 det
  main main ADJ JJ 3 amod
  risk risk NOUN NN 6 nsubj
  , , PUNCT , 5 punct
  Lane lane PROPN NNP 6 nsubj
  said say VERB VBD 0 root
  , , PUNCT , 6 punct
  is be AUX VBZ 9 cop
  Acme acme PROPN NNP 6 ccomp
  . . PUNCT . 6 punct`, mentions: [['Lane', 'Person'], ['Acme', 'Company']] }]);
    const v = viewsOf(analysis)[0]!;
    const frames = speechFrames(contextOf(analysis), v);
    expect(frames.map((f) => [f.speaker?.text, [...f.content].sort((a, b) => a - b).map((k) => v.tokens[k]!.text).join(' ')])).toEqual([['Lane', 'The main risk is Acme .']]);
  });

  it('`spot," the police said`: only the words before a lone closing mark are quoted', () => {
    const analysis = analysisOf([{ rows: `
  It it PRON PRP 2 nsubj
  exploded explode VERB VBD 0 root
  ~, , PUNCT , 2 punct
  ~" " PUNCT '' 6 punct
  the the DET DT 6 det
  police police NOUN NN 7 nsubj
  said say VERB VBD 2 parataxis
  . . PUNCT . 2 punct` }]);
    const v = viewsOf(analysis)[0]!;
    expect([...quotedTokens(v)].map((k) => v.tokens[k]!.text).join(' ')).toBe('It exploded ,');
  });
});
