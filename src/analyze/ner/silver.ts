// Silver entity labels for web text: the proper-noun runs of UD English-EWT train, typed by a recogniser trained on news, types agreed within each document.
import { spansToBio, type ConlluSentence, type TagSpan } from '../corpus/index.js';
import type { LabelledSentence } from './train-model.js';

/** Entity spans a recogniser finds in a sentence of words (token spans, end exclusive). */
export type FindEntities = (words: string[]) => ReadonlyArray<TagSpan>;

// Month and day names are proper nouns in UD but never names of people, organisations or places.
const CALENDAR = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun').split(' ').flatMap((w) => [w, `${w}.`]),
);

interface Run { start: number; end: number }

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
export function silverLabels(sentences: readonly ConlluSentence[], find: FindEntities): LabelledSentence[] {
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
      // Other words at the edges stay outside, except a capitalised "The" the recogniser took as part of the name ("The Hague").
      while (runOf[start]! < 0 && !(start === e.start && words[start] === 'The')) start++;
      while (runOf[end - 1]! < 0) end--;
      candidates.push({ start, end, type: e.type, length: e.end - e.start });
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
    return { doc: documentOf(sentence), words, runs, taken, spans };
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
      const type = free ? winner(nameKey(it.doc, it.words, r)) : undefined;
      if (type) spans.push({ start: r.start, end: r.end, type });
    }
    spans.sort((a, b) => a.start - b.start);
    return { words: it.words, labels: spansToBio(it.words.length, spans) };
  });
}
