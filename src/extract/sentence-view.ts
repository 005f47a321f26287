// A sentence as the extractors read it: its tokens, the dependency tree's children, and which mention covers each token.
import type { Analysis, Mention, Sentence, TimeExpression, Token } from '../analyze/analysis.js';
import { repairedTokens } from './repair.js';
import { isLexiconVerb, verbLemma } from './verb-lemma.js';
import { EVENT_VERBS, SPEECH_VERBS, VERBS } from './predicates/lexicon.js';
import { wordTable } from '../util/word-table.js';

const KNOWN_VERBS = new Set([...VERBS.map((v) => v.phrase.split(' ')[0]!), ...SPEECH_VERBS, ...Object.keys(EVENT_VERBS)]);

export interface SentenceView {
  analysis: Analysis;
  sentence: Sentence;
  tokens: Token[];
  /** Children of each token in the dependency tree, in sentence order. */
  children: number[][];
  /** The mention covering each token, if any. */
  mentionAt: Array<Mention | undefined>;
  /** True when the sentence carries a usable dependency parse. */
  parsed: boolean;
  /** The time expressions found in this sentence (the analysis keeps the whole document's). */
  times: TimeExpression[];
  /**
   * What each token stands for as an argument (relations/subjects.ts' appositionTarget), kept as it is read: a sentence's
   * readers ask it about four times per token they ask. Undefined until first asked; -1 for a token not read yet.
   */
  apposition?: Int32Array | undefined;
}

/** Opening quotation marks a phrase may start with ("a 'terrorist' attack"). */
export const OPENING_QUOTES = new Set(['"', '\u201c', "'", '\u2018']);

// The quotation marks around someone's words, one set for speech, coreference and modality (the parser's `` and '' among
// them). A straight single mark is left out, unlike in OPENING_QUOTES: it is an apostrophe as often as a quotation's.
/** Marks that open a quotation. */
export const QUOTE_OPEN = new Set(['"', '\u201c', '\u2018', "''", '``']);
/** Marks that close one. */
export const QUOTE_CLOSE = new Set(['"', '\u201d', '\u2019', "''"]);
/** Double quotation marks, opening or closing: a curly single one is also an apostrophe ("the players\u2019 union"). */
export const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '``', "''"]);

/** Whether the tokens carry a dependency parse (a root and heads), rather than the analyze stage's placeholders. */
export function hasParse(tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  let roots = 0;
  for (const t of tokens) {
    if (!t.dep) return false;
    if (t.head < 0) roots++;
    else if (t.head >= tokens.length) return false;
  }
  return roots >= 1 && (tokens.length === 1 || roots < tokens.length);
}

/**
 * The arrays of a view are built with push, never with Array.prototype.map or copied with slice. Why: map's result is a
 * packed array where it runs unoptimised and a holey one (another hidden class) once V8 has optimised the function
 * calling it, and slice keeps whichever it is given; the rules reading the views then met both and V8 threw their
 * optimised code away and compiled it again, several times a build.
 */
function packed<T>(n: number, item: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(item(i));
  return out;
}

export function viewOf(analysis: Analysis, sentence: Sentence, mentions: Mention[]): SentenceView {
  const parsed = hasParse(sentence.tokens);
  const own = packed(sentence.tokens.length, (i) => sentence.tokens[i]!);
  const times = analysis.times.filter((x) => x.sentence === sentence.index);
  const tokens = parsed ? repairedTokens(own, times) : own;
  const children = packed<number[]>(tokens.length, () => []);
  if (parsed) tokens.forEach((t, i) => { if (t.head >= 0 && t.head !== i) children[t.head]!.push(i); });
  const mentionAt = packed<Mention | undefined>(tokens.length, () => undefined);
  for (const m of mentions) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= m.start && t.end <= m.end) mentionAt[i] = m;
    }
  }
  return { analysis, sentence, tokens, children, mentionAt, parsed, times, apposition: undefined };
}

/** All views of an analysis, with mentions grouped by sentence. */
export function viewsOf(analysis: Analysis): SentenceView[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of analysis.mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  return packed(analysis.sentences.length, (k) => viewOf(analysis, analysis.sentences[k]!, bySentence.get(analysis.sentences[k]!.index) ?? []));
}

