// A firm's figures: a noun of a financial measure (sales, profit, debt, value, an estimate) given an amount of money, and
// whose measure it is. "Acme reported quarterly revenue of $5bn" -> Acme | quarterly revenue | 5000000000 USD; "Borla's
// debts are $1bn"; "which lifted the group's market valuation to €12bn"; "a statue which was given a reserve price of £2m" -> statue | ...
//
// The amount is the measure's when it is linked to the noun by one of three constructions, read on the words (the parser
// often hangs the "$", "5" and "bn" of an amount apart from the noun):
//   "sales of $5bn"                       the amount in the noun's of-phrase
//   "sales are / totalled / reached $5bn"  the noun the subject of a verb of being or totalling
//   "profits rose 5% to $5bn", "value to $9bn", "earnings up to $4m"   the level the measure rose, fell or was brought to
// The holder is the noun's possessor ("Acme's sales", "its sales" resolved), a firm's name before it ("Acme profits"),
// the subject of the verb that has, reports or is given the measure ("Acme reported profits of"), or, for a measure in a
// "with" phrase, the subject of the clause ("the firm will run 900 shops, with sales of $5bn").
import type { Token } from '../../analyze/analysis.js';
import type { Argument, Candidate } from '../candidate.js';
import { argumentFor, isPronoun, type Context } from '../arguments.js';
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { camel } from '../predicates/index.js';
import { BE_WORDS, THIRD_PERSON_POSSESSIVES as POSSESSIVES } from '../predicates/lexicon.js';
import type { SpeechFrame } from '../speech.js';
import type { AmountSpan } from './amounts.js';
import { asClaim } from './claims.js';
import { nameEndingAt } from './names.js';

export const NAME = 'business';

/** A firm's own measures, as written (a plural may be the measure's own word: "sales", "earnings"). */
export const FIRM_MEASURES = ['sales', 'revenue', 'revenues', 'turnover', 'profit', 'profits', 'loss', 'losses', 'earnings', 'income',
  'debt', 'debts', 'value', 'valuation', 'takings', 'deficit', 'surplus', 'savings', 'spending', 'capitalisation', 'capitalization',
  'borrowing', 'borrowings', 'assets', 'reserves'];
/** Nouns of a financial measure: a firm's, and what something is given or has ("an estimate of", "a deposit of"). */
const MEASURES = new Set([...FIRM_MEASURES, 'price', 'estimate', 'budget', 'deposit', 'fine', 'dividend', 'payout', 'salary']);
/** Words of an amount's bound, skipped between the amount and what links it: "of nearly $2bn", "to more than $3m". */
const BOUND_WORDS = new Set(['about', 'nearly', 'almost', 'around', 'some', 'approximately', 'roughly', 'just', 'only', 'over',
  'more', 'less', 'than', 'least', 'most', 'close', 'an', 'estimated', 'under', 'record', 'upwards']);
/** Verbs whose subject measure is the amount: "sales were $5bn", "losses totalled $2m", "turnover reached $1bn". */
const LEVEL_VERBS = new Set(['be', 'total', 'reach', 'hit', 'top', 'amount', 'stand', 'come', 'exceed']);
/** Verbs of a change whose "to" phrase is the measure's new level: "profits rose 20% to $3bn". */
const CHANGE_VERBS = new Set(['rise', 'fall', 'climb', 'jump', 'grow', 'increase', 'drop', 'decline', 'slip', 'soar', 'surge',
  'edge', 'slump', 'plunge', 'tumble', 'double', 'treble', 'triple', 'shrink', 'leap', 'slide', 'dip', 'ease', 'improve', 'widen',
  'narrow', 'swell', 'deepen']);
