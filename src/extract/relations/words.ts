// Words the relation readers share: a phrase's preposition and its words as written, a verb's particle, graded adjectives,
// a label's words, verbs that accuse or praise, types of places.
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';

/** Verbs whose "of"/"for" clause says what their object is claimed to have done. */
export const ACCUSE_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticise', 'criticize', 'condemn', 'praise', 'thank', 'convict', 'sue', 'fine', 'punish']);

export const LOCATIVE_TYPES = new Set(['Country', 'City', 'Location', 'Facility']);

/** Adverbs that make a following "from" an exception ("apart from", "aside from"). */
const EXCEPTIVE_ADVERBS = new Set(['apart', 'aside']);

/** The preposition words of an oblique or nominal modifier ("on", "out of", "according to"). */
export function prepOf(v: SentenceView, i: number): string | undefined {
  const cs = kids(v, i, 'case');
  if (!cs.length) return undefined;
  const words: string[] = [];
  // "apart from X", "aside from X": the parser hangs the adverb on the verb, but the phrase is an exception, not the verb's
  // "from" argument ("all grew apart from X" is no "grow from X")
  const before = v.tokens[cs[0]! - 1];
  if (before && before.upos === 'ADV' && EXCEPTIVE_ADVERBS.has(lower(before)) && lower(v.tokens[cs[0]!]!) === 'from') words.push(lower(before));
  for (const c of cs) {
    if (v.tokens[c]!.upos === 'PART' && v.tokens[c]!.text.includes("'")) continue; // possessive 's
    words.push(lower(v.tokens[c]!));
    for (const f of kids(v, c, 'fixed')) words.push(lower(v.tokens[f]!));
  }
  return words.length ? words.join(' ') : undefined;
}

/** Branches left out of an argument's phrase as written: punctuation and clauses of their own. */
export const SURFACE_CUT = new Set(['punct', 'parataxis', 'advcl', 'ccomp', 'conj', 'cc', 'discourse', 'dep']);

/**
 * A relation's label in words only, as its name is: a symbol or stop the words took along ("announce % rise to", "built
 * in.") is no part of it.
 */
export function labelWords(label: string): string {
  if (!/[^\p{L}\p{N}\s'-]/u.test(label)) return label;
  return label.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean).join(' ');
}

/** Adverbs that, right after their verb, are its particle ("took over", "brought out", "stepped down"). */
const PARTICLE_ADVERBS = new Set(['back', 'out', 'over', 'off', 'up', 'down', 'away']);

/**
 * The token right after a verb that the parser made an adverb of it (or a preposition tagged as a particle) but is
 * its particle ("the Spaniard took over at the club": "take over at", not "take at"), if any.
 */
export function adverbParticle(v: SentenceView, p: number): number | undefined {
  const k = p + 1, t = v.tokens[k];
  return t && t.head === p && (t.upos === 'ADV' || t.tag === 'RP') && PARTICLE_ADVERBS.has(lower(t)) && !boundingUpTo(v, k) ? k : undefined;
}

/** Whether a particle "up" is the "up to" bounding a number after a preposition ("with up to six other unions"). */
export function boundingUpTo(v: SentenceView, k: number): boolean {
  const after = v.tokens[k + 1];
  return lower(v.tokens[k]!) === 'up' && v.tokens[k - 1]?.upos === 'ADP' && !!after && lower(after) === 'to' && v.tokens[k + 2]?.upos === 'NUM';
}

/**
 * Verbs whose object is often an amount (money, a term, a number of people: "fetched £9m", "paid $1m", "faces 20 years",
 * "cut 3,000 jobs"): after them "up to" before the amount bounds it ("could raise up to £4m"), it is no particle and no
 * "to" phrase. Verbs of motion and totalling keep theirs ("went up to 5%" is a rise, "adds up to £5m" a total).
 */
const AMOUNT_VERBS = new Set(['fetch', 'pay', 'raise', 'cost', 'earn', 'make', 'spend', 'lose', 'win', 'receive', 'charge',
  'sell', 'offer', 'invest', 'borrow', 'bid', 'save', 'generate', 'claim', 'seek', 'demand', 'award', 'fine', 'face', 'serve',
  'cut', 'hire', 'employ', 'kill']);

/** Whether the "up" right after verb `p` bounds an amount after "to" ("could raise up to £4m"; see AMOUNT_VERBS). */
export function boundingUpToAfterVerb(v: SentenceView, p: number): boolean {
  const k = p + 1, amount = v.tokens[k + 2];
  return !!amount && lower(v.tokens[k] ?? v.tokens[p]!) === 'up' && lower(v.tokens[k + 1]!) === 'to' && (amount.upos === 'NUM' || amount.tag === '$')
    && AMOUNT_VERBS.has(lemmaOf(v.tokens[p]!));
}

const DEGREE_WORDS = new Set(['more', 'less', 'most', 'least']);

/**
 * Whether a relation's word is a graded adjective: comparative, superlative, or one with a degree word ("less keen on").
 * The relation is named by the adjective's lemma, so read without its degree or standard ("big in Nigeria") it says
 * something else. (An ordinal place, "third in Boston", names its own degree.)
 */
export function gradedAdjective(v: SentenceView, at: number): boolean {
  const t = v.tokens[at];
  if (!t || t.upos !== 'ADJ') return false;
  if (t.tag === 'JJR' || t.tag === 'JJS') return true;
  return v.parsed && kids(v, at, 'advmod').some((k) => DEGREE_WORDS.has(lower(v.tokens[k]!)));
}
