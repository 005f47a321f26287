// Table-driven tests of a title after "its" (roles.ts itsOwner): the organisation is the one coreference resolved "its"
// to, or none; not the last organisation named before it. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "The museum that Acme funds named its director(,) Ida Lund." */
function museum(comma: boolean): SentenceSpec[] {
  const c = comma ? 1 : 0;
  const rows = [
    'The the DET DT 2 det', 'museum museum NOUN NN 6 nsubj', 'that that PRON WDT 5 obj', 'Acme Acme PROPN NNP 5 nsubj',
    'funds fund VERB VBZ 2 acl:relcl', 'named name VERB VBD 0 root', 'its its PRON PRP$ 8 nmod:poss', 'director director NOUN NN 6 obj',
    ...(comma ? [', , PUNCT , 10 punct'] : []), `Ida Ida PROPN NNP 8 appos`, `Lund Lund PROPN NNP ${9 + c} flat`, '. . PUNCT . 6 punct',
  ];
  return [{ rows: rows.join('\n'), mentions: [['Acme', 'Company'], ['Ida Lund', 'Person']] }];
}

describe('a title after "its"', () => {
  it.each<[string, SentenceSpec[], string[]]>([
    ['"Zenta praised its founder Ida Lund": "its" is Zenta', [{ rows: `
      Zenta Zenta PROPN NNP 2 nsubj
      praised praise VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      founder founder NOUN NN 2 obj
      Ida Ida PROPN NNP 4 appos
      Lund Lund PROPN NNP 5 flat
      . . PUNCT . 2 punct`, mentions: [['Zenta', 'Company'], ['Ida Lund', 'Person']] }],
    ['Ida Lund | founderOf | Zenta | + |  | fact']],
    ['"The museum that Acme funds named its director, Ida Lund": "its" is the museum, not Acme', museum(true), []],
    ['"The museum that Acme funds named its director Ida Lund" (no comma): the same', museum(false), []],
  ])('%s', (_name, specs, want) => {
    const got = roles(analysisOf(specs)).map(show).filter((r) => /^Ida Lund \| \w+Of \| (Acme|Zenta)/.test(r));
    expect(got).toEqual(want);
  });
});
