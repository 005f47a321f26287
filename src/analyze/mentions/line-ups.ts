// Sports line-ups ("J Smith (Bath), T Jones (Leeds), ...", "Subs: Hart, Mills, Ode, ..."): lists of players where every
// item is a name, which the recogniser, reading one short item at a time, types as towns or firms or leaves out.
import type { Mention } from '../analysis.js';
import { NAME_PARTICLES } from '../gazetteer/index.js';
import { isCapitalWord, overlaps, type Candidate } from './candidate.js';

const SEPARATORS = new Set([',', ';', ':']);
// A line-up has at least this many player names, and nearly every item of the list is one.
const MIN_NAMES = 5;
const NAME_SHARE = 0.8;
// Evidence it is people being listed: items written "J Smith", or the recogniser's own spans, mostly persons.
const PERSON_SHARE = 0.6;
const CONFIDENCE = 0.7;

interface Item {
  /** The player's name, token span. */
  name: { start: number; end: number };
  /** Capitalised words in brackets after it: the club or country the player plays for. */
  team?: { start: number; end: number };
  initial: boolean;
}

/** A single capital letter, with or without its dot ("J", "J."). */
function isInitial(word: string): boolean {
  return /^[A-Z]\.?$/.test(word);
}

function isNameWord(word: string): boolean {
  // two initials written together open a name too ("CA del Fava")
  return (isCapitalWord(word) && /[a-z]/.test(word)) || isInitial(word) || /^[A-Z]{2}$/.test(word) || NAME_PARTICLES.has(word) || /^[A-Z][a-z]*['’-][A-Z]/.test(word);
}

/** Reads one list item (words between separators); undefined when it is not a name with an optional bracket after it. */
function readItem(words: readonly string[], start: number, end: number): Item | undefined {
  let nameEnd = end;
  let team: Item['team'];
  const open = words.indexOf('(', start);
  if (open >= start && open < end) {
    if (words[end - 1] !== ')' || open === start) return undefined;
    nameEnd = open;
    // "(Bath)" is a team, "(capt)" or "(42 mins)" is not
    const inner = { start: open + 1, end: end - 1 };
    if (inner.end > inner.start && words.slice(inner.start, inner.end).every((w) => isCapitalWord(w) && /[a-z]/.test(w))) team = inner;
  }
  const len = nameEnd - start;
  if (len < 1 || len > 4) return undefined;
  for (let i = start; i < nameEnd; i++) if (!isNameWord(words[i]!)) return undefined;
  // a name starts and ends with a capitalised word, and is not initials alone
  if (!isCapitalWord(words[start]!) || !isCapitalWord(words[nameEnd - 1]!) || isInitial(words[nameEnd - 1]!)) return undefined;
  return { name: { start, end: nameEnd }, team, initial: isInitial(words[start]!) };
}

/**
 * Finds a line-up in the sentence and returns the mentions with each listed player a Person (initial included) and each
 * bracketed team an Organization; any other sentence's mentions are returned unchanged.
 */
export function markLineUps(words: readonly string[], mentions: Candidate[]): Candidate[] {
  // Split at separators; an item before a colon is the list's label ("Subs", "Italy"), not a player.
  const items: Item[] = [];
  let others = 0;
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    if (i < words.length && !SEPARATORS.has(w!) && w !== '.') continue;
    if (i > start && w !== ':') {
      const item = readItem(words, start, i);
      if (item) items.push(item);
      else others++;
    }
    start = i + 1;
  }
  if (items.length < MIN_NAMES || items.length < NAME_SHARE * (items.length + others)) return mentions;
  return markedLineUp(items, mentions);
}

/**
 * The mentions with the listed items as players, when they look like people; else unchanged. Why a function of its own:
 * the scan above runs on every sentence and this on a few, so the scan compiles small and is not compiled again when the
 * first list of names arrives.
 */
function markedLineUp(items: readonly Item[], mentions: Candidate[]): Candidate[] {
  const withInitial = items.filter((it) => it.initial).length;
  const spanned = mentions.filter((m) => items.some((it) => overlaps(m, it.name)));
  const persons = spanned.filter((m) => m.type === 'Person').length;
  if (withInitial < PERSON_SHARE * items.length && (spanned.length === 0 || persons < PERSON_SHARE * spanned.length)) return mentions;
  const added: Candidate[] = [];
  for (const it of items) {
    added.push({ ...it.name, type: 'Person', source: 'rule', confidence: CONFIDENCE });
    if (it.team) {
      const known = mentions.find((m) => m.start === it.team!.start && m.end === it.team!.end);
      added.push({ ...it.team, type: 'Organization', source: known?.source ?? 'rule', confidence: known?.confidence ?? CONFIDENCE, articleWide: true });
    }
  }
  const kept = mentions.filter((m) => !added.some((a) => overlaps(a, m)));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "P Montgomery" in a line-up is the "Percy Montgomery" the report names in full: an initial and a surname take as
 * their canonical name the one full name of the article with that surname and a given name of that initial (none
 * when two fit), so that the initialled player and the bare surname elsewhere are found to be the same person.
 */
export function expandInitials(mentions: Mention[]): void {
  const fullNames = mentions.filter((m) => m.type === 'Person' && m.tokenEnd - m.tokenStart > 1 && !isInitial(m.text.split(/\s+/)[0]!));
  for (const m of mentions) {
    if (m.type !== 'Person' || m.canonical) continue;
    const [first, ...rest] = m.text.split(/\s+/);
    if (rest.length === 0 || !isInitial(first!)) continue;
    const surname = rest.join(' ');
    const fits = new Set<string>();
    for (const f of fullNames) {
      const [given, ...fRest] = f.text.split(/\s+/);
      if (fRest.join(' ') === surname && given![0] === first![0]) fits.add(f.canonical ?? f.text);
    }
    if (fits.size === 1) m.canonical = [...fits][0]!;
  }
}
