// Open extraction of one sentence for CaRB: the relation extractor's candidates, with arguments and relation as written.
import { analyze } from '../analyze/analyze.js';
import type { Analysis } from '../analyze/analysis.js';
import type { NewsDocument } from '../ingest/document.js';
import type { Candidate } from './candidate.js';
import { argumentText } from './arguments.js';
import { extract } from './extract.js';

export interface OpenExtraction {
  confidence: number;
  relation: string;
  arg1: string;
  arg2: string;
}

/** The surface form of a candidate, or its normalised form when the extractor kept no surface. */
export function openTuple(c: Candidate): OpenExtraction {
  if (c.surface) return { confidence: c.confidence, relation: c.surface.relation, arg1: c.surface.subject, arg2: c.surface.object };
  return { confidence: c.confidence, relation: c.predicateLabel, arg1: argumentText(c.subject), arg2: argumentText(c.object) };
}

/** Extractions of one sentence, most confident first, one per distinct (arg1, relation, arg2). */
export function openExtractions(sentence: string, analyzer: (d: NewsDocument) => Analysis = analyze): OpenExtraction[] {
  const analysis = analyzer({ id: 'openie', source: 'openie', text: sentence });
  const seen = new Set<string>();
  const out: OpenExtraction[] = [];
  for (const c of extract(analysis)) {
    if (c.extractor === 'events' || c.extractor === 'money') continue; // derived statements, not propositions of the text
    const t = openTuple(c);
    const key = `${t.arg1}\t${t.relation}\t${t.arg2}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}
