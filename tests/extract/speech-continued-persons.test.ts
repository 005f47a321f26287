// Table-driven test of the subject that stops a report from going on (speech.ts' continuedReport, quotationPerson): after
// a report outside quotation marks, a sentence with a modal of report goes on with it, unless its subject is the
// speaker's or the listener's pronoun ("I", "we", "you": speakers.ts' FIRST_PERSON and "you"), which makes it a
// quotation of someone's own words, not the report. Hand-parsed sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** "Ida Brandt said the tax would end." */
const reported: SentenceSpec = { rows: `
  Ida Ida PROPN NNP 3 nsubj
  Brandt Brandt PROPN NNP 1 flat
  said say VERB VBD 0 root
  the the DET DT 5 det
  tax tax NOUN NN 7 nsubj
  would would AUX MD 7 aux
  end end VERB VB 3 ccomp
  . . PUNCT . 3 punct`, mentions: [['Ida Brandt', 'Person']] };

/** "<subject> would close Korvo Mills." */
function wouldClose(subject: string, upos: string): SentenceSpec {
  return { rows: [`${subject} ${subject.toLowerCase()} ${upos} X 3 nsubj`, 'would would AUX MD 3 aux', 'close close VERB VB 0 root',
    'Korvo Korvo PROPN NNP 3 obj', 'Mills Mills PROPN NNP 4 flat', '. . PUNCT . 3 punct'].join('\n'),
  mentions: [...(upos === 'PROPN' ? [[subject, 'Company'] as [string, 'Company']] : []), ['Korvo Mills', 'Company']] };
}

describe('a report goes on, unless the speaker or the listener is the subject', () => {
  it.each<[string, SentenceSpec, boolean]>([
    ['"Halvik would close Korvo Mills": the report goes on', wouldClose('Halvik', 'PROPN'), true],
    ['"We would close Korvo Mills": a quotation', wouldClose('We', 'PRON'), false],
    ['"I would close Korvo Mills": a quotation', wouldClose('I', 'PRON'), false],
    ['"You would close Korvo Mills": a quotation', wouldClose('You', 'PRON'), false],
  ])('%s', (_case, second, goesOn) => {
    const got = extract(analysisOf([reported, second]), { minConfidence: 0 }).map(show);
    expect(got.some((r) => / \| close \| Korvo Mills \| \+ \| Ida Brandt \| /.test(r))).toBe(goesOn);
  });
});