/** Children of `i` with one of the given relations (subtypes match their base: 'obl' finds 'obl:tmod' when loose). */
export function kids(v: SentenceView, i: number, ...deps: string[]): number[] {
  // called many times per verb: a loop instead of filter + includes
  const children = v.children[i]!;
  if (!children.length) return [];
  const out: number[] = [];
  for (const c of children) {
    const dep = v.tokens[c]!.dep;
    for (let d = 0; d < deps.length; d++) if (deps[d] === dep) { out.push(c); break; }
  }
  return out;
}

/** Whether the verb at `k` is a "to" infinitive: it has "to" for its marker ("refused to comment"). */
export function toInfinitive(v: SentenceView, k: number): boolean {
  return kids(v, k, 'mark').some((m) => lower(v.tokens[m]!) === 'to');
}

export function kid(v: SentenceView, i: number, ...deps: string[]): number | undefined {
  return kids(v, i, ...deps)[0];
}

/** Base relation without subtype: 'nsubj:pass' -> 'nsubj'. */
export function base(dep: string): string {
  const k = dep.indexOf(':');
  return k < 0 ? dep : dep.slice(0, k);
}

/** The head token of a mention: the one of its tokens whose head lies outside it. */
export function mentionHead(v: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const h = v.tokens[k]!.head;
    if (h < from || h >= to) return k;
  }
  return to - 1;
}

/** The cut of a subtree that cuts nothing (never changed: subtree only reads it). */
const NO_CUT: ReadonlySet<string> = new Set();

/** Token indices of the subtree of `i`, leaving out the branches whose relation is in `cut`. Sorted. */
export function subtree(v: SentenceView, i: number, cut: ReadonlySet<string> = NO_CUT): number[] {
  const out: number[] = [];
  const stack = [i];
  const cuts = cut.size > 0;
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    for (const c of v.children[n]!) {
      const dep = v.tokens[c]!.dep;
      if (!cuts || (!cut.has(dep) && !cut.has(base(dep)))) stack.push(c);
    }
  }
  return ascending(out);
}

/**
 * Distinct indices sorted ascending, in place. A subtree is mostly a few tokens: sorted by insertion, without sort's copy
 * of the array and a call of the comparison per step; a long one (a whole clause) by sort. A function of its own, so
 * that the first long subtree, which may come after subtree was optimised, throws away and recompiles this small
 * function rather than subtree (whose optimised code had never seen the sort's call: a second compile of ~40 ms).
 */
function ascending(out: number[]): number[] {
  if (out.length > 48) return out.sort((a, b) => a - b);
  for (let k = 1; k < out.length; k++) {
    const x = out[k]!;
    let j = k - 1;
    while (j >= 0 && out[j]! > x) { out[j + 1] = out[j]!; j--; }
    out[j + 1] = x;
  }
  return out;
}

/**
 * The subtree of `i` as one phrase as written: edge punctuation trimmed, its words unbroken and at most 15 of them;
 * undefined otherwise.
 */
export function writtenSpan(v: SentenceView, i: number, cut: Set<string>): number[] | undefined {
  const toks = subtree(v, i, cut);
  while (toks.length && v.tokens[toks[0]!]!.upos === 'PUNCT') toks.shift();
  while (toks.length && v.tokens[toks[toks.length - 1]!]!.upos === 'PUNCT') toks.pop();
  return toks.length && toks.length <= 15 && toks[toks.length - 1]! - toks[0]! + 1 === toks.length ? toks : undefined;
}

/** Document text between the first and last of the given tokens. */
export function spanText(v: SentenceView, from: number, to: number): string {
  const text = v.analysis.document.text;
  return text.slice(v.tokens[from]!.start, v.tokens[to]!.end);
}

/** A token's key in the per-article maps (the event book, the resolved anaphors): `${sentence}:${token}`. */
export function tokenKey(sentence: number, token: number): string {
  return `${sentence}:${token}`;
}

/** Whether token `h` is a hyphen written inside a word, touching the words either side ("two-year", "Lyon-based"). */
export function isInnerHyphen(v: SentenceView, h: number): boolean {
  const dash = v.tokens[h], before = v.tokens[h - 1], after = v.tokens[h + 1];
  return !!dash && !!before && !!after && /^[-\u2010\u2011]$/.test(dash.text) && before.end === dash.start && dash.end === after.start;
}

const AGE_BEFORE_OLD = /\d+\s*-?\s*years?\s*-?\s*$/i;

/** Whether token `i` is the "old" of an age used as a noun ("the 28-year-old", "a 64 year old"). */
export function isAgeOld(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  return lower(t) === 'old' && AGE_BEFORE_OLD.test(v.analysis.document.text.slice(Math.max(0, t.start - 12), t.start));
}

