// A definite description of an office that coreference resolved to a person names that person's office: "Tom Hale won.
// The Zenta leader warned." -> Tom Hale | leaderOf | Zenta; "The keeper warned." -> Tom Hale | be | keeper. Hand-parsed
// sentences written for the tests (invented names).
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** Hand-parsed rows from "word/UPOS/head/dep" tokens (head 1-based, 0 the root; the lemma the lower-case word). */
function parsed(tokens: string): string {
  return tokens.trim().split(/\s+/).map((t) => {
    const [word, upos, head, dep] = t.split('/') as [string, string, string, string];
    return `${word} ${word.toLowerCase()} ${upos} ${upos === 'PROPN' ? 'NNP' : '_'} ${head} ${dep}`;
  }).join('\n');
}

const haleWon: SentenceSpec = { rows: parsed('Tom/PROPN/2/flat Hale/PROPN/3/nsubj won/VERB/0/root ./PUNCT/3/punct'), mentions: [['Tom Hale', 'Person']] };
/** "The <office> warned." */
const theOneWarned = (office: string): SentenceSpec => ({ rows: parsed(`The/DET/2/det ${office}/NOUN/3/nsubj warned/VERB/0/root ./PUNCT/3/punct`) });
/** "The Zenta leader warned.", Zenta a party. */
const partyLeaderWarned: SentenceSpec = { rows: parsed('The/DET/3/det Zenta/PROPN/3/compound leader/NOUN/4/nsubj warned/VERB/0/root ./PUNCT/4/punct'), mentions: [['Zenta', 'PoliticalParty']] };
/** "keeper Tom Hale won.": coreference resolves a later "the keeper" to him by the title written with his name. */
const keeperHaleWon: SentenceSpec = { rows: parsed('keeper/NOUN/3/compound Tom/PROPN/3/flat Hale/PROPN/4/nsubj won/VERB/0/root ./PUNCT/4/punct'), mentions: [['Tom Hale', 'Person']] };
/** "The keeper's gloves tore." */
const keepersGloves: SentenceSpec = { rows: parsed("The/DET/2/det keeper/NOUN/4/nmod:poss 's/PART/2/case gloves/NOUN/5/nsubj tore/VERB/0/root ./PUNCT/5/punct") };

/** "Ana Keller, a nurse, complained." */
const kellerNurse: SentenceSpec = { rows: parsed('Ana/PROPN/2/flat Keller/PROPN/7/nsubj ,/PUNCT/5/punct a/DET/5/det nurse/NOUN/2/appos ,/PUNCT/5/punct complained/VERB/0/root ./PUNCT/7/punct'), mentions: [['Ana Keller', 'Person']] };
/** "Ana Keller, a keeper, complained." */
const kellerKeeper: SentenceSpec = { rows: parsed('Ana/PROPN/2/flat Keller/PROPN/7/nsubj ,/PUNCT/5/punct a/DET/5/det keeper/NOUN/2/appos ,/PUNCT/5/punct complained/VERB/0/root ./PUNCT/7/punct'), mentions: [['Ana Keller', 'Person']] };

const described = (specs: SentenceSpec[]): string[] => roles(analysisOf(specs)).filter((c) => c.subject.kind === 'entity' && !!c.subject.antecedent).map(show);

describe('offices of people named by a description', () => {
  it.each([
    { name: 'an organisation before the title: the office of it', specs: [haleWon, partyLeaderWarned], want: ['Tom Hale | leaderOf | Zenta | + |  | fact'] },
    { name: 'a bare title: what the person is', specs: [haleWon, theOneWarned('keeper')], want: ['Tom Hale | be | keeper | + |  | fact'] },
    { name: 'a head that says nothing without what it is of: nothing', specs: [haleWon, theOneWarned('leader')], want: [] },
    // (coreference resolves "The keeper" to Tom Hale by his title, so only the possessor guard stops the row)
    { name: 'a possessor names no office held here: nothing', specs: [keeperHaleWon, keepersGloves], want: [] },
    { name: 'a person the article introduced as something else ("a nurse"): nothing', specs: [kellerNurse, theOneWarned('mayor')], want: [] },
    { name: 'introduced as the same thing: the row', specs: [kellerKeeper, theOneWarned('keeper')], want: ['Ana Keller | be | keeper | + |  | fact'] },
  ])('$name', ({ specs, want }) => expect(described(specs)).toEqual(want));
});
