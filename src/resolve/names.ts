// Names as written to names as compared: determiners, possessives, honorifics and role titles off; keys, surnames and acronyms.
import type { EntityType } from '../analyze/analysis.js';
import { isCalendarWord } from '../analyze/dates/calendar.js';
import { memoize } from '../util/memo.js';
import { family } from './types.js';
import { expandedTitle } from '../extract/anaphora.js';
import { HONORIFIC_GENDER, NAME_PARTICLES, lookupCountry } from '../analyze/gazetteer/index.js';

export type Gender = 'male' | 'female';

// Role titles written before a name ("President Vladimir Putin", "Foreign Secretary Jack Straw").
// They are kept out of the label (the role is a relation, not a name) when a name follows.
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'foreign', 'home', 'defence', 'defense', 'finance',
  'chancellor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'ambassador', 'general', 'gen',
  'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt', 'major', 'admiral', 'commander',
  'chief', 'executive', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'state',
  'attorney', 'sheikh', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'boss', 'director', 'leader', 'opposition', 'shadow', 'mp', 'former', 'ex', 'then',
  'us', 'uk', 'british', 'american', 'russian', 'french', 'german', 'chinese', 'israeli', 'iranian', 'ukrainian',
]);
// Titles a monarch, royal or cleric is named by with a given name alone ("Prince Charles", "Queen Elizabeth",
// "Pope Benedict"): with one name after it, the title is part of the name, or every Charles would be one person.
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'tsar', 'czar', 'sultan', 'emir', 'sheikh']);
const FEMALE_TITLES = new Set(['queen', 'princess', 'chairwoman', 'spokeswoman', 'congresswoman']);
const MALE_TITLES = new Set(['king', 'prince', 'chairman', 'spokesman', 'congressman', 'sheikh', 'pope']);

/** A word as the title and honorific lists hold it: lower case, a closing dot off ("Mr." -> "mr"). */
function bareWord(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** True when a word is a role title ("secretary", "president", "chief"). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(bareWord(word));
}

/** The gender a title gives its holder ("queen", "spokesman"), if it gives one; `title` bare (see bareWord). */
function titleGender(title: string): Gender | undefined {
  return FEMALE_TITLES.has(title) ? 'female' : MALE_TITLES.has(title) ? 'male' : undefined;
}

/**
 * The role words written right before a name or at its start ("UK Foreign Secretary Jack Straw" ->
 * foreign, secretary), lower case: what "the foreign secretary" later in the article can refer back to.
 */
export function roleWords(before: string, mentionText: string): string[] {
  const words: string[] = [];
  const lead = tidy(mentionText).split(' ');
  for (const w of lead.slice(0, -1)) {
    if (!isTitleWord(w)) break;
    words.push(expandedTitle(w) ?? bareWord(w));
  }
  const prev = before.replace(/[\s,]+$/, '').split(/\s+/).reverse();
  for (const w of prev.slice(0, 5)) {
    const bare = w.replace(/['\u2019]s$/i, '').replace(/[^\p{L}.-]/gu, '');
    if (!bare || !isTitleWord(bare)) break;
    // "Gov. Ana Reis": the office the abbreviation shortens, which a later "the governor" names
    words.push(expandedTitle(bare) ?? bareWord(bare));
  }
  return words;
}

// Small words a lower-case run before a name is more likely a phrase than a role noun ("of", "for").
const SMALL_WORDS = new Set(['the', 'of', 'for', 'and', 'with', 'from', 'into', 'than']);

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ACRONYM_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'de', 'du', 'des', 'la', 'le', 'el']);

export interface CleanName {
  /** The name to label and compare by ("Matthew Miller" from "Mr Matthew Miller's"). */
  name: string;
  /** Gender an honorific or gendered title gave ("Mr" -> male). */
  gender?: Gender;
}

/** Curly quotes straight, white space single, outer punctuation off. */
export function tidy(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'([{]+|[\s"',;:)\]}]+$/g, '')
    .trim();
}

/**
 * The comparable name of a mention: without a leading "the" (except for places, where it can be
 * part of the name: "The Hague"), a trailing possessive, and, for people, honorifics and role titles.
 */
