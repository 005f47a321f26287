// One name, one entity within an article (repeated-names.ts, acronyms.ts for the acronyms an article defines, and
// acting-places.ts for the recogniser's places that act): where the recogniser found a name once, the other bare
// occurrences of the same words are mentions too, typed alike; not a common word capitalised, not a word inside a longer
// name, not a name that modifies common nouns. Hand-tagged articles written for the test (no trained model involved):
// capitalised words are proper nouns, the rest nouns, unless listed.
import { describe, expect, it } from 'vitest';
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { findMentions } from '../../src/analyze/mentions/index.js';
import type { EntitySpan } from '../../src/analyze/ner/index.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

interface Case {
  name: string;
  text: string;
  /** The recogniser's spans: surface, type, and which occurrence of the surface in the text (0 the first). */
  ner: Array<[string, EntitySpan['type'], number]>;
  tags?: Record<string, Upos>;
  /** Words parsed as the subject of the next verb. */
  subjects?: string[];
  /** Lemmas other than the lowercased word ("declared": "declare"). */
  lemmas?: Record<string, string>;
  expected: string[];
}

function run({ text, ner, tags = {}, subjects = [], lemmas = {} }: Case): string[] {
  const sentences: Sentence[] = tokenize(text).map((raw, index) => ({
    index, start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end),
    tokens: raw.tokens.map((t) => ({
      ...t, lemma: lemmas[t.text] ?? t.text.toLowerCase(), tag: 'NN', head: -1, dep: 'dep',
      upos: (tags[t.text] ?? (/^[.,]$/.test(t.text) ? 'PUNCT' : /^\p{Lu}/u.test(t.text) ? 'PROPN' : 'NOUN')) as Upos,
    })),
  }));
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (!subjects.includes(t.text)) return;
      t.dep = 'nsubj';
      t.head = tokens.findIndex((v, j) => j > i && v.upos === 'VERB');
    });
  }
  const spans: EntitySpan[][] = sentences.map(() => []);
  for (const [surface, type, nth] of ner) {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    const s = sentences.findIndex((x) => x.start <= at && at < x.end);
    const tokens = sentences[s]!.tokens;
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + surface.length) + 1;
    spans[s]!.push({ start, end, type, confidence: 0.9 });
  }
  return findMentions(text, sentences, spans).map((m) => `${m.sentence}:${m.text}/${m.type}`);
}

const V: Record<string, Upos> = { the: 'DET', a: 'DET', said: 'VERB', rose: 'VERB', signed: 'VERB', for: 'ADP', with: 'ADP', is: 'AUX', and: 'CCONJ', his: 'PRON' };

