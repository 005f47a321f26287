// Table-driven tests of the speaker memory: which earlier speaker or person a speaker pronoun ("he said") names.
import { describe, expect, it } from 'vitest';
import { quoteRun, quotedTokens, sameName, SpeakerMemory, speechFrames } from '../../src/extract/speech.js';
import { contextOf } from '../../src/extract/context.js';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';
import { dependencyRelations } from '../../src/extract/relations.js';
import type { EntityArgument } from '../../src/extract/candidate.js';

const person = (text: string): EntityArgument => ({ kind: 'entity', text, start: 0, end: text.length, type: 'Person' });

describe('SpeakerMemory.resolve', () => {
  it.each([
    { name: '"he" after a man who spoke', spoke: 'Tom Reyes', noted: undefined, pronoun: 'he', want: 'Tom Reyes' },
    { name: '"she" is no "Mr" who spoke last: the woman named after him', spoke: 'Mr Reyes', noted: 'Gwyneth Price', pronoun: 'she', want: 'Gwyneth Price' },
    { name: '"she" after a man, with no woman named: left as written', spoke: 'Tom Reyes', noted: undefined, pronoun: 'she', want: undefined },
    { name: '"he" is no woman whose given name says so', spoke: 'Gwyneth Price', noted: undefined, pronoun: 'he', want: undefined },
    { name: 'a name that says no gender fits both', spoke: 'Reyes', noted: undefined, pronoun: 'she', want: 'Reyes' },
  ])('$name', ({ spoke, noted, pronoun, want }) => {
    const memory = new SpeakerMemory();
    memory.resolve(person(spoke));
    if (noted) memory.notePerson(person(noted));
    expect(memory.resolve(person(pronoun))?.canonical).toBe(want);
  });
});

describe('quoteRun', () => {
  /** The words inside quotation marks, and whether a quotation is left open, of a sentence written word by word. */
  const run = (words: string, openAtStart: boolean): { inside: string; open: boolean; marked: boolean } => {
    const rows = words.split(' ').map((w) => `${w} ${w} X X - -`).join('\n');
    const [v] = viewsOf(analysisOf([{ rows }]));
    const r = quoteRun(v!, openAtStart);
    return { inside: [...r.inside].map((k) => v!.tokens[k]!.text).join(' '), open: r.open, marked: r.marked };
  };
  it.each([
    { words: 'Lee said : " We won', carried: false, want: { inside: 'We won', open: true, marked: true } },
    { words: '" We won .', carried: false, want: { inside: 'We won .', open: true, marked: true } },
    { words: 'They played well , " Lee said .', carried: true, want: { inside: 'They played well ,', open: false, marked: true } },
    { words: 'They played well .', carried: true, want: { inside: 'They played well .', open: true, marked: false } },
    { words: 'They played well .', carried: false, want: { inside: '', open: false, marked: false } },
    { words: 'Lee said " we won . "', carried: false, want: { inside: 'we won .', open: false, marked: true } },
    // a quotation within one, or a stray mark, leaves a toggled quotation open: it is not carried on
    { words: 'Lee warned of " cuts " and " deep changes .', carried: false, want: { inside: 'cuts deep changes .', open: false, marked: true } },
    { words: 'Lee said \u201c we won .', carried: false, want: { inside: 'we won .', open: true, marked: true } },
    // a straight mark after a comma opens when it stands apart from the comma and against the next word ('~' glues a word to the one before)
    { words: '" ~We won ~, ~" Lee said ~, " ~and it was hard .', carried: false, want: { inside: 'We won , and it was hard .', open: true, marked: true } },
    { words: '" ~We won ~, ~" Lee said ~, " ~and it was hard ~. ~"', carried: false, want: { inside: 'We won , and it was hard .', open: false, marked: true } },
  ])('$words (open before: $carried)', ({ words, carried, want }) => expect(run(words, carried)).toEqual(want));
});

// The people and firms of the sentences below: Lane speaks of Acme and Zed.
const laneAcmeZed: SentenceSpec['mentions'] = [['Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']];

