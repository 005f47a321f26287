// Relations that are not relations: a candidate whose predicate or argument is a piece of the sentence's grammar rather
// than a participant of what happened. Each rule is one reading a linguist would name; extract.ts takes such a candidate
// down below the graph's confidence floor (open extraction, which keeps everything, still sees it, ranked last).
import type { Argument, Candidate } from './candidate.js';

/** Prepositions as they end a relation's label ("resign in", "knocked out of"). */
const PREPOSITIONS = new Set(['in', 'of', 'at', 'on', 'for', 'to', 'with', 'from', 'by', 'near', 'over', 'against', 'between', 'under',
  'into', 'after', 'before', 'during', 'about', 'as', 'through', 'without', 'since', 'until', 'across', 'behind', 'onto', 'upon',
  'within', 'around', 'among', 'beyond', 'towards', 'toward', 'amid', 'despite', 'out', 'up', 'off', 'down', 'inside', 'outside', 'beneath', 'like']);

/** Particles of phrasal verbs, which a preposition may follow: "drop out of", "pull out with", "take over at". */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'over', 'back', 'away', 'along', 'ahead', 'through', 'round', 'around']);

/** "on" is a particle before a goal or companion ("move on to", "press on with"), a stranded preposition before "in". */
const AFTER_ON = new Set(['to', 'with', 'into', 'onto']);

/** Second halves of complex prepositions: "from behind", "from under", "from within". */
const COMPLEX_SECOND = new Set(['behind', 'under', 'within', 'beneath', 'inside', 'outside', 'among', 'between', 'across']);

/** Verbs that take a clause or verb ("managed to buy", "tried to leave"), never a prepositional object of their own. */
const CONTROL_ONLY = new Set(['manage', 'try', 'attempt', 'tend', 'intend', 'want', 'need', 'seem', 'wish']);

/** Verbs whose object is an act they decide on or promise: with a preposition and a date, the date is the act's. */
const DECIDING = new Set(['decide', 'plan', 'hope', 'fail', 'refuse', 'expect', 'agree', 'promise', 'vow', 'pledge', 'threaten', 'offer',
  'choose', 'opt', 'prepare', 'aim', 'vote']);

/**
 * Nouns of time as a phrase's head: "for the second week", "in the closing minutes", "from the outset". Such a phrase
 * says when (an adjunct), not who or what took part. Left alone: a stretch of something ("two decades of growth", with an
 * of-complement), a duration counted in the object ("banned for two years", "lasted six months", "takes a decade"), a day's name
 * ("Christmas Day"), and heads that name other things as well ("start" of a player, "the Times", "the end of a truce").
 */
export const TIME_HEADS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries',
  'hour', 'hours', 'minute', 'minutes', 'time', 'future', 'past', 'weekend', 'weekends', 'morning', 'mornings', 'evening',
  'evenings', 'night', 'nights', 'era', 'moment', 'moments', 'while', 'outset', 'spell']);

/** Counts before a head noun: "two years", "48 years", "a dozen weeks". */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen', 'hundreds', 'dozens', 'thousands']);

/**
 * Quantifiers standing without their noun ("the rest", "others", "many of", "take part"): a pronoun in effect, naming
 * nobody; with an of-complement ("most of the shares", "a majority of 5,000") the complement says what is counted.
 */
const BARE_QUANTIFIERS = new Set(['rest', 'others', 'other', 'ones', 'one', 'many', 'some', 'most', 'both', 'all', 'few', 'each', 'either',
  'neither', 'none', 'several', 'part', 'remainder']);

/** Second words that make a prepositional-looking phrase a quantity ("at least 15", "up to 40", "as many as"). */
const QUANTITY_STARTS = new Set(['least', 'most', 'more', 'less', 'about', 'around', 'nearly', 'almost', 'under', 'over', 'up', 'some', 'to', 'than', 'many', 'much']);

const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no',
  'just', 'only', 'even', 'nearly', 'almost', 'about', 'some', 'any']);

const words = (s: string): string[] => s.trim().toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The words of a phrase up to its first preposition (its head is the last), whether an of-phrase follows, whether the
 * head is written with a capital (a name: "Christmas Day"), whether a count comes before it ("two years") and whether
 * the phrase is the head with only "a"/"an" ("a decade": one).
 */
