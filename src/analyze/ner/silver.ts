// Silver entity labels for web text: the proper-noun runs of UD English-EWT train, typed by a recogniser trained on news, types agreed within each document.
import { spansToBio, type ConlluSentence, type TagSpan } from '../corpus/index.js';
import { COMPANY_HEADS, FACILITY_HEADS, GOVERNMENT_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, titleLength } from '../gazetteer/index.js';
import { isAddressLike, isCompanyName, placeCategories, wordCues } from './gazetteer-features.js';
import type { LabelledSentence } from './train-model.js';

/** Entity spans a recogniser finds in a sentence of words (token spans, end exclusive). */
export type FindEntities = (words: string[]) => ReadonlyArray<TagSpan>;

// Month and day names are proper nouns in UD but never names of people, organisations or places.
const CALENDAR = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun').split(' ').flatMap((w) => [w, `${w}.`]),
);

interface Run { start: number; end: number }

/** Which of the convention rules `silverLabels` applies (all by default; switched off one by one to measure them). */
export interface SilverOptions {
  /** A person's title or honorific before the name is not part of it ("President [Bush]", "Dr. [Dorn]"). */
  titles?: boolean;
  /** Web and e-mail addresses, file names and newsgroup paths are no names, though the treebank tags them PROPN. */
  addresses?: boolean;
  /** A name the gazetteers know as a company, or as a place, is not a person (a 1996 news model reads "Google" as one). */
  gazetteers?: boolean;
  /** A possessive name standing alone is a shop or restaurant, and the 's belongs to it ("dinner at [Del Frisco 's] ."). */
  possessives?: boolean;
  /** Capitalised words at a name's edges that the first model included stay in, though not tagged PROPN ("[European Union]"). */
  capitalisedEdges?: boolean;
  /**
   * The last word of a name types it where it is a head: an organisation's ("Carr Futures Inc.", "Law Offices") makes
   * a person reading ORG; a facility's or place's ("Civic Center", "Sand Hill Park") makes a person or organisation
   * reading LOC, as Universal NER types buildings and facilities.
   */
  heads?: boolean;
}

const CAPITALISED = /^\p{Lu}/u;

/** Honorifics the title gazetteer leaves out: plural and abbreviated ones of web text. */
const EXTRA_HONORIFICS = new Set(['drs', 'drs.', 'pm', 'messrs', 'messrs.']);

/** Words after a possessive that show it stands alone (the thing possessed left out): punctuation, a clause going on. */
const ALONE_AFTER = new Set(['PUNCT', 'AUX', 'ADP', 'SCONJ']);
/** Punctuation after which a possessive still has its noun to come ("Al Qaeda 's \" Chemical Wire \"", "FBI 's ( former ) ..."). */
const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '#', '-', '--']);

/** The possessive ('s, s, ') at `i`, with what follows showing the name stands alone: "at Max 's ." */
function possessiveAlone(words: ConlluSentence['words'], i: number): boolean {
  const w = words[i];
  if (!w || w.xpos !== 'POS') return false;
  const next = words[i + 1];
  if (!next) return true;
  return ALONE_AFTER.has(next.upos) && !OPENING.has(next.form);
}

/** How many words open a person span as a title or honorific ("President", "Prime Minister", "Dr."), leaving at least one word. */
function titleWords(words: readonly string[], start: number, end: number): number {
  let at = start;
  for (;;) {
    const n = EXTRA_HONORIFICS.has(words[at]!.toLowerCase()) ? 1 : titleLength(words, at);
    if (n === 0 || at + n >= end) return at - start;
    at += n;
  }
}

/** The type a name's last word gives it as a head (see SilverOptions.heads), else `type`. */
function headType(last: string, type: string): string {
  const org = ORGANIZATION_HEADS.has(last) || COMPANY_HEADS.has(last) || GOVERNMENT_HEADS.has(last);
  if ((FACILITY_HEADS.has(last) || LOCATION_HEADS.has(last)) && !(org && type === 'ORG')) return 'LOC';
  if (org && type === 'PER') return 'ORG';
  return type;
}

/** The type the gazetteers give a whole name, where they overrule a person reading: a known company or place that is no given name. */
function gazetteerType(words: readonly string[]): string | undefined {
  if (words.some((w) => wordCues(w).includes('first'))) return undefined;
  if (isCompanyName(words.join(' '))) return 'ORG';
  if (placeCategories(words).length) return 'LOC';
  return undefined;
}

/**
 * Maximal runs of proper nouns (UPOS PROPN, calendar words left out), joined across a hyphen
 * between two of them: EWT splits "al-Qaida" into al - Qaida, which is one name.
 */
export function properNounRuns(sentence: ConlluSentence): { runs: Run[]; runOf: number[] } {
  const words = sentence.words;
  const runOf = new Array<number>(words.length).fill(-1);
  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.upos !== 'PROPN' || CALENDAR.has(words[i]!.form.toLowerCase())) continue;
    if (i > 0 && runOf[i - 1]! >= 0) {
      runOf[i] = runOf[i - 1]!;
    } else if (i > 1 && runOf[i - 2]! >= 0 && words[i - 1]!.form === '-') {
      runOf[i] = runOf[i - 1] = runOf[i - 2]!;
    } else {
      runOf[i] = runs.length;
      runs.push({ start: i, end: i });
    }
    runs[runOf[i]!]!.end = i + 1;
  }
  return { runs, runOf };
}

