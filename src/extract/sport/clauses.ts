// Small tree helpers the sport rules share: who a verb's subject is when the verb has none of its own ("came from behind
// to beat", "saw Zed secure a lead", "after replacing"), and whether a team or player stands at a token.
import type { Argument, LiteralArgument } from '../candidate.js';
import { argumentFor, type Context } from '../arguments.js';
import { kids, lemmaOf, lower, toInfinitive, type SentenceView } from '../sentence-view.js';
import { MODAL_AUX } from '../predicates/lexicon.js';

/**
 * The token a verb's subject is: its own nsubj; else, for a verb without one, the object of the verb it complements
 * ("saw Zed secure a lead": object control) or the subject of the verb it hangs on ("came from behind to beat X", "was
 * outstanding after replacing X", "won and went top": subject control and coordination).
 */
export function subjectToken(v: SentenceView, verb: number, depth = 0): number | undefined {
  // (two subjects where the parse split "Second seed Ana Reis": the named one)
  const subjects = kids(v, verb, 'nsubj');
  const own = subjects.find((k) => v.mentionAt[k]) ?? subjects[0];
  const t = v.tokens[verb]!;
  // "Zed, who beat Tarvia 2-0": the relative pronoun stands for the noun the clause hangs on (or the name in apposition
  // to it: "eighth seed Ana Reis, who beat ...")
  if (own !== undefined && t.dep === 'acl:relcl' && ['who', 'which', 'that'].includes(lower(v.tokens[own]!)) && t.head >= 0) {
    return v.mentionAt[t.head] ? t.head : kids(v, t.head, 'appos').find((a) => v.mentionAt[a]) ?? t.head;
  }
  if (own !== undefined) return own;
  if (depth > 2 || t.head < 0 || kids(v, verb, 'nsubj:pass', 'aux:pass').length) return undefined;
  if (t.dep === 'xcomp') {
    const obj = kids(v, t.head, 'obj')[0];
    if (obj !== undefined) return obj;
  }
  if (t.dep === 'xcomp' || t.dep === 'advcl' || t.dep === 'conj') {
    const h = v.tokens[t.head]!;
    // ("needed Zed to beat X": a person or team as the governing verb's object is the one who does it; leave it)
    if (t.dep === 'advcl' && toInfinitive(v, verb) && kids(v, t.head, 'obj').some((o) => v.mentionAt[o])) return undefined;
    if (['VERB', 'ADJ', 'AUX', 'NOUN'].includes(h.upos)) return subjectToken(v, t.head, depth + 1);
  }
  return undefined;
}

/**
 * Verbs of effort or manner whose "to" infinitive says what came of it ("came from behind to beat", "rallied to beat",
 * "held on to beat", "did enough to beat", "survived a scare to beat"), and verbs of seeing whose object did it ("saw
 * Zed beat"). After any other verb the infinitive is a wish, a plan or a need ("hope to beat", "are set to beat").
 */
const EFFORT_VERBS = new Set(['come', 'fight', 'battle', 'rally', 'recover', 'hold', 'hit', 'bounce', 'storm', 'cruise', 'ease', 'hang', 'dig', 'surge', 'survive', 'overcome', 'shrug', 'respond', 'return', 'do', 'power', 'race', 'romp', 'stroll', 'see', 'watch', 'help']);
/** Words before a gerund that say its act was done ("after beating", "by scoring", "before losing"). */
const DONE_MARKS = new Set(['after', 'before', 'by', 'since', 'while', 'when', 'having']);
/** Words on a verb that deny it or make it not (yet) real: the negations and the modal auxiliaries (MODAL_AUX), "'ll". */
const UNREAL_WORDS = new Set(['not', "n't", 'never', "'ll", ...Object.keys(MODAL_AUX)]);

/**
 * Whether the verb at `k` is denied or not (yet) real: "did not beat", "could beat", "will beat". The one test of the
 * sports rules and of results.ts (which adds its own case, a bare infinitive under another verb: "failed to secure").
 */
export function unreal(v: SentenceView, k: number): boolean {
  return kids(v, k, 'neg').length > 0 || kids(v, k, 'aux', 'advmod').some((a) => UNREAL_WORDS.has(lower(v.tokens[a]!)));
}

/**
 * The subject of a result verb ("beat", "won", "lost"), borrowed only where the borrowing says the result happened: a
 * "to" infinitive after a verb of effort or seeing that is real itself, a gerund after "after", "before" or "by" ("will
 * play X after beating Y": the beating is done whatever comes next), a conjunct.
 */
export function resultSubject(v: SentenceView, verb: number): number | undefined {
  if (unreal(v, verb)) return undefined;
  const t = v.tokens[verb]!;
  if (!kids(v, verb, 'nsubj').length && t.head >= 0 && toInfinitive(v, verb)) {
    if (!EFFORT_VERBS.has(lemmaOf(v.tokens[t.head]!)) || unreal(v, t.head)) return undefined;
  } else if (!kids(v, verb, 'nsubj').length && kids(v, verb, 'mark').some((m) => !DONE_MARKS.has(lower(v.tokens[m]!)))) {
    // ("capable of scoring", "without beating": a gerund after another word is no result)
    return undefined;
  }
  return subjectToken(v, verb);
}

/**
 * The name written with its "'s" before `from`, across the modifiers between, whatever the parse made of them: "Zed's
 * 17-16 win", "Zed's comprehensive victory", "Zed's FA Cup win" (a score's numbers and marks, adjectives, nouns, names
 * and adverbs; at most eight words back). Undefined when the words stop before an "'s" or what owns is no name (a
 * mention or a proper noun). The one possessive-owner reader of results.ts and sport/scores.ts.
 */
export function writtenPossessor(v: SentenceView, from: number): number | undefined {
  for (let k = from - 1; k >= 1 && from - k <= 8; k--) {
    const t = v.tokens[k]!;
    if (/^['\u2019]s?$/.test(t.text)) return v.mentionAt[k - 1] || v.tokens[k - 1]!.upos === 'PROPN' ? k - 1 : undefined;
    const mark = ['-', '\u2013', '(', ')', '/'].includes(t.text);
    if (!mark && !['ADJ', 'NOUN', 'NUM', 'SYM', 'PROPN', 'ADV'].includes(t.upos)) return undefined;
  }
  return undefined;
}

/** Nouns for a team that a manager's or club's name before them makes a side of its own ("Mourinho's side"). */
const TEAM_HEADS = new Set(['side', 'team', 'squad', 'men', 'outfit', 'club']);

/**
 * A team or player: a named entity (or a description resolved to one), a proper noun the recogniser left unnamed, or a
 * team named by whose it is ("Mourinho's side", "Reis's men").
 */
export function sideAt(ctx: Context, v: SentenceView, k: number): Argument | undefined {
  const a = argumentFor(ctx, v, k);
  if (!a) return undefined;
  if (a.kind === 'entity') return a;
  if (a.kind !== 'concept') return undefined;
  if (v.tokens[k]!.upos === 'PROPN') return a;
  return TEAM_HEADS.has(lemmaOf(v.tokens[k]!)) && kids(v, k, 'nmod:poss').some((p) => v.mentionAt[p]) ? a : undefined;
}

/** The tokens from `from` to `to`, both included. */
export function tokenRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}

/** A literal string as written: a score, a seeding, an age. */
export function stringLiteral(value: string): LiteralArgument {
  return { kind: 'literal', value, datatype: 'string', text: value };
}
