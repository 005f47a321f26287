// Titles of works named after the noun that says what they are ("the film Ray", "her album Boy", "the magazine Q"): the
// recogniser reads them as the people, companies or places their words look like.
import type { EntityType } from '../analysis.js';
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { isApostropheS, isCapitalWord, opensSentence, retype, type Candidate, type SentenceWords } from './candidate.js';

/**
 * Nouns of works (films, records, books, programmes) written right before a work's title. Not "game" nor "series": in
 * sports news a team follows them ("the series England won").
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'documentary', 'biopic', 'bio-pic', 'album', 'single', 'song', 'ep', 'book', 'novel', 'memoir', 'autobiography',
  'biography', 'musical', 'opera', 'show', 'mini-series', 'miniseries', 'sitcom', 'drama', 'soap', 'comedy', 'thriller', 'cartoon',
  'programme', 'sequel', 'prequel', 'painting', 'poem',
  // songs as the charts and polls name them ("their hit Vertigo", "the anthem Jerusalem")
  'hit', 'anthem', 'track', 'ballad', 'hymn', 'tune',
]);
/** Nouns of publications: what they name is an organisation. */
const PUBLICATION_NOUNS = new Set(['magazine', 'newspaper', 'tabloid', 'weekly', 'journal']);
/** Types a work's title is mistaken for; gazetteer places and known bodies keep their type ("the film's Paris scenes"). */
const MISREAD = new Set<EntityType>(['Person', 'Organization', 'Company', 'Location', 'Facility', 'Misc']);
/** Lower-case words inside a title ("Maria Full of Grace"); not "and", which as often joins the next name of a list. */
const TITLE_JOINERS = new Set(['of', 'the', 'in', 'on', 'a', 'to']);
/** Longest title, in words, these rules will spell out past the recogniser's span. */
const MAX_TITLE = 6;
/**
 * Longest title, in words, read from the capitals alone where the recogniser found no name ("Tales of the Old North
 * Road" is six). A safety bound, not a fit: in a seeded sample of 30 titles of works named in ../shared/corpus (bbc and
 * wikievents, development articles left out) titles run 1-7 words (median 3, 28 of 30 at most 5), and the run stops
 * sooner at a known name, a calendar word or a third lower-case word; the whole corpus's rows are the same with any
 * bound from 5 to 12 (at 3 one title is cut). Nine leaves room for the occasional longer title.
 */
const MAX_SPELLED = 9;
/** Marks that close a title set off by commas ("Their new album, How To Fly, comes ..."). */
const CLOSING = new Set([',', '.', ';', ':', ')', '-', '!', '?']);
/** Determiners and possessives a work noun set off from its title by a comma has ("Their new album, X,"). */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this']);

/**
 * Retypes, in place, names right after a work noun as works (Misc), spreading them over the rest of the title the
 * recogniser cut ("Maria Full" + "of Grace"), and names after a publication noun as organisations. Only a noun in the
 * singular right before the name counts: "films Ray and Aviator" lists, "the film's star Jo Bell" names a person.
 * Returns the mentions left (a title spread over another name's words takes its place).
 */