/** The document a sentence belongs to: its sent_id without the sentence number ("email-enronsent01_01-0003" -> "email-enronsent01_01"). */
function documentOf(sentence: ConlluSentence): string {
  return sentence.sentId.replace(/-\d+$/, '');
}

/**
 * Silver BIO labels for treebank sentences. The recogniser's spans (MISC left out: Universal NER
 * has no such type) are kept where they touch a proper noun and are stretched to the whole
 * proper-noun run they touch, so name boundaries follow the treebank ("al - Qaida", "Wahhab al -
 * Janabi"); spans with no proper noun in them are dropped (web text capitalises common words).
 * A name then takes the type it gets most often in its document, and a proper-noun run the
 * recogniser missed takes the type the same name has elsewhere in the document, or stays O.
 */
export function silverLabels(sentences: readonly ConlluSentence[], find: FindEntities, options: SilverOptions = {}): LabelledSentence[] {
  const rules = { titles: true, addresses: true, gazetteers: true, possessives: true, capitalisedEdges: true, heads: true, ...options };
  const items = sentences.map((sentence) => {
    const words = sentence.words.map((w) => w.form);
    const { runs, runOf } = properNounRuns(sentence);
    const candidates: Array<TagSpan & { length: number }> = [];
    for (const e of find(words)) {
      if (e.type === 'MISC') continue;
      let start = e.start, end = e.end, touches = false;
      for (let i = e.start; i < e.end; i++) {
        const r = runOf[i]!;
        if (r < 0) continue;
        touches = true;
        start = Math.min(start, runs[r]!.start);
        end = Math.max(end, runs[r]!.end);
      }
      if (!touches) continue;
      // Other words at the edges stay outside, except capitalised words the recogniser took as part of the name: "The Hague",
      // and the adjectives the treebank does not tag PROPN ("European Union", "International Atomic Energy Agency").
      const kept = (i: number) => i >= e.start && i < e.end && (rules.capitalisedEdges ? CAPITALISED.test(words[i]!) : i === e.start && words[i] === 'The');
      while (runOf[start]! < 0 && !kept(start)) start++;
      while (runOf[end - 1]! < 0 && !kept(end - 1)) end--;
      if (rules.titles && e.type === 'PER') start += titleWords(words, start, end);
      if (rules.addresses && words.slice(start, end).some(isAddressLike)) continue;
      let type: string = e.type;
      if (rules.gazetteers && type === 'PER') type = gazetteerType(words.slice(start, end)) ?? type;
      // A known company read as a place ("at Enron"), unless the place gazetteers know the name too.
      if (rules.gazetteers && type === 'LOC' && gazetteerType(words.slice(start, end)) === 'ORG' && !placeCategories(words.slice(start, end)).length) type = 'ORG';
      if (rules.heads && end - start > 1) type = headType(words[end - 1]!, type);
      candidates.push({ start, end, type, length: e.end - e.start });
    }
    // Where stretched spans overlap, the one the recogniser found longer wins.
    candidates.sort((a, b) => b.length - a.length || a.start - b.start);
    const taken = new Array<boolean>(words.length).fill(false);
    const spans: TagSpan[] = [];
    for (const c of candidates) {
      let free = true;
      for (let i = c.start; i < c.end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = c.start; i < c.end; i++) taken[i] = true;
      spans.push({ start: c.start, end: c.end, type: c.type });
    }
    return { sentence, doc: documentOf(sentence), words, runs, taken, spans };
  });

  // Votes per document and name (lowercased words).
  const votes = new Map<string, Map<string, number>>();
  const nameKey = (doc: string, words: string[], s: Run) => `${doc}\u0001${words.slice(s.start, s.end).join(' ').toLowerCase()}`;
  for (const it of items) {
    for (const s of it.spans) {
      const k = nameKey(it.doc, it.words, s);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = new Map()));
      v.set(s.type, (v.get(s.type) ?? 0) + 1);
    }
  }
  // Most votes wins; a tie goes to the type the name had first in the document (sort is stable).
  const winner = (k: string): string | undefined => {
    const v = votes.get(k);
    if (!v) return undefined;
    return [...v].sort((a, b) => b[1] - a[1])[0]![0];
  };
  return items.map((it) => {
    const spans = it.spans.map((s) => ({ ...s, type: winner(nameKey(it.doc, it.words, s)) ?? s.type }));
    for (const r of it.runs) {
      let free = true;
      for (let i = r.start; i < r.end; i++) if (it.taken[i]) free = false;
      if (!free) continue;
      const name = it.words.slice(r.start, r.end);
      if (rules.addresses && name.some(isAddressLike)) continue;
      // A run the first model missed: the type its name has elsewhere in the document, else a known company's.
      const type = winner(nameKey(it.doc, it.words, r)) ?? (rules.gazetteers && isCompanyName(name.join(' ')) ? 'ORG' : undefined);
      if (type) spans.push({ start: r.start, end: r.end, type });
      else if (rules.possessives && possessiveAlone(it.sentence.words, r.end)) spans.push({ start: r.start, end: r.end, type: 'LOC' });
    }
    if (rules.possessives) {
      // A name standing alone in the possessive names a shop or restaurant: the place, 's included.
      for (const s of spans) {
        if (!possessiveAlone(it.sentence.words, s.end) || spans.some((o) => o.start === s.end)) continue;
        s.end++;
        s.type = 'LOC';
      }
    }
    spans.sort((a, b) => a.start - b.start);
    return { words: it.words, labels: spansToBio(it.words.length, spans), doc: it.doc };
  });
}
