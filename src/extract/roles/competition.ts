// Whether the person a country's possessive names ("<Country>'s <Name>") competes in the sentence: the evidence that makes
// the possessive a nationality ("France's Ana Reis beat ..."). Elsewhere a country's possessive before a person says as
// often whom the person serves or governs there ("Ardania's Tom Hale", the envoy posted to Ardania), so it gives no
// citizenship alone. The competition must be the person's own: a score in the sentence; a verb of beating that is the
// person's verb; a verb of meeting or winning whose object is a contest or an opponent ("will face Ana Reis", "won the
// final", not "will face questions", "met leaders", "won the backing", "played down fears"); or a noun of a stage or
// prize of a contest in the sentence ("in the first round", "the top seed", "a medal"; not "a round of talks").
import { base, kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';

/** Verbs whose subject or object is a competitor by the verb alone. */
const BEATING = new Set(['beat', 'defeat', 'overcome', 'thrash', 'oust', 'eliminate', 'edge', 'knock', 'compete', 'race', 'outplay', 'outclass']);
/** Verbs that are a competition only with a contest or an opponent for object ("face Ana Reis", "win the title"). */
const CONTESTING = new Set(['face', 'meet', 'play', 'win', 'lose', 'draw', 'reach', 'take', 'claim', 'retain', 'defend', 'enter', 'capture']);
/** Nouns of a contest: as the object of the person's verb or the noun the person belongs to ("a victory for ..."). */
const SPORT_NOUNS = new Set(['final', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'medal', 'tournament', 'championship',
  'championships', 'seed', 'heat', 'lap', 'round', 'match', 'title', 'race', 'game', 'set', 'tie-break', 'gold', 'silver', 'bronze',
  'victory', 'defeat', 'win', 'opponent', 'rival', 'champion', 'player']);
/** Nouns that name a contest whatever the clause: a final, a medal, a tournament ("reached the final"). */
const CONTEST_NOUNS = new Set(['final', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'medal', 'medals', 'tournament',
  'championship', 'championships', 'seed', 'lap', 'round', 'heat']);
/** Words before "round" or "heat" that make it a stage of a contest ("the second round", not "a round of talks"). */
const STAGES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'opening', 'qualifying', 'final', 'last', 'next', 'early', 'later']);
/** Relations between a name and the nominal it belongs to ("Ana Reis and Tom Hale", "Ana Reis, the top seed"). */
const NOMINAL_LINK = new Set(['flat', 'compound', 'appos', 'conj']);
/** A score: "6-3", "2-1". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

const word = (v: SentenceView, i: number): string => {
  const t = v.tokens[i]!;
  return t.upos === 'VERB' || t.upos === 'AUX' ? lemmaOf(t).toLowerCase() : lower(t);
};
const noun = (v: SentenceView, i: number): string => (v.tokens[i]!.upos === 'NOUN' || v.tokens[i]!.upos === 'PROPN' ? lower(v.tokens[i]!).replace(/s$/, '') : '');

/**
 * Whether the verb at `g`, one of CONTESTING, has a contest or an opponent for the person at `h`: a contest noun for its
 * object or an oblique ("won the final", "in the first round"), or another person or country among its arguments ("will
 * face Ana Reis", "Ana Reis plays Ardania"; for "meet", only where the person is the one met: officials meet people).
 */
function contestObject(v: SentenceView, g: number, h: number): boolean {
  const meet = word(v, g) === 'meet';
  for (const c of v.children[g]!) {
    if (c === h) continue;
    const d = base(v.tokens[c]!.dep);
    if (d !== 'obj' && d !== 'obl' && d !== 'iobj' && d !== 'nsubj') continue;
    const n = lower(v.tokens[c]!);
    if (d !== 'nsubj' && (SPORT_NOUNS.has(n) || SPORT_NOUNS.has(n.replace(/s$/, '')))) return true;
    const m = v.mentionAt[c];
    if (m && (m.type === 'Person' || m.type === 'Country') && (d === 'obj' || d === 'nsubj') && (!meet || base(v.tokens[h]!.dep) === 'obj')) return true;
  }
  return false;
}

/** Whether a word of the sentence names a stage or a prize of a contest (CONTEST_NOUNS, read as nouns). */
function contestNoun(v: SentenceView): boolean {
  const n = v.tokens.length;
  for (let i = 0; i < n; i++) {
    const w = lower(v.tokens[i]!);
    if (w === 'seeded') return true;
    if (!CONTEST_NOUNS.has(w)) continue;
    const prev = i > 0 ? lower(v.tokens[i - 1]!) : '';
    const next = i + 1 < n ? v.tokens[i + 1]! : undefined;
    // "round", "heat": a stage ("the second round"), not "a round of talks", "the heat of the debate"
    if (w === 'round' || w === 'heat') { if (STAGES.has(prev) && (!next || lower(next) !== 'of')) return true; continue; }
    // "final": the contest ("reached the final", "the final of the Open"), not "the final talks"
    if (w === 'final') { if (v.tokens[i]!.upos === 'NOUN' || ['the', 'a'].includes(prev) && (!next || !['NOUN', 'PROPN', 'ADJ'].includes(next.upos))) return true; continue; }
    if (v.tokens[i]!.upos === 'NOUN') return true;
  }
  return false;
}

/** Whether the person whose name spans tokens [ps, pe) competes in the sentence (see the header). */
export function personCompetes(v: SentenceView, ps: number, pe: number): boolean {
  if (v.tokens.some((t) => SCORE.test(t.text))) return true;
  // the nominal the name belongs to, then the word that governs it
  let h = ps;
  for (let k = ps; k < pe; k++) { const hd = v.tokens[k]!.head; if (hd < ps || hd >= pe) { h = k; break; } }
  const seen = new Set<number>();
  while (NOMINAL_LINK.has(base(v.tokens[h]!.dep)) && v.tokens[h]!.head >= 0 && !seen.has(h)) { seen.add(h); h = v.tokens[h]!.head; }
  let g = v.tokens[h]!.head;
  // the name at the root (no parse, or one that lost the clause): the verb written right after it ("Ardania's Ana Reis beat")
  if (g < 0) return pe < v.tokens.length && BEATING.has(lemmaOf(v.tokens[pe]!).toLowerCase()) || contestNoun(v);
  // "a victory for Ardania's Ana Reis", "the final against ...": the governing noun is the contest
  const gn = noun(v, g);
  if (gn && (SPORT_NOUNS.has(gn) || SPORT_NOUNS.has(lower(v.tokens[g]!)))) return true;
  // up to the person's clause: its verb (or the predicate of a copula)
  while (!(v.tokens[g]!.upos === 'VERB' || v.tokens[g]!.upos === 'AUX' || ['root', 'ccomp', 'advcl', 'parataxis', 'xcomp', 'acl', 'csubj'].includes(base(v.tokens[g]!.dep))) && v.tokens[g]!.head >= 0) g = v.tokens[g]!.head;
  const verb = word(v, g);
  if (BEATING.has(verb)) return true;
  if (CONTESTING.has(verb) && contestObject(v, g, h)) return true;
  // a verb of beating the person is the subject of through a clause of its own ("delighted fans by beating ...")
  if (kids(v, g, 'advcl', 'xcomp').some((c) => BEATING.has(word(v, c)) && !kids(v, c, 'nsubj').length)) return true;
  return contestNoun(v);
}
