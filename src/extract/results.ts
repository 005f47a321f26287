// Match results stated by a noun: "secured a 24-18 win over Italy", "Wales' victory over Italy", "suffered a defeat to
// Spain" -> the winner beat the loser, as the verb "beat" says it (the verb's own sentences are the relations' rows).
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate } from './candidate.js';
import { argumentFor, type Context } from './arguments.js';
import { contextOf } from './context.js';
import { kids, lemmaOf, lower, type SentenceView } from './sentence-view.js';
import { clubOfSpeaker } from './sport/club-side.js';
import { unreal as deniedOrModal, writtenPossessor } from './sport/clauses.js';

export const NAME = 'match-results';

/** Nouns of a win: the one who won is its possessor or the subject of a verb of achieving it. */
const WIN_NOUNS = new Set(['win', 'victory', 'triumph']);
/** Nouns of a loss: the one who lost is its possessor or the subject of a verb of suffering it. */
const LOSS_NOUNS = new Set(['defeat', 'loss']);
/** Verbs whose subject won the win they take ("secured a win", "eased to victory"). */
export const ACHIEVE_VERBS = new Set(['secure', 'record', 'claim', 'earn', 'clinch', 'seal', 'grab', 'snatch', 'achieve', 'register', 'notch', 'complete', 'post', 'pull', 'win', 'ease', 'cruise', 'storm', 'romp', 'sweep', 'power', 'battle', 'fight', 'edge', 'hold', 'land', 'grind', 'chalk']);
/** Verbs whose subject lost the defeat they take ("suffered a defeat", "slumped to a loss"). */
export const SUFFER_VERBS = new Set(['suffer', 'endure', 'slump', 'crash', 'fall', 'sink', 'slip', 'concede', 'go']);
/** Prepositions that name the loser after a win ("a win over X", "victory against X"). */
const OVER = new Set(['over', 'against']);
/** Prepositions that name the winner after a defeat ("a defeat to X", "a loss by X", "defeat at the hands of X"). */
const TO = new Set(['to', 'by', 'against']);

/** A team or player: a named entity, or a proper noun the recogniser left unnamed. */
function side(ctx: Context, v: SentenceView, k: number): Argument | undefined {
  const a = argumentFor(ctx, v, k);
  if (!a) return undefined;
  if (a.kind === 'entity') return a;
  return a.kind === 'concept' && v.tokens[k]!.upos === 'PROPN' ? a : undefined;
}

/** The phrase under noun `n` marked by one of `preps`. */
function markedBy(v: SentenceView, n: number, preps: Set<string>): number | undefined {
  const marked = (k: number): boolean => kids(v, k, 'case').some((c) => preps.has(lower(v.tokens[c]!)));
  const own = kids(v, n, 'nmod').find(marked);
  if (own !== undefined) return own;
  // "the win over X was deserved" with "over X" read as a clause of its own: the name right after the preposition
  // right after the noun is the noun's, whatever the parse
  const next = v.tokens[n + 1];
  if (next && preps.has(lower(next)) && v.mentionAt[n + 2]?.tokenStart === n + 2) {
    const m = v.mentionAt[n + 2]!;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (v.tokens[k]!.head < m.tokenStart || v.tokens[k]!.head >= m.tokenEnd) return k;
  }
  // ("hailed the victory over X" with the phrase hung on the verb: the phrase right after the noun is the noun's)
  const h = v.tokens[n]!.head;
  return h < 0 ? undefined : kids(v, h, 'obl', 'nmod').find((k) => k > n && marked(k) && kids(v, k, 'case')[0] === n + 1);
}

/**
 * Whether a verb says what did not or may not happen: denied or under a modal ("did not record", "could secure": the
 * sports rules' test, sport/clauses.ts), or a bare infinitive under another verb ("failed to secure").
 */
function unreal(v: SentenceView, verb: number): boolean {
  return deniedOrModal(v, verb) || v.tokens[verb]!.tag === 'VB' && v.tokens[verb]!.dep === 'xcomp';
}

/**
 * Who won: the noun's possessor ("Wales' victory"), else the subject of the verb achieving it ("Wales secured a win",
 * "Wales eased to victory"), for a win; the same of a defeat with verbs of suffering.
 */
function holder(ctx: Context, v: SentenceView, n: number, verbs: Set<string>): Argument | undefined {
  const poss = kids(v, n, 'nmod:poss')[0];
  if (poss !== undefined) return side(ctx, v, poss);
  let t = v.tokens[n]!;
  // "took the title with a win over X" with the with-phrase hung on the object noun: the phrase is the verb's
  const onObject = t.dep === 'nmod' && t.head >= 0 && v.tokens[t.head]!.dep === 'obj'
    && kids(v, n, 'case').some((c) => ['with', 'after'].includes(lower(v.tokens[c]!)));
  if (onObject) t = { ...t, dep: 'obl', head: v.tokens[t.head]!.head };
  if (t.head < 0 || !['obj', 'obl'].includes(t.dep)) return undefined;
  const verb = t.head;
  const h = v.tokens[verb]!;
  const cases = kids(v, n, 'case').map((c) => lower(v.tokens[c]!));
  // "reached the final with a win over X", "levelled the tie with a win", "went top after a win": whatever the verb, its
  // subject had the win (not a passive's subject: "was knocked out after a win over X")
  const by = t.dep === 'obl' && cases.some((c) => c === 'with' || c === 'after') && !kids(v, verb, 'nsubj:pass', 'aux:pass').length;
  if (h.upos !== 'VERB' || !by && !verbs.has(lemmaOf(h)) || unreal(v, verb)) return undefined;
  // ("eased to a win", "slumped to a defeat": the noun as the verb's to-phrase; an object is taken as it is)
  if (t.dep === 'obl' && !by && !cases.includes('to')) return undefined;
  // (two subjects where the parse split "Second seed Ana Reis": the named one)
  const subjects = kids(v, verb, 'nsubj');
  const subject = subjects.find((k) => v.mentionAt[k]) ?? subjects[0];
  return subject === undefined ? undefined : side(ctx, v, subject);
}

/** The side written with its "'s" before the noun, where the parse did not hang it on it: "Zed's 17-16 win" (sport/clauses.ts' writtenPossessor). */
function writtenOwner(ctx: Context, v: SentenceView, n: number): Argument | undefined {
  const k = writtenPossessor(v, n);
  return k === undefined ? undefined : side(ctx, v, k);
}

export function sentenceResults(ctx: Context, v: SentenceView): Candidate[] {
  if (!v.parsed) return [];
  const out: Candidate[] = [];
  v.tokens.forEach((t, n) => {
    if (t.upos !== 'NOUN') return;
    const lemma = lemmaOf(t);
    const win = WIN_NOUNS.has(lemma), loss = LOSS_NOUNS.has(lemma);
    if (!win && !loss) return;
    const other = markedBy(v, n, win ? OVER : TO);
    if (other === undefined) return;
    const opponent = side(ctx, v, other);
    // (no owner in the phrase or its verb: the club of the manager or player whose words or feelings it is in)
    const own = holder(ctx, v, n, win ? ACHIEVE_VERBS : SUFFER_VERBS) ?? writtenOwner(ctx, v, n) ?? clubOfSpeaker(ctx, v, n);
    if (!opponent || !own) return;
    const [winner, loser] = win ? [own, opponent] : [opponent, own];
    out.push({ subject: winner, predicate: 'beat', predicateLabel: 'beat', object: loser, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 });
  });
  return out;
}

export function results(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  return ctx.views.flatMap((v) => sentenceResults(ctx, v));
}
