// Two names the recogniser ran into one span over "and" ("Apple and Microsoft", "Merrill Lynch and Credit Suisse"),
// split back into two, while names that hold "and" themselves ("Securities and Exchange Commission", "Institute of
// Economic and Social Research", "Trinidad and Tobago") stay whole.
import { COMPANY_HEADS, FACILITY_HEADS, GOVERNMENT_HEADS, ORGANIZATION_HEADS, STATE_QUALIFIED_HEADS, demonymCountry, lookupCountry } from '../gazetteer/index.js';
import { isCapitalWord, type Candidate } from './candidate.js';

// Last words that end an organisation's name: a name before "and" that ends in one is complete ("United Bank").
const HEADS = new Set([...COMPANY_HEADS, ...ORGANIZATION_HEADS, ...GOVERNMENT_HEADS, ...FACILITY_HEADS, ...STATE_QUALIFIED_HEADS, 'Act', 'Party']);
// Words that carry a name on past them: an "and" after one joins parts of the one name ("School of Speech and Drama").
const CONTINUES = new Set(['of', 'for']);
// Types whose spans may be two names joined; the gazetteer's places and bodies are whole names.
const SPLIT_TYPES = new Set(['Organization', 'Company', 'Misc', 'Location', 'Person', 'GovernmentBody']);

/** A head word, also written with a full stop after it ("LLC."). */
function isHead(word: string): boolean {
  return HEADS.has(word) || (word.endsWith('.') && HEADS.has(word.slice(0, -1)));
}

/** Whether a head word stands on both sides of the "and": two names of one kind ("Bank of X and Royal Bank of Y"). */
function sameHead(before: readonly string[], after: readonly string[]): boolean {
  return after.some((w) => isHead(w) && before.includes(w));
}

/**
 * Where to split `c` (the index of its "and"), or -1 to keep it whole: split when the words before it are a name ending
 * in a head word, or when a head word of the words after it stands among the words before it too (two names of one
 * kind: "Bank of Lagos and First Coastal Bank", "Bank of Lagos and Royal Bank of Accra"); else kept when the name is the
 * gazetteer's, when "of" or "for" stands before the "and", or when the words after it are words before a head word that
 * the words before it share ("Public and Commercial Services Union"). A head word alone after "and" is shared by nothing ("Army and Navy"), and
 * neither is one after the last item of a list of names of the same kind ("Fox Corporation, Viacom and Paramount
 * Pictures": `listed`).
 */
function splitPoint(words: readonly string[], c: Candidate, listed: boolean): number {
  if (c.canonical || !SPLIT_TYPES.has(c.type)) return -1;
  const and = words.slice(c.start, c.end).indexOf('and');
  if (and <= 0) return -1;
  const at = c.start + and;
  if (at + 1 >= c.end || !isCapitalWord(words[at - 1]!) || !isCapitalWord(words[at + 1]!)) return -1;
  // a head word after other words ends a name ("United Bank"); alone, or after a country ("US Securities and ..."), it is
  // a word of the one name
  const first = words[c.start]!;
  if (at - c.start >= 2 && isHead(words[at - 1]!) && !lookupCountry(first) && !demonymCountry(first)) return at;
  const last = words[c.end - 1]!;
  const shared = isHead(last) && c.end - at > 2;
  if (at - c.start >= 2 && c.end - at > 2 && sameHead(words.slice(c.start, at), words.slice(at + 1, c.end))) return at;
  for (let k = c.start; k < at; k++) if (CONTINUES.has(words[k]!)) return -1;
  // a head word before "and" is a word of the one name even in a list ("the FBI, Securities and Exchange Commission")
  return shared && (!listed || isHead(words[at - 1]!)) ? -1 : at;
}

/**
 * Whether `c` is the last item of a list of names of one kind: a comma before it, and before the comma a candidate of
 * the same type ("Fox Corporation, Viacom and ...").
 */
function lastOfList(candidates: readonly Candidate[], words: readonly string[], c: Candidate): boolean {
  return words[c.start - 1] === ',' && candidates.some((o) => o !== c && o.end === c.start - 1 && o.type === c.type);
}

/**
 * The candidates with each span of two names joined by "and" split in two; each part takes what the gazetteer knows
 * of its words (`restore`), else the type of the whole.
 */
export function splitConjoined(candidates: Candidate[], words: readonly string[], restore: (start: number, end: number) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const at = splitPoint(words, c, lastOfList(candidates, words, c));
    if (at < 0) {
      out.push(c);
      continue;
    }
    for (const [start, end] of [[c.start, at], [at + 1, c.end]] as const) {
      out.push(restore(start, end) ?? { start, end, type: c.type, source: c.source, confidence: c.confidence });
    }
  }
  return out;
}
