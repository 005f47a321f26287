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
