// What a copula says its subject is: "X is a fashion designer", "the levy was unlawful", "X became chairman", "X remains
// the favourite", "X wants to be the largest lender" -> X | be (become, remain, want to be) | Y. The clause names a class,
// a state or an identity of its subject, which an analyst lists among the facts about it (the gold writes such rows as
// `X | be | Y`). Only what is said of a thing the article names: a copula's subject is as often an expletive or a vague
// "it"/"this"/"that" ("it is the way ...", "that is nice"), and its predicate a word with a clause of its own ("I am sure
// we will ...", "is likely to play"), which say nothing of anyone.
import { conceptArgument, phraseTokens } from '../arguments.js';
import type { Modality } from '../candidate.js';
import { camel } from '../predicates/index.js';
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { NEGATORS, negated } from './modality.js';
import type { SentenceState } from './sentence-state.js';

/** Subjects that stand for a clause or situation, or for the speaker and hearer, more often than for a thing named. */
const VAGUE_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'there', 'what', 'which', 'i', 'we', 'you', 'me', 'us',
  'everything', 'something', 'anything', 'nothing', 'everyone', 'someone', 'anyone', 'nobody', 'no-one', 'all', 'both', 'each', 'one']);

/**
 * Predicate nouns that describe a situation or a manner rather than classify the subject ("is the way to ...", "was the
 * case", "is part of", "is a problem", "it is time"): no fact about the subject an analyst would keep.
 */
const VAGUE_PREDICATES = new Set(['way', 'case', 'time', 'thing', 'things', 'matter', 'question', 'issue', 'problem', 'reason', 'point',
  'key', 'answer', 'fact', 'part', 'lot', 'bit', 'kind', 'sort', 'one', 'ones', 'deal', 'idea', 'sign', 'step', 'chance', 'end',
  'start', 'beginning', 'result', 'shame', 'pity', 'priority', 'aim', 'goal', 'hope', 'concern', 'worry', 'danger', 'risk',
  'option', 'choice', 'challenge', 'job', 'task', 'moment', 'stuff', 'business', 'place', 'position', 'situation', 'story',
  'example', 'opportunity', 'name', 'difference', 'message', 'word', 'area', 'feeling', 'view', 'test', 'lesson', 'focus']);

/**
 * Subject nouns that introduce what comes after the copula rather than name a thing it is said of ("the result is higher
 * rents", "the problem is that ...", "the truth is ...").
 */
const INTRODUCING_SUBJECTS = new Set(['result', 'problem', 'question', 'answer', 'reason', 'truth', 'fact', 'point', 'issue', 'aim', 'idea',
  'difference', 'key', 'thing', 'worry', 'hope', 'danger', 'risk', 'plan', 'goal', 'priority', 'message', 'bottom', 'irony', 'trouble', 'consequence', 'outcome']);

/**
 * Adjectives of stance or likelihood ("sure", "likely", "able", "keen"): what they say is about a clause or an act
 * ("I am sure we will", "was able to win"), not a state of the subject.
 */
const STANCE_ADJECTIVES = new Set(['sure', 'certain', 'likely', 'unlikely', 'able', 'unable', 'keen', 'ready', 'willing', 'unwilling',
  'aware', 'unaware', 'confident', 'determined', 'due', 'set', 'about', 'eager', 'glad', 'happy', 'sorry', 'afraid', 'right', 'wrong',
  'true', 'false', 'possible', 'impossible', 'important', 'necessary', 'clear', 'difficult', 'hard', 'easy', 'good', 'bad', 'better',
  'best', 'worse', 'worst', 'fine', 'great', 'nice', 'ok', 'okay', 'interesting', 'fair', 'unfair', 'free', 'open', 'up', 'down',
  'available', 'different', 'similar', 'same', 'other', 'such', 'enough', 'much', 'many', 'few', 'more', 'less', 'there', 'here',
  'concerned', 'worth', 'like', 'alone', 'responsible']);

/**
 * Verbs whose "to be" complement is their subject's own state, whatever the verb ("seems to be", "proved to be",
 * "continues to be"): the relation is "be". Any other governor ("wants to be", "hopes to be", "plans to become") is part
 * of the relation: its subject is not (yet) what it wants to be.
 */
const RAISING_GOVERNORS = new Set(['seem', 'appear', 'prove', 'turn', 'happen', 'continue', 'tend', 'remain', 'become', 'look']);