/** Words that may stand between a measure and its verb: auxiliaries and adverbs of time or degree. */
const BETWEEN_WORDS = new Set(['have', 'has', 'had', 'will', 'would', 'could', 'may', 'might', 'be', 'been', 'now', 'also', 'already', 'last', 'year', 'this']);
/** Verbs whose subject has (or is given) the measure they take: "Acme reported profits of", "was given a budget of". */
const HAVE_VERBS = new Set(['have', 'report', 'post', 'record', 'announce', 'give', 'generate', 'make', 'achieve', 'book', 'reveal', 'carry', 'unveil', 'notch', 'declare', 'assume', 'run', 'owe']);
/** Verbs whose subject expects the measure they take: "Acme has forecast a loss of $2m" (a future figure). */
const FORECAST_VERBS = new Set(['forecast', 'predict', 'expect', 'project', 'anticipate', 'warn']);
/** Words of the measure's own phrase before its noun ("combined annual sales", "pre-tax profits", "2004 earnings"). */
const MODIFIER_UPOS = new Set(['ADJ', 'NOUN', 'NUM']);

/** Whether a word before a measure noun is part of its phrase: an adjective, a noun, a year, a participle ("combined"). */
function modifies(t: Token): boolean {
  return MODIFIER_UPOS.has(t.upos) || t.upos === 'VERB' && /^(?:VBN|VBG)$/.test(t.tag) && /(?:ed|ing)$/.test(t.text);
}

/** The word linking an amount to what it measures, skipping the bound before it: the index of "of", "to", a verb, or -1. */
export function linkBefore(v: SentenceView, first: number): number {
  let j = first - 1;
  for (; j >= 0; j--) {
    const w = lower(v.tokens[j]!);
    if (BOUND_WORDS.has(w)) continue;
    // "at least $2m" (but "stood at $2m" links), "in excess of $2m" (but "sales of $2m" links)
    if (w === 'at' && ['least', 'most'].includes(lower(v.tokens[j + 1]!))) continue;
    if (w === 'of' && j >= 2 && lower(v.tokens[j - 1]!) === 'excess') { j -= 2; continue; }
    // "takings of up to $4m" (a bound; but "pushed earnings up to $4m" brings the measure to the amount)
    if (w === 'to' && j >= 2 && lower(v.tokens[j - 1]!) === 'up' && !measureAt(v, j - 2)) { j--; continue; }
    break;
  }
  return j;
}

/** The measure noun at `n` and the start of its phrase (its modifiers), or undefined when `n` is no measure. */
function measureAt(v: SentenceView, n: number): { noun: number; from: number } | undefined {
  const t = v.tokens[n];
  if (!t || !MEASURES.has(lower(t)) || t.upos === 'VERB' && lower(t) !== 'estimate') return undefined;
  let from = n;
  while (from > 0 && modifies(v.tokens[from - 1]!) && !v.mentionAt[from - 1]) from--;
  return { noun: n, from };
}

/** Verbs of LEVEL_VERBS that take their amount through a preposition: "stood at", "amounted to", "came to". */
const LEVEL_WITH_PREPOSITION = new Set(['stand', 'amount', 'come']);

/** The measure noun ending at `n` (after auxiliaries and adverbs between it and its verb), tagged by how it was reached. */
function measureBefore(v: SentenceView, n: number, via: 'of' | 'level' | 'to'): { noun: number; from: number; via: 'of' | 'level' | 'to' } | undefined {
  if (via !== 'of' && via !== 'to') while (n >= 0 && BETWEEN_WORDS.has(lower(v.tokens[n]!))) n--;
  const m = n >= 0 ? measureAt(v, n) : undefined;
  return m && { ...m, via };
}

