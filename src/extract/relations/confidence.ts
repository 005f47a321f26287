// Confidence of a relation from what it rests on: argument kinds (names, actors, pronouns, vague phrases), voice, length.
import type { Argument } from '../candidate.js';
import { isNamed, isPronoun, isResolved } from '../arguments.js';
import { isMeasure } from './measures.js';
import { isRanking } from './rankings.js';

// Confidence taken off a verb's object that follows a comma after another noun (a likely misattached apposition).
export const COMMA_OBJECT = 0.2;

// Confidence taken off a relation read from an act written as a noun.
export const NOMINAL_ACT = 0.05;

// Confidence taken off a relation on a pronoun inside a quotation.
export const QUOTED_PRONOUN = 0.1;

/** Nouns for people and bodies that act ("gunmen", "prosecutors", "the company"): stronger arguments than other phrases. */
export const ACTOR_NOUNS = new Set(['militants', 'militant', 'gunmen', 'gunman', 'attackers', 'attacker', 'rebels', 'insurgents', 'fighters', 'soldiers', 'troops', 'police', 'officers', 'officials', 'official', 'lawyers', 'lawyer', 'prosecutors', 'prosecutor', 'prosecution', 'investigators', 'protesters', 'demonstrators', 'activists', 'analysts', 'critics', 'residents', 'workers', 'employees', 'directors', 'shareholders', 'investors', 'voters', 'leaders', 'leader', 'ministers', 'minister', 'diplomats', 'journalists', 'witnesses', 'witness', 'victims', 'citizens', 'students', 'auditors', 'regulators', 'judge', 'judges', 'jury', 'whistleblower', 'company', 'firm', 'group', 'government', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chief', 'boss', 'executive', 'court', 'bank', 'army', 'military', 'parliament', 'committee', 'commission', 'council', 'ministry', 'agency', 'union', 'party', 'opposition', 'administration', 'embassy', 'side', 'bidder', 'buyer', 'owner', 'founder', 'correspondent', 'editor']);

/** Nouns of people in general, beside the actors above: their "with" phrase describes them ("people with disabilities"). */
export const PEOPLE_NOUNS = new Set(['people', 'person', 'user', 'customer', 'member', 'fan', 'child', 'family', 'patient', 'owner', 'visitor', 'passenger', 'consumer', 'player', 'man', 'woman']);

function isActor(a: Argument): boolean {
  if (a.kind !== 'concept') return false;
  const head = a.label.toLowerCase().split(/\s+(?:of|in|at|for|from|on)\s+/)[0]!.split(/\s+/).pop() ?? '';
  return ACTOR_NOUNS.has(head);
}

// Heads that name an act or state rather than who acts ("the decision", "his retirement", "wrangling").
const NOMINALISATION = /(?:tion|sion|ment|ing|ance|ence)$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'your', 'my', 'our']);

/**
 * A subject that hides its agent: a common noun naming an act ("the decision undermined ...") or owned by
 * someone left as a pronoun ("his bid", "your endeavour"). The relation is about who acted, which it does not say.
 */
function hidesAgent(a: Argument, actor: boolean): boolean {
  if (a.kind !== 'concept' || actor) return false;
  const words = a.text.trim().toLowerCase().split(/\s+/);
  if (POSSESSIVE_PRONOUNS.has(words[0]!)) return true;
  const head = a.label.toLowerCase().split(/\s+(?:of|in|at|for|from|on)\s+/)[0]!.split(/\s+/).pop() ?? '';
  return head.length > 5 && NOMINALISATION.test(head.replace(/s$/, ''));
}

// What a pronoun resolved to a name adds: no more than a common noun, as a relation on a pronoun seldom carries an
// article's main facts and the antecedent may be wrong; a description ("the company") counts as an actor noun.
const RESOLVED = -0.04;
const RESOLVED_DESCRIPTION = 0.02;

/**
 * Verbs of proposing, presenting and promising ("proposed a cap", "called for more state funding", "outlined the key
 * themes", "unveiled a plan"): what they act on is a proposal, a plan or a text, a common noun phrase by nature, and it is
 * the news itself. Their common-noun object is as good an argument as a lexicon verb's. (Not the lexicon's CONTENT_ACTS,
 * which shares five of these words: that list is of speech acts whose "that" clause is a relation of its own; this one
 * is of verbs whose noun object is a proposal. Two jobs, two lists.)
 */
const PROPOSAL_VERBS: ReadonlySet<string> = new Set(['propose', 'suggest', 'recommend', 'call for', 'demand', 'advocate', 'outline',
  'unveil', 'set out', 'lay out', 'put forward', 'table', 'pledge', 'promise', 'launch', 'publish', 'release', 'introduce', 'approve',
  'adopt', 'draw up', 'present', 'submit', 'issue']);

/** Confidence of one relation from what the pattern rests on: argument kinds, voice, length, frame. */
export function relationConfidence(subject: Argument, object: Argument, opts: { known: boolean; passive: boolean; shared: boolean; tokens: number; fallback?: boolean; label?: string }): number {
  let c = 0.5;
  // (whether each argument is an actor noun, read once: the score, vagueness and a hidden agent all ask it)
  const subjectActor = isActor(subject), objectActor = isActor(object);
  // (an object that is a measured amount, "the harvest shrank 3.4%", "employs 4,300 staff", counts as a literal: measures.ts)
  // (and so does a chart, poll or box office a thing tops, "the film topped the box office": rankings.ts)
  const measure = isMeasure(object) || !opts.passive && isRanking(opts.label, object);
  const score = (a: Argument, actor: boolean): number => (isNamed(a) ? 0.12 : isResolved(a) ? (/\s/.test(a.kind === 'entity' ? a.text.trim() : '') ? RESOLVED_DESCRIPTION : RESOLVED) : a.kind === 'event' ? 0.06 : a.kind === 'literal' ? 0.06 : isPronoun(a) ? -0.12 : actor ? 0.02 : -0.04);
  c += score(subject, subjectActor) + (measure ? 0.06 : score(object, objectActor));
  if (opts.known) c += 0.08;
  if (opts.passive) c -= 0.03;
  if (opts.shared) c -= 0.05;
  if (opts.tokens > 30) c -= 0.06;
  if (opts.tokens > 45) c -= 0.06;
  if (opts.fallback) c -= 0.12;
  // a relation between two vague phrases ("the move", "relations") rarely says something an analyst would keep
  const vague = (a: Argument, actor: boolean): boolean => a.kind === 'concept' && !actor || isPronoun(a);
  const vagueSubject = vague(subject, subjectActor);
  if (hidesAgent(subject, subjectActor)) c -= 0.08;
  // (an amount is no vague phrase: as for a literal, nothing is taken off for it)
  if (vagueSubject && !measure && vague(object, objectActor)) c -= 0.15;
  // a vague phrase acting on a happening ("the attempt prevented the takeover", "his efforts led to the talks"):
  // neither side says who did what
  else if (vagueSubject && object.kind === 'event') c -= 0.1;
  else if (object.kind === 'concept' && !measure && !opts.known && !(opts.label && !opts.passive && PROPOSAL_VERBS.has(opts.label))) c -= 0.05;
  return Math.max(0.05, Math.min(0.95, Number(c.toFixed(3))));
}
