// Titles of works named after the noun that says what they are ("the film Ray", "her album Boy", "the magazine Q"): the
// recogniser reads them as the people, companies or places their words look like.
import type { EntityType } from '../analysis.js';
import { isCapitalWord, retype, type Candidate, type SentenceWords } from './candidate.js';

/**
 * Nouns of works (films, records, books, programmes) written right before a work's title. Not "game" nor "series": in
 * sports news a team follows them ("the series England won").
 */
const WORK_NOUNS = new Set([
  'film', 'movie', 'documentary', 'biopic', 'bio-pic', 'album', 'single', 'song', 'ep', 'book', 'novel', 'memoir', 'autobiography',
  'biography', 'musical', 'opera', 'show', 'mini-series', 'miniseries', 'sitcom', 'drama', 'soap', 'comedy', 'thriller', 'cartoon',
  'programme', 'sequel', 'prequel', 'painting', 'poem',
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
 * Retypes, in place, names right after a work noun as works (Misc), spreading them over the rest of the title the
 * recogniser cut ("Maria Full" + "of Grace"), and names after a publication noun as organisations. Only a noun in the
 * singular right before the name counts: "films Ray and Aviator" lists, "the film's star Jo Bell" names a person.
 * Returns the mentions left (a title spread over another name's words takes its place).
 */
export function markWorks(s: SentenceWords, mentions: Candidate[]): Candidate[] {
  const words = s.words;
  const dropped = new Set<Candidate>();
  for (const m of mentions) {
    // the noun as a noun: "polls show Labour ahead", "a single Labour MP" name no work
    if (m.start === 0 || m.canonical || !MISREAD.has(m.type) || dropped.has(m) || s.upos[m.start - 1] !== 'NOUN') continue;
    // "a film Spielberg directed": the name is the subject of a clause on the noun, not its title
    const last = m.end - 1;
    const verb = s.heads[last]!;
    if (s.deps[last]!.startsWith('nsubj') && verb > last && s.heads[verb] === m.start - 1) continue;
    const noun = words[m.start - 1]!.toLowerCase();
    if (PUBLICATION_NOUNS.has(noun)) {
      if (m.type === 'Person' || m.type === 'Location') m.type = 'Organization';
      continue;
    }
    if (!WORK_NOUNS.has(noun)) continue;
    m.type = 'Misc';
    // "Maria Full" + "of Grace": a joiner and capitalised words after the recogniser's span go on the title
    let end = m.end;
    while (end + 1 < words.length && end - m.start < MAX_TITLE && TITLE_JOINERS.has(words[end]!) && isCapitalWord(words[end + 1]!)) {
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
