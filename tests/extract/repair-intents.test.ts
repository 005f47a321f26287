// Table-driven tests of the repair that makes "plans"/"aims"/"hopes"/"intends" a verb after a subject and before "to" +
// a bare verb when the tagger read it as a plural noun, and leaves it a noun where a noun phrase is what the words are.
// Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { intentNounsAsVerbs } from '../../src/extract/repair-intents.js';
import { dependencyRelations } from '../../src/extract/relations.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Besides raising its fees, Vexa plans to sell its stake." with "plans" a noun conjoined to "fees"
const fronted: SentenceSpec = { rows: `
  Besides besides SCONJ IN 2 mark
  raising raise VERB VBG 0 root
  its its PRON PRP$ 4 nmod:poss
  fees fee NOUN NNS 2 obj
  , , PUNCT , 7 punct
  Vexa Vexa PROPN NNP 7 compound
  plans plan NOUN NNS 4 conj
  to to PART TO 9 mark
  sell sell VERB VB 2 xcomp
  its its PRON PRP$ 11 nmod:poss
  stake stake NOUN NN 9 obj
  . . PUNCT . 2 punct`, mentions: [['Vexa', 'Company']] };
// "The Norvik Board (NB), which runs the port, aims to close the dock." with the subject the root and "aims" a noun
const relative: SentenceSpec = { rows: `
  The the DET DT 3 det
  Norvik Norvik PROPN NNP 3 compound
  Board Board PROPN NNP 0 root
  ( ( PUNCT -LRB- 5 punct
  NB NB PROPN NNP 3 appos
  ) ) PUNCT -RRB- 5 punct
  , , PUNCT , 9 punct
  which which PRON WDT 9 nsubj
  runs run VERB VBZ 3 acl:relcl
  the the DET DT 11 det
  port port NOUN NN 9 obj
  , , PUNCT , 13 punct
  aims aim NOUN NNS 9 conj
  to to PART TO 15 mark
  close close VERB VB 13 acl
  the the DET DT 17 det
  dock dock NOUN NN 15 obj
  . . PUNCT . 3 punct`, mentions: [['Norvik Board', 'Organization']] };
// "Lee has no plans to sell the club." / "Tan backed government plans to cut taxes." / "Its plans to sell Orvo failed."
const noPlans: SentenceSpec = { rows: `
  Lee Lee PROPN NNP 2 nsubj
  has have VERB VBZ 0 root
  no no DET DT 4 det
  plans plan NOUN NNS 2 obj
  to to PART TO 6 mark
  sell sell VERB VB 4 acl
  the the DET DT 8 det
  club club NOUN NN 6 obj
  . . PUNCT . 2 punct` };
const backed: SentenceSpec = { rows: `
  Tan Tan PROPN NNP 2 nsubj
  backed back VERB VBD 0 root
  government government NOUN NN 4 compound
  plans plan NOUN NNS 2 obj
  to to PART TO 6 mark
  cut cut VERB VB 4 acl
  taxes tax NOUN NNS 6 obj
  . . PUNCT . 2 punct` };
const asSubject: SentenceSpec = { rows: `
  Its its PRON PRP$ 2 nmod:poss
  plans plan NOUN NNS 6 nsubj
  to to PART TO 4 mark
  sell sell VERB VB 2 acl
  Orvo Orvo PROPN NNP 4 obj
  failed fail VERB VBD 0 root
  . . PUNCT . 6 punct` };

/** The intent word's tag, head (1-based) and relation, with its subject's and infinitive's heads, after the repair. */
function repaired(spec: SentenceSpec, word: string, subject: string, verb: string): string {
  const tokens = analysisOf([spec]).sentences[0]!.tokens.slice();
  intentNounsAsVerbs(tokens);
  const at = (w: string): number => tokens.findIndex((t) => t.text === w);
  const t = tokens[at(word)]!, s = tokens[at(subject)]!, v = tokens[at(verb)]!;
  return `${t.upos} ${t.head + 1} ${t.dep}; ${subject} ${s.head + 1} ${s.dep}; ${verb} ${v.head + 1} ${v.dep}`;
}

const cases: Array<{ name: string; spec: SentenceSpec; word: string; subject: string; verb: string; expect: string }> = [
  { name: 'after a name, the sentence\'s root a clause put before it', spec: fronted, word: 'plans', subject: 'Vexa', verb: 'sell', expect: 'VERB 0 root; Vexa 7 nsubj; sell 7 xcomp' },
  { name: 'after a name and its relative clause set off by commas', spec: relative, word: 'aims', subject: 'Board', verb: 'close', expect: 'VERB 0 root; Board 13 nsubj; close 13 xcomp' },
  { name: 'not after a determiner ("has no plans to")', spec: noPlans, word: 'plans', subject: 'Lee', verb: 'sell', expect: 'NOUN 2 obj; Lee 2 nsubj; sell 4 acl' },
  { name: 'not after a verb of its clause ("backed government plans to")', spec: backed, word: 'plans', subject: 'Tan', verb: 'cut', expect: 'NOUN 2 obj; Tan 2 nsubj; cut 4 acl' },
  { name: 'not when it is another verb\'s subject ("Its plans to sell Orvo failed")', spec: asSubject, word: 'plans', subject: 'Its', verb: 'sell', expect: 'NOUN 6 nsubj; Its 2 nmod:poss; sell 2 acl' },
];

describe('intent words read as nouns', () => {
  for (const c of cases) it(c.name, () => expect(repaired(c.spec, c.word, c.subject, c.verb)).toBe(c.expect));

  it('through the extractor: the subject with the intended act', () => {
    const got = dependencyRelations(analysisOf([fronted])).map(show);
    expect(got, got.join('\n')).toContain('Vexa | sell | its stake | + |  | claim');
  });
});
