// Open extraction of one sentence for CaRB: the relation extractor's candidates, with arguments and relation as written.
import { analyze } from '../analyze/analyze.js';
import type { Analysis } from '../analyze/analysis.js';
import type { NewsDocument } from '../ingest/document.js';
import type { Candidate } from './candidate.js';
import { argumentText } from './arguments.js';
import { extract } from './extract.js';
import { contextOf } from './context.js';
import { phraseTokens } from './arguments.js';
import { kids } from './sentence-view.js';

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
  for (const c of extract(analysis, { minConfidence: 0 })) {
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
  return out.sort((a, b) => b.confidence - a.confidence);
}

/** "X, the Y," and "X is a Y": open extraction counts an apposition or a nominal predicate as an "is" proposition. */
function beTuples(analysis: Analysis): OpenExtraction[] {
  const out: OpenExtraction[] = [];
  for (const v of contextOf(analysis).views) {
    if (!v.parsed) continue;
    const text = (i: number): string => {
      const toks = phraseTokens(v, i);
      return analysis.document.text.slice(v.tokens[toks[0]!]!.start, v.tokens[toks[toks.length - 1]!]!.end);
    };
    v.tokens.forEach((t, i) => {
      if (t.dep === 'appos' && t.head >= 0 && ['NOUN', 'PROPN'].includes(t.upos)) out.push({ confidence: 0.45, relation: 'is', arg1: text(t.head), arg2: text(i) });
      const cop = kids(v, i, 'cop')[0];
      const subj = kids(v, i, 'nsubj')[0];
      if (cop !== undefined && subj !== undefined && ['NOUN', 'PROPN'].includes(t.upos) && !kids(v, i, 'case').length) {
        const rel = [...kids(v, i, 'aux'), cop, ...kids(v, i, 'advmod').filter((k) => ['not', "n't", 'never'].includes(v.tokens[k]!.text.toLowerCase()))].sort((a, b) => a - b).map((k) => v.tokens[k]!.text).join(' ');
        out.push({ confidence: 0.5, relation: rel, arg1: text(subj), arg2: text(i) });
      }
    });
  }
  return out;
}
