// Trims a name span to the name itself: no article, title, role or possessive ("the Foreign Secretary Jack Straw's" -> "Jack Straw").
import type { Token } from '../analysis.js';
import { POST_NOMINALS, demonymCountry, isFirstName, isHonorific, lookupCountry, spellsRole, titleLength } from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';
import { withoutDescriptions } from './descriptions.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const TRAILING_NON_NAME = new Set(['AUX', 'VERB', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'ADV']);
const ARTICLES = new Set(['the', 'The', 'THE', 'a', 'A', 'an', 'An']);

/** The candidate trimmed, or undefined when nothing of a name is left; `words` are the tokens' texts, when the caller has them. */
export function clean(candidate: Candidate, tokens: readonly Token[], words: readonly string[] = tokens.map((t) => t.text)): Candidate | undefined {
  let { start, end } = candidate;
  const trimEdges = () => {
    while (start < end && (ARTICLES.has(words[start]!) || (EDGE_PUNCTUATION.test(words[start]!) && words[start] !== '-'))) start++;
    while (end > start && (POSSESSIVE.has(words[end - 1]!) || EDGE_PUNCTUATION.test(words[end - 1]!))) end--;
  };
  trimEdges();
  // Nor on a lower-case verb or function word the recogniser ran into ("Telecom has"): names end on a name word.
  while (end - start > 1 && /^[a-z]+$/.test(words[end - 1]!) && TRAILING_NON_NAME.has(tokens[end - 1]!.upos)) end--;
  // A name does not end on an honorific ("US Army Col." before "Myles Caggins"), nor on a title after proper nouns only
  // ("Harbour West MP", "Tory MP": the seat or party the title is of). Not a person's ("Mervyn King"); with "of" or "the"
  // among the words before it the title is part of a body's name ("Office of the Press Secretary"), and after an adjective
  // it is a title of its own ("Public Prosecutor").
  while (end - start > 1 && isHonorific(words[end - 1]!)) end--;
  for (let k = start + 1; k < end && candidate.type !== 'Person'; k++) {
    if (!/^\p{Lu}/u.test(words[k - 1]!) || tokens[k - 1]!.upos !== 'PROPN' || isHonorific(words[k - 1]!) || isFirstName(words[k - 1]!)) break;
    if (titleLength(words, k, end) === end - k) {
      end = k;
      break;
    }
  }
  // "Lord Goldsmith", "Mr Hockney": whatever the recogniser said, an honorific opens a person's name.
  let type = candidate.type;
  let described: { start: number; end: number } | undefined;
  if (end - start > 1 && isHonorific(words[start]!)) type = 'Person';
  // "Tory Treasurer Lord Ashcroft", "Bank Governor Sir Ed Hall" read as one organisation: an honorific inside, with the
  // rest capitalised, opens a person's name; the words before it are the title and what it is of (cut below)
  else if (type !== 'Person' && (honorificInside(words, start, end) || roleInside(words, start, end))) type = 'Person';
  // A title alone ("the Attorney General", "Mr") is a role, not a name.
  if (spellsRole(words, start, end) || (end - start === 1 && isHonorific(words[start]!))) return undefined;
  if (type === 'Person') {
    while (end - start > 1 && POST_NOMINALS.has(words[end - 1]!)) end--;
    // "UK Foreign Secretary Jack Straw", "Russian Ambassador Anatoly Antonov", "President Putin": keep the name.
    for (;;) {
      const before = start;
      if (end - start > 1 && (lookupCountry(words[start]!) || demonymCountry(words[start]!))) start++;
      const title = titleLength(words, start, end - 1);
      if (title > 0) start += title;
      trimEdges();
      if (start === before) break;
    }
    // "Tory MP Boris Johnson", "Labour Party chairman Ana Reis": a party or organisation word before the title belongs to the
    // title's description, not the name; a full name (two words at least, or a given name the rest of the name may follow) must
    // be left after it
    for (let k = start + 1; k < end - 1; k++) {
      const title = titleLength(words, k, end - 1);
      // (not a title whose words run on into another: "Police Chief Constable" is "Police" and "Chief Constable")
      if (title > 0 && titleLength(words, k + title, end - 1) > 0 && !isHonorific(words[k + title]!)) continue;
      if (title > 0 && (end - (k + title) >= 2 || (k + title < end && isFirstName(words[k + title]!))) && words.slice(start, k).every((w) => /^\p{Lu}/u.test(w))) {
        described = { start, end: k };
        start = k + title;
        // "Tory Treasurer Lord Ashcroft": an honorific after the title goes as one before the name does
        if (end - start > 1 && isHonorific(words[start]!)) start++;
        break;
      }
    }
  }
  // "singer Jo Bell", "Scrubs star Jo Bell", "the ISIL terror group": lower-case descriptions are no part of a name the
  // gazetteer does not know; a full name left after one cut before it is a person's
  if (!candidate.canonical) {
    const bare = withoutDescriptions(words, tokens, start, end);
    if (bare.start !== start || bare.end !== end) {
      ({ start, end } = bare);
      trimEdges();
      if (bare.described && type !== 'Person' && end - start >= 2 && isFirstName(words[start]!)) type = 'Person';
    }
  }
  end = withHyphenSuffix(tokens, end, type === 'Person');
  if (start >= end) return undefined;
  // "French Interior Minister Ann Lee", "Former Cabinet minister Tom Hale": words that open a title running past the span
  // are the title's, no organisation's name
  if (type !== 'Person' && !candidate.canonical && titleLength(words, start) > end - start) return undefined;
  // The same object as `{ ...candidate, type, start, end, ...(described ? { describedBy: described } : {}) }`, without
  // the second spread (a runtime call for every candidate, the costliest line of the mention finder).
  const trimmed: Candidate = { ...candidate, type, start, end };
  if (described) trimmed.describedBy = described;
  return trimmed;
}