const cases: Case[] = [
  {
    name: 'a name the recogniser found once is a mention wherever the article repeats it',
    text: 'Tarvik rose. Analysts said Tarvik rose. Pell signed for Tarvik.',
    ner: [['Tarvik', 'ORG', 0], ['Pell', 'PER', 0]], tags: V,
    expected: ['0:Tarvik/Organization', '1:Tarvik/Organization', '2:Pell/Person', '2:Tarvik/Organization'],
  },
  {
    name: 'a name of several words too',
    text: 'Bexa Ranford rose. Analysts said Bexa Ranford rose.',
    ner: [['Bexa Ranford', 'ORG', 0]], tags: V,
    expected: ['0:Bexa Ranford/Organization', '1:Bexa Ranford/Organization'],
  },
  {
    name: "a company named in full is named by its first word after",
    text: 'Tarvik Holdings rose. Analysts said Tarvik rose.',
    ner: [['Tarvik Holdings', 'ORG', 0]], tags: V,
    expected: ['0:Tarvik Holdings/Company', '1:Tarvik/Company'],
  },
  {
    name: 'not by a given name that opens a company name',
    text: 'Maria Holdings rose. Analysts said Maria rose.',
    ner: [['Maria Holdings', 'ORG', 0]], tags: V,
    expected: ['0:Maria Holdings/Company'],
  },
  {
    name: 'an acronym an article defines in brackets after a name is the name, there and where the article uses it after',
    text: 'The Norvik Institute of Trade (NIT) rose. Analysts said NIT rose.',
    ner: [['Norvik Institute of Trade', 'ORG', 0]], tags: { ...V, The: 'DET', of: 'ADP', '(': 'PUNCT', ')': 'PUNCT' },
    expected: ['0:Norvik Institute of Trade/Organization', '0:NIT/Organization', '1:NIT/Organization'],
  },
  {
    name: "not letters in brackets that open none of the name's words",
    text: 'The Norvik Institute of Trade (XQ) rose.',
    ner: [['Norvik Institute of Trade', 'ORG', 0]], tags: { ...V, The: 'DET', of: 'ADP', '(': 'PUNCT', ')': 'PUNCT' },
    expected: ['0:Norvik Institute of Trade/Organization'],
  },
  {
    name: 'a place the recogniser guessed that acts (the subject of a verb) and is never after a preposition of place is an organisation',
    text: 'Tarvik said no. Analysts said Tarvik rose.',
    ner: [['Tarvik', 'LOC', 0], ['Tarvik', 'LOC', 1]], tags: V, subjects: ['Tarvik'],
    expected: ['0:Tarvik/Organization', '1:Tarvik/Organization'],
  },
  {
    name: '... but one the article puts after "in" stays a place',
    text: 'Tarvik said no. Analysts in Tarvik rose.',
    ner: [['Tarvik', 'LOC', 0], ['Tarvik', 'LOC', 1]], tags: { ...V, in: 'ADP' }, subjects: ['Tarvik'],
    expected: ['0:Tarvik/Location', '1:Tarvik/Location'],
  },
  {
    name: '... but not where its only verbs are a land\'s own (declaring, having, holding elections)',
    text: 'Abkhazia declared independence in 1999. Abkhazia has its own army.',
    ner: [['Abkhazia', 'LOC', 0], ['Abkhazia', 'LOC', 1]], tags: { ...V, declared: 'VERB', in: 'ADP', '1999': 'NUM', has: 'VERB', its: 'PRON', own: 'ADJ' },
    subjects: ['Abkhazia'], lemmas: { declared: 'declare', has: 'have' },
    expected: ['0:Abkhazia/Location', '1:Abkhazia/Location'],
  },
  {
    name: '... nor where it has held elections',
    text: 'Somaliland has held elections since 2003.',
    ner: [['Somaliland', 'LOC', 0]], tags: { ...V, has: 'AUX', held: 'VERB', since: 'ADP', '2003': 'NUM' },
    subjects: ['Somaliland'], lemmas: { has: 'have', held: 'hold' },
    expected: ['0:Somaliland/Location'],
  },
  {
    name: 'not a word of a longer name',
    text: 'Corby rose. Analysts said Corby Hale rose.',
    ner: [['Corby', 'PER', 0]], tags: V,
    expected: ['0:Corby/Person'],
  },
  {
    name: 'not a one-word name the article also writes in lower case',
    text: 'Dawn rose. Analysts said Dawn rose at dawn.',
    ner: [['Dawn', 'ORG', 0]], tags: { ...V, at: 'ADP' },
    expected: ['0:Dawn/Organization'],
  },
  {
    name: 'not a name modifying common nouns more often than heading its phrase',
    text: 'Analysts said QPX is a tool. QPX networks rose. QPX systems rose. QPX tools rose. Analysts said QPX rose.',
    ner: [['QPX', 'ORG', 0]], tags: V,
    expected: ['0:QPX/Organization'],
  },
  {
    name: 'not a one-word name the tagger reads as an adjective there',
    text: 'Norvan rose. Analysts said the Norvan game rose.',
    ner: [['Norvan', 'ORG', 0]], tags: { ...V, Norvan: 'PROPN', game: 'NOUN' },
    expected: ['0:Norvan/Organization'],
  },
  {
    name: 'a person named in full is a mention by the surname alone after, though the surname is a common word too',
    text: 'Lena Whitewater signed. Whitewater said the whitewater rose.',
    ner: [['Lena Whitewater', 'PER', 0]], tags: V,
    expected: ['0:Lena Whitewater/Person', '1:Whitewater/Person'],
  },
  {
    name: 'no surname from a name of a number word or a middle word that is no given name ("Six Vales", "Marta Dobrin Films")',
    text: 'the Six Vales rose. Vales rose. Marta Dobrin Films signed. Films rose.',
    ner: [['Six Vales', 'PER', 0], ['Marta Dobrin Films', 'PER', 0]], tags: V,
    expected: ['0:Six Vales/Person', '2:Marta Dobrin Films/Person'],
  },
  {
    name: 'a surname the tagger reads as a common word where the article also writes it in lower case is left alone',
    text: 'Lena Whitewater signed. Whitewater rose with the whitewater.',
    ner: [['Lena Whitewater', 'PER', 0]], tags: { ...V, Whitewater: 'NOUN' },
    expected: ['0:Lena Whitewater/Person'],
  },
];

describe('repeated names', () => {
  it.each(cases)('$name', (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});
