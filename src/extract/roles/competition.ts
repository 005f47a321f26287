// Whether a sentence is about a competition: the evidence that makes "<Country>'s <Name>" a national ("France's Ana Reis
// beat ..."). Elsewhere a country's possessive before a person says as often whom the person serves or governs there
// ("Ardania's Tom Hale", the envoy posted to Ardania), so it gives no citizenship alone.
import { lemmaOf, lower, type SentenceView } from '../sentence-view.js';

/** Verbs and nouns of competing: a match, its result, its round, its players. */
const COMPETING = new Set(['beat', 'defeat', 'face', 'meet', 'play', 'race', 'win', 'lose', 'draw', 'edge', 'overcome', 'thrash', 'oust',
  'eliminate', 'knock', 'seed', 'seeded', 'compete', 'match', 'final', 'semi-final', 'quarter-final', 'round', 'game', 'medal', 'title',
  'tournament', 'championship', 'champion', 'player', 'opponent', 'tie-break', 'set', 'victory', 'event', 'heat', 'lap']);
/** A score: "6-3", "2-1". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** Whether the sentence names a match, its result or its players (COMPETING), or writes a score. */
export function aboutCompetition(v: SentenceView): boolean {
  return v.tokens.some((t) => SCORE.test(t.text) || COMPETING.has(lower(t)) || COMPETING.has(lemmaOf(t).toLowerCase()));
}