/** Verbs that take a predicate noun or adjective as their complement, as the copula does ("became chairman"). */
export const COPULAR_VERBS = new Set(['become', 'remain']);

/** Dependents of a predicate word that are no part of what the subject is said to be. */
const NOT_PREDICATE = new Set(['nsubj', 'nsubj:pass', 'csubj', 'cop', 'aux', 'aux:pass', 'mark', 'punct', 'cc', 'conj', 'advcl', 'ccomp',
  'xcomp', 'parataxis', 'discourse', 'expl', 'obl', 'obl:tmod', 'obl:npmod', 'vocative', 'dislocated', 'dep', 'list', 'appos', 'acl', 'acl:relcl']);

/** Whether the subject token names nobody in particular (an expletive, a pronoun of a clause, the speaker). */
function vagueSubject(v: SentenceView, s: number): boolean {
  const t = v.tokens[s]!;
  return t.dep === 'expl' || !v.mentionAt[s] && (VAGUE_SUBJECTS.has(lower(t)) || t.upos === 'NOUN' && INTRODUCING_SUBJECTS.has(lemmaOf(t)));
}

/**
 * Whether what the clause of `p` says is not stated as so: the content of a noun ("rejected claims that she is a spent
 * force", "the fear that it is ...") or of a negated verb of thinking ("I do not think Kaye is guilty").
 */
function unasserted(v: SentenceView, p: number): boolean {
  const t = v.tokens[p]!;
  if (t.head < 0) return false;
  const h = v.tokens[t.head]!;
  // (a content clause the parser took for a relative one still has its "that": "claims that she is ...")
  const content = t.dep === 'acl' || t.dep === 'ccomp' || t.dep === 'acl:relcl' && kids(v, p, 'mark').some((k) => lower(v.tokens[k]!) === 'that');
  if (content && (h.upos === 'NOUN' || h.upos === 'PROPN')) return true;
  return t.dep === 'ccomp' && h.upos === 'VERB' && negated(v, t.head);
}

/**
 * The predicate `p` (a noun or adjective) as an argument, or undefined where it says nothing of the subject: a vague noun,
 * a stance adjective, an adjective with a clause or phrase of its own ("sure we will", "proud of"), a pronoun.
 */
function predicateArgument(state: SentenceState, p: number) {
  const { v, arg } = state;
  const t = v.tokens[p]!;
  if (t.upos === 'ADJ') {
    const w = lower(t);
    if (STANCE_ADJECTIVES.has(w) || STANCE_ADJECTIVES.has(lemmaOf(t))) return undefined;
    if (kids(v, p, 'xcomp', 'ccomp', 'advcl', 'csubj', 'obl', 'nmod').length) return undefined;
    // the adjective with what modifies it inside its phrase ("legally binding"), without a negation ("not racist")
    const toks = phraseTokens(v, p).filter((k) => k === p || !NOT_PREDICATE.has(v.tokens[k]!.dep) && !NEGATORS.has(lower(v.tokens[k]!)));
    // (the run of words right before the adjective and the adjective: "legally binding", not "binding, he said")
    let from = p;
    while (toks.includes(from - 1)) from--;
    return conceptArgument(v, Array.from({ length: p - from + 1 }, (_, n) => from + n));
  }
  if (t.upos === 'PRON' || t.upos === 'NUM' || t.upos === 'DET') return undefined;
  // "were 17-6 down", "was funding for years" (a progressive verb read as a noun), "was appointed president": a score,
  // an act or a participle, not what the subject is
  if (kids(v, p, 'nummod').length && !kids(v, p, 'det', 'nmod:poss').length || /ing$/.test(lower(t)) && !kids(v, p, 'det', 'nmod:poss', 'amod').length) return undefined;
  // (the copula itself, "was" or "been", is a past form under the predicate too: it is no participle)
  if (v.children[p]!.some((k) => k < p && ['VBN', 'VBD'].includes(v.tokens[k]!.tag) && !['amod', 'compound', 'cop', 'aux', 'aux:pass'].includes(v.tokens[k]!.dep))) return undefined;
  if (t.upos === 'NOUN' && !v.mentionAt[p] && VAGUE_PREDICATES.has(lemmaOf(t))) return undefined;
  // "is more a graduate than an economist": a comparison of two descriptions, neither of which is said outright
  if (kids(v, p, 'advmod').some((k) => ['more', 'less', 'rather'].includes(lower(v.tokens[k]!)))) return undefined;
  // "is the first to", "was the one who": a noun with a clause of its own is described by that clause
  if (kids(v, p, 'acl', 'acl:relcl', 'ccomp', 'xcomp').length && !v.mentionAt[p]) return undefined;
  const a = arg(p);
  if (!a || a.kind !== 'concept') return a;
  // (without a negation written inside the phrase, "not a racist": the polarity says it)
  const toks = phraseTokens(v, p).filter((k) => !NEGATORS.has(lower(v.tokens[k]!)));
  return toks.includes(p) ? conceptArgument(v, toks) : a;
}

