// The extract stage: runs every registered extractor on an analysis, then merges duplicates, checks and orders the result.
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate } from './candidate.js';
import { EXTRACTORS } from './registry.js';
import { argumentText, isPronoun } from './arguments.js';
import { withoutSubsumed } from './subsumed.js';
import { withMembers } from './plural-members.js';
import { contextOf, setOpenSurfaces } from './context.js';
import { notARelation } from './fragments.js';

/** Identity of an argument for deduplication: what it names, not where. */
function argKey(a: Argument): string {
  switch (a.kind) {
    case 'entity': return `e:${(a.canonical ?? a.text).toLowerCase()}`;
    case 'event': return `v:${a.key}`;
    case 'literal': return `l:${a.datatype}:${a.value}:${a.unit ?? ''}`;
    case 'concept': return `c:${a.label.toLowerCase()}`;
  }
}

function candidateKey(c: Candidate): string {
  return [c.sentence, argKey(c.subject), c.predicate, argKey(c.object), c.polarity, c.modality ?? '', c.speaker ? argKey(c.speaker) : ''].join('|');
}

const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'it', 'they', 'them']);

/**
 * A "he", "it" or "they" of a parsed sentence that the article's resolver (coreference.ts) left unresolved: it found
 * no referent, or a common noun stood out more ("the deal ... it"), or the pronoun is inside a quotation or is its
 * speaker's "he". Placed later by recency alone, such a pronoun lands on a wrong name about four times in five (measured
 * on the development articles); the sentences without a parse never had the resolver's reading, and keep it.
 */
function unresolvedPronoun(c: Candidate, a: Argument): boolean {
  return c.extractor !== 'pos-patterns' && a.kind === 'entity' && isPronoun(a) && THIRD_PERSON.has(a.text.toLowerCase());
}

/** Whether a candidate is usable: both arguments say something, and an argument is not the relation itself. */
function usable(c: Candidate, keepPronouns: boolean): boolean {
  const s = argumentText(c.subject).trim(), o = argumentText(c.object).trim();
  if (!s || !o || !c.predicate) return false;
  if (s.toLowerCase() === o.toLowerCase() && c.subject.kind === c.object.kind) return false;
  if (!keepPronouns && (unresolvedPronoun(c, c.subject) || unresolvedPronoun(c, c.object))) return false;
  return true;
}

/**
 * Confidence of a candidate that is no relation (fragments.ts: a source, a range's end, a stranded preposition, a time
 * phrase or a bare quantifier as an argument): under the graph's floor, so the graph leaves it out and open extraction,
 * which keeps everything, ranks it last. On a seeded sample of the corpus such rows were wrong about nine times in ten.
 */
const NOT_A_RELATION = 0.2;

/** Confidence adjustments that need the whole set: agreement between extractors, unresolved pronouns, non-relations. */
function adjust(c: Candidate, agreeing: number, sentence: string | undefined): number {
  let conf = c.confidence;
  if (agreeing > 1) conf += 0.05 * (agreeing - 1);
  if (isPronoun(c.subject) || isPronoun(c.object)) conf -= 0.05;
  if (notARelation(c, sentence)) conf = Math.min(conf, NOT_A_RELATION);
  return Math.max(0.01, Math.min(0.99, Number(conf.toFixed(3))));
}

export interface ExtractOptions {
  /**
   * Candidates below this confidence are left out. 0.4 keeps what the relation patterns find between at least one
   * named entity, event or value and something else; below it, measured precision on news falls under one in ten.
   */
  minConfidence?: number;
  /** Keep the verb's other phrases in each relation's surface (open extraction's n-ary arguments); off for the graph. */
  openSurfaces?: boolean;
  /**
   * Keep relations on a "he", "it" or "they" the article's resolver left unresolved, as written (open extraction's
   * arguments are the words); off for the graph, where they would be placed by recency alone.
   */
  keepUnresolvedPronouns?: boolean;
}

export const DEFAULT_MIN_CONFIDENCE = 0.4;

/**
 * Processor time of the extract stage by part, in microseconds summed over every call of extract() while it is set
 * (the pipeline bench sets it; nothing else does, and unset it costs one test per part and document). Keys: 'context'
 * (the article's sentence views with their parse repairs, event book and anaphors: contextOf(), built here first while
 * profiling so that no extractor is charged for what all reuse), then each extractor by name, then the post-processing
 * 'merge' (usable, dedup), 'adjust' (confidence, fragments.ts' notARelation), 'subsumed' and 'sort'. What an extractor
 * caches for the others on its own (speech frames, lemmas) is still charged to the first that asks for it.
 */
let profile: Map<string, number> | undefined;

/** Starts (with a map to fill) or stops (undefined) the extract stage's profile; returns the map. */
export function profileExtract(into: Map<string, number> | undefined): Map<string, number> | undefined {
  profile = into;
  return into;
}

function charge(part: string, since: NodeJS.CpuUsage): NodeJS.CpuUsage {
  const used = process.cpuUsage(since);
  profile!.set(part, (profile!.get(part) ?? 0) + used.user + used.system);
  return process.cpuUsage();
}

/** Extract candidates from one analysed document: the registry's extractors, merged and sorted. */
export function extract(analysis: Analysis, options: ExtractOptions = {}): Candidate[] {
  const floor = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  let clock = profile ? process.cpuUsage() : undefined;
  if (clock) {
    contextOf(analysis);
    clock = charge('context', clock);
  }
  setOpenSurfaces(analysis, options.openSurfaces === true);
  const all: Candidate[] = [];
  for (const x of EXTRACTORS) {
    try {
      all.push(...x.extract(analysis));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`extract: ${analysis.document.source}: extractor ${x.name} failed: ${message}`);
    }
    if (clock) clock = charge(x.name, clock);
  }
  const merged = new Map<string, { best: Candidate; extractors: Set<string> }>();
  for (const c of withMembers(analysis, all)) {
    if (!usable(c, options.keepUnresolvedPronouns === true)) continue;
    const k = candidateKey(c);
    const m = merged.get(k);
    if (!m) merged.set(k, { best: c, extractors: new Set([c.extractor]) });
    else {
      m.extractors.add(c.extractor);
      if (c.confidence > m.best.confidence) m.best = c;
    }
  }
  if (clock) clock = charge('merge', clock);
  const sentences = new Map(analysis.sentences.map((s) => [s.index, s.text] as const));
  const kept = [...merged.values()].map(({ best, extractors }) => ({ ...best, confidence: adjust(best, extractors.size, sentences.get(best.sentence)) })).filter((c) => c.confidence >= floor);
  if (clock) clock = charge('adjust', clock);
  const out = withoutSubsumed(kept);
  if (clock) clock = charge('subsumed', clock);
  out.sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.extractor.localeCompare(b.extractor)
    || a.predicate.localeCompare(b.predicate) || argKey(a.subject).localeCompare(argKey(b.subject)) || argKey(a.object).localeCompare(argKey(b.object))
    || a.polarity.localeCompare(b.polarity) || (a.speaker ? argKey(a.speaker) : '').localeCompare(b.speaker ? argKey(b.speaker) : ''));
  if (clock) charge('sort', clock);
  return out;
}

export { EXTRACTORS } from './registry.js';
