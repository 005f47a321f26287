// Contractions written without their apostrophe ("dont", "im", "thats", "its a") and fused words ("cannot", "gonna"), split where EWT splits them.
import type { Span } from './ewt.js';
import { wordTable } from '../../util/word-table.js';

// Where each word is cut: "dont" -> "do|nt", "im" -> "i|m", "dunno" -> "du|n|no", "elses" -> "else|s". Only words that are
// not also ordinary English words ("ill", "id", "were", "well", "hell" stay whole).
const CUTS: Record<string, number[]> = wordTable({
  dont: [2], doesnt: [4], didnt: [3], cant: [2], wont: [2], isnt: [2], wasnt: [3], arent: [3], werent: [4],
  couldnt: [5], wouldnt: [5], shouldnt: [6], havent: [4], hasnt: [3], hadnt: [3], aint: [2], neednt: [4], mustnt: [4],
  im: [1], ive: [1], youre: [3], theyre: [4], youve: [3], theyve: [4], youll: [3], theyll: [4],
  thats: [4], whats: [4], theres: [5], heres: [4], wheres: [5], hes: [2], shes: [3], whos: [3],
  alot: [1], dunno: [2, 3],
  // Words EWT splits though no apostrophe was ever there.
  cannot: [3], gonna: [3], wanna: [3], gotta: [3], outta: [3],
  // Possessives of indefinite pronouns, which are no words without the apostrophe ("someone elses car").
  elses: [4], anyones: [6], everyones: [8], someones: [7], nobodys: [6], everybodys: [9], somebodys: [8],
});

// "its" is a contraction of "it is" before words a possessive cannot precede: an article or another
// determiner, "not", an adverb, a preposition, a participle of "be"/"go" ("its a shame", "its not",
// "its really", "its been"). Before a noun or an adjective it stays the possessive.
const AFTER_ITS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their', 'no', 'all', 'not', 'nothing',
  'something', 'everything', 'anything', 'just', 'still', 'also', 'now', 'always', 'never', 'really', 'very', 'too', 'so', 'even',
  'already', 'almost', 'pretty', 'quite', 'probably', 'definitely', 'actually', 'totally', 'like', 'in', 'on', 'at', 'for', 'from',
  'with', 'between', 'by', 'about', 'over', 'been', 'being', 'gonna', 'going', 'getting', 'what', 'how', 'where', 'when', 'who',
  'because', 'ok', 'okay', 'fine', 'true', 'here', 'there', 'me', 'him', 'them', 'us', 'you', 'worth',
  'simply', 'usually', 'basically', 'certainly', 'obviously', 'absolutely', 'completely', 'literally', 'seriously',
  'honestly', 'apparently', 'supposedly', 'hardly', 'currently', 'mostly', 'generally', 'exactly', 'extremely',
  'incredibly', 'truly', 'fairly', 'rather', 'kinda', 'sorta',
]);
// "your" for "you're" before what a possessive cannot precede: "your going", "your in", "your the best".
const AFTER_YOUR = new Set([
  'going', 'gonna', 'not', 'so', 'too', 'very', 'really', 'welcome', 'in', 'on', 'at', 'the', 'a', 'an', 'always', 'never', 'just',
  'still', 'being', 'getting', 'doing', 'trying', 'talking', 'looking', 'making', 'probably',
]);
// "lets go", "but lets face it": "let us" before a bare verb; "she lets him in" is the verb.
const AFTER_LETS = new Set([
  'go', 'hope', 'face', 'see', 'take', 'try', 'get', 'just', 'be', 'make', 'do', 'talk', 'say', 'not', 'start', 'move', 'have',
  'look', 'keep', 'put', 'call', 'meet', 'play', 'eat', 'find', 'stop', 'think', 'give', 'work', 'wait', 'pray', 'all', 'also',
]);
// "its kind of", "its sort of": the noun then "of" reads as the hedge "it's kind of".
const HEDGE = new Set(['kind', 'sort']);
// "its easy to ...", "its illegal.": a predicative adjective closing the clause or taking "to" or a
// conjunction; a possessive's adjective goes on to its noun ("its easy victory").
const PREDICATIVE = new Set([
  'easy', 'hard', 'difficult', 'important', 'necessary', 'possible', 'impossible', 'good', 'bad', 'great', 'nice', 'cheap',
  'expensive', 'free', 'illegal', 'legal', 'simple', 'natural', 'rare', 'common', 'horrible', 'terrible', 'awesome', 'amazing',
  'cool', 'weird', 'sad', 'funny', 'better', 'worse', 'clear', 'obvious', 'unlikely', 'safe', 'dangerous', 'normal',
  'hot', 'cold', 'late', 'early', 'ridiculous', 'crazy', 'stupid', 'annoying', 'beautiful', 'delicious', 'perfect', 'wrong', 'right',
]);
const CLAUSE_END = /^(?:[.!?,;:)]+|to|and|but|because|if|so|when|for)$/i;