// A quoted sentence spoken by a woman named Lane, whose own words say "I think" (written for the test).
const laneThinks = (speakerRows: string): SentenceSpec => ({ rows: `${speakerRows}
  " " PUNCT \`\` 7 punct
  I i PRON PRP 7 nsubj
  think think VERB VBP 3 ccomp
  Acme acme PROPN NNP 10 nsubj
  will will AUX MD 10 aux
  sell sell VERB VB 7 ccomp
  Zed zed PROPN NNP 10 obj
  . . PUNCT . 3 punct
  " " PUNCT '' 3 punct`, mentions: laneAcmeZed });

// `"We lost," said <name>.`: a quotation that opens and closes in one sentence, its speaker named after it.
const weLostSaid = (name: string): SentenceSpec => ({ rows: `
  " " PUNCT \`\` 3 punct
  We we PRON PRP 3 nsubj
  lost lose VERB VBD 0 root
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  said say VERB VBD 3 parataxis
  ${name} ${name.toLowerCase()} PROPN NNP 6 nsubj
  . . PUNCT . 3 punct`, mentions: [[name, 'Person']] });

describe('first-person speakers inside a quotation', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string }>([
    {
      name: '`Ms Lane said: "I think ..."`: the claim is Lane\'s, not an unnamed "I"\'s',
      specs: [laneThinks(`
  Ms ms PROPN NNP 2 compound
  Lane lane PROPN NNP 3 nsubj
  said say VERB VBD 0 root
  : : PUNCT : 3 punct`)],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
    {
      name: 'a quotation run on from the sentence before: its "I think" is the speaker named there',
      specs: [weLostSaid('Lane'), { rows: `
  " " PUNCT \`\` 3 punct
  I i PRON PRP 3 nsubj
  think think VERB VBP 0 root
  Acme acme PROPN NNP 6 nsubj
  will will AUX MD 6 aux
  sell sell VERB VB 3 ccomp
  Zed zed PROPN NNP 6 obj
  . . PUNCT . 3 punct
  " " PUNCT '' 3 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }],
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
  ])('$name', ({ specs, want }) => {
    expect(dependencyRelations(analysisOf(specs)).map(show)).toContain(want);
  });
});

// Sentences of a quotation that runs over several sentences (written for the test).
const kerrOpens: SentenceSpec = { rows: `
  Kerr kerr PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  : : PUNCT : 2 punct
  " " PUNCT \`\` 6 punct
  We we PRON PRP 6 nsubj
  lost lose VERB VBD 2 ccomp
  . . PUNCT . 2 punct`, mentions: [['Kerr', 'Person']] };
const acmeSells = (opening: boolean): SentenceSpec => ({ rows: `${opening ? '\n  " " PUNCT `` 4 punct' : ''}
  Acme acme PROPN NNP ${opening ? 4 : 3} nsubj
  will will AUX MD ${opening ? 4 : 3} aux
  sell sell VERB VB 0 root
  Zed zed PROPN NNP ${opening ? 4 : 3} obj
  . . PUNCT . ${opening ? 4 : 3} punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] });

// `It was hard," said Lane.`: the sentence that closes a quotation opened before it.
const laneCloses: SentenceSpec = { rows: `
  It it PRON PRP 3 nsubj
  was be AUX VBD 3 cop
  hard hard ADJ JJ 0 root
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  said say VERB VBD 3 parataxis
  Lane lane PROPN NNP 6 nsubj
  . . PUNCT . 3 punct`, mentions: [['Lane', 'Person']] };

describe('quotations over several sentences', () => {
  /** The relations of the sentences, with the space before sentence `paragraph` (if any) made a line break. */
  const relations = (specs: SentenceSpec[], paragraph?: number): string[] => {
    const analysis = analysisOf(specs);
    if (paragraph !== undefined) {
      const at = analysis.sentences[paragraph]!.start - 1;
      const text = analysis.document.text;
      (analysis.document as { text: string }).text = `${text.slice(0, at)}\n${text.slice(at + 1)}`;
    }
    return dependencyRelations(analysis).map(show);
  };
  it.each([
    {
      name: 'a sentence with no mark inside a quotation left open is the speaker\'s',
      specs: [kerrOpens, acmeSells(false)], paragraph: undefined, want: 'Acme | sell | Zed | + | Kerr | claim',
    },
    {
      name: 'a new paragraph that does not open with a quotation mark ends the quotation',
      specs: [kerrOpens, acmeSells(false)], paragraph: 1, want: 'Acme | sell | Zed | + |  | claim', // (a claim by its future tense, of no one)
    },
    {
      name: 'a quotation that opens and closes in a later sentence is the words of the one named there, not of the speaker before',
      specs: [weLostSaid('Kerr'), acmeSells(true), laneCloses],
      paragraph: undefined, want: 'Acme | sell | Zed | + | Lane | claim',
    },
  ])('$name', ({ specs, paragraph, want }) => expect(relations(specs, paragraph)).toContain(want));

  it('the words before the closing mark of a quotation opened in a sentence before are quoted, the speaker after it not', () => {
    const analysis = analysisOf([acmeSells(true), laneCloses]);
    const v = viewsOf(analysis)[1]!;
    expect([...quotedTokens(v)].map((k) => v.tokens[k]!.text).join(' ')).toBe('It was hard ,');
  });
});

// Speakers set off from the speech verb by commas, which the parser did not make its subject (sentences written for the test).
describe('speakers set off by commas', () => {
  it.each<{ name: string; spec: SentenceSpec; want: string[]; not?: string[] }>([
    {
      name: 'a relative clause between the name and "said": the name speaks, and the clause is no part of what is said',
      spec: { rows: `
  Lane lane PROPN NNP 4 nsubj
  , , PUNCT , 4 punct
  who who PRON WP 4 nsubj
  won win VERB VBD 8 ccomp
  a a DET DT 6 det
  prize prize NOUN NN 4 obj
  , , PUNCT , 4 punct
  said say VERB VBD 0 root
  Acme acme PROPN NNP 10 nsubj
  sold sell VERB VBD 8 ccomp
  Zed zed PROPN NNP 10 obj
  . . PUNCT . 8 punct`, mentions: laneAcmeZed },
      want: ['Acme | sell | Zed | + | Lane | claim', 'Lane | win | prize | + |  | fact'],
    },
    {
      name: '`"...," Lane, the firm\'s lawyer, said.`: the name after the quotation, its apposition read into the quotation',
      spec: { rows: `
  " " PUNCT \`\` 3 punct
  Acme acme PROPN NNP 3 nsubj
  sold sell VERB VBD 12 ccomp
  Zed zed PROPN NNP 3 obj
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  Lane lane PROPN NNP 4 appos
  , , PUNCT , 10 punct
  the the DET DT 10 det
  lawyer lawyer NOUN NN 7 appos
  , , PUNCT , 12 punct
  said say VERB VBD 0 root
  . . PUNCT . 12 punct`, mentions: laneAcmeZed },
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '`..., the Fund has said.`: the phrase between the last comma and a verb that ends the sentence',
      spec: { rows: `
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD 8 ccomp
  Zed zed PROPN NNP 2 obj
  , , PUNCT , 6 punct
  the the DET DT 6 det
  Fund fund PROPN NNP 3 appos
  has have AUX VBZ 8 aux
  said say VERB VBN 0 root
  . . PUNCT . 8 punct`, mentions: [['Fund', 'Organization'], ['Acme', 'Company'], ['Zed', 'Company']] },
      want: ['Acme | sell | Zed | + | Fund | claim'],
    },
    {
      name: '`Acme sold Zed, and Lane bought Kilo, the Guild has warned.`: the speaker at the end says every clause before its comma, however the parse hung the verb',
      spec: { rows: `
  Acme acme PROPN NNP 2 nsubj
  sold sell VERB VBD 0 root
  Zed zed PROPN NNP 2 obj
  , , PUNCT , 7 punct
  and and CCONJ CC 7 cc
  Lane lane PROPN NNP 7 nsubj
  bought buy VERB VBD 2 conj
  Kilo kilo PROPN NNP 14 ccomp
  , , PUNCT , 11 punct
  the the DET DT 11 det
  Guild guild PROPN NNP 8 parataxis
  has have AUX VBZ 13 aux
  warned warn VERB VBN 7 ccomp
  . . PUNCT . 2 punct`, mentions: [['Guild', 'Organization'], ['Acme', 'Company'], ['Zed', 'Company'], ['Lane', 'Person'], ['Kilo', 'Company']] },
      want: ['Acme | sell | Zed | + | Guild | claim'],
    },
    {
      name: '`Police said Tom Lane had hit a guard in Hull, and the mayor confirmed.`: words another speaker\'s verb reports before the comma stay that speaker\'s (review)',
      spec: { rows: `
  Police police NOUN NNS 2 nsubj
  said say VERB VBD 0 root
  Tom Tom PROPN NNP 6 nsubj
  Lane Lane PROPN NNP 3 flat
  had have AUX VBD 6 aux
  hit hit VERB VBN 2 ccomp
  a a DET DT 8 det
  guard guard NOUN NN 6 obj
  in in ADP IN 10 case
  Hull Hull PROPN NNP 6 obl
  , , PUNCT , 15 punct
  and and CCONJ CC 15 cc
  the the DET DT 14 det
  mayor mayor NOUN NN 15 nsubj
  confirmed confirm VERB VBN 6 conj
  . . PUNCT . 2 punct`, mentions: [['Tom Lane', 'Person'], ['Hull', 'City']] },
      want: ['Tom Lane | hit | guard | + | Police | claim'],
      not: ['Tom Lane | hit | guard | + | mayor | claim'],
    },
    {
      name: '`"..., others will," said Lane`: a subject inside the quotation is not who speaks it',
      spec: { rows: `
  " " PUNCT \`\` 4 punct
  Acme acme PROPN NNP 4 nsubj
  will will AUX MD 4 aux
  sell sell VERB VB 11 ccomp
  Zed zed PROPN NNP 4 obj
  , , PUNCT , 4 punct
  others other NOUN NNS 11 nsubj
  will will AUX MD 11 aux
  , , PUNCT , 8 punct
  " " PUNCT '' 8 punct
  said say VERB VBD 0 root
  Lane lane PROPN NNP 11 nsubj
  . . PUNCT . 11 punct`, mentions: laneAcmeZed },
      want: ['Acme | sell | Zed | + | Lane | claim'],
    },
    {
      name: '"Lane accused the firm of hiding Acme": what one is accused of is the accuser\'s claim, not a fact',
      spec: { rows: `
  Lane lane PROPN NNP 2 nsubj
  accused accuse VERB VBD 0 root
  the the DET DT 4 det
  firm firm NOUN NN 2 obj
  of of SCONJ IN 6 mark
  hiding hide VERB VBG 4 acl
  Acme acme PROPN NNP 6 obj
  . . PUNCT . 2 punct`, mentions: [['Lane', 'Person'], ['Acme', 'Company']] },
      want: ['firm | hide | Acme | + | Lane | claim', 'Lane | accuse | firm | + |  | fact'],
    },
    {
      name: 'a passive "accused" read as a complement of the main verb does not make the main clause a claim',
      spec: { rows: `
  Acme acme PROPN NNP 2 nsubj
  faces face VERB VBZ 0 root
  Zed zed PROPN NNP 2 obj
  whom whom PRON WP 7 obj
  he he PRON PRP 7 nsubj:pass
  was be AUX VBD 7 aux:pass
  accused accuse VERB VBN 2 ccomp
  of of ADP IN 9 case
  attacking attacking NOUN NN 7 obl
  . . PUNCT . 2 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] },
      want: ['Acme | face | Zed | + |  | fact'],
    },
  ])('$name', ({ spec, want, not = [] }) => {
    const got = dependencyRelations(analysisOf([spec])).map(show);
    for (const w of want) expect(got, got.join("\n")).toContain(w);
    for (const n of not) expect(got, got.join("\n")).not.toContain(n);
  });

  it('"said Lane, who will face Zed": the relative clause on the speaker is not what is said', () => {
    const analysis = analysisOf([{ rows: `
  " " PUNCT \`\` 3 punct
  Acme acme PROPN NNP 3 nsubj
  won win VERB VBD 6 ccomp
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  said say VERB VBD 0 root
  Lane lane PROPN NNP 6 nsubj
  , , PUNCT , 11 punct
  who who PRON WP 11 nsubj
  will will AUX MD 11 aux
  face face VERB VB 6 ccomp
  Zed zed PROPN NNP 11 obj
  . . PUNCT . 6 punct`, mentions: laneAcmeZed }]);
    const v = viewsOf(analysis)[0]!;
    const frames = speechFrames(contextOf(analysis), v);
    expect(frames.map((f) => [...f.content].map((k) => v.tokens[k]!.text).join(' '))).toEqual(['" Acme won , "']);
  });
});

// What someone is urged or called on to do is the asker's word, not a fact (sentences written for the test).
describe('demands', () => {
  const urged = (verb: string, lemma: string, on: boolean): SentenceSpec => ({ rows: `
  Lane lane PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root${on ? `
  on on ADP IN 4 case
  Acme acme PROPN NNP 2 obl
  to to PART TO 6 mark
  sell sell VERB VB 4 acl
  Zed zed PROPN NNP 6 obj
  . . PUNCT . 2 punct` : `
  Acme acme PROPN NNP 2 obj
  to to PART TO 5 mark
  sell sell VERB VB 2 xcomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`}`, mentions: laneAcmeZed });
  it.each([
    { name: '"Lane urged Acme to sell Zed"', spec: urged('urged', 'urge', false), want: 'Acme | sell | Zed | + | Lane | claim' },
    { name: '"Lane called on Acme to sell Zed"', spec: urged('called', 'call', true), want: 'Acme | sell | Zed | + | Lane | claim' },
    { name: '"Lane told Acme to sell Zed"', spec: urged('told', 'tell', false), want: 'Acme | sell | Zed | + | Lane | claim' },
    { name: '"Lane pressured Acme to sell Zed": pressure is asking too', spec: urged('pressured', 'pressure', false), want: 'Acme | sell | Zed | + | Lane | claim' },
    { name: '"Lane begged Acme to sell Zed": the one begged is who would sell', spec: urged('begged', 'beg', false), want: 'Acme | sell | Zed | + | Lane | claim' },
    {
      name: '"Lane said, urging Acme to sell Zed": a participle read as a complement asks in the reporting verb\'s subject\'s name',
      spec: { rows: `
  Lane lane PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  , , PUNCT , 4 punct
  urging urge VERB VBG 2 ccomp
  Acme acme PROPN NNP 4 obj
  to to PART TO 7 mark
  sell sell VERB VB 4 xcomp
  Zed zed PROPN NNP 7 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed } as SentenceSpec,
      want: 'Acme | sell | Zed | + | Lane | claim',
    },
  ])('$name', ({ spec, want }) => {
    const got = dependencyRelations(analysisOf([spec])).map(show);
    expect(got, got.join('\n')).toContain(want);
  });
});

// The speaker named in the words as written, whatever the parser made of the phrase (sentences written for the test; the
// parses are the misattachments a parser makes of such phrases).
describe('speakers read from the words as written', () => {
  /** The speakers of the sentence's frames, as written. */
  const speakers = (spec: SentenceSpec): string[] => {
    const analysis = analysisOf([spec]);
    return speechFrames(contextOf(analysis), viewsOf(analysis)[0]!).map((f) => f.speaker?.text ?? '');
  };
  it.each([
    {
      name: '"Westfield director of football Tom Reyes said": the name hung on "football" is the speaker',
      spec: { rows: `
  Westfield westfield PROPN NNP 2 compound
  director director NOUN NN 7 nsubj
  of of ADP IN 4 case
  football football NOUN NN 2 nmod
  Tom tom PROPN NNP 4 appos
  Reyes reyes PROPN NNP 5 flat
  said say VERB VBD 0 root
  the the DET DT 9 det
  deal deal NOUN NN 11 nsubj
  was be AUX VBD 11 cop
  done done ADJ JJ 7 ccomp
  . . PUNCT . 7 punct`, mentions: [['Westfield', 'Organization'], ['Tom Reyes', 'Person']] } as SentenceSpec,
      want: ['Tom Reyes'],
    },
    {
      name: '"The lawyer for Tom Reyes said": a name after "for" is someone else than the speaker',
      spec: { rows: `
  The the DET DT 2 det
  lawyer lawyer NOUN NN 6 nsubj
  for for ADP IN 4 case
  Tom tom PROPN NNP 2 nmod
  Reyes reyes PROPN NNP 4 flat
  said say VERB VBD 0 root
  the the DET DT 8 det
  deal deal NOUN NN 10 nsubj
  was be AUX VBD 10 cop
  done done ADJ JJ 6 ccomp
  . . PUNCT . 6 punct`, mentions: [['Tom Reyes', 'Person']] } as SentenceSpec,
      want: ['lawyer for Tom Reyes'],
    },
    {
      name: '"Former party leader Lord Hamble said": a name the recogniser missed, after an honorific, both read as subjects',
      spec: { rows: `
  Former former ADJ JJ 3 amod
  party party NOUN NN 3 compound
  leader leader NOUN NN 6 nsubj
  Lord lord PROPN NNP 6 nsubj
  Hamble hamble PROPN NNP 4 flat
  said say VERB VBD 0 root
  the the DET DT 8 det
  deal deal NOUN NN 10 nsubj
  was be AUX VBD 10 cop
  done done ADJ JJ 6 ccomp
  . . PUNCT . 6 punct` } as SentenceSpec,
      want: ['Lord Hamble'],
    },
    {
      name: '"Lead claimant, the University of Westland, announced ...": the body set off after the description, read as a conjunct',
      spec: { rows: `
  Lead lead ADJ JJ 2 amod
  claimant claimant NOUN NN 9 nsubj
  , , PUNCT , 2 punct
  the the DET DT 5 det
  University university PROPN NNP 2 conj
  of of ADP IN 7 case
  Westland westland PROPN NNP 5 nmod
  , , PUNCT , 9 punct
  announced announce VERB VBD 0 root
  that that SCONJ IN 13 mark
  the the DET DT 12 det
  deal deal NOUN NN 13 nsubj
  failed fail VERB VBD 9 ccomp
  . . PUNCT . 9 punct`, mentions: [['University of Westland', 'Organization']] } as SentenceSpec,
      want: ['University of Westland'],
    },
    {
      name: '"The head of the unit, Acting Chief Inspector, Ann Cole, said ...": the person in the second apposition',
      spec: { rows: `
  The the DET DT 2 det
  head head NOUN NN 15 nsubj
  of of ADP IN 5 case
  the the DET DT 5 det
  unit unit NOUN NN 2 nmod
  , , PUNCT , 7 punct
  Acting act VERB VBG 2 acl
  Chief chief PROPN NNP 9 compound
  Inspector inspector PROPN NNP 7 obj
  , , PUNCT , 11 punct
  Ann ann PROPN NNP 9 conj
  Cole cole PROPN NNP 11 flat
  , , PUNCT , 2 punct
  has have AUX VBZ 15 aux
  said say VERB VBN 0 root
  the the DET DT 17 det
  deal deal NOUN NN 18 nsubj
  failed fail VERB VBD 15 ccomp
  . . PUNCT . 15 punct`, mentions: [['Ann Cole', 'Person']] } as SentenceSpec,
      want: ['Ann Cole'],
    },
    {
      name: '`"We were all surprised," said store manager Tom Reyes.`: the speaker after the verb, read as its complement',
      spec: { rows: `
  " " PUNCT \`\` 5 punct
  We we PRON PRP 5 nsubj
  were be AUX VBD 5 cop
  all all ADV RB 5 advmod
  surprised surprised ADJ JJ 8 ccomp
  , , PUNCT , 5 punct
  " " PUNCT '' 5 punct
  said say VERB VBD 0 root
  store store NOUN NN 10 compound
  manager manager NOUN NN 8 ccomp
  Tom tom PROPN NNP 12 compound
  Reyes reyes PROPN NNP 10 appos
  . . PUNCT . 8 punct`, mentions: [['Tom Reyes', 'Person']] } as SentenceSpec,
      want: ['Tom Reyes'],
    },
    {
      name: '"Doctor Ann Cole from the hospital in Westbury said": the place the parser made the subject does not speak',
      spec: { rows: `
  Doctor doctor NOUN NN 2 compound
  Ann ann PROPN NNP 5 nmod
  Cole cole PROPN NNP 2 flat
  from from ADP IN 6 case
  the the DET DT 6 det
  hospital hospital NOUN NN 2 nmod
  in in ADP IN 8 case
  Westbury westbury PROPN NNP 9 nsubj
  said say VERB VBD 0 root
  the the DET DT 11 det
  plan plan NOUN NN 12 nsubj
  failed fail VERB VBD 9 ccomp
  . . PUNCT . 9 punct`, mentions: [['Ann Cole', 'Person'], ['Westbury', 'City']] } as SentenceSpec,
      want: ['Ann Cole'],
    },
  ])('$name', ({ spec, want }) => expect(speakers(spec)).toEqual(want));

  it('`"...," said store manager Tom Reyes`: the speaker\'s phrase is not what he says', () => {
    const analysis = analysisOf([{ rows: `
  " " PUNCT \`\` 3 punct
  We we PRON PRP 3 nsubj
  won win VERB VBD 6 ccomp
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  said say VERB VBD 0 root
  store store NOUN NN 8 compound
  manager manager NOUN NN 6 ccomp
  Tom tom PROPN NNP 10 compound
  Reyes reyes PROPN NNP 8 appos
  . . PUNCT . 6 punct`, mentions: [['Tom Reyes', 'Person']] }]);
    const v = viewsOf(analysis)[0]!;
    const frames = speechFrames(contextOf(analysis), v);
    expect(frames.map((f) => [...f.content].sort((a, b) => a - b).map((k) => v.tokens[k]!.text).join(' '))).toEqual(['" We won , "']);
  });

  it('"Lane warned Acme to sell Zed": a verb both of asking and of saying makes one frame', () => {
    const analysis = analysisOf([{ rows: `
  Lane lane PROPN NNP 2 nsubj
  warned warn VERB VBD 0 root
  Acme acme PROPN NNP 2 obj
  to to PART TO 5 mark
  sell sell VERB VB 2 ccomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 2 punct`, mentions: laneAcmeZed }]);
    const frames = speechFrames(contextOf(analysis), viewsOf(analysis)[0]!);
    expect(frames.map((f) => `${f.cue} ${f.speaker?.text}`)).toEqual(['warned Lane']);
  });
});

describe('a verb of saying in an adverbial clause', () => {
  it('"When Acme reported the results, Zed was upbeat": the main clause, hung on "reported" as parataxis, is not reported', () => {
    const analysis = analysisOf([{ rows: `
  When when ADV WRB 3 advmod
  Acme acme PROPN NNP 3 nsubj
  reported report VERB VBD 0 root
  the the DET DT 5 det
  results result NOUN NNS 3 obj
  , , PUNCT , 9 punct
  Zed zed PROPN NNP 9 nsubj
  was be AUX VBD 9 cop
  upbeat upbeat ADJ JJ 3 parataxis
  . . PUNCT . 3 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] }]);
    expect(speechFrames(contextOf(analysis), viewsOf(analysis)[0]!)).toEqual([]);
  });
});

describe('a described speaker set off from a verb the parser left without a subject', () => {
  // "Acme cut jobs." then "Of the payment, the firm - Westland's biggest supplier - said it would pay." with "the firm"
  // read as an apposition of "payment" and the words between the dashes as parataxis (the parse a parser gives such lines)
  const specs: SentenceSpec[] = [{ rows: `
  Acme acme PROPN NNP 2 nsubj
  cut cut VERB VBD 0 root
  jobs job NOUN NNS 2 obj
  . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] }, { rows: `
  Of of ADP IN 3 case
  the the DET DT 3 det
  payment payment NOUN NN 13 obl
  , , PUNCT , 6 punct
  the the DET DT 6 det
  firm firm NOUN NN 3 appos
  - - PUNCT , 11 punct
  Westland westland PROPN NNP 11 nmod:poss
  's 's PART POS 8 case
  biggest big ADJ JJS 11 amod
  supplier supplier NOUN NN 3 parataxis
  - - PUNCT , 3 punct
  said say VERB VBD 0 root
  it it PRON PRP 16 nsubj
  would would AUX MD 16 aux
  pay pay VERB VB 13 ccomp
  . . PUNCT . 13 punct`, mentions: [['Westland', 'Country']] }];
  it('the firm speaks (Acme, the firm named before), not the country its apposition names', () => {
    const analysis = analysisOf(specs);
    const ctx = contextOf(analysis);
    const frames = speechFrames(ctx, ctx.views[1]!);
    expect(frames.map((f) => f.speaker?.canonical ?? f.speaker?.text)).toEqual(['Acme']);
  });
});

describe('sameName (speech and relations/speakers.ts sameEntity, merged by qcoref14)', () => {
  it.each([
    { a: 'Ann Lane', b: 'Lane', want: true },
    { a: 'Ann de Villiers', b: 'De Villiers', want: true },
    { a: 'Lane', b: 'Kane', want: false },
    { a: 'Ann Lane', b: 'Ann', want: false },
  ])('$a / $b: $want', ({ a, b, want }) => {
    expect(sameName(a, b)).toBe(want);
    expect(sameName(b, a)).toBe(want);
  });
});
