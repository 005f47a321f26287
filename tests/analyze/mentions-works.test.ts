// Titles of works the mention rules spell out from the capitals (works.ts): after a work noun with or without the
// recogniser's help, set off by commas after one, and before "by" and their maker's name. Hand-tagged sentences written
// for the test (no trained model involved): every word a noun unless listed as a verb, proper noun or adjective.
import { describe, expect, it } from 'vitest';
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { findMentions } from '../../src/analyze/mentions/index.js';
import type { EntitySpan } from '../../src/analyze/ner/index.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

interface Case {
  text: string;
  ner?: Array<[string, EntitySpan['type']]>;
  verbs?: Record<string, string>;
  /** Words tagged as other parts of speech than a noun (determiners, adverbs, adjectives). */
  tags?: Record<string, Upos>;
  expected: Array<[string, string]>;
}

function run({ text, ner = [], verbs = {}, tags = {} }: Case) {
  const [raw] = tokenize(text);
  const tokens = raw!.tokens.map((t) => ({
    ...t,
    lemma: verbs[t.text] ?? t.text.toLowerCase(),
    upos: (verbs[t.text] ? 'VERB' : tags[t.text] ?? (/^[.,]$/.test(t.text) ? 'PUNCT' : 'NOUN')) as Upos,
    tag: 'NN',
    head: -1,
    dep: 'dep',
  }));
  const sentence: Sentence = { index: 0, start: raw!.start, end: raw!.end, text, tokens };
  const spans: EntitySpan[] = ner.map(([surface, type]) => {
    const at = text.indexOf(surface);
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + surface.length) + 1;
    return { start, end, type, confidence: 0.9 };
  });
  return findMentions(text, [sentence], [spans]);
}

const DET: Record<string, Upos> = { the: 'DET', Their: 'DET', their: 'DET', a: 'DET', well: 'ADV', new: 'ADJ' };