export function cleanName(text: string, type: EntityType): CleanName {
  let name = tidy(text).replace(/(?:'s|s')$/i, (m) => (m.toLowerCase() === "s'" ? 's' : '')).replace(/'$/, '');
  if (family(type) !== 'place') name = name.replace(/^the\s+/i, '');
  let gender: Gender | undefined;
  if (type === 'Person' || type === 'Misc') {
    const words = name.split(' ');
    let i = 0;
    while (i < words.length - 1) {
      const w = bareWord(words[i]!);
      if (Object.hasOwn(HONORIFIC_GENDER, w)) { gender ??= HONORIFIC_GENDER[w]; i++; continue; }
      // "Secretary of State Antony Blinken": small words inside a run of titles.
      if (i > 0 && (w === 'of' || w === 'the') && isTitleWord(words[i - 1]!)) { i++; continue; }
      if (type === 'Person' && TITLES.has(w)) {
        gender ??= titleGender(w);
        i++;
        continue;
      }
      // A role noun the recogniser took in ("frontman Bono", "sprinter Ann Lee"): a lower-case word before a
      // person's name is no part of it, unless it is a name particle ("de Vabres") or a small word ("Duke of ...").
      if (type === 'Person' && /^\p{Ll}{3,}$/u.test(words[i]!) && !NAME_PARTICLES.has(w) && !SMALL_WORDS.has(w)) { i++; continue; }
      break;
    }
    // Only strip when a capitalised name is left: "Prime Minister" alone stays as it is.
    // ("State Department's spokesperson Matthew Miller" is not "Department's spokesperson Matthew Miller".)
    const rest = words.slice(i);
    const allTitles = rest.every((w) => isTitleWord(w));
    if (i > 0 && !allTitles && /^\p{Lu}/u.test(rest[0] ?? '') && rest.every((w) => /^(?:\p{Lu}|(?:al|el)-)/u.test(w) || NAME_PARTICLES.has(w))) {
      const title = bareWord(words[i - 1]!);
      name = ROYAL_TITLES.has(title) && nameWords(rest.join(' ')).length === 1 ? words.slice(i - 1).join(' ') : rest.join(' ');
    }
  }
  return { name: name.trim() || tidy(text), gender };
}

/**
 * The key names are compared by: case, dots and punctuation ignored ("U.S." = "US", "al-Qaeda" = "Al Qaeda").
 * Remembered per name: names repeat across an article and a corpus.
 */
export const nameKey: (name: string) => string = memoize(computeKey);

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a name, generational suffixes dropped. */
export function nameWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) words.pop();
  return words;
}

/**
 * A given name the recogniser took without the royal title written right before it ("Prince" + "Charles"), with
 * the title: "Prince Charles" is a name of its own. Undefined when no such title stands before a one-word name.
 */
export function titledGivenName(before: string, name: string): { name: string; gender?: Gender } | undefined {
  if (nameWords(name).length !== 1) return undefined;
  const title = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(before)?.[1];
  if (!title || !ROYAL_TITLES.has(title.toLowerCase())) return undefined;
  return { name: `${title} ${name}`, gender: titleGender(title.toLowerCase()) };
}

/**
 * What the word written right before a one-word person name says about it: the gender of an honorific the
 * recogniser left out ("Baroness [Morgan]", "Ms [Jackson]"), or that it is a given name the recogniser left out
 * ("chief executive Gene [Kahn]": a capitalised word, not a title, an honorific, a possessive, a day or month, nor
 * the sentence's first word), in which case the surname alone is only part of the name.
 * `before` is the sentence's text up to the name.
 */