interface HeadPart { head: string; before: string[]; of: boolean; capital: boolean; counted: boolean; one: boolean }
function headPart(text: string): HeadPart {
  const written = text.trim().split(/\s+/).map((x) => x.replace(/[^\p{L}\p{N}'-]/gu, '')).filter(Boolean);
  const w = written.map((x) => x.toLowerCase());
  const cut = w.findIndex((x, i) => i > 0 && PREPOSITIONS.has(x));
  const before = cut > 0 ? w.slice(0, cut) : w;
  const head = before.at(-1) ?? '';
  return { head, before, of: cut > 0 && w[cut] === 'of', capital: /^\p{Lu}/u.test(written[before.length - 1] ?? ''),
    counted: before.slice(0, -1).some((x) => /^\d/.test(x) || COUNT_WORDS.has(x)),
    one: before.length === 2 && (before[0] === 'a' || before[0] === 'an') };
}

/**
 * A common-noun phrase headed by a noun of time ("the second week", "recent years", "the outset"). As a subject it is
 * never the actor ("the closing moments saw ..."); as an object a counted one is a duration and stays, and so does one
 * unit the verb takes with no preposition (`direct`: "the work takes a decade", "the trial lasted a week"; but "won in
 * less than a week" says when).
 */
function timePhrase({ head, of, capital, counted, one }: HeadPart, subject: boolean, direct: boolean): boolean {
  return TIME_HEADS.has(head) && !of && !capital && (subject || !counted && !(one && direct));
}

/**
 * A quantifier with no noun ("the rest", "others", "no one"): only determiners and focus words before it. A counted one
 * ("nearly 100 others") says how many, and stays.
 */
function bareQuantifier({ head, before, of, counted }: HeadPart): boolean {
  if (!BARE_QUANTIFIERS.has(head) || of || counted) return false;
  return before.slice(0, -1).every((w) => LEADING.has(w) || BARE_QUANTIFIERS.has(w));
}

/**
 * A phrase cut out of a larger one: it starts with a preposition ("to reports" of "according to reports", "over the
 * night shift" of "taking over the night shift") or with a reflexive before its real object ("itself a partner" of "found
 * itself a partner"). "at least 15 soldiers" and "over 40 people" are quantities, not fragments.
 */
function fragment(a: Argument): boolean {
  if (a.kind !== 'concept') return false;
  const w = words(a.text);
  if (w.length < 2) return false;
  if (REFLEXIVES.has(w[0]!)) return true;
  return PREPOSITIONS.has(w[0]!) && !QUANTITY_STARTS.has(w[1]!) && !/^\d/.test(w[1]!);
}

/** Whether a literal is written in the sentence as one end of "between X and Y" (digits compared without separators). */
function rangeEnd(a: Argument, sentence: string): boolean {
  if (a.kind !== 'literal' || a.datatype !== 'integer' && a.datatype !== 'decimal') return false;
  const digits = (s: string): string => s.replace(/[,\s]/g, '');
  for (const m of sentence.matchAll(/\bbetween\s+(?:about\s+|around\s+)?([\d,.]+)\s+and\s+([\d,.]+)/gi)) {
    if ([m[1]!, m[2]!].some((x) => digits(x) === a.value || a.text !== undefined && digits(x) === digits(a.text))) return true;
  }
  return false;
}

const isTime = (a: Argument): boolean => a.kind === 'literal' && (a.datatype === 'date' || a.datatype === 'gYear' || a.datatype === 'gYearMonth');

/**
 * Why a candidate is not a relation, or undefined where it may be one. The reasons:
 * - 'source': "according to" in the relation ("used according to" X): who says it, which the speaker column holds;
 * - 'range-bound': "between" with one value ("killed between" 300), or a count the sentence writes as one end of
 *   "between 300 and 500" (`sentence`, the candidate's sentence as written): one end of a range, not the quantity;
 * - 'stranded-preposition': two prepositions ending the relation, the first no particle ("judged for in" 2005, "beat in
 *   of"): a preposition left behind by a relative clause, or two adjuncts run together;
 * - 'bare-copula': "be in", "become in" 2002: the copula's complement (what it became) is missing;
 * - 'lost-complement': a verb that takes a clause with only a preposition ("managed in" 1999, "decided in" April): the
 *   phrase belongs to the clause's verb;
 * - 'time-argument', 'bare-quantifier', 'fragment': an argument that names no participant (see the helpers above).
 */
export function notARelation(c: Candidate, sentence?: string): string | undefined {
  const p = words(c.predicateLabel);
  if (p.includes('according')) return 'source';
  const last = p.at(-1)!, prev = p.at(-2);
  // (a count an extractor read as the range's least or most, bound 'min' or 'max', is the quantity's bound, not a fragment)
  if (c.object.kind === 'literal' && (last === 'between' || sentence !== undefined && c.object.bound !== 'min' && c.object.bound !== 'max' && rangeEnd(c.object, sentence))) return 'range-bound';
  const particle = prev !== undefined && (PARTICLES.has(prev) || prev === 'on' && AFTER_ON.has(last));
  if (prev && PREPOSITIONS.has(last) && PREPOSITIONS.has(prev) && !particle && !COMPLEX_SECOND.has(last)) return 'stranded-preposition';
  if ((p[0] === 'be' || p[0] === 'become') && p.length >= 2 && PREPOSITIONS.has(p[1]!)) return 'bare-copula';
  if (p.length === 2 && PREPOSITIONS.has(last) && (CONTROL_ONLY.has(p[0]!) || DECIDING.has(p[0]!) && isTime(c.object))) return 'lost-complement';
  for (const a of [c.subject, c.object]) {
    // (a common-noun phrase's head read once for both tests)
    const part = a.kind === 'concept' ? headPart(a.text) : undefined;
    if (part && timePhrase(part, a === c.subject, !PREPOSITIONS.has(last))) return 'time-argument';
    if (part && bareQuantifier(part)) return 'bare-quantifier';
    if (fragment(a)) return 'fragment';
  }
  return undefined;
}
