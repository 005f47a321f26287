// What a sports report writes around a player's name: the country ("Serbia's Ana Reis", "Hungarian Ana Reis", "Ana Reis
// of Chile", "Ana Reis (Chile)", "the Swede"), the age ("the 23-year-old Ana Reis", "Ana Reis, 23,"), the seeding ("third
// seed Ana Reis", "Ana Reis, the top seed,") and the ranking ("world number 64 Ana Reis", "Ana Reis, the world number 64,").
// These are read from the words around a person's mention, not from the parse: the phrases are formulaic and short, and
// the parser often hangs "fifth seed" or "Serbia's" on the wrong word.
import type { Mention } from '../../analyze/analysis.js';
import { demonymCountry, lookupCountry } from '../../analyze/gazetteer/index.js';
import { wordTable } from '../../util/word-table.js';
import type { Argument, Candidate, EntityArgument } from '../candidate.js';
import { stringLiteral } from './clauses.js';
import { argumentFor, entityFromMention, type Context } from '../arguments.js';
import { isApostropheS } from '../../analyze/mentions/candidate.js';
import { lower, type SentenceView } from '../sentence-view.js';
import { personCompetes } from '../roles/competition.js';
import { isVagueNumber, numberValue } from '../quantities.js';

export const NAME = 'sport-players';

/** Nouns for a person of a nation that the gazetteer's demonyms (adjectives, mostly) leave out. */
const NATIONAL_NOUNS: Readonly<Record<string, string>> = wordTable({
  swede: 'Sweden', dane: 'Denmark', finn: 'Finland', pole: 'Poland', serb: 'Serbia', croat: 'Croatia', turk: 'Turkey',
  spaniard: 'Spain', scot: 'Scotland', scotsman: 'Scotland', scotswoman: 'Scotland', frenchman: 'France',
  frenchwoman: 'France', englishman: 'England', englishwoman: 'England', irishman: 'Ireland', irishwoman: 'Ireland',
  welshman: 'Wales', welshwoman: 'Wales', dutchman: 'Netherlands', dutchwoman: 'Netherlands', briton: 'United Kingdom',
});