// The table in a Map: a plain object would also answer for the names every object inherits ("constructor" gave a
// function as cuts, and the sentence failed). The words below begin with one of FIRST_LETTERS and are at most
// LONGEST long; cutsOf rejects every other word on those two checks, before lower-casing it (most words of a text).
const CUT_TABLE = new Map(Object.entries(CUTS));
const RULE_WORDS = [...CUT_TABLE.keys(), 'its', 'your', 'lets'];
const LONGEST = Math.max(...RULE_WORDS.map((w) => w.length));
const FIRST_LETTERS = new Set(RULE_WORDS.map((w) => w.charCodeAt(0)));

/** The cut positions of a contraction written without its apostrophe, or null. */
function cutsOf(tokens: readonly Span[], i: number): number[] | null {
  const word = tokens[i]!.text;
  // Lower-casing never shortens a word, and an ASCII letter lower-cases to itself with bit 0x20 set (other ASCII
  // characters stay no letter): a word past these checks cannot be one of RULE_WORDS whatever its case.
  const first = word.charCodeAt(0);
  if (word.length > LONGEST || (first < 128 && !FIRST_LETTERS.has(first | 0x20))) return null;
  // "IM" (instant message) and other two-letter capitals are abbreviations, not contractions.
  if (word.length <= 2 && word === word.toUpperCase()) return null;
  const lower = word.toLowerCase();
  const cuts = CUT_TABLE.get(lower);
  if (cuts) return cuts;
  // The next word as written: "its US launch" is the possessive, "its us" the contraction; in capitals
  // throughout ("ITS NOT") it is read in lower case.
  const written = tokens[i + 1]?.text;
  const next = written !== undefined && word === word.toUpperCase() ? written.toLowerCase() : written;
  const after = tokens[i + 2]?.text;
  if (lower === 'its' && next !== undefined &&
    (AFTER_ITS.has(next) || (HEDGE.has(next) && after === 'of') || (PREDICATIVE.has(next) && (after === undefined || CLAUSE_END.test(after))))) return [2];
  if (lower === 'your' && next !== undefined && AFTER_YOUR.has(next) && tokens[i + 2]?.text !== '-') return [3];
  // "Lets go": at the start of a sentence, or before a bare verb, "lets" is "let us"; else the verb ("she lets him").
  if (lower === 'lets' && next !== undefined && (i === 0 || AFTER_LETS.has(next))) return [3];
  return null;
}

/** One sentence's tokens with apostrophe-less contractions split (offsets stay exact); the array itself when none is. */
export function splitBareContractions(tokens: readonly Span[]): Span[] {
  // copied only from the first contraction on: most sentences have none
  let out: Span[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const cuts = cutsOf(tokens, i);
    if (!cuts) { out?.push(t); continue; }
    out ??= tokens.slice(0, i);
    let from = 0;
    for (const at of [...cuts, t.text.length]) {
      out.push({ text: t.text.slice(from, at), start: t.start + from, end: t.start + at });
      from = at;
    }
  }
  return out ?? (tokens as Span[]);
}
