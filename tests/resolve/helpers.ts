// Builds small analyses and candidates by hand for resolve tests: text, named spans, and arguments found by their text.
import type { Analysis, EntityType, Mention, Sentence } from '../../src/analyze/analysis.js';
import type { Argument, Candidate, EntityArgument, EventArgument } from '../../src/extract/candidate.js';
import type { NewsDocument } from '../../src/ingest/document.js';

export interface MentionSpec {
  text: string;
  type: EntityType;
  /** Which occurrence of `text` (0-based), default the first. */
  nth?: number;
  canonical?: string;
  links?: Mention['links'];
  standsFor?: string;
}

/** Offset of the nth occurrence of `needle` in `text` (whole words). */
export function at(text: string, needle: string, nth = 0): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (i++ === nth) return m.index;
  }
  throw new Error(`test helper: "${needle}" #${nth} not in text`);
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ index: out.length, start: m.index + lead, end: m.index + m[0].length, text: m[0].trim(), tokens: [] });
  }
  return out;
}

export function sentenceAt(analysis: Analysis, offset: number): number {
  return analysis.sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

export function analysisOf(id: string, text: string, mentions: MentionSpec[]): Analysis {
  const document: NewsDocument = { id, source: `${id}.txt`, text };
  const analysis: Analysis = { document, sentences: sentencesOf(text), mentions: [], times: [] };
  for (const spec of mentions) {
    const start = at(text, spec.text, spec.nth);
    const m: Mention & { standsFor?: string } = {
      start, end: start + spec.text.length, text: spec.text, type: spec.type, sentence: sentenceAt(analysis, start),
      tokenStart: 0, tokenEnd: 1, source: spec.canonical ? 'gazetteer' : 'ner',
    };
    if (spec.canonical) m.canonical = spec.canonical;
    if (spec.links) m.links = spec.links;
    if (spec.standsFor) m.standsFor = spec.standsFor;
    analysis.mentions.push(m);
  }
  analysis.mentions.sort((a, b) => a.start - b.start);
  return analysis;
}

/** An entity argument for the nth occurrence of `text`. */
export function ent(analysis: Analysis, text: string, type: EntityType = 'Misc', nth = 0, canonical?: string): EntityArgument {
  const start = at(analysis.document.text, text, nth);
  const arg: EntityArgument = { kind: 'entity', text, start, end: start + text.length, type };
  if (canonical) arg.canonical = canonical;
  return arg;
}

export function event(analysis: Analysis, text: string, key: string, eventType: string, nth = 0): EventArgument {
  const start = at(analysis.document.text, text, nth);
  return { kind: 'event', key, label: text, eventType, start, end: start + text.length };
}

/** A candidate relating two arguments, in the sentence of the subject. */
export function rel(analysis: Analysis, subject: Argument, predicate: string, object: Argument, extra: Partial<Candidate> = {}): Candidate {
  const anchor = 'start' in subject ? subject.start : 'start' in object ? object.start : 0;
  const sentence = sentenceAt(analysis, anchor);
  const s = analysis.sentences[sentence]!;
  return {
    subject, predicate, predicateLabel: predicate, object, polarity: 'asserted', fact: true,
    sentence, start: s.start, end: s.end, extractor: 'test', confidence: 0.9, ...extra,
  };
}
