// Names typed by the kind's noun right before them (described-names.ts): a trade makes the name a person's, a body's
// noun an organisation's, a business's noun a company's, over the recogniser's guess; after a body's or a company's noun
// a capitalised name the recogniser missed is added. Hand-tagged sentences written for the test (no trained model
// involved): every word a noun unless listed otherwise; the recogniser's spans are given per case.
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../src/analyze/analysis.js';
import { handMentions, type HandSpans } from './hand-tagged.js';

interface Case {
  text: string;
  tags?: Record<string, Upos>;
  /** the recogniser's spans, by the words they cover: [first word, word count, type] */
  spans?: HandSpans;
  expected: Array<[string, string]>;
}

function run({ text, tags = {}, spans = [] }: Case) {
  return handMentions(text, tags, spans);
}

const T: Record<string, Upos> = {
  the: 'DET', a: 'DET', was: 'AUX', has: 'AUX', by: 'ADP', of: 'ADP', said: 'VERB', sued: 'VERB', says: 'VERB', won: 'VERB',
  best: 'ADJ', sold: 'VERB', sang: 'VERB', on: 'ADP', it: 'PRON', an: 'DET', for: 'ADP', in: 'ADP', fell: 'VERB',
  apologised: 'VERB', aired: 'VERB',
  new: 'ADJ', veteran: 'ADJ', bought: 'VERB', from: 'ADP', controls: 'VERB', scored: 'VERB', recorded: 'VERB', back: 'ADV',
};

const cases: Case[] = [
  // a trade before a stage name the recogniser took for a body's: a person, and the article's other mentions follow
  { text: 'rapper Kid Marlo was sued. Kid Marlo said it.', tags: T, spans: [['Kid', 2, 'ORG']], expected: [['Kid Marlo', 'Person'], ['Kid Marlo', 'Person']] },
  // a body's noun before a one-word name the recogniser took for a surname
  { text: 'readers of the website Tarvik sued. Tarvik apologised.', tags: T, spans: [['Tarvik', 1, 'PER']], expected: [['Tarvik', 'Organization'], ['Tarvik', 'Organization']] },
  // a qualified body noun ("radio station") before a name the recogniser missed
  { text: 'an advert on radio station Tune Box was aired.', tags: T, expected: [['Tune Box', 'Organization']] },
  // an industry's giant before a missed name: a company
  { text: 'shares in toy giant Parvo fell.', tags: T, expected: [['Parvo', 'Company']] },
  // a journal's name after its noun; a business group after its trade's word, not a rebel group
  { text: 'it was sold by the journal Orvo Digest.', tags: T, expected: [['Orvo Digest', 'Organization']] },
  { text: 'it was sold by banking group Halvard.', tags: T, expected: [['Halvard', 'Company']] },
  { text: 'it was sold by rebel group Halvard.', tags: T, expected: [] },
  // "station" alone, without a kind's word, names no body ("the station Holt" could be a stop's name)
  { text: 'it was sold by the station Holt.', tags: T, expected: [] },
  // an award's category is no one's trade
  { text: 'she won the best actor Gella.', tags: { ...T, she: 'PRON' }, spans: [['Gella', 1, 'ORG']], expected: [['Gella', 'Organization']] },
  // a first name after a body's noun is a person's ("band member" aside, "the band Jo Bell" is rare): left alone
  { text: 'the band John Carver sang.', tags: T, spans: [['John', 2, 'PER']], expected: [['John Carver', 'Person']] },
  // a capitalised noun is part of a name, not a description ("Rock Band Tarvik"): the word lists are looked up as written
  // (tagged a noun here, as a parser may, so that a lower-cased look-up would make "Tarvik" a body's name)
  { text: 'the Rock Band Tarvik won.', tags: { ...T, Band: 'NOUN' }, expected: [] },
  // a name that is the subject of a relative clause without "who"/"that" on the noun is not in apposition to it: the
  // verb after it takes no object before the noun phrase's own verb
  { text: 'the new keeper Wigan bought from Tarnby won.', tags: T, spans: [['Wigan', 1, 'ORG']], expected: [['Wigan', 'Organization']] },
  { text: 'the firm Hadley controls was sold.', tags: T, expected: [] },
  // "studio" before a name is a place far more often than a body ("back in the studio Jenkins recorded ..."): no body's noun
  { text: 'back in the studio Jenkins recorded songs.', tags: T, spans: [['Jenkins', 1, 'PER']], expected: [['Jenkins', 'Person']] },
  // ... while a verb with its own object, or none after it, leaves the apposition
  { text: 'the striker Oxley scored on Sunday.', tags: T, spans: [['Oxley', 1, 'ORG']], expected: [['Oxley', 'Person']] },
  // "maker" is a company's only after an industry's word: "car maker X", not "film maker X"
  { text: 'it was sold by car maker Orvan.', tags: T, expected: [['Orvan', 'Company']] },
  { text: 'veteran film maker Orvan said it.', tags: T, expected: [] },
  // (alphanumeric.ts' gluedDigits) a digit or two glued before a name are the name's; a year run into a word is not
  { text: 'it was sold by 4Zeta. January 2013Zeta rose.', tags: { ...T, rose: 'VERB' }, spans: [['Zeta', 1, 'ORG']], expected: [['4Zeta', 'Organization'], ['Zeta', 'Organization']] },
];

describe('names typed by the noun before them', () => {
  for (const c of cases) it(c.text, () => expect(run(c)).toEqual(c.expected));
});