/** The relation's words for a predicate `p` whose subject comes from the verb `p` is the complement of. */
function governedLabel(v: SentenceView, p: number, verb: string): string {
  const t = v.tokens[p]!;
  if (t.dep !== 'xcomp' || t.head < 0) return verb;
  const g = v.tokens[t.head]!;
  if (g.upos !== 'VERB' || RAISING_GOVERNORS.has(lemmaOf(g)) || kids(v, t.head, 'aux:pass').length) return verb;
  return `${lemmaOf(g)} to ${verb}`;
}

/**
 * Whether the predicate `p` is the "to be" complement of a verb with an object of its own ("declared his life to be
 * disorganised", "stating her wish to be captain"): the one said to be so is that object (or the parse lost it),
 * never the verb's subject.
 */
function objectControlled(v: SentenceView, p: number): boolean {
  const t = v.tokens[p]!;
  return t.dep === 'xcomp' && t.head >= 0 && kids(v, t.head, 'obj').length > 0;
}

/** "X is Y" (a noun or adjective `p` with its copula): X | be | Y for each subject, unless `p` already gave a role. */
export function copulaClassRelations(state: SentenceState, p: number, subjects: readonly number[], polarity: 'asserted' | 'denied', modality: Modality | undefined): void {
  // "Ana Bell's The Long Road": an "'s" between two names is the first one's possessive, which the tagger
  // read as "is"; a copula written so ("it's a deal") has no name after it
  const { v } = state;
  if (v.mentionAt[p] && kids(v, p, 'cop').some((c) => /^['’]s$/.test(v.tokens[c]!.text))) return;
  emitClass(state, p, p, subjects, governedLabel(state.v, p, 'be'), kids(state.v, p, 'cop'), polarity, modality);
}

/** "X became chairman", "X remains the favourite": the copular verb `p` with its predicate complement. */
export function copularVerbRelations(state: SentenceState, p: number, subjects: readonly number[], polarity: 'asserted' | 'denied', modality: Modality | undefined): void {
  const { v } = state;
  const lemma = lemmaOf(v.tokens[p]!);
  if (kids(v, p, 'obj').length) return; // read as the verb's object by the verb reader
  for (const c of kids(v, p, 'xcomp')) {
    if (!['NOUN', 'PROPN', 'ADJ'].includes(v.tokens[c]!.upos) || kids(v, c, 'mark', 'cop').length) continue;
    emitClass(state, c, p, subjects, governedLabel(v, p, lemma), [p], polarity, modality);
  }
}

function emitClass(state: SentenceState, p: number, at: number, subjects: readonly number[], label: string, relWords: number[], polarity: 'asserted' | 'denied', modality: Modality | undefined): void {
  const { v, emit, arg } = state;
  // (the copula between its subject and the predicate, as a statement writes it: "X is Y", not a parse that found a
  // subject after the predicate)
  const named = subjects.filter((s) => !vagueSubject(v, s) && relWords.every((r) => s < r && r <= p));
  if (!named.length || unasserted(v, p) || objectControlled(v, p)) return;
  const object = predicateArgument(state, p);
  if (!object) return;
  const name = camel(label.split(' '));
  for (const s of named) {
    const subject = arg(s);
    if (!subject) continue;
    // "the last prime minister ... was Lord Liverpool" with the description resolved to another name: an identity
    // read through the resolver says two things are one, which it cannot check; "the winner was X" names X for a
    // description, which X's own relations say better
    if (subject.kind === 'entity' && subject.antecedent && v.tokens[s]!.upos === 'NOUN') continue;
    if (subject.kind === 'concept' && object.kind === 'entity') continue;
    // "the investigation is ongoing" with the adjective read into the subject's phrase
    if (subject.kind === 'concept' && object.kind === 'concept' && (subject.end >= object.end || subject.label.toLowerCase().includes(object.label.toLowerCase()))) continue;
    emit(subject, name, label, object, at, { polarity, modality, surface: { s, rel: relWords, o: p } });
  }
}
