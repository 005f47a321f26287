// Tests for rel10's patch to modality.ts: an act under a denied plan, or an -ing form under a verb of ending, is denied.
import { describe, expect, it } from 'vitest';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show } from './fixtures.js';

const clean = (r: string): string => r.trim().split('\n').map((l) => l.trim()).join('\n');
const table: Array<[string, string, string]> = [
  ['a denied plan ("is not going to release")', `
    Acme Acme PROPN NNP 4 nsubj
    is be AUX VBZ 4 aux
    not not PART RB 4 advmod
    going go VERB VBG 0 root
    to to PART TO 6 mark
    release release VERB VB 4 xcomp
    the the DET DT 8 det
    album album NOUN NN 6 obj
    . . PUNCT . 4 punct`, 'Acme | release | album | - |'],
  ['an act stopped ("stopped providing")', `
    Acme Acme PROPN NNP 2 nsubj
    stopped stop VERB VBD 0 root
    providing provide VERB VBG 2 xcomp
    loans loan NOUN NNS 3 obj
    . . PUNCT . 2 punct`, 'Acme | provide | loans | - |'],
  ['an act ruled out ("ruled out raising")', `
    Acme Acme PROPN NNP 2 nsubj
    ruled rule VERB VBD 0 root
    out out ADP RP 2 compound:prt
    raising raise VERB VBG 2 xcomp
    prices price NOUN NNS 4 obj
    . . PUNCT . 2 punct`, 'Acme | raise | prices | - |'],
  ['a plan asserted stays asserted ("plans to release")', `
    Acme Acme PROPN NNP 2 nsubj
    plans plan VERB VBZ 0 root
    to to PART TO 4 mark
    release release VERB VB 2 xcomp
    the the DET DT 6 det
    album album NOUN NN 4 obj
    . . PUNCT . 2 punct`, 'Acme | release | album | + |'],
];
describe('acts under denied plans and verbs of ending', () => {
  for (const [name, rows, want] of table) it(name, () => {
    const got = dependencyRelations(analysisOf([{ rows: clean(rows), mentions: [['Acme', 'Company']] }])).map(show);
    expect(got.some((g) => g.startsWith(want))).toBe(true);
  });
});