/** Ordinals written as words, for seedings ("fifth seed") and rankings ("world number three"). */
const ORDINALS = new Set(['top', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth']);

const isOrdinal = (w: string): boolean => ORDINALS.has(w) || /^\d{1,3}(?:st|nd|rd|th)$/.test(w);
/** A rank's number, in digits or in words ("world number 37", "No two seed"; quantities.ts's words for numbers, not "dozens"). */
const isRankNumber = (w: string): boolean => /^\d{1,4}$/.test(w) || /^[a-z]+$/.test(w) && numberValue(w) !== undefined && !isVagueNumber(w);

/** The country a word names as a person's nation ("Hungarian", "Swede", "Swiss"), if it is one. */
function nationOf(word: string): string | undefined {
  return NATIONAL_NOUNS[word.toLowerCase()] ?? demonymCountry(word)?.name;
}


function countryArg(v: SentenceView, from: number, to: number, name: string): EntityArgument {
  const start = v.tokens[from]!.start, end = v.tokens[to]!.end;
  return { kind: 'entity', text: v.analysis.document.text.slice(start, end), start, end, type: 'Country', canonical: name };
}

/**
 * A person's mention starting at token `k`, if one does; or a surname the recogniser left unnamed ("Reis, the world
 * number 37,") that a person named earlier in the article ends with: that person, as a mention of the one word.
 */
function personOrSurnameAt(v: SentenceView, k: number): Mention | undefined {
  const m = v.mentionAt[k];
  if (m) return m.type === 'Person' && m.tokenStart === k ? m : undefined;
  const t = v.tokens[k]!;
  if (t.upos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || v.tokens[k + 1]?.upos === 'PROPN' || v.tokens[k - 1]?.upos === 'PROPN') return undefined;
  const named = v.analysis.mentions.find((x) => x.type === 'Person' && x.start < t.start && x.tokenEnd - x.tokenStart > 1 && x.text.endsWith(` ${t.text}`));
  if (!named) return undefined;
  return { start: t.start, end: t.end, text: t.text, type: 'Person', canonical: named.canonical ?? named.text, sentence: v.sentence.index, tokenStart: k, tokenEnd: k + 1, source: 'rule', confidence: 0.5 };
}

/**
 * The tokens of the seeding or ranking phrase that ends right before token `k`, as its words ("fifth seed", "32nd seed",
 * "top seed", "world number 37", "world No 1"): [first token, text], or undefined.
 */
function titleBefore(v: SentenceView, k: number): { first: number; kind: 'seed' | 'rank'; text: string } | undefined {
  const w = (i: number): string => (i >= 0 && i < v.tokens.length ? lower(v.tokens[i]!) : '');
  // "fifth seed", "eighth-seed", "second-seeded"
  if ((w(k - 1) === 'seed' || w(k - 1) === 'seeded') && w(k - 2) === '-' && isOrdinal(w(k - 3))) return { first: k - 3, kind: 'seed', text: `${w(k - 3)} seed` };
  if (w(k - 1) === 'seed' && isOrdinal(w(k - 2))) return { first: k - 2, kind: 'seed', text: `${w(k - 2)} seed` };
  // "No 2 seed", "number two seed"
  if (w(k - 1) === 'seed' && isRankNumber(w(k - 2)) && ['no', 'no.', 'number'].includes(w(k - 3))) return { first: k - 3, kind: 'seed', text: `number ${w(k - 2)} seed` };
  // "world number 37", "world No 1", "world no. 3"
  if (isRankNumber(w(k - 1)) && ['number', 'no', 'no.'].includes(w(k - 2)) && w(k - 3) === 'world') return { first: k - 3, kind: 'rank', text: `world number ${w(k - 1)}` };
  return undefined;
}

/** The age an "N-year-old" ending at token `k` gives ("20 - year - old"), if it is one. */
function ageEndingAt(v: SentenceView, k: number): string | undefined {
  const w = (i: number): string => (i >= 0 ? lower(v.tokens[i]!) : '');
  if (w(k) !== 'old') return undefined;
  const n = w(k - 1) === '-' ? (w(k - 2) === 'year' && w(k - 3) === '-' ? k - 4 : -1) : (w(k - 1) === 'year' ? k - 2 : -1);
  return n >= 0 && /^\d{1,2}$/.test(w(n)) ? w(n) : undefined;
}

export function sentencePlayers(ctx: Context, v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const emit = (subject: Argument, predicate: string, label: string, object: Argument, confidence: number): void => {
    out.push({ subject, predicate, predicateLabel: label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence });
  };
  const n = v.tokens.length;
  const w = (i: number): string => (i >= 0 && i < n ? lower(v.tokens[i]!) : '');
  for (let k = 0; k < n; k++) {
    const m = personOrSurnameAt(v, k);
    if (m) {
      const person = entityFromMention(m);
      const end = m.tokenEnd;
      // The nation. roles.ts reads "Chile's Ana Reis", "Peruvian Ana Reis" and "Ana Reis of Chile" for a name the
      // recogniser typed as a person's; here they are read for a surname it left unnamed ("Chile's Reis" after "Ana
      // Reis"), with what roles does not read for any name: a national
      // noun ("Swede Ana Reis"), a country in brackets ("Ana Reis (Chile)") and "from" with no comma ("Ana Reis from Chile").
      const byRoles = v.mentionAt[k]?.type === 'Person';
      const before = v.mentionAt[k - 1];
      if (k >= 2 && isApostropheS(v.tokens[k - 1]!.text)) {
        const c = v.mentionAt[k - 2];
        // (only where the person competes, as roles reads it: roles/competition.ts)
        if (!byRoles && c && c.type === 'Country' && lookupCountry(c.text) && personCompetes(v, k, end)) emit(person, 'citizenOf', 'citizen of', entityFromMention(c), 0.7);
      } else if (k >= 1 && /^\p{Lu}/u.test(v.tokens[k - 1]!.text) && (!before || before.type === 'Country' || before.type === 'Misc') && nationOf(v.tokens[k - 1]!.text)
        && (!before || before.tokenEnd === k) && !lookupCountry(v.tokens[k - 1]!.text) && (!byRoles || NATIONAL_NOUNS[lower(v.tokens[k - 1]!)])) {
        emit(person, 'citizenOf', 'citizen of', countryArg(v, k - 1, k - 1, nationOf(v.tokens[k - 1]!.text)!), 0.7);
      }
      const prep = w(end);
      const at = prep === 'of' && !byRoles || prep === 'from' || prep === '(' ? (w(end + 1) === 'the' ? end + 2 : end + 1) : -1;
      const c = at > 0 ? v.mentionAt[at] : undefined;
      if (c && c.type === 'Country' && c.tokenStart === at && lookupCountry(c.text)) {
        const next = v.tokens[c.tokenEnd];
        // ("of Serbia and Montenegro": a country joined to another names a third)
        const closes = prep === '(' ? next?.text === ')' : !next || !['NOUN', 'PROPN', 'CCONJ'].includes(next.upos) && !isApostropheS(next.text);
        if (closes) emit(person, 'citizenOf', 'citizen of', entityFromMention(c), 0.65);
      }
      // the age, seeding or ranking written before the name: "the 23-year-old Ana Reis", "third seed Ana Reis"
      const age = ageEndingAt(v, k - 1);
      if (age) emit(person, 'aged', 'aged', stringLiteral(age), 0.7);
      const title = titleBefore(v, k);
      if (title) emit(person, title.kind === 'seed' ? 'seed' : 'ranked', title.kind === 'seed' ? 'seed' : 'ranked', stringLiteral(title.text), 0.7);
      // after the name, between commas: "Ana Reis, 23," / "Ana Reis, the third seed," / "Ana Reis, the world number 64,"
      if (w(end) === ',') {
        if (/^\d{1,2}$/.test(w(end + 1)) && [',', ')', 'and', '.'].includes(w(end + 2)) && Number(w(end + 1)) >= 10) emit(person, 'aged', 'aged', stringLiteral(w(end + 1)), 0.65);
        let close = end + 1;
        while (close < n && close - end <= 6 && ![',', '.', ')', ';'].includes(w(close))) close++;
        if (close < n && close - end <= 6 && ['the', 'a'].includes(w(end + 1))) {
          const t = titleBefore(v, close);
          if (t && t.first === end + 2) emit(person, t.kind === 'seed' ? 'seed' : 'ranked', t.kind === 'seed' ? 'seed' : 'ranked', stringLiteral(t.text), 0.65);
          // "Ana Reis, the seventh seed,": the ordinal and "seed" end the phrase
        }
      }
      k = end - 1;
      continue;
    }
    // A description the article's resolver placed on a person: "the 23-year-old Chilean", "the Hungarian" -> that person's
    // age and nation
    const t = v.tokens[k]!;
    // "The 19-year-old served for the set": an age used as a noun, placed on a person
    const ageNoun = ageEndingAt(v, k);
    if (ageNoun) {
      const a = argumentFor(ctx, v, k);
      if (a && a.kind === 'entity' && a.antecedent && a.type === 'Person') emit(a, 'aged', 'aged', stringLiteral(ageNoun), 0.6);
      continue;
    }
    if (!['NOUN', 'PROPN', 'ADJ'].includes(t.upos) || !/^\p{Lu}/u.test(t.text) || !nationOf(t.text)) continue;
    // ("the Northern Irishman", "the South African": a capitalised word before it makes another nation)
    if (k > 0 && /^\p{Lu}/u.test(v.tokens[k - 1]!.text) && lower(v.tokens[k - 1]!) !== 'the') continue;
    if (v.mentionAt[k] && v.mentionAt[k]!.tokenEnd - v.mentionAt[k]!.tokenStart > 1) continue;
    const a = argumentFor(ctx, v, k);
    if (!a || a.kind !== 'entity' || !a.antecedent || a.type !== 'Person') continue;
    emit(a, 'citizenOf', 'citizen of', countryArg(v, k, k, nationOf(t.text)!), 0.6);
    const age = ageEndingAt(v, k - 1);
    if (age) emit(a, 'aged', 'aged', stringLiteral(age), 0.6);
  }
  return out;
}
