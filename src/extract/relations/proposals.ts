// What a speaker calls for when the call is a clause of what ought to be: "X says there should be more state funding" (X
// calls for more state funding). The verbs that name a proposal themselves ("suggests there should be", "proposes
// doubling") are speech acts with their content (CONTENT_ACTS, speech.ts actContent); these are the verbs of saying and
// thinking, whose "there should be" clause is a call all the same.
import { argumentFor } from '../arguments.js';
import { CONTENT_ACTS } from '../predicates/lexicon.js';
import { lemmaOf, lower } from '../sentence-view.js';
import { negated } from './modality.js';
import { subjectsOf } from './subjects.js';
import type { SentenceState } from './sentence-state.js';

/** Verbs that report a view of what ought to be ("says there should be", "argues there ought to be"). */
const OPINION_VERBS = new Set(['say', 'argue', 'believe', 'insist', 'think', 'feel', 'conclude', 'add', 'state', 'write']);
/**
 * Modals of obligation before "be" in "there should be": what ought to be, not what is. Not "must": after a verb of
 * saying or thinking it is as often an inference as a demand ("said there must be a mistake in the figures").
 */
const OUGHT = new Set(['should', 'ought']);

/** The relations of a verb whose call is a clause of what ought to be. */
export function proposalRelations(state: SentenceState, p: number): void {
  const lemma = lemmaOf(state.v.tokens[p]!);
  if (OPINION_VERBS.has(lemma) && !CONTENT_ACTS.has(lemma)) oughtToBe(state, p);
}

/**
 * "X says (that) there should be Y": X calls for Y. The words right after the verb ("that", adverbs) up to "there", then a
 * modal of obligation and "be"; Y is the noun phrase after "be", read by its last noun before a word that is no part of a
 * noun phrase (the parser often joins this clause to the next). Not when the verb or the clause is negated.
 */
function oughtToBe(state: SentenceState, p: number): void {
  const { ctx, v, emit, arg } = state;
  let k = p + 1;
  while (k < v.tokens.length && (lower(v.tokens[k]!) === 'that' || v.tokens[k]!.upos === 'ADV')) k++;
  if (lower(v.tokens[k] ?? v.tokens[p]!) !== 'there' || !OUGHT.has(lower(v.tokens[k + 1] ?? v.tokens[p]!))) return;
  let be = k + 2;
  if (lower(v.tokens[k + 1]!) === 'ought' && lower(v.tokens[be] ?? v.tokens[p]!) === 'to') be++;
  if (lower(v.tokens[be] ?? v.tokens[p]!) !== 'be' || negated(v, p)) return;
  // the noun phrase after "be": its last noun before anything that is no determiner, adjective, number or noun
  let head: number | undefined;
  for (let j = be + 1; j < v.tokens.length; j++) {
    const u = v.tokens[j]!;
    if (u.upos === 'NOUN' || u.upos === 'PROPN') head = j;
    else if (!['DET', 'ADJ', 'NUM'].includes(u.upos) && !(u.upos === 'ADV' && lower(u) === 'more') && !(u.upos === 'PUNCT' && u.text === '-')) break;
  }
  if (head === undefined || ['no', 'not'].some((w) => v.tokens.slice(be + 1, head).some((u) => lower(u) === w))) return;
  const object = argumentFor(ctx, v, head);
  if (!object || object.kind === 'literal') return;
  for (const s of subjectsOf(v, p)) emit(arg(s), 'callFor', 'call for', object, p, { known: true, surface: { s, rel: [p], o: head } });
}
