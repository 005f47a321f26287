// Table-driven tests of the constraints on antecedents (gender from a name's registers, clauses, controlled verbs, kinds of
// body) in the article's pronoun and description resolution, on hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { resolveAnaphors } from '../../src/extract/coreference.js';
import { viewsOf } from '../../src/extract/sentence-view.js';
import { analysisOf, type SentenceSpec } from './fixtures.js';

/** "word -> mention text" for every resolved pronoun or description, in text order. */
function resolved(specs: SentenceSpec[]): string[] {
  const views = viewsOf(analysisOf(specs));
  return [...resolveAnaphors(views)].map(([at, a]) => {
    const [s, i] = at.split(':').map(Number) as [number, number];
    return `${views[s]!.tokens[i]!.text} -> ${a.mention.text}`;
  });
}

const cases: Array<{ name: string; specs: SentenceSpec[]; expect: string[] }> = [
  {
    name: 'a given name only the birth registers know gives the gender: "She" and "him" keep Gwyneth and Rhys apart',
    specs: [{ rows: `
      Rhys rhys PROPN NNP 2 flat
      Evans evans PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Gwyneth gwyneth PROPN NNP 5 flat
      Price price PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Rhys Evans', 'Person'], ['Gwyneth Price', 'Person']] }, { rows: `
      She she PRON PRP 2 nsubj
      thanked thank VERB VBD 0 root
      him he PRON PRP 2 obj
      . . PUNCT . 2 punct` }],
    expect: ['She -> Gwyneth Price', 'him -> Rhys Evans'],
  },
  {
    name: 'a later "Mr" overrules the gender a register gave the given name',
    specs: [{ rows: `
      Gwyneth gwyneth PROPN NNP 2 flat
      Price price PROPN NNP 3 nsubj
      spoke speak VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Gwyneth Price', 'Person']] }, { rows: `
      Mr mr PROPN NNP 2 compound
      Price price PROPN NNP 3 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Price', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Price'],
  },
  {
    name: 'a name used for both genders takes the one of a pronoun that clearly stands for it, so "He ... her" are not swapped',
    specs: [{ rows: `
      Marion marion PROPN NNP 2 flat
      Jones jones PROPN NNP 3 nsubj
      won win VERB VBD 0 root
      . . PUNCT . 3 punct`, mentions: [['Marion Jones', 'Person']] }, { rows: `
      She she PRON PRP 2 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 2 punct` }, { rows: `
      Jones jones PROPN NNP 2 nsubj
      praised praise VERB VBD 0 root
      Sam sam PROPN NNP 4 flat
      Hill hill PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Jones', 'Person'], ['Sam Hill', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      thanked thank VERB VBD 0 root
      her she PRON PRP 2 obj
      . . PUNCT . 2 punct` }],
    expect: ['She -> Marion Jones', 'He -> Sam Hill', 'her -> Jones'],
  },
  {
    name: 'the subject of an adverbial clause weighs less than the main clause\'s: "he" continues the main subject',
    specs: [{ rows: `
      After after SCONJ IN 4 mark
      Tom tom PROPN NNP 3 flat
      Reyes reyes PROPN NNP 4 nsubj
      spoke speak VERB VBD 8 advcl
      , , PUNCT , 4 punct
      Paul paul PROPN NNP 7 flat
      Hart hart PROPN NNP 8 nsubj
      smiled smile VERB VBD 0 root
      . . PUNCT . 8 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      left leave VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'a subject pronoun is none of the names later in its own clause ("He fined Reyes")',
    specs: [{ rows: `
      Tom tom PROPN NNP 2 flat
      Reyes reyes PROPN NNP 3 nsubj
      met meet VERB VBD 0 root
      Paul paul PROPN NNP 5 flat
      Hart hart PROPN NNP 3 obj
      . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] }, { rows: `
      He he PRON PRP 2 nsubj
      fined fine VERB VBD 0 root
      Reyes reyes PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] }],
    expect: ['He -> Paul Hart'],
  },
  {
    name: 'an acronym with a plural ending ("CSOs") is no "it"',
    specs: [{ rows: `
      CSOs cso PROPN NNPS 2 nsubj
      joined join VERB VBD 0 root
      Brightwave brightwave PROPN NNP 2 obj
      . . PUNCT . 2 punct`, mentions: [['CSOs', 'Organization'], ['Brightwave', 'Company']] }, { rows: `
      It it PRON PRP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct` }],
    expect: ['It -> Brightwave'],
  },
  {
    name: '"it" after a description of a body no name was found for is that body: no antecedent',
    specs: [{ rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }, { rows: `
      Critics critic NOUN NNS 5 nsubj
      of of ADP IN 4 case
      the the DET DT 4 det
      government government NOUN NN 1 nmod
      say say VERB VBP 0 root
      it it PRON PRP 7 nsubj
      failed fail VERB VBD 5 ccomp
      . . PUNCT . 5 punct` }],
    expect: [],
  },
  {
    name: 'a description with a restrictive clause of its own ("the group that ...") is read as written',
    specs: [{ rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      grew grow VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }, { rows: `
      Rules rule NOUN NNS 2 nsubj
      protect protect VERB VBP 0 root
      the the DET DT 4 det
      group group NOUN NN 2 obj
      that that PRON WDT 7 obj
      firms firm NOUN NNS 7 nsubj
      ignore ignore VERB VBP 4 acl:relcl
      . . PUNCT . 2 punct` }],
    expect: [],
  },
  {
    name: 'a description the object of a verb its subject controls is not that subject ("Brightwave decided to sell the firm")',
    specs: [{ rows: `
      Kestrel kestrel PROPN NNP 2 nsubj
      struggled struggle VERB VBD 0 root
      . . PUNCT . 2 punct`, mentions: [['Kestrel', 'Company']] }, { rows: `
      Brightwave brightwave PROPN NNP 2 nsubj
      decided decide VERB VBD 0 root
      to to PART TO 4 mark
      sell sell VERB VB 2 xcomp
      the the DET DT 6 det
      firm firm NOUN NN 4 obj
      . . PUNCT . 2 punct`, mentions: [['Brightwave', 'Company']] }],
    expect: ['firm -> Kestrel'],
  },
  {
    name: '"the company" is no court, whatever type the recogniser gave the court',
    specs: [{ rows: `
      The the DET DT 3 det
      Appeals appeals PROPN NNP 3 compound
      Court court PROPN NNP 4 nsubj
      fined fine VERB VBD 0 root
      Brightwave brightwave PROPN NNP 4 obj
      . . PUNCT . 4 punct`, mentions: [['Appeals Court', 'Organization'], ['Brightwave', 'Company']] }, { rows: `
      The the DET DT 2 det
      company company NOUN NN 3 nsubj
      appealed appeal VERB VBD 0 root
      . . PUNCT . 3 punct` }],
    expect: ['company -> Brightwave'],
  },
];

describe('resolveAnaphors: constraints on antecedents', () => {
  for (const c of cases) it(c.name, () => expect(resolved(c.specs)).toEqual(c.expect));
});

describe('resolveAnaphors: quotations', () => {
  const spoke: SentenceSpec = { rows: `
    Tom tom PROPN NNP 2 flat
    Reyes reyes PROPN NNP 3 nsubj
    praised praise VERB VBD 0 root
    Paul paul PROPN NNP 5 flat
    Hart hart PROPN NNP 3 obj
    . . PUNCT . 3 punct`, mentions: [['Tom Reyes', 'Person'], ['Paul Hart', 'Person']] };
  it.each([
    {
      name: 'a "he" in the words of the man who says them is the other man',
      quote: { rows: `
        Reyes reyes PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        : : PUNCT : 2 punct
        " " PUNCT \`\` 6 punct
        He he PRON PRP 6 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 6 advmod
        . . PUNCT . 2 punct
        " " PUNCT '' 2 punct`, mentions: [['Reyes', 'Person']] } as SentenceSpec,
      expect: ['He -> Paul Hart'],
    },
    {
      name: 'outside the quotation the speaker may be "he"',
      quote: { rows: `
        Reyes reyes PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        he he PRON PRP 4 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 4 advmod
        . . PUNCT . 2 punct`, mentions: [['Reyes', 'Person']] } as SentenceSpec,
      expect: ['he -> Reyes'],
    },
    {
      name: 'a speaker named by the given name alone is the man named in full with it',
      quote: { rows: `
        Paul paul PROPN NNP 2 nsubj
        said say VERB VBD 0 root
        : : PUNCT : 2 punct
        " " PUNCT \`\` 6 punct
        He he PRON PRP 6 nsubj
        works work VERB VBZ 2 ccomp
        hard hard ADV RB 6 advmod
        . . PUNCT . 2 punct
        " " PUNCT '' 2 punct`, mentions: [['Paul', 'Person']] } as SentenceSpec,
      expect: ['He -> Tom Reyes'],
    },
  ])('$name', ({ quote, expect: want }) => expect(resolved([spoke, quote])).toEqual(want));
});