export function markWorks(s: SentenceWords, given: Candidate[]): Candidate[] {
  const words = s.words;
  const mentions = titlesAfterPossessive(s, titlesBeforeBy(s, spellTitles(s, given)));
  const dropped = new Set<Candidate>();
  for (const m of mentions) {
    // "the Kestrel newspaper", "Varo magazine": a name before a publication's noun is the publication's, whatever the
    // recogniser took it for (a place, a person)
    if (!m.canonical && (m.type === 'Location' || m.type === 'Person' || m.type === 'Misc') && PUBLICATION_NOUNS.has(words[m.end] ?? '')) m.type = 'Organization';
    // the noun as a noun: "polls show Labour ahead", "a single Labour MP" name no work
    if (m.start === 0 || m.canonical || !MISREAD.has(m.type) || dropped.has(m) || s.upos[m.start - 1] !== 'NOUN') continue;
    // "a film Spielberg directed": the name is the subject of a clause on the noun, not its title
    const last = m.end - 1;
    const verb = s.heads[last]!;
    if (s.deps[last]!.startsWith('nsubj') && verb > last && s.heads[verb] === m.start - 1) continue;
    const noun = words[m.start - 1]!.toLowerCase();
    // "a hit Kestrel song": after "hit", as much an adjective as a noun, a name modifying a common noun after it is no title
    if (noun === 'hit' && modifiesNounAfter(s, m.end)) continue;
    if (PUBLICATION_NOUNS.has(noun)) {
      if (m.type === 'Person' || m.type === 'Location') m.type = 'Organization';
      continue;
    }
    if (!WORK_NOUNS.has(noun)) continue;
    m.type = 'Misc';
    // "Maria Full" + "of Grace": a joiner and capitalised words after the recogniser's span go on the title
    let end = m.end;
    while (end + 1 < words.length && end - m.start < MAX_TITLE && TITLE_JOINERS.has(words[end]!) && isCapitalWord(words[end + 1]!) && !knownAt(mentions, words, end + 1)) {
      end += 2;
      while (end < words.length && end - m.start < MAX_TITLE && isCapitalWord(words[end]!)) end++;
    }
    if (end === m.end) continue;
    for (const other of mentions) {
      if (other === m || other.start >= end || other.end <= m.end) continue;
      dropped.add(other);
      end = Math.max(end, other.end);
    }
    m.end = end;
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

/**
 * Whether word `k` opens a name the gazetteer knows or a date ("in Edinburgh", "on Friday"): after a joiner, the place or
 * day of what the sentence says, not more of a title ("the single Band Aid 20 in Edinburgh").
 */
function knownAt(mentions: readonly Candidate[], words: readonly string[], k: number): boolean {
  return CALENDAR_NAMES.has(words[k]!) || mentions.some((m) => m.start === k && !!m.canonical);
}

/**
 * The end (exclusive) of a title written in capitals from word `k` ("The Show Must Go On", "Always Look on the Bright Side
 * of Life"): capitalised words, with one or two lower-case joiners between two of them; `k` when word `k` opens none.
 */
function titleRun(words: readonly string[], k: number, mentions: readonly Candidate[]): number {
  if (!isCapitalWord(words[k] ?? '') || CALENDAR_NAMES.has(words[k]!) || words[k] === 'I') return k;
  let end = k + 1;
  while (end < words.length && end - k < MAX_SPELLED) {
    // (a number after a capitalised word is the title's too: "Band Aid 20")
    if (isCapitalWord(words[end]!) && !CALENDAR_NAMES.has(words[end]!) || /^\d+$/.test(words[end]!)) {
      end++;
      continue;
    }
    let j = end;
    while (j < words.length && j - end < 2 && TITLE_JOINERS.has(words[j]!)) j++;
    if (j === end || j >= words.length || !isCapitalWord(words[j]!) || knownAt(mentions, words, j) || j + 1 - k > MAX_SPELLED) break;
    end = j + 1;
  }
  return end;
}

/**
 * Whether the noun at `n` ends a phrase a determiner or possessive opens a few words before it ("their own fund-raising
 * single"), with no punctuation but a hyphen or verb between: a noun phrase of its own, which a title set off by commas
 * after it can be apposed to.
 */
function openedPhrase(s: SentenceWords, n: number): boolean {
  for (let j = n - 1; j >= 0 && j >= n - 5; j--) {
    if (NOUN_OPENERS.has(s.words[j]!.toLowerCase())) return true;
    if ((s.upos[j] === 'PUNCT' && s.words[j] !== '-') || s.upos[j] === 'VERB') return false;
  }
  return false;
}

/**
 * "the charity single Band Aid 20", "their own fund-raising single, Hope": "single" the tagger read as an adjective is the
 * record's noun after another noun or before a comma ("a single Labour MP" is no record).
 */
function singleAsNoun(s: SentenceWords, n: number): boolean {
  return s.words[n] === 'single' && (n > 0 && s.upos[n - 1] === 'NOUN' || s.words[n + 1] === ',');
}

/** Whether word `end` is a common noun in lower case, which the capitalised words before it modify ("Kestrel song"). */
function modifiesNounAfter(s: SentenceWords, end: number): boolean {
  return end < s.words.length && s.upos[end] === 'NOUN' && /^\p{Ll}+$/u.test(s.words[end]!);
}

/**
 * Titles after a work noun that the recogniser missed or cut ("the anthem The Show Must Go On", "their hit Vertigo"),
 * and titles set off by commas after one ("Their new album, How To Dismantle A Sofa, comes out"): the capitalised run
 * becomes one work (Misc), in place of the names the recogniser found inside it. Not where the run is the subject of a
 * clause on the noun ("a film Ada Pell directed"), modifies a common noun after it ("the hit Hollywood film"), holds a
 * name the gazetteer knows as its whole ("the film Paris"), or, after a comma, is a person's name ("In the film, Ada
 * Pell, ..."). Returns the mentions with the titles in their places.
 */
function spellTitles(s: SentenceWords, mentions: Candidate[]): Candidate[] {
  const { words, upos } = s;
  let out = mentions;
  for (let n = 0; n < words.length - 1; n++) {
    // (in lower case: "the Berlin Film Festival" is a name with a work noun inside it)
    if (!WORK_NOUNS.has(words[n]!) || upos[n] !== 'NOUN' && !singleAsNoun(s, n)) continue;
    const apposed = words[n + 1] === ',';
    if (apposed && !openedPhrase(s, n)) continue;
    const start = apposed ? n + 2 : n + 1;
    const end = titleRun(words, start, out);
    if (end === start) continue;
    if (apposed ? end < words.length && !CLOSING.has(words[end]!) : modifiesNounAfter(s, end)) continue;
    const inside = out.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.start < start || m.end > end)) continue;
    if (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end && (inside[0]!.canonical || apposed && inside[0]!.type === 'Person')) continue;
    // "a film Ada Pell directed": the run is the subject of a clause on the noun
    const last = end - 1, verb = s.heads[last]!;
    if (s.deps[last]!.startsWith('nsubj') && verb >= end && s.heads[verb] === n && !isCapitalWord(words[verb]!)) continue;
    const title: Candidate = { start, end, type: 'Misc', source: 'rule', confidence: 0.7 };
    out = [...out.filter((m) => !inside.includes(m)), title].sort((a, b) => a.start - b.start);
    n = end - 1;
  }
  return out;
}

