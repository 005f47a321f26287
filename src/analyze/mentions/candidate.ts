// A mention being built from one sentence: a token span with a type and what is known of it, before overlaps are settled.
import type { EntityType, Token } from '../analysis.js';

export interface Candidate {
  /** Token span within the sentence, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  source: 'ner' | 'gazetteer' | 'rule';
  confidence: number;
  canonical?: string;
  iso3166?: string;
  country?: string;
  standsFor?: string;
  /** Words before a title the name was cut from ("Tory" of "Tory MP Boris Johnson"): the organisation the title is of. */
  describedBy?: { start: number; end: number };
  /**
   * What its context made of the name holds for the article's other bare mentions of it too: a town's name read as its
   * club ("Leicester striker"), an unknown name read as an organisation's ("former X directors").
   */
  articleWide?: boolean;
  /** Its context made the name a company's ("carmaker Fiat", "Fiat shares"): the article's other bare mentions of it are too. */
  companyWide?: boolean;
  /** The type a kind's noun right before the name gave it ("rapper X", "the website X"): the article's other bare mentions of it take it too. */
  describedAs?: EntityType;
  /** Found by alphanumeric.ts on its shape alone ("U2", "G8"): the article decides whether it stays (alphanumericBodies). */
  byShape?: boolean;
}

/** The words of a sentence with what the tagger gave them. */
export interface SentenceWords {
  words: readonly string[];
  upos: readonly string[];
  lemmas: readonly string[];
  heads: readonly number[];
  deps: readonly string[];
}

/**
 * Gives a candidate another type and drops the gazetteer's reading of it (name, country code, country, what it stands
 * for): a place's name after "Mr" is a person's, a town's before "striker" its club's, a title's first word no country.
 */
export function retype(c: Candidate, type: EntityType): void {
  c.type = type;
  delete c.canonical;
  delete c.iso3166;
  delete c.country;
  delete c.standsFor;
}

/** The possessive or contracted "'s", straight or curly ("Arsenal's", "X’s"). */
export function isApostropheS(word: string): boolean {
  return word === "'s" || word === '’s';
}

// What may stand right before a word that opens a quotation or a bracket.
export const OPENING_MARK = /^["'\u201c\u2018(]$/;

/** Whether word `k` opens the sentence, a quotation or a bracket, where a capital says nothing of a name ("But", "Male"). */
export function opensSentence(words: readonly string[], k: number): boolean {
  return k === 0 || OPENING_MARK.test(words[k - 1]!);
}

/** Whether the token at `end`, right after a name, is a common noun in lower case that the name modifies ("P2P networks"). */
export function modifiesNoun(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.upos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/** Puts `c` into `marked` (sorted by start) before the first candidate that does not start before it, keeping the order. */
export function insertByStart(marked: Candidate[], c: Candidate): void {
  let at = 0;
  while (at < marked.length && marked[at]!.start < c.start) at++;
  marked.splice(at, 0, c);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Capitalised word or acronym ("Kabul", "ISIS", "U.S.", "al-Qaeda"'s "Qaeda"). */
export function isCapitalWord(word: string): boolean {
  // ASCII first letter (nearly every word): only A-Z changes under toLowerCase and not under toUpperCase.
  const ascii = word.charCodeAt(0);
  if (ascii < 128) return ascii >= 65 && ascii <= 90;
  const c = word.codePointAt(0)!;
  const first = String.fromCodePoint(c);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
