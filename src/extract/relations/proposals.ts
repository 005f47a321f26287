// What a speaker proposes when the proposal is a clause, not a noun phrase: "X says there should be more state funding"
// (X calls for more state funding) and "X suggests doubling the fee" (X suggests doubling the fee). The thing proposed is
// the relation's object, a phrase as written.
import { argumentFor } from '../arguments.js';
import { kids, lemmaOf, lower, subtree, type SentenceView } from '../sentence-view.js';
import { spanPhrase } from './phrases.js';
import { negated } from './modality.js';
import { subjectsOf } from './subjects.js';
import type { SentenceState } from './sentence-state.js';

/** Verbs that report a view of what ought to be ("says there should be", "argues there must be"). */
const OPINION_VERBS = new Set(['say', 'suggest', 'argue', 'believe', 'insist', 'recommend', 'propose', 'think', 'feel', 'conclude', 'add']);
/** Of those, the verbs that name the proposal themselves: their own lemma is the relation; the others "call for". */
const NAMING_VERBS = new Set(['suggest', 'recommend', 'propose']);
/** Verbs whose -ing complement is the act they propose ("suggests doubling the fee"). */
const GERUND_PROPOSALS = new Set(['suggest', 'propose', 'recommend', 'advocate', 'favour', 'favor', 'urge']);
/** Modals of obligation before "be" in "there should be": what ought to be, not what is. */
const OUGHT = new Set(['should', 'must', 'ought']);
/** Longest proposal, in words, kept as a phrase. */
const MAX_WORDS = 12;

/** The relations of a verb whose proposal is a clause. */
export function proposalRelations(state: SentenceState, p: number): void {
  const { v } = state;
  const lemma = lemmaOf(v.tokens[p]!);
  if (OPINION_VERBS.has(lemma)) oughtToBe(state, p, lemma);
  if (GERUND_PROPOSALS.has(lemma)) proposedAct(state, p, lemma);
}

/**
 * "X says (that) there should be Y": X calls for Y. The words right after the verb ("that", adverbs) up to "there", then a
 * modal of obligation and "be"; Y is the noun phrase after "be", read by its last noun before a word that is no part of a
 * noun phrase (the parser often joins this clause to the next). Not when the verb or the clause is negated.
 */
function oughtToBe(state: SentenceState, p: number, lemma: string): void {
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
  const [name, label] = NAMING_VERBS.has(lemma) ? [lemma, lemma] : ['callFor', 'call for'];
  for (const s of subjectsOf(v, p)) emit(arg(s), name, label, object, p, { known: true, surface: { s, rel: [p], o: head } });
}

/**
 * "X suggests doubling the fee": an -ing form with no subject of its own under a verb of proposing is the act proposed;
 * the phrase as written, up to a comma or a clause of its own, is the object (at most twelve words).
 */
function proposedAct(state: SentenceState, p: number, lemma: string): void {
  const { v, emit, arg } = state;
  const act = kids(v, p, 'xcomp', 'ccomp', 'obj').find((k) => k > p && v.tokens[k]!.tag === 'VBG' && !kids(v, k, 'nsubj', 'nsubj:pass', 'mark').length);
  if (act === undefined || negated(v, p)) return;
  const cut = new Set(['punct', 'advcl', 'parataxis', 'conj', 'cc']);
  const toks = subtree(v, act, cut);
  let end = 0;
  while (end + 1 < toks.length && toks[end + 1] === toks[end]! + 1) end++;
  const run = toks.slice(0, end + 1);
  if (run[0] !== act || run.length < 2 || run.length > MAX_WORDS) return;
  // "suggested grieving fans were wallowing": a finite verb outside a relative clause makes the -ing word an adjective of
  // a clause's subject, not an act proposed
  if (run.some((k) => ['VBD', 'VBZ', 'VBP'].includes(v.tokens[k]!.tag) && v.tokens[k]!.dep !== 'acl:relcl')) return;
  for (const s of subjectsOf(v, p)) emit(arg(s), lemma, lemma, spanPhrase(v, act, run[run.length - 1]!), p, { known: true, surface: { s, rel: [p], o: act } });
}