/** Whether a word after the first and before the last of [start, end) is an honorific with only capitalised words after it. */
function honorificInside(words: readonly string[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    if (isHonorific(words[k]!) && /^\p{Lu}/u.test(words[k]!)) return words.slice(k + 1, end).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isHonorific(w));
  }
  return false;
}

/**
 * Whether a lower-case role title inside [start, end) is followed by a person's name to the end ("Newcastle boss Graeme
 * Souness" read as one organisation): a given name then capitalised words, or two capitalised words at least.
 */
function roleInside(words: readonly string[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    // "Tory MP Boris Johnson", "Zenta Police Chief Constable Ana Reis": a capitalised title is a person's only where a
    // given name follows it, the rest capitalised
    if (!/^\p{Ll}/u.test(words[k]!)) {
      const title = titleLength(words, k, end - 1);
      const rest = words.slice(k + title, end);
      if (title > 0 && rest.length >= 2 && isFirstName(rest[0]!) && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return true;
      continue;
    }
    const title = titleLength(words, k, end - 1);
    if (title === 0) return false;
    const rest = words.slice(k + title, end);
    return rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && (rest.length >= 2 || isFirstName(rest[0]!));
  }
  return false;
}

/**
 * Extends a name over a hyphenated part written against it: a short code ("ISIS-K", "Group-IB", "F-16"),
 * or for a person any capitalised part ("Kilroy-Silk"). The tokenizer splits hyphens; names keep them.
 */
export function withHyphenSuffix(tokens: readonly Token[], end: number, person = false): number {
  const hyphen = tokens[end];
  const suffix = tokens[end + 1];
  if (hyphen?.text !== '-' || !suffix || tokens[end - 1]!.end !== hyphen.start || hyphen.end !== suffix.start) return end;
  if (/^[\p{Lu}\d][\p{Lu}\d]{0,2}$/u.test(suffix.text) || (person && /^\p{Lu}\p{Ll}/u.test(suffix.text))) return end + 2;
  return end;
}