export function wordBeforeName(before: string): { gender?: Gender; givenName?: string } {
  const m = /(^|[\s\p{P}])([\p{L}][\p{L}.'\u2019-]*)[ \t]+$/u.exec(before);
  if (!m) return {};
  const word = m[2]!, bare = bareWord(word);
  if (Object.hasOwn(HONORIFIC_GENDER, bare)) return { gender: HONORIFIC_GENDER[bare] };
  const sentenceStart = before.slice(0, m.index + m[1]!.length).trim() === '';
  if (sentenceStart || !/^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*$/u.test(word) || TITLES.has(bare) || isCalendarWord(bare)) return {};
  return { givenName: word };
}

/**
 * Whether a given name written before a surname ("Cate", "K", "J.P.") can be the given name of `fullName`: the
 * same name, or initials of it ("K" for Kevin).
 */
export function givenNameFits(given: string, fullName: string): boolean {
  const full = givenNameKey(fullName);
  if (!full) return false;
  const g = nameKey(given);
  if (g === full) return true;
  // a name the recogniser took with a title before it ("Euro MP Robert Kilroy-Silk"): the word before the surname
  const words = nameWords(fullName);
  if (words.length > 2 && nameKey(words[words.length - 2]!) === g) return true;
  return /^\p{Lu}{1,2}$/u.test(given.replace(/\./g, '')) && full.startsWith(g[0]!);
}

/** True for a royal's or cleric's title with one given name ("Prince Charles", "Queen Elizabeth II"): no surname in it. */
export function isTitledGivenName(name: string): boolean {
  const words = nameWords(name);
  return words.length === 2 && ROYAL_TITLES.has(bareWord(words[0]!));
}

/**
 * The surname key of a person's name ("Matthew Miller" -> "miller"), or undefined for one-word names and for a
 * title with a given name ("Prince Charles" has no surname "Charles").
 */
export const surnameKey: (name: string) => string | undefined = memoize((name) => {
  const words = nameWords(name);
  return words.length > 1 && !isTitledGivenName(name) ? nameKey(words[words.length - 1]!) : undefined;
});

/** The given-name key of a person's full name ("Charlie Bell" -> "charlie", "Prince Charles" -> "charles"), or undefined for one word. */
export function givenNameKey(name: string): string | undefined {
  const words = nameWords(name);
  if (words.length < 2) return undefined;
  return nameKey(words[isTitledGivenName(name) ? 1 : 0]!);
}

/**
 * True when the name is one word (a surname or given name standing alone). Remembered per name: every pair of
 * names an article compares asks.
 */
export const isSingleWord: (name: string) => boolean = memoize((name) => nameWords(name).length === 1);

/** True when a word looks like an acronym: two or more capitals, maybe with digits, dots, '&' or '-'. */
export function isAcronym(word: string): boolean {
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&.-]{2,12}$/u.test(word) && !/^\d+$/.test(word);
}

/**
 * Initials of a multi-word name, small words skipped: "Human Rights Watch" -> "HRW". Remembered per name: every
 * acronym of an article is compared with every name of it.
 */
export const initials: (name: string) => string = memoize((name) => initialsOf(name, true));

/** Initials of every word of a name, small words included ("Department of Justice" -> "DOJ"). */
const allInitials: (name: string) => string = memoize((name) => initialsOf(name, false));

function initialsOf(name: string, skipSmallWords: boolean): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !(skipSmallWords && ACRONYM_STOPWORDS.has(w.toLowerCase())))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * Whether `acronym` abbreviates `name`: its letters are the name's initials, with or without the
 * small words ("Federal Bureau of Investigation" -> FBI; "Department of Justice" -> DOJ).
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}\d]/gu, '').toUpperCase();
  if (letters.length < 2 || isSingleWord(name)) return false;
  if (initials(name) === letters) return true;
  return allInitials(name) === letters;
}

/** A name without its letters' marks, in lower case ("Bogotá" -> "bogota"), for comparing spellings. */
function unmarked(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The label as the article writes it: a gazetteer's name with letters outside English's alphabet ("Türkiye", "Bogotá")
 * that no mention writes gives way to a name the mentions do write for it: the same letters without their marks
 * ("Bogota"), or another name of the same country ("Turkey"); the one written most often, then the first in order.
 * Why: readers and queries look an entity up by the name their news uses.
 */
export function writtenLabel(label: string, written: readonly string[]): string {
  if (!/[^\u0000-\u007f]/.test(label) || written.includes(label)) return label;
  const plain = unmarked(label);
  const country = lookupCountry(label);
  const count = new Map<string, number>();
  for (const w of written) {
    if (!w || /[^\u0000-\u007f]/.test(w)) continue;
    const same = unmarked(w) === plain || (!!country && lookupCountry(w) === country);
    if (same) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? label;
}
