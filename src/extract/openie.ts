// Open extraction of one sentence for CaRB: the relation extractor's candidates, with arguments and relation as written.
import { analyze } from '../analyze/analyze.js';
import type { Analysis } from '../analyze/analysis.js';
import type { NewsDocument } from '../ingest/document.js';
import type { Candidate } from './candidate.js';
import { argumentText } from './arguments.js';
import { extract } from './extract.js';
import { contextOf } from './context.js';
import { phraseTokens } from './arguments.js';
import { kids, lower, spanText, writtenSpan, type SentenceView } from './sentence-view.js';
import { adverbParticle } from './relations.js';

export interface OpenExtraction {
  confidence: number;
  relation: string;
  arg1: string;
  arg2: string;
  /** Third and later arguments: the verb's other prepositional and time phrases, as written. */
  more?: string[];
}

/** The surface form of a candidate, or its normalised form when the extractor kept no surface. */
export function openTuple(c: Candidate): OpenExtraction {
  if (c.surface) {
    const t: OpenExtraction = { confidence: c.confidence, relation: c.surface.relation, arg1: c.surface.subject, arg2: c.surface.object };
    if (c.surface.more?.length) t.more = c.surface.more;
    return t;
  }
  return { confidence: c.confidence, relation: c.predicateLabel, arg1: argumentText(c.subject), arg2: argumentText(c.object) };
}

/** Extractions of one sentence, most confident first, one per distinct (arg1, relation, arg2). */
export function openExtractions(sentence: string, analyzer: (d: NewsDocument) => Analysis = analyze): OpenExtraction[] {
  const analysis = analyzer({ id: 'openie', source: 'openie', text: sentence });
  const seen = new Set<string>();
  const out: OpenExtraction[] = [];
  for (const c of extract(analysis, { minConfidence: 0, openSurfaces: true, keepUnresolvedPronouns: true })) {
    if (c.extractor === 'events' || c.extractor === 'money') continue; // derived statements, not propositions of the text
    const t = openTuple(c);
    const key = `${t.arg1}\t${t.relation}\t${t.arg2}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  for (const t of beTuples(analysis)) {
    const key = `${t.arg1}\t${t.relation}\t${t.arg2}`.toLowerCase();
    if (!seen.has(key)) { seen.add(key); out.push(t); }
  }
  const verbs = new Set(out.flatMap((t) => t.relation.toLowerCase().split(/\s+/)));
  for (const t of bareVerbTuples(analysis, verbs)) out.push(t);
  return out.sort((a, b) => b.confidence - a.confidence);
}

const NEGATIONS = new Set(['not', "n't", 'never']);

/** A relation as written: the given tokens and the negations of `i`, in text order. */
function relationText(v: SentenceView, i: number, toks: number[]): string {
  return [...toks, ...kids(v, i, 'advmod').filter((k) => NEGATIONS.has(lower(v.tokens[k]!)))].sort((a, b) => a - b).map((k) => v.tokens[k]!.text).join(' ');
}

/** Branches that are not part of a phrase as written. */
const CUT = new Set(['punct', 'parataxis', 'advcl', 'ccomp', 'conj', 'cc', 'discourse', 'dep', 'acl:relcl']);

/**
 * "He resigned in November", "Prices rose sharply after the vote": a verb with a subject and no object, which no relation
 * covers, as a proposition of its own whose arguments are its prepositional and time phrases (open extraction only: the
 * graph wants two parties).
 */
function bareVerbTuples(analysis: Analysis, covered: Set<string>): OpenExtraction[] {
  const out: OpenExtraction[] = [];
  for (const v of contextOf(analysis).views) {
    if (!v.parsed) continue;
    const text = (toks: number[]): string => spanText(v, toks[0]!, toks[toks.length - 1]!);
    const span = (k: number): number[] | undefined => writtenSpan(v, k, CUT);
    v.tokens.forEach((t, i) => {
      if (t.upos !== 'VERB' || covered.has(lower(t)) || kids(v, i, 'obj', 'iobj', 'ccomp', 'xcomp').length) return;
      const subj = kids(v, i, 'nsubj', 'nsubj:pass')[0];
      if (subj === undefined || ['which', 'that', 'who', 'it', 'there'].includes(lower(v.tokens[subj]!))) return;
      const args = kids(v, i, 'obl', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'obl:agent').map(span).filter((x): x is number[] => !!x);
      const s = span(subj);
      if (!s || !args.length) return;
      // "took over in May": a particle the parser hung as an adverb belongs to the verb, as in the graph's relations
      const particle = kids(v, i, 'compound:prt').length ? undefined : adverbParticle(v, i);
      const rel = relationText(v, i, [...kids(v, i, 'aux', 'aux:pass', 'compound:prt'), ...(particle === undefined ? [] : [particle]), i]);
      const first = args[0]!;
      // "rose after the vote": the preposition of a phrase after the verb joins the relation ("rose after"); one put
      // before the subject ("On one occasion the lamps went out") stays with its phrase
      const lead = first.length > 1 && first[0]! > i && v.tokens[first[0]!]!.upos === 'ADP' ? 1 : 0;
      const t0: OpenExtraction = { confidence: 0.35, relation: lead ? `${rel} ${v.tokens[first[0]!]!.text}` : rel, arg1: text(s), arg2: text(first.slice(lead)) };
      if (args.length > 1) t0.more = args.slice(1).map(text);
      out.push(t0);
    });
  }
  return out;
}

/** "X, the Y," and "X is a Y": open extraction counts an apposition or a nominal predicate as an "is" proposition. */
function beTuples(analysis: Analysis): OpenExtraction[] {
  const out: OpenExtraction[] = [];
  for (const v of contextOf(analysis).views) {
    if (!v.parsed) continue;
    const text = (i: number): string => {
      const toks = phraseTokens(v, i);
      return spanText(v, toks[0]!, toks[toks.length - 1]!);
    };
    v.tokens.forEach((t, i) => {
      if (t.dep === 'appos' && t.head >= 0 && ['NOUN', 'PROPN'].includes(t.upos)) out.push({ confidence: 0.45, relation: 'is', arg1: text(t.head), arg2: text(i) });
      const cop = kids(v, i, 'cop')[0];
      const subj = kids(v, i, 'nsubj')[0];
      if (cop !== undefined && subj !== undefined && ['NOUN', 'PROPN'].includes(t.upos) && !kids(v, i, 'case').length) {
        const rel = relationText(v, i, [...kids(v, i, 'aux'), cop]);
        out.push({ confidence: 0.5, relation: rel, arg1: text(subj), arg2: text(i) });
      }
    });
  }
  return out;
}
