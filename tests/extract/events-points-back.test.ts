// Table-driven tests of events.ts' pointsBack: a place noun after a demonstrative (event-book's DEMONSTRATIVES: "this",
// "that", "these", "those", "such") with no words of its own points back to places named before, so it is no place of
// the event; a describing word of its own makes it one. Hand-parsed sentences written for the test.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Overnight a bombing struck Tamsk and Oren."
const first: SentenceSpec = { rows: `
  Overnight overnight ADV RB 4 advmod
  a a DET DT 3 det
  bombing bombing NOUN NN 4 nsubj
  struck strike VERB VBD 0 root
  Tamsk Tamsk PROPN NNP 4 obj
  and and CCONJ CC 7 cc
  Oren Oren PROPN NNP 5 conj
  . . PUNCT . 4 punct`, mentions: [['Tamsk', 'City'], ['Oren', 'City']] };

/** "Four residents were killed in <det> [<adjective>] districts." */
function killedIn(det: string, adjective?: string): SentenceSpec {
  const a = adjective ? 1 : 0;
  const rows = ['Four four NUM CD 2 nummod', 'residents resident NOUN NNS 4 nsubj:pass', 'were be AUX VBD 4 aux:pass', 'killed kill VERB VBN 0 root',
    `in in ADP IN ${7 + a} case`, `${det} ${det} DET DT ${7 + a} det`, ...(adjective ? [`${adjective} ${adjective} ADJ JJ 8 amod`] : []),
    `districts district NOUN NNS 4 obl`, `. . PUNCT . 4 punct`];
  return { rows: rows.join('\n') };
}

describe('a place noun that points back', () => {
  it.each<[string, SentenceSpec, boolean]>([
    ['"in these districts"', killedIn('these'), false],
    ['"in those districts"', killedIn('those'), false],
    ['"in such districts"', killedIn('such'), false],
    ['"in these northern districts": words of its own', killedIn('these', 'northern'), true],
  ])('%s', (_case, second, located) => {
    const got = events(analysisOf([first, second])).map(show);
    expect(got.some((g) => g.startsWith('bombing | killed | 4'))).toBe(true);
    expect(got.some((g) => / \| locatedIn \| .*districts/.test(g))).toBe(located);
  });
});
