// Table-driven tests of the repair that makes an age used as a noun ("The 19-year-old won") its verb's subject, where the
// parser read "old" as an adjective on the verb. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { agesAsSubjects } from '../../src/extract/repair-ages.js';
import { analysisOf, type SentenceSpec } from './fixtures.js';

/** "<det> 19-year-old" with "old" an adjective on token `head` (1-based), then `rest` (rows numbered on from 7). */
function age(det: string, head: number, rest: string): SentenceSpec {
  return { rows: `
  ${det} ${det.toLowerCase()} DET DT ${head} det
  19 19 NUM CD 4 nummod
  ~- - PUNCT HYPH 2 punct
  ~year year NOUN NN 6 obl:unmarked
  ~- - PUNCT HYPH 4 punct
  ~old old ADJ JJ ${head} amod${rest}` };
}

// "The 19-year-old took 40 minutes to win." with "old" an adjective on "took" and "to win" read as its clausal subject
const took = age('The', 7, `
  took take VERB VBD 0 root
  40 40 NUM CD 9 nummod
  minutes minute NOUN NNS 7 obj
  to to PART TO 11 mark
  win win VERB VB 7 csubj
  . . PUNCT . 7 punct`);
// "The 19-year-old Reis won." — the age describes the name, which is the subject
const named = age('The', 7, `
  Reis Reis PROPN NNP 8 nsubj
  won win VERB VBD 0 root
  . . PUNCT . 8 punct`);
// "A 19-year-old won." — "a" makes someone new, not a description of a person named before
const indefinite = age('A', 7, `
  won win VERB VBD 0 root
  . . PUNCT . 7 punct`);

/** Each token's head (1-based) and relation after the repair, "old" and "The" only. */
function repaired(spec: SentenceSpec): string[] {
  const tokens = analysisOf([spec]).sentences[0]!.tokens.slice();
  agesAsSubjects(tokens);
  return tokens.filter((t) => ['old', 'the', 'a'].includes(t.text.toLowerCase())).map((t) => `${t.text} ${t.head + 1} ${t.dep}`);
}

describe('repair: an age used as a noun is its verb\'s subject', () => {
  const table: Array<[string, SentenceSpec, string[]]> = [
    ['"The 19-year-old took": "old" the subject, "The" its determiner', took, ['The 6 det', 'old 7 nsubj']],
    ['an age before a name is left on the name', named, ['The 7 det', 'old 7 amod']],
    ['"a 19-year-old" is left alone', indefinite, ['A 7 det', 'old 7 amod']],
  ];
  for (const [name, spec, want] of table) {
    it(name, () => expect(repaired(spec)).toEqual(want));
  }
});
