// "Acme is to recall the boats", "the novel is to be turned into a film": "be" with a "to" infinitive announces an act
// arranged or planned. The parser hangs "is" on the infinitive as its copula, which made the clause a copula clause with
// a verb for its head, and neither the verb reader nor the copula reader took it: the act was lost.
import { ACTOR_NOUNS } from './confidence.js';
import { kids, lemmaOf, lower, toInfinitive, type SentenceView } from '../sentence-view.js';
import { SUBJECT_PRONOUNS } from './subjects.js';

const SUBJECTS = ['nsubj', 'nsubj:pass', 'nsubj:outer'];

/**
 * Whether verb `p` is the infinitive of "be to": a copula "be" and a "to" of its own, with a subject that can act — a
 * name, a personal pronoun or a noun of people or bodies ("the company is to cut jobs") — or a passive ("is to be
 * turned into"). A noun of purpose as the subject ("the aim is to cut costs", "his job was to win") makes the
 * infinitive what the aim is, a copula clause, not an act of the noun.
 */
export function beToInfinitive(v: SentenceView, p: number): boolean {
  if (v.tokens[p]!.upos !== 'VERB' || !toInfinitive(v, p)) return false;
  // ("the government is to blame for the crisis": the idiom says who is responsible; no one blames anyone)
  if (lemmaOf(v.tokens[p]!) === 'blame') return false;
  if (!kids(v, p, 'cop').some((c) => lemmaOf(v.tokens[c]!) === 'be' && c < p)) return false;
  if (kids(v, p, 'aux:pass').length) return true;
  const s = kids(v, p, ...SUBJECTS)[0];
  if (s === undefined || s > p) return false;
  const t = v.tokens[s]!;
  if (v.mentionAt[s] || t.upos === 'PROPN') return true;
  if (t.upos === 'PRON') return SUBJECT_PRONOUNS.has(lower(t)); // ("it is to close the plant")
  return ACTOR_NOUNS.has(lower(t)) || ACTOR_NOUNS.has(lemmaOf(t));
}