const cases: Case[] = [
  // a title after a work noun, with no name the recogniser found in it; "The" and a verb inside are the title's
  { text: 'Fans chose the anthem The Road Goes Home.', verbs: { chose: 'choose' }, tags: DET, expected: [['The Road Goes Home', 'Misc']] },
  // ... or with one it cut and mistyped ("Kestrel" as a person): the whole run is the work
  { text: 'Fans chose the ballad Kestrel Rising Again.', ner: [['Kestrel', 'PER']], verbs: { chose: 'choose' }, tags: DET, expected: [['Kestrel Rising Again', 'Misc']] },
  // small words inside a title
  { text: 'Fans chose the hit Look on the Bright Lane.', verbs: { chose: 'choose' }, tags: DET, expected: [['Look on the Bright Lane', 'Misc']] },
  // set off by commas after the noun
  { text: 'Their new album, Paper Moons, sold well.', verbs: { sold: 'sell' }, tags: DET, expected: [['Paper Moons', 'Misc']] },
  // ... but a person's name there is the person ("In the film, Ada Pell, ...")
  { text: 'In the film, Ada Pell, a cook, wins.', ner: [['Ada Pell', 'PER']], verbs: { wins: 'win' }, tags: { ...DET, In: 'ADP' }, expected: [['Ada Pell', 'Person']] },
  // ... and a run that goes on into the clause is no title set off
  { text: 'In the film, Ada Pell plays a cook.', ner: [['Ada Pell', 'PER']], verbs: { plays: 'play' }, tags: { ...DET, In: 'ADP' }, expected: [['Ada Pell', 'Person']] },
  // a capitalised run that modifies a noun after it is no title of the work noun's
  { text: 'It was a hit Kestrel song.', ner: [['Kestrel', 'ORG']], verbs: { was: 'be' }, tags: DET, expected: [['Kestrel', 'Organization']] },
  // a work noun inside a name ("Film") says nothing of the words after it
  { text: 'He won at the Norvik Film Gala Night.', verbs: { won: 'win' }, tags: { ...DET, at: 'ADP' }, expected: [] },
  // a title before "by" and its maker
  { text: 'Fans loved Paper Moons by Lena Dahl.', ner: [['Lena Dahl', 'PER']], verbs: { loved: 'love' }, expected: [['Paper Moons', 'Misc'], ['Lena Dahl', 'Person']] },
  { text: 'Paper Moons by Lena Dahl topped the chart.', ner: [['Lena Dahl', 'PER']], verbs: { topped: 'top' }, tags: DET, expected: [['Paper Moons', 'Misc'], ['Lena Dahl', 'Person']] },
  // ... not one capitalised word opening the sentence, where a common noun is capitalised too
  { text: 'Comments by Lena Dahl angered fans.', ner: [['Lena Dahl', 'PER']], verbs: { angered: 'anger' }, expected: [['Lena Dahl', 'Person']] },
  // ... nor a date before "by"
  // ... nor the object of a preposition before a passive's agent (a title after "of" stays one)
  { text: 'The prize was given to Ana Reis by Lena Dahl.', ner: [['Ana Reis', 'PER'], ['Lena Dahl', 'PER']], verbs: { was: 'be', given: 'give' }, tags: { to: 'ADP', The: 'DET' }, expected: [['Ana Reis', 'Person'], ['Lena Dahl', 'Person']] },
  { text: 'Fans saw a staging of Paper Moons by Lena Dahl.', ner: [['Lena Dahl', 'PER']], verbs: { saw: 'see' }, tags: { of: 'ADP', a: 'DET' }, expected: [['Paper Moons', 'Misc'], ['Lena Dahl', 'Person']] },
  { text: 'It was sold on Monday by Lena Dahl.', ner: [['Lena Dahl', 'PER']], verbs: { was: 'be', sold: 'sell' }, tags: { on: 'ADP' }, expected: [['Lena Dahl', 'Person']] },
  // a title after a possessive: with a lower-case "to", "on", "the" or "a" inside, an article first, or a capitalised
  // pronoun or verb inside, which no person's or body's name holds
  { text: "Lena Dahl's Road to Nowhere came second.", ner: [['Lena Dahl', 'PER'], ['Road', 'ORG'], ['Nowhere', 'LOC']], verbs: { came: 'come' }, tags: { ...DET, "'s": 'PART', second: 'ADV' }, expected: [['Lena Dahl', 'Person'], ['Road to Nowhere', 'Misc']] },
  { text: "Lena Dahl's The Paper Moon won.", ner: [['Lena Dahl', 'PER']], verbs: { won: 'win' }, tags: { ...DET, "'s": 'PART', The: 'DET' }, expected: [['Lena Dahl', 'Person'], ['Paper Moon', 'Misc']] },
  { text: "Lena Dahl's My Town came second.", ner: [['Lena Dahl', 'PER']], verbs: { came: 'come' }, tags: { ...DET, "'s": 'PART', My: 'PRON', second: 'ADV' }, expected: [['Lena Dahl', 'Person'], ['My Town', 'Misc']] },
  // ... not a person's name after a country's or a band's possessive, nor a correspondent's name and place
  { text: "Norvia's Ana Reis won.", ner: [['Norvia', 'LOC'], ['Ana Reis', 'PER']], verbs: { won: 'win' }, tags: { "'s": 'PART' }, expected: [['Norvia', 'Location'], ['Ana Reis', 'Person']] },
  { text: "The Kestrels' Ana Reis won.", ner: [['Kestrels', 'ORG'], ['Ana Reis', 'PER']], verbs: { won: 'win' }, tags: { "'": 'PART', The: 'DET' }, expected: [['Kestrels', 'Organization'], ['Ana Reis', 'Person']] },
  // a name before a publication's noun is the publication's
  { text: 'He wrote in the Kestrel newspaper.', ner: [['Kestrel', 'LOC']], verbs: { wrote: 'write' }, tags: { ...DET, He: 'PRON', in: 'ADP' }, expected: [['Kestrel', 'Organization']] },
  // ... nor the words after a pronoun's "'s" ("It's", "Who's"), which is "is"
  { text: "Fans said It's A Long Road won.", verbs: { said: 'say', won: 'win' }, tags: { It: 'PRON', "'s": 'AUX', A: 'DET' }, expected: [] },
];

describe('titles of works', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const mentions = run(c);
    expect(mentions.map((m) => [m.text, m.type])).toEqual(c.expected);
  });
});