/** Types of the makers of works after "by": people, and the bands the recogniser reads as organisations. */
const MAKER_TYPES = new Set<EntityType>(['Person', 'Organization']);

/**
 * Titles written before "by" and their maker's name ("Hamlet by Will Shore", "The History Boys by Alan Bell"): a run of
 * capitalised words (small joiners inside) right before "by" and a person or band becomes one work (Misc). Not a run
 * holding a name the gazetteer knows or one of another type than a person's or a work's ("Chelsea by Jo Bell", "at The
 * Old Vic by ..."), nor a date; at the start of a sentence, where every word is capitalised, only a title of two words
 * or more ("Comments by Jo Bell" names no work); nor the object of a preposition ("sent to Jo Bell by ..."). Returns the
 * mentions with the titles in their places.
 */
function titlesBeforeBy(s: SentenceWords, mentions: Candidate[]): Candidate[] {
  const words = s.words;
  let out = mentions;
  for (let by = 1; by < words.length - 1; by++) {
    if (words[by] !== 'by' || !out.some((m) => m.start === by + 1 && MAKER_TYPES.has(m.type))) continue;
    let start = by;
    for (;;) {
      if (start > 0 && isCapitalWord(words[start - 1]!) && !CALENDAR_NAMES.has(words[start - 1]!)) start--;
      else if (start > 1 && start < by && TITLE_JOINERS.has(words[start - 1]!) && isCapitalWord(words[start - 2]!)) start -= 2;
      else break;
    }
    if (start === by || by - start > MAX_SPELLED) continue;
    if (opensSentence(words, start) && by - start < 2) continue;
    // after a preposition other than "of" the run is that preposition's object and "by" the agent of the verb before it
    // ("presented to Ana Reis by Tom Hale", "appointed to the Board by ..."), not a title and its maker
    if (start > 0 && s.upos[start - 1] === 'ADP' && words[start - 1]!.toLowerCase() !== 'of') continue;
    const inside = out.filter((m) => m.start < by && m.end > start);
    if (inside.some((m) => m.start < start || m.canonical || (m.type !== 'Person' && m.type !== 'Misc'))) continue;
    const title: Candidate = { start, end: by, type: 'Misc', source: 'rule', confidence: 0.7 };
    out = [...out.filter((m) => !inside.includes(m)), title].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Names opened by a capitalised "The" inside a sentence ("after The Joshua Tree broke records", "destroyed The Mulberry
 * Bush"): titles of works and names of papers, shows and pubs, which the recogniser cuts and reads as people. The
 * mentions inside the capitalised run after "The" become one, from the word after "The" to the last mention's end; a
 * single mention keeps a type that is no person's, several or a person's become a work (Misc). Runs holding a name the
 * gazetteer knows ("The House of Commons", "The Hague") are left as they are. Returns the mentions left.
 */
export function markTheTitles(words: readonly string[], mentions: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (let t = 1; t < words.length - 1; t++) {
    // "The" after a word or a comma: not the first word of a sentence or of a quotation
    if (words[t] !== 'The' || !/^(?:\p{L}|,$)/u.test(words[t - 1]!)) continue;
    t = markTheTitle(words, mentions, t, dropped);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

/**
 * The title opened by the "The" at `t`, if any, made one mention (the others inside it added to `dropped`); returns
 * where the scan goes on. A function of its own so that the scan over every word, above, compiles small.
 */
function markTheTitle(words: readonly string[], mentions: Candidate[], t: number, dropped: Set<Candidate>): number {
  let runEnd = t + 1;
  while (runEnd < words.length && isCapitalWord(words[runEnd]!)) runEnd++;
  const inside = mentions.filter((m) => m.start > t && m.end <= runEnd);
  // a known name alone ('The Hague'), or with others unless it is a country's adjective ('The Great American Songbook')
  if (inside.length === 0 || inside.some((m) => m.canonical && (m.type !== 'Country' || inside.length === 1))) return t;
  const first = inside[0]!;
  const end = Math.max(...inside.map((m) => m.end));
  if (inside.length > 1 || first.type === 'Person' || first.type === 'Country') {
    retype(first, 'Misc');
  }
  first.start = t + 1;
  first.end = end;
  for (const m of inside.slice(1)) dropped.add(m);
  return runEnd - 1;
}

/** Lower-case words inside a run after a possessive that no person's or body's name holds ("Road to Nowhere"). */
const TITLE_ONLY_JOINERS = new Set(['to', 'on', 'the', 'a']);
/** Articles that open a title, capitalised inside a sentence ("Ana Bell's The Long Road"). */
const TITLE_ARTICLES = new Set(['The', 'A', 'An']);
/** Tags of a capitalised word that no name holds but a title does ("My Way", "Who Wants ...", "Like A Stone", "Paying Up"). */
const CLAUSE_TAGS = new Set(['PRON', 'DET', 'AUX', 'VERB', 'ADV', 'ADP', 'SCONJ', 'PART']);

/**
 * Titles after a possessive ("Ana Bell's The Long Road", "the Kestrels' Road to Nowhere", "Jo Bell's My Town"): the
 * capitalised run after "'s" is the owner's work where it reads as a title and no person or body could be named so:
 * it opens with an article, holds a lower-case "to", "on", "the" or "a", or holds a capitalised pronoun, determiner, verb,
 * adverb or preposition. A run of names alone ("Russia's Elena Bovina", "Hitachi's Research Laboratory", "the BBC's Ana
 * Reis in Moscow") is left to the recogniser. The run becomes one work (Misc) in place of the names found inside it,
 * unless one of them is a name the gazetteer knows. Returns the mentions with the titles in their places.
 */
function titlesAfterPossessive(s: SentenceWords, mentions: Candidate[]): Candidate[] {
  const { words, upos } = s;
  let out = mentions;
  for (let p = 1; p < words.length - 1; p++) {
    const w = words[p]!;
    if (!isApostropheS(w) && !((w === "'" || w === '\u2019') && /s$/.test(words[p - 1]!))) continue;
    // a name's possessive, not a pronoun's "is" ("It's A Wonderful Life", "Who's Your Daddy": titles of their own)
    if (!isCapitalWord(words[p - 1]!) || CLAUSE_TAGS.has(upos[p - 1]!)) continue;
    const start = p + 1;
    const end = titleRun(words, start, out);
    if (end === start) continue;
    let title = TITLE_ARTICLES.has(words[start]!) && end - start >= 2;
    for (let k = start; k < end && !title; k++) {
      title = TITLE_ONLY_JOINERS.has(words[k]!) || (isCapitalWord(words[k]!) && CLAUSE_TAGS.has(upos[k]!) && !TITLE_ARTICLES.has(words[k]!));
    }
    if (!title) continue;
    const inside = out.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.start < start || m.canonical)) continue;
    const work: Candidate = { start: words[start] === 'The' ? start + 1 : start, end, type: 'Misc', source: 'rule', confidence: 0.7 };
    out = [...out.filter((m) => !inside.includes(m)), work].sort((a, b) => a.start - b.start);
    p = end - 1;
  }
  return out;
}