/** The ancestors of `i`, nearest first. */
export function ancestors(v: SentenceView, i: number): number[] {
  const out: number[] = [];
  let n = v.tokens[i]!.head;
  const seen = new Set<number>();
  while (n >= 0 && !seen.has(n)) {
    out.push(n);
    seen.add(n);
    n = v.tokens[n]!.head;
  }
  return out;
}

// Extract rules ask for the same token's lower-case text again and again: it is kept on the token, filled the first time
// (every token is made with the field, so filling it keeps the token's hidden class). A retoken() copy reads it again.
export function lower(t: Token): string {
  let l = t.extractLower;
  if (l === undefined) {
    l = t.text.toLowerCase();
    t.extractLower = l;
  }
  return l;
}

/** Irregular past forms a statistical lemmatizer can miss; the extractors' lexicon keys on lemmas. */
const IRREGULAR: Record<string, string> = wordTable({
  lent: 'lend', struck: 'strike', sought: 'seek', told: 'tell', held: 'hold', led: 'lead', met: 'meet', bought: 'buy',
  sold: 'sell', fought: 'fight', won: 'win', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give',
  left: 'leave', said: 'say', thought: 'think', brought: 'bring', began: 'begin', begun: 'begin', wrote: 'write',
  written: 'write', withdrew: 'withdraw', withdrawn: 'withdraw', spoke: 'speak', spoken: 'speak', chose: 'choose',
  chosen: 'choose', froze: 'freeze', frozen: 'freeze', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  shot: 'shoot', stole: 'steal', stolen: 'steal', hid: 'hide', hidden: 'hide', paid: 'pay', laid: 'lay', fled: 'flee',
  sent: 'send', spent: 'spend', built: 'build', kept: 'keep', felt: 'feel', dealt: 'deal', meant: 'mean', upheld: 'uphold',
  withheld: 'withhold', oversaw: 'oversee', overseen: 'oversee', saw: 'see', seen: 'see', ran: 'run', sank: 'sink',
  swore: 'swear', sworn: 'swear', drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', forgave: 'forgive',
  overtook: 'overtake', undertook: 'undertake', arose: 'arise', bore: 'bear', borne: 'bear', caught: 'catch',
  taught: 'teach', stood: 'stand', understood: 'understand', found: 'find', heard: 'hear', lost: 'lose', sat: 'sit',
  slid: 'slide', threw: 'throw', thrown: 'throw', wore: 'wear',
});

// The extractors ask for the same token's lemma many times: it is kept on the token (a field, not a WeakMap, whose lookup
// was most of lemmaOf's time). A copy of a token made by retoken() reads it again.
export function lemmaOf(t: Token): string {
  let l = t.extractLemma;
  if (l === undefined) {
    l = computeLemma(t);
    t.extractLemma = l;
  }
  return l;
}

// Inflected verb forms (past, participles, third person) whose lemma the model's lexicon checks.
const INFLECTED = new Set(['VBD', 'VBN', 'VBG', 'VBZ']);

function computeLemma(t: Token): string {
  const w = lower(t);
  if ((t.upos === 'VERB' || t.upos === 'AUX') && IRREGULAR[w]) return IRREGULAR[w]!;
  // the tagger's suffix rules cut "ruled" to "rul" and "defeated" to "defeate": the lexicon knows the verb
  if (t.upos === 'VERB' && INFLECTED.has(t.tag) && /^[a-z][a-z-]*$/.test(w)) {
    const known = verbLemma(w);
    if (known) return known;
    // a base form the tagger read as inflected ("investors accept" tagged past): the tagger's suffix rules would make
    // "accept" "acceep" (from "kept"); the lexicon knows the verb and its lemma is the word itself
    if (isLexiconVerb(w)) return w;
  }
  let lemma = (t.lemma || t.text).toLowerCase();
  // a lemmatiser's stem of one letter ("win" read as a participle -> "w") is no word: keep the form
  if (lemma.length <= 1 && w.length > 2) lemma = w;
  // a stem cut one letter short ("blamed" -> "blam"): the lexicon knows the verb with its final e
  if (t.upos === 'VERB' && !KNOWN_VERBS.has(lemma) && KNOWN_VERBS.has(`${lemma}e`)) return `${lemma}e`;
  return lemma;
}