/** The measure whose level an amount is, through the link word at `j` (see linkBefore). */
function measureOf(v: SentenceView, j: number): { noun: number; from: number; via: 'of' | 'level' | 'to' } | undefined {
  if (j < 1) return undefined;
  const w = lower(v.tokens[j]!);
  if (w === 'of') return measureBefore(v, j - 1, 'of');
  // "sales were $5bn", "losses totalled $2m", "turnover reached $1bn", "debts stood at $2bn", "losses amounted to $3m"
  const k = w === 'at' || w === 'to' ? j - 1 : j;
  const verb = v.tokens[k]!;
  const lemma = BE_WORDS.includes(lower(verb)) ? 'be' : lemmaOf(verb);
  if (verb.upos !== 'NOUN' && LEVEL_VERBS.has(lemma) && (k < j) === LEVEL_WITH_PREPOSITION.has(lemma)) return measureBefore(v, k - 1, 'level');
  if (w !== 'to') return undefined;
  // "to $3bn": the measure's new level after a change ("profits rose 20% to"), or after the measure itself ("brought the
  // deal's value to", "pushed earnings up to")
  let n = j - 1;
  if (['up', 'down'].includes(lower(v.tokens[n]!))) n--;
  const measure = measureBefore(v, n, 'to');
  if (measure) return measure;
  // the change's size between the verb and "to": "20%", "by 20%", "20 per cent", "by £1bn"
  while (n >= 0 && (['%', 'per', 'cent', 'percent', 'by'].includes(lower(v.tokens[n]!)) || v.tokens[n]!.upos === 'NUM' || /^[$£€]$/.test(v.tokens[n]!.text))) n--;
  return n >= 1 && CHANGE_VERBS.has(lemmaOf(v.tokens[n]!)) ? measureBefore(v, n - 1, 'level') : undefined;
}

/** A holder worth a row: a named entity or a pronoun resolved to one, or a phrase (not a bare pronoun, not a literal). */
function usableHolder(a: Argument | undefined): Argument | undefined {
  if (!a || a.kind === 'literal' || isPronoun(a)) return undefined;
  if (a.kind === 'entity' && POSSESSIVES[a.text.toLowerCase()] && !a.canonical) return undefined;
  return a;
}

/** Whose measure the noun at `n` (its phrase from `from`) is; see the header. */
function holderOf(ctx: Context, v: SentenceView, n: number, from: number): Argument | undefined {
  const before = v.tokens[from - 1];
  // "Acme's sales", "the group's market valuation": the possessor phrase's head is the word before "'s"
  if (before && (before.text === "'s" || before.text === '\u2019s' || before.text === "'") && from >= 2) return usableHolder(argumentFor(ctx, v, from - 2));
  if (before && POSSESSIVES[lower(before)]) return usableHolder(argumentFor(ctx, v, from - 1));
  // "Acme profits": a firm's name right before the measure
  const m = before && v.mentionAt[from - 1];
  if (m && (m.type === 'Company' || m.type === 'Organization')) return usableHolder(argumentFor(ctx, v, from - 1));
  if (!v.parsed) return undefined;
  const t = v.tokens[n]!;
  const head = t.head;
  if (head < 0) return undefined;
  const verb = v.tokens[head]!;
  // "reported quarterly revenue of", "was given a budget of": the subject of a verb of having (the name right before
  // it when the parser found no subject: "United has debts of" with the firm's name taken for a participle)
  // (an active "give" hands the measure to its indirect object: "the government gave the health service a budget of";
  // with none named, the giver is still no holder)
  if (t.dep === 'obj' && lemmaOf(verb) === 'give' && !kids(v, head, 'nsubj:pass', 'aux:pass').length) {
    const to = kids(v, head, 'iobj')[0];
    return to === undefined ? undefined : usableHolder(argumentFor(ctx, v, to));
  }
  if (t.dep === 'obj' && (HAVE_VERBS.has(lemmaOf(verb)) || FORECAST_VERBS.has(lemmaOf(verb)))) return subjectOf(ctx, v, head) ?? nameEndingAt(v, head - 1);
  // "net income of $6bn and revenues of $28bn": a measure of a list has the first one's holder
  if (t.dep === 'conj' && measureAt(v, head)) return holderOf(ctx, v, head, measureAt(v, head)!.from);
  // "..., with sales of $5bn": the clause's subject
  if ((t.dep === 'obl' || t.dep === 'nmod') && kids(v, n, 'case').some((c) => lower(v.tokens[c]!) === 'with') && verb.upos === 'VERB') return subjectOf(ctx, v, head);
  return reporter(ctx, v, n);
}

