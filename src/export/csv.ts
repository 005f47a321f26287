// triples.csv: one RFC 4180 row per extracted relation (labels first, then provenance and IRIs), the format the triple scorer reads.
import type { ResolvedCorpus, Statement } from '../resolve/entity.js';
import { isFact, uniqueStatements } from '../graph/build-store.js';
import { predicateIri } from '../graph/iri.js';
import { decimalLexical, termLabel } from '../graph/terms.js';
import { compareStrings } from './order.js';

export const CSV_COLUMNS = [
  'subject', 'predicate', 'object', 'polarity', 'attributed_to', 'confidence', 'document', 'sentence',
  'start', 'end', 'extractor', 'subject_iri', 'predicate_iri', 'object_iri', 'modality', 'cue', 'fact', 'statement_iri',
] as const;

/** One field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function iriOf(term: Statement['subject']): string {
  return term.kind === 'iri' ? term.iri : '';
}

function sentenceOf(st: Statement, sentences: Map<string, string[]>): string {
  const text = sentences.get(st.document.id)?.[st.candidate.sentence] ?? st.document.text.slice(st.candidate.start, st.candidate.end);
  // One line per row reads better in spreadsheets and shells; offsets still point into the document.
  return text.replace(/\s+/g, ' ').trim();
}

/** The rows of triples.csv, sorted by document, offsets, then labels. */
export function csvRows(corpus: ResolvedCorpus, base?: string): string[][] {
  const sentences = new Map<string, string[]>();
  for (const a of corpus.analyses) sentences.set(a.document.id, a.sentences.map((s) => a.document.text.slice(s.start, s.end)));
  const rows = uniqueStatements(corpus.statements, base).filter(([, st]) => st.candidate.extractor !== 'metonymy').map(([id, st]) => { // a metonym's link to its country is resolution, not a relation read
    const c = st.candidate;
    return [
      termLabel(st.subject), st.predicateLabel || st.predicate, termLabel(st.object),
      c.polarity === 'denied' ? '-' : '+', st.speaker?.label ?? '',
      decimalLexical(Math.min(1, Math.max(0, c.confidence))), st.document.source, sentenceOf(st, sentences),
      String(c.start), String(c.end), c.extractor,
      iriOf(st.subject), predicateIri(st.predicate), iriOf(st.object),
      c.modality ?? 'actual', c.cue ?? '', String(isFact(st)), id,
    ];
  });
  // Sort keys made once per row, not on every comparison.
  const keyed = rows.map((row) => ({ row, source: row[6]!, start: Number(row[8]), end: Number(row[9]), all: row.join('\u0001') }));
  keyed.sort((a, b) => compareStrings(a.source, b.source) || a.start - b.start || a.end - b.end || compareStrings(a.all, b.all));
  return keyed.map((k) => k.row);
}

/** The whole CSV text, CRLF line ends as RFC 4180 says. */
export function* csvChunks(corpus: ResolvedCorpus, base?: string): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const row of csvRows(corpus, base)) yield `${row.map(csvField).join(',')}\r\n`;
}
