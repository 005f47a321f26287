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

/** "Acme <aux> buy Zed <cc> <aux2> sell Kora.": a verb coordinated with a modal one, with or without its own auxiliary. */
const coordinated = (aux: string, cc: string, aux2?: string): SentenceSpec => {
  const own = aux2 ? `${aux2} ${aux2} AUX MD 7 aux\n  ` : '';
  const at = aux2 ? 1 : 0;
  return { rows: `
  Acme acme PROPN NNP 3 nsubj
  ${aux} ${aux} AUX MD 3 aux
  buy buy VERB VB 0 root
  Zed zed PROPN NNP 3 obj
  ${cc} ${cc} CCONJ CC ${6 + at} cc
  ${own}sell sell VERB VB 3 conj
  Kora kora PROPN NNP ${6 + at} obj
  . . PUNCT . 3 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company'], ['Kora', 'Company']] };
};

describe('modality of a verb coordinated with a modal one', () => {
  const kora = (spec: SentenceSpec) => dependencyRelations(analysisOf([spec])).find((x) => x.object.kind === 'entity' && x.object.text === 'Kora');
  it('"could buy Zed and sell Kora": the second act is as possible as the first', () => {
    const c = kora(coordinated('could', 'and'));
    expect(c?.modality).toBe('possible');
    expect(c?.fact).toBe(false);
  });
  it('"will buy Zed and sell Kora": future', () => {
    expect(kora(coordinated('will', 'and'))?.modality).toBe('future');
  });
  it('"could buy Zed but sell Kora": a contrast does not share the modal', () => {
    expect(kora(coordinated('could', 'but'))?.modality).toBeUndefined();
  });
  it('"could buy Zed and will sell Kora": its own auxiliary decides', () => {
    expect(kora(coordinated('could', 'and', 'will'))?.modality).toBe('future');
  });
});