/** Verbs by which a firm gives its own figures: "Acme reported (that) losses had deepened to", "Acme saw profits fall to". */
const REPORT_VERBS = new Set(['report', 'say', 'announce', 'reveal', 'post', 'see', 'forecast', 'predict', 'expect', 'warn', 'record']);
/** Nouns of a change of a measure: "a 20% rise in profits to £3bn". */
const CHANGE_NOUNS = new Set(['rise', 'fall', 'increase', 'drop', 'jump', 'decline', 'growth', 'slump', 'gain', 'leap', 'surge']);

/**
 * The firm reporting a measure whose own phrase names no holder: "Acme said profits rose 5% to $2bn", "Acme reported a
 * 20% rise in profits to $3bn", "Acme saw profits fall to $1bn", "Acme predicted that profits would rise to". The measure
 * is the subject of a change (or in the of/in phrase of a change noun) under a verb of reporting whose subject is a firm:
 * in business news a firm reports its own figures. Only a firm's name (or a description placed on one): an analyst or a
 * minister who says profits rose says nothing of whose they are.
 */
function reporter(ctx: Context, v: SentenceView, n: number): Argument | undefined {
  let k = n;
  for (let step = 0; step < 4; step++) {
    const t = v.tokens[k]!;
    const h = t.head;
    if (h < 0) return undefined;
    const head = v.tokens[h]!;
    const lemma = lemmaOf(head);
    if (REPORT_VERBS.has(lemma) && head.upos === 'VERB' && ['obj', 'ccomp', 'xcomp', 'nsubj'].includes(t.dep) && k !== n || REPORT_VERBS.has(lemma) && t.dep === 'obj' && k === n && lemma === 'see') {
      const s = subjectOf(ctx, v, h);
      const firm = s && s.kind === 'entity' && (s.type === 'Company' || s.type === 'Organization');
      return firm ? s : undefined;
    }
    // up through the change: "profits rose" (the verb), "rise in profits" (the noun), "would rise", "had deepened"
    const change = CHANGE_VERBS.has(lemma) || CHANGE_NOUNS.has(lemma) || lemma === 'deepen' || lemma === 'be';
    if (k === n && !(change && (t.dep === 'nsubj' || t.dep === 'nmod' || t.dep === 'obj' && lemma === 'see'))) return undefined;
    k = h;
  }
  return undefined;
}

/** The subject of a verb, through a relative pronoun to the noun its clause describes ("a vase which was given ..."). */
function subjectOf(ctx: Context, v: SentenceView, verb: number): Argument | undefined {
  // ("rival Shell reported" parsed with two subjects: the named one)
  const subjects = kids(v, verb, 'nsubj', 'nsubj:pass');
  const s = subjects.find((k) => v.mentionAt[k]) ?? subjects[0];
  if (s === undefined) return undefined;
  const w = lower(v.tokens[s]!);
  if ((w === 'which' || w === 'that' || w === 'who') && v.tokens[verb]!.dep === 'acl:relcl' && v.tokens[verb]!.head >= 0) return usableHolder(argumentFor(ctx, v, v.tokens[verb]!.head));
  return usableHolder(argumentFor(ctx, v, s));
}

/** The measures of one sentence with their amounts and holders. */
export function sentenceMeasures(ctx: Context, v: SentenceView, amounts: AmountSpan[], frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const a of amounts) {
    const j = linkBefore(v, a.first);
    const m = measureOf(v, j);
    if (!m) continue;
    const holder = holderOf(ctx, v, m.noun, m.from);
    if (!holder) continue;
    const words: string[] = [];
    for (let k = m.from; k <= m.noun; k++) if (v.tokens[k]!.upos !== 'NUM') words.push(lower(v.tokens[k]!));
    const label = words.join(' ');
    const c: Candidate = { subject: holder, predicate: camel(words), predicateLabel: label, object: a.literal, polarity: 'asserted', fact: true,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: holder.kind === 'entity' ? 0.65 : 0.55 };
    const t = v.tokens[m.noun]!;
    if (v.parsed && t.dep === 'obj' && t.head >= 0 && FORECAST_VERBS.has(lemmaOf(v.tokens[t.head]!))) c.modality = 'future';
    out.push(asClaim(c, frames, m.noun));
  }
  return out;
}
