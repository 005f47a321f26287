// Names typed by the common noun written right before them: "a remix by rapper Kid Marlo", "readers of the website
// Kalvik", "an advert on radio station Tune Box", "a bid for toy giant Parvo". English puts a kind's noun before a name in
// apposition and the noun says what the name is, better than the recogniser's guess from the name's letters (a stage
// name looks like a firm's, a one-word website like a surname) and where the recogniser saw no name at all.
import type { EntityType, Mention } from '../analysis.js';
import { isFirstName, lookupCountry, titleLength } from '../gazetteer/index.js';
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { insertByStart, isApostropheS, isCapitalWord, opensSentence, overlaps, retype, type Candidate, type SentenceWords } from './candidate.js';
import { COMPANY_NOUNS, industryWord } from './rules.js';

/**
 * Occupations of people that are no post held for anyone, written before a name ("actor X", "novelist X", "chef X"): the
 * one list of them. Here they type the name a person's; roles.ts' OCCUPATIONS (with a few more) makes them what the
 * person is.
 */
export const PERSON_OCCUPATIONS: readonly string[] = [
  'actor', 'actress', 'author', 'novelist', 'playwright', 'poet', 'rapper', 'comedian', 'painter', 'sculptor', 'writer',
  'film-maker', 'filmmaker', 'screenwriter', 'songwriter', 'musician', 'designer', 'chef', 'athlete',
];

/** Trades and callings of people written before a name as its description ("rapper X", "goalkeeper X", "novelist X"). */
const PERSON_NOUNS = new Set([
  ...PERSON_OCCUPATIONS,
  'singer', 'presenter', 'broadcaster-presenter', 'guitarist', 'drummer', 'bassist', 'frontman', 'frontwoman', 'composer',
  'pianist', 'violinist', 'conductor', 'dj', 'photographer',
  'goalkeeper', 'keeper', 'striker', 'defender', 'midfielder', 'winger', 'forward', 'fly-half', 'scrum-half', 'prop', 'flanker',
  'batsman', 'bowler', 'golfer', 'boxer', 'sprinter', 'cyclist', 'swimmer', 'jockey', 'skier', 'hurdler',
  'tycoon', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'financier', 'supermodel',
]);

/** Kinds of body written before a body's name ("the website X", "pressure group X", "the newspaper X"): an organisation. */
const BODY_NOUNS = new Set([
  'website', 'magazine', 'newspaper', 'tabloid', 'broadsheet', 'broadcaster', 'channel', 'charity', 'band', 'label',
  'publisher', 'watchdog', 'regulator', 'think-tank', 'organisation', 'organization', 'consortium', 'quango',
  'union', 'paper', 'journal', 'daily', 'institute', 'agency',
]);
/** Body nouns that name a body only after a word of their kind ("TV station X", "pressure group X", "rock band X"). */
const QUALIFIED_BODY_NOUNS = new Set(['station', 'group', 'network', 'service']);
/** Words before a qualified body noun that make it a body's ("radio station", "campaign group", "news service"). */
const BODY_QUALIFIERS = new Set([
  'tv', 'television', 'radio', 'music', 'digital', 'satellite', 'cable', 'commercial', 'pirate', 'news', 'rock', 'pop', 'punk',
  'indie', 'rap', 'campaign', 'pressure', 'lobby', 'rights', 'advocacy', 'consumer', 'environmental', 'protest', 'activist',
  'broadcasting', 'media', 'online', 'social', 'streaming',
]);
/** Makers written before a company's name ("chipmaker X"; "car maker X" in describedType); a first name after one is a person's, left alone below. */
const MAKER_NOUNS = new Set(['chipmaker', 'drugmaker', 'subsidiary']);
/** Trades before "group" that make it a business group ("banking group X", "oil group X"); a rebel or campaign group is no company. */
const BUSINESS_GROUPS = new Set([
  'banking', 'bank', 'oil', 'energy', 'media', 'mining', 'engineering', 'drinks', 'food', 'retail', 'retailing', 'insurance',
  'telecoms', 'pharmaceutical', 'pharmaceuticals', 'chemicals', 'publishing', 'brewing', 'steel', 'travel', 'leisure', 'hotel',
]);

/** What the noun before a name makes it, or undefined. `k` is the noun's index. */
function describedType(words: readonly string[], upos: readonly string[], k: number): EntityType | undefined {
  if (k < 0 || upos[k] !== 'NOUN') return undefined;
  // (the lists are lower-case and looked up as written: a capitalised noun is a name's own word, "the Rock Band Tarvik")
  const noun = words[k]!;
  // "the best actor Oscar": an award's category, not the person's trade
  if (PERSON_NOUNS.has(noun)) return k > 0 && AWARD_WORDS.has(words[k - 1]!.toLowerCase()) ? undefined : 'Person';
  if (BODY_NOUNS.has(noun)) return 'Organization';
  if (noun === 'group' && k > 0 && BUSINESS_GROUPS.has(words[k - 1]!.toLowerCase())) return 'Company';
  if (QUALIFIED_BODY_NOUNS.has(noun)) return k > 0 && BODY_QUALIFIERS.has(words[k - 1]!.toLowerCase()) ? 'Organization' : undefined;
  // "car maker X", but "film maker X", "policy maker X" are people: "maker" is a company's only after an industry's word
  if (noun === 'maker') return k > 0 && industryWord(words, upos, k - 1) && !WORK_WORDS.has(words[k - 1]!.toLowerCase()) ? 'Company' : undefined;
  if (COMPANY_NOUNS.has(noun) || MAKER_NOUNS.has(noun)) return 'Company';
  // "toy giant X", "the oil giant X": an industry's giant (a sport's "football giants" is a club, left alone)
  if (noun === 'giant' && k > 0 && industryWord(words, upos, k - 1)) return 'Company';
  return undefined;
}
// Words before "maker" that make it a person's trade or a figure of speech ("film maker", "policy maker", "peace maker").
const WORK_WORDS = new Set(['film', 'movie', 'documentary', 'programme', 'program', 'music', 'policy', 'decision', 'peace',
  'law', 'rule', 'trouble', 'mischief', 'play', 'match', 'king', 'deal', 'news', 'money', 'pace']);

