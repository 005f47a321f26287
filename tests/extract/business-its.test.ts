// Table-driven tests of the "its" before a firm's part or owner noun (business/ownership.ts' possessorBefore): the
// organisation coreference resolved "its" to (roles.ts' itsOwner, the one reader roles and ownership share), or none;
// not the firm named last before it. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { business } from '../../src/extract/business/index.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "<opening> its unit Borla Foods." with the opening's rows given (numbered from 1) and "its" at token `its`. */
function unitAfter(opening: string[], mentions: SentenceSpec['mentions']): SentenceSpec {
  const its = opening.length + 1, verb = opening.findIndex((r) => / root$/.test(r)) + 1;
  const rows = [...opening, `its its PRON PRP$ ${its + 1} nmod:poss`, `unit unit NOUN NN ${verb} obj`,
    `Borla Borla PROPN NNP ${its + 1} appos`, `Foods Foods PROPN NNP ${its + 2} flat`, `. . PUNCT . ${verb} punct`];
  return { rows: rows.join('\n'), mentions: [...mentions!, ['Borla Foods', 'Company']] };
}

describe('a firm\'s part after "its"', () => {
  it.each<[string, SentenceSpec, string[]]>([
    ['"Zentek sold its unit Borla Foods": "its" is Zentek', unitAfter(
      ['Zentek Zentek PROPN NNP 2 nsubj', 'sold sell VERB VBD 0 root'], [['Zentek', 'Company']]),
    ['Borla Foods | partOf | Zentek']],
    ['"The trust that Zentek funds sold its unit Borla Foods": "its" is the trust, not Zentek', unitAfter(
      ['The the DET DT 2 det', 'trust trust NOUN NN 6 nsubj', 'that that PRON WDT 5 obj', 'Zentek Zentek PROPN NNP 5 nsubj',
        'funds fund VERB VBZ 2 acl:relcl', 'sold sell VERB VBD 0 root'], [['Zentek', 'Company']]),
    []],
  ])('%s', (_name, spec, want) => {
    const got = business(analysisOf([spec])).map(show).filter((r) => / \| partOf \| /.test(r)).map((r) => r.split(' | ').slice(0, 3).join(' | '));
    expect(got).toEqual(want);
  });
});

// "Zentek and its parent company Acme": the firm joined by "and" right before "its" is whose parent it is, wherever
// coreference placed "its" (an earlier firm of the article)
const andIts: SentenceSpec = {
  rows: `Zentek Zentek PROPN NNP 8 nsubj:pass
    and and CCONJ CC 5 cc
    its its PRON PRP$ 5 nmod:poss
    parent parent NOUN NN 5 compound
    company company NOUN NN 1 conj
    Acme Acme PROPN NNP 5 appos
    were be AUX VBD 8 aux:pass
    sued sue VERB VBN 0 root
    . . PUNCT . 8 punct`,
  mentions: [['Zentek', 'Company'], ['Acme', 'Company']],
};
const earlierFirm: SentenceSpec = {
  rows: `Kemrow Kemrow PROPN NNP 2 nsubj
    lost lose VERB VBD 0 root
    its its PRON PRP$ 4 nmod:poss
    case case NOUN NN 2 obj
    . . PUNCT . 2 punct`,
  mentions: [['Kemrow', 'Company']],
};

// (as an object after a verb's subject firm: "Kemrow sued Zentek and its parent company Acme")
const objectAndIts: SentenceSpec = {
  rows: `Kemrow Kemrow PROPN NNP 2 nsubj
    sued sue VERB VBD 0 root
    Zentek Zentek PROPN NNP 2 obj
    and and CCONJ CC 6 cc
    its its PRON PRP$ 6 nmod:poss
    parent parent NOUN NN 6 compound
    company company NOUN NN 3 conj
    Acme Acme PROPN NNP 7 appos
    . . PUNCT . 2 punct`,
  mentions: [['Kemrow', 'Company'], ['Zentek', 'Company'], ['Acme', 'Company']],
};

describe('"X and its parent company Y"', () => {
  it.each<[string, SentenceSpec[], string[]]>([
    ['alone: Acme owns Zentek', [andIts], ['Acme | ownerOf | Zentek']],
    ['after a sentence about another firm: still Zentek, not Kemrow', [earlierFirm, andIts], ['Acme | ownerOf | Zentek']],
    ['an object after a subject firm: Zentek, not the subject Kemrow', [objectAndIts], ['Acme | ownerOf | Zentek']],
  ])('%s', (_name, specs, want) => {
    const got = business(analysisOf(specs)).map(show).filter((r) => / \| ownerOf \| /.test(r)).map((r) => r.split(' | ').slice(0, 3).join(' | '));
    expect(got).toEqual(want);
  });
});
