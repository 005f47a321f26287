// Table-driven tests of a report set off inside the clause it reports ("The deal, he said, will cut costs"): the parse
// hangs the clause's subject on the verb of saying and leaves the predicate with none; the repair gives the subject back
// to its predicate and the predicate to the verb of saying, so the claim keeps its subject and its speaker. Sentences
// written for the test, hand-parsed the way the parser misreads them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

describe('a parenthetical report between a subject and its predicate', () => {
  it.each<{ name: string; specs: SentenceSpec[]; want: string[]; not?: string[] }>([
    {
      name: '"Acme, Ann Lane said, will buy Zed" with "Acme" a second subject of "said": Lane\'s claim that Acme buys Zed',
      specs: [{ rows: `
  Acme Acme PROPN NNP 5 nsubj
  , , PUNCT , 5 punct
  Ann Ann PROPN NNP 5 nsubj
  Lane Lane PROPN NNP 3 flat
  said say VERB VBD 0 root
  , , PUNCT , 8 punct
  will will AUX MD 8 aux
  buy buy VERB VB 5 ccomp
  Zed Zed PROPN NNP 8 obj
  . . PUNCT . 5 punct`, mentions: [['Ann Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']] }],
      want: ['Acme | acquire | Zed | + | Ann Lane | claim'],
    },
    {
      name: '"Acme, analysts at Zed warned, has sold Brill" with the speaker a conjunct of the subject',
      specs: [{ rows: `
  Acme Acme PROPN NNP 6 nsubj
  , , PUNCT , 3 punct
  analysts analyst NOUN NNS 1 conj
  at at ADP IN 5 case
  Zed Zed PROPN NNP 3 nmod
  warned warn VERB VBD 0 root
  , , PUNCT , 9 punct
  has have AUX VBZ 9 aux
  sold sell VERB VBN 6 ccomp
  Brill Brill PROPN NNP 9 obj
  . . PUNCT . 6 punct`, mentions: [['Acme', 'Company'], ['Zed', 'Company'], ['Brill', 'Company']] }],
      want: ['Acme | sell | Brill | + | analysts at Zed | claim'],
      not: ['analysts at Zed | sell | Brill | + | analysts at Zed | claim'],
    },
    {
      name: '"Acme, Ann Lane told reporters, will buy Zed" with "reporters" read as the subject of "buy"',
      specs: [{ rows: `
  Acme Acme PROPN NNP 6 obl:unmarked
  , , PUNCT , 1 punct
  Ann Ann PROPN NNP 5 nsubj
  Lane Lane PROPN NNP 3 flat
  told tell VERB VBD 0 root
  reporters reporter NOUN NNS 9 nsubj
  , , PUNCT , 6 punct
  will will AUX MD 9 aux
  buy buy VERB VB 5 ccomp
  Zed Zed PROPN NNP 9 obj
  . . PUNCT . 5 punct`, mentions: [['Ann Lane', 'Person'], ['Acme', 'Company'], ['Zed', 'Company']] }],
      want: ['Acme | acquire | Zed | + | Ann Lane | claim'],
      not: ['reporters | acquire | Zed | + | Ann Lane | claim'],
    },
  ])('$name', ({ specs, want, not }) => {
    const rows = extract(analysisOf(specs)).map(show);
    for (const w of want) expect(rows).toContain(w);
    for (const w of not ?? []) expect(rows).not.toContain(w);
  });

  it.each<{ name: string; rows: string }>([
    {
      name: '"However, Ann Lane said, Acme bought Zed": no noun phrase before the report, the parse is left as it is',
      rows: `
  However however ADV RB 4 advmod
  , , PUNCT , 1 punct
  Ann Ann PROPN NNP 4 nsubj
  said say VERB VBD 0 root
  , , PUNCT , 7 punct
  Acme Acme PROPN NNP 7 nsubj
  bought buy VERB VBD 4 ccomp
  Zed Zed PROPN NNP 7 obj
  . . PUNCT . 4 punct`,
    },
    {
      name: '"Acme, Ann Lane said, and Zed agreed": a conjunction after the report opens a clause of its own',
      rows: `
  Acme Acme PROPN NNP 4 nsubj
  , , PUNCT , 4 punct
  Ann Ann PROPN NNP 4 nsubj
  said say VERB VBD 0 root
  , , PUNCT , 8 punct
  and and CCONJ CC 8 cc
  Zed Zed PROPN NNP 8 nsubj
  agreed agree VERB VBD 4 conj
  . . PUNCT . 4 punct`,
    },
  ])('$name', async ({ rows }) => {
    const { repairedTokens } = await import('../../src/extract/repair.js');
    const tokens = analysisOf([{ rows }]).sentences[0]!.tokens;
    const out = repairedTokens(tokens, []);
    expect(out.map((t) => [t.head, t.dep])).toEqual(tokens.map((t) => [t.head, t.dep]));
  });
});