/**
 * Whether the name at [s, e) after the noun at `k` is the subject of a relative clause on that noun written without
 * "who"/"that"/"which" ("the keeper Wigan bought from Leeds made his debut", "the firm Hadley controls was sold"), not a
 * name in apposition to it: the noun phrase opens with a determiner and the verb after the name takes no object (only
 * adverbs and prepositional phrases) before another verb, the noun phrase's own. (The parser's acl arc from that verb to
 * the noun is no better sign: it also hangs a main verb there, "the website X suggests ...".)
 */
function relativeSubject(view: SentenceWords, k: number, e: number): boolean {
  const { words, upos } = view;
  if (upos[e] !== 'VERB') return false;
  let j = k - 1;
  while (j >= 0 && (upos[j] === 'ADJ' || upos[j] === 'NOUN' || upos[j] === 'ADV')) j--;
  if (j < 0 || upos[j] !== 'DET') return false;
  let inPhrase = false;
  for (let i = e + 1; i < words.length; i++) {
    const u = upos[i]!;
    if (u === 'VERB' || u === 'AUX') return true;
    if (u === 'ADV') continue;
    if (u === 'ADP') { inPhrase = true; continue; }
    if (inPhrase && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(u)) continue;
    return false;
  }
  return false;
}

// Words before a trade's noun that make it an award's category ("best actor", "best supporting actress").
const AWARD_WORDS = new Set(['best', 'supporting', 'leading']);

// Types a described noun may overrule: the recogniser's guesses. A body's noun does not overrule a known country or
// party, a person's noun no body the gazetteer knows.
const PERSON_OVERRULES = new Set<EntityType>(['Organization', 'Location', 'Misc', 'Company']);
const BODY_OVERRULES = new Set<EntityType>(['Person', 'Location', 'Misc', 'City']);

/** Longest name this rule adds where the recogniser saw none. */
const MAX_WORDS = 4;

/**
 * Retypes the candidates a kind's noun right before them describes, and adds the names the recogniser missed after a
 * body's or a company's noun ("station Tune Box"). Candidates are sorted by start; new ones are inserted in place. A
 * candidate typed here carries `describedAs`, which the article's other mentions of the same name follow.
 */
export function describedNames(view: SentenceWords, marked: Candidate[], titleCase: boolean): void {
  if (titleCase) return;
  const { words, upos } = view;
  for (const m of marked) {
    const type = describedType(words, upos, m.start - 1);
    if (!type || m.type === type || relativeSubject(view, m.start - 1, m.end)) continue;
    if (type === 'Person') {
      // "striker Tarnow" for a town of that name; a country stays a country ("defender Chile" is no one's name)
      if (!(PERSON_OVERRULES.has(m.type) && !m.canonical) && !(m.type === 'City' && m.end - m.start === 1)) continue;
    } else if (!BODY_OVERRULES.has(m.type) || (m.canonical && m.type !== 'City')) continue;
    // "band member Jo Bell": a first name after a body's noun is a person's
    else if (m.type === 'Person' && isFirstName(words[m.start]!)) continue;
    retype(m, type);
    m.describedAs = type;
  }
  for (let i = 1; i < words.length; i++) {
    if (!isCapitalWord(words[i]!) || opensSentence(words, i)) continue;
    const type = describedType(words, upos, i - 1);
    if (!type || type === 'Person') continue;
    const end = nameEnd(words, i);
    if (end === i || relativeSubject(view, i - 1, end) || words[i] === 'I' || CALENDAR_NAMES.has(words[i]!) || isFirstName(words[i]!) || titleLength(words, i, end - 1) > 0 || lookupCountry(words[i]!)) continue;
    const span = { start: i, end };
    if (marked.some((m) => overlaps(m, span))) continue;
    insertByStart(marked, { start: i, end, type, source: 'rule', confidence: 0.6, describedAs: type });
    i = end - 1;
  }
}

/** The end of a name that opens at `i`: capitalised words, "&" between two of them, at most MAX_WORDS words. */
function nameEnd(words: readonly string[], i: number): number {
  let end = i;
  while (end < words.length && end - i < MAX_WORDS) {
    const w = words[end]!;
    if (isCapitalWord(w) && !isApostropheS(w)) end++;
    else if (w === '&' && end > i && isCapitalWord(words[end + 1] ?? '')) end++;
    else break;
  }
  return end;
}

// Types the article's other mentions of a described name give way in: the recogniser's guesses, not the gazetteer's.
const SPREAD_OVER = new Set<EntityType>(['Person', 'Organization', 'Location', 'Misc', 'Company']);

/**
 * One sense per article: once a kind's noun has typed a name ("the website Kalvik"), the recogniser's other guesses for
 * the same bare name ("Kalvik says ...") give way to it. `described` maps each such name's text to its type.
 */
export function spreadDescribed(mentions: Mention[], described: ReadonlyMap<string, EntityType>): void {
  for (const m of mentions) {
    const type = described.get(m.text);
    if (type && !m.canonical && SPREAD_OVER.has(m.type) && m.type !== type) m.type = type;
  }
}
