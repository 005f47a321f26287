// Table-driven tests of sport/clauses.ts' writtenPossessor, the one possessive-owner reader of results.ts and
// sport/scores.ts: the name written with its "'s" before a result noun or score, across the modifiers between,
// whatever the parse made of them. Sentences written for the test; the parses are deliberately flat (every word on
// the root) so only the words decide.
import { describe, expect, it } from 'vitest';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { writtenPossessor } from '../../src/extract/sport/clauses.js';
import { results } from '../../src/extract/results.js';
import { sport } from '../../src/extract/sport/index.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** A flat parse of `words` (word/UPOS pairs): every token on the first, so no dependency helps. */
function flat(words: string): string {
  return words.trim().split(/\s+/).map((w, i) => {
    const [word, upos] = w.split('/') as [string, string];
    return `${word} ${word.replace(/^~/, '').toLowerCase()} ${upos} X ${i === 0 ? 0 : 1} ${i === 0 ? 'root' : 'dep'}`;
  }).join('\n');
}

describe('writtenPossessor: the name before "\'s", across the modifiers', () => {
  it.each<[string, string, string, string | undefined]>([
    // [case, words, the word scanning starts at (the noun or the score), the owner expected]
    ['right before the score', "Norvia/PROPN ~'s/PART 3-1/NUM win/NOUN", '3-1', 'Norvia'],
    ['an adjective between', "Norvia/PROPN ~'s/PART impressive/ADJ 3-1/NUM win/NOUN", '3-1', 'Norvia'],
    ['a hyphened adjective between', "Norvia/PROPN ~'s/PART hard/ADJ ~-/PUNCT ~fought/ADJ 3-1/NUM win/NOUN", '3-1', 'Norvia'],
    ['a competition name between, from the noun', "Norvia/PROPN ~'s/PART Vell/PROPN Cup/PROPN win/NOUN", 'win', 'Norvia'],
    ['right before the noun', "Norvia/PROPN ~'s/PART win/NOUN", 'win', 'Norvia'],
    ['a bare apostrophe after an s', "Tarvens/PROPN ~'/PART 2-0/NUM defeat/NOUN", '2-0', 'Tarvens'],
    ['a common noun owns: no name', "his/PRON side/NOUN ~'s/PART 3-1/NUM win/NOUN", '3-1', undefined],
    ['a verb stops the words', "Norvia/PROPN ~'s/PART fans/NOUN cheered/VERB 3-1/NUM wins/NOUN", '3-1', undefined],
    ['a determiner stops the words', "Norvia/PROPN ~'s/PART fans/NOUN cheered/VERB a/DET 3-1/NUM win/NOUN", '3-1', undefined],
    ['no "\'s" at all', 'Norvia/PROPN eased/VERB to/ADP a/DET 3-1/NUM win/NOUN', '3-1', undefined],
    ['more than eight words back', "Norvia/PROPN ~'s/PART very/ADV long/ADJ hard/ADJ cold/ADJ wet/ADJ late/ADJ dull/ADJ away/ADJ 3-1/NUM win/NOUN", '3-1', undefined],
  ])('%s', (_case, words, from, owner) => {
    const spec: SentenceSpec = { rows: flat(words), mentions: [] };
    const [v] = viewsOf(analysisOf([spec]));
    const at = v!.tokens.findIndex((t) => t.text === from);
    const k = writtenPossessor(v!, at);
    expect(k === undefined ? undefined : v!.tokens[k]!.text).toBe(owner);
  });
});

describe('both readers take the written owner the parse missed', () => {
  // "Norvia's impressive 3-1 win came late." with "Norvia" hung on the adjective, not the noun
  const missed: SentenceSpec = { rows: `
    Norvia Norvia PROPN NNP 3 nmod:poss
    ~'s 's PART POS 1 case
    impressive impressive ADJ JJ 5 amod
    3-1 3-1 NUM CD 5 nummod
    win win NOUN NN 6 nsubj
    came come VERB VBD 0 root
    late late ADV RB 6 advmod
    . . PUNCT . 6 punct`, mentions: [['Norvia', 'Organization']] };
  // "Norvia's 21-14 win over Tarvia was deserved." with "Norvia" hung on the score
  const overScore: SentenceSpec = { rows: `
    Norvia Norvia PROPN NNP 3 nmod:poss
    ~'s 's PART POS 1 case
    21-14 21-14 NUM CD 4 nummod
    win win NOUN NN 8 nsubj:pass
    over over ADP IN 6 case
    Tarvia Tarvia PROPN NNP 4 nmod
    was be AUX VBD 8 cop
    deserved deserved ADJ JJ 0 root
    . . PUNCT . 8 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };

  // "Norvia's win over Tarvia was deserved." with "Norvia" hung on "deserved" as a second subject
  const adjacent: SentenceSpec = { rows: `
    Norvia Norvia PROPN NNP 7 nsubj
    ~'s 's PART POS 1 case
    win win NOUN NN 7 nsubj
    over over ADP IN 5 case
    Tarvia Tarvia PROPN NNP 3 nmod
    was be AUX VBD 7 cop
    deserved deserved ADJ JJ 0 root
    . . PUNCT . 7 punct`, mentions: [['Norvia', 'Organization'], ['Tarvia', 'Organization']] };

  it('sport/scores.ts: the score on its owner', () => {
    const got = sport(analysisOf([missed])).filter((c) => c.extractor === 'sport-scores').map(show);
    expect(got).toEqual(['Norvia | win | 3-1 | + |  | fact']);
  });
  it('results.ts: the owner beat the side the win was over', () => {
    expect(results(analysisOf([overScore])).map(show)).toEqual(['Norvia | beat | Tarvia | + |  | fact']);
    expect(results(analysisOf([adjacent])).map(show)).toEqual(['Norvia | beat | Tarvia | + |  | fact']);
  });
});
