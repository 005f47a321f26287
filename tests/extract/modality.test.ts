// Table-driven tests of the modality of a relation's verb under an adjective that governs it ("was willing to buy"): the
// act is not done, so the relation is no fact. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, type SentenceSpec } from './fixtures.js';

/** "Acme was <adjective> to buy Zed." */
const acmeWas = (adjective: string): SentenceSpec => ({ rows: `
  Acme acme PROPN NNP 3 nsubj
  was be AUX VBD 3 cop
  ${adjective} ${adjective} ADJ JJ 0 root
  to to PART TO 5 mark
  buy buy VERB VB 3 xcomp
  Zed zed PROPN NNP 5 obj
  . . PUNCT . 3 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company']] });

describe('modality under a governing adjective', () => {
  it.each([
    { adjective: 'willing', modality: 'possible', fact: false },
    { adjective: 'likely', modality: 'possible', fact: false },
    { adjective: 'keen', modality: 'planned', fact: false },
    { adjective: 'poised', modality: 'future', fact: false },
    // "was able to buy": the act happened
    { adjective: 'able', modality: undefined, fact: true },
  ])('"Acme was $adjective to buy Zed": $modality', ({ adjective, modality, fact }) => {
    const c = dependencyRelations(analysisOf([acmeWas(adjective)])).find((x) => x.object.kind === 'entity' && x.object.text === 'Zed');
    expect(c?.modality).toBe(modality);
    expect(c?.fact).toBe(fact);
  });
});
