// Writes SELECT and ASK results in the SPARQL 1.1 Query Results formats: JSON, XML, CSV and TSV.
import type { SelectResults } from './open-graph.js';
import type { JsonTerm } from './values.js';

export type ResultsFormat = 'json' | 'xml' | 'csv' | 'tsv';

export const RESULTS_MEDIA_TYPES: Record<ResultsFormat, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
};

const XSD = 'http://www.w3.org/2001/XMLSchema#';

export function writeSelect(results: SelectResults, format: ResultsFormat): string {
  switch (format) {
    case 'json': return `${JSON.stringify({ head: { vars: results.variables }, results: { bindings: results.bindings } })}\n`;
    case 'xml': return selectXml(results);
    case 'csv': return selectCsv(results);
    case 'tsv': return selectTsv(results);
  }
}

export function writeAsk(value: boolean, format: ResultsFormat): string {
  switch (format) {
    case 'json': return `${JSON.stringify({ head: {}, boolean: value })}\n`;
    case 'xml':
      return `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
    // The CSV/TSV formats define no boolean result; a one-cell table is what tools (Jena, Virtuoso) write.
    case 'csv': return `_askResult\r\n${value}\r\n`;
    case 'tsv': return `?_askResult\n${value}\n`;
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // XML 1.0 cannot carry most control characters at all; drop them rather than write a broken document.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function termXml(term: JsonTerm): string {
  switch (term.type) {
    case 'uri': return `<uri>${escapeXml(term.value)}</uri>`;
    case 'bnode': return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'literal': {
      const lang = term['xml:lang'] ? ` xml:lang="${escapeXml(term['xml:lang'])}"` : '';
      const dt = !lang && term.datatype ? ` datatype="${escapeXml(term.datatype)}"` : '';
      return `<literal${lang}${dt}>${escapeXml(term.value)}</literal>`;
    }
    case 'triple':
      return `<triple><subject>${termXml(term.value.subject)}</subject><predicate>${termXml(term.value.predicate)}</predicate><object>${termXml(term.value.object)}</object></triple>`;
  }
}

function selectXml(results: SelectResults): string {
  const out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', '  <head>'];
  for (const v of results.variables) out.push(`    <variable name="${escapeXml(v)}"/>`);
  out.push('  </head>', '  <results>');
  for (const binding of results.bindings) {
    out.push('    <result>');
    for (const name of Object.keys(binding)) out.push(`      <binding name="${escapeXml(name)}">${termXml(binding[name]!)}</binding>`);
    out.push('    </result>');
  }
  out.push('  </results>', '</sparql>', '');
  return out.join('\n');
}

/** A term in Turtle/SPARQL syntax, as the TSV format writes it (numbers and booleans bare when their lexical form allows). */
export function termTurtle(term: JsonTerm): string {
  switch (term.type) {
    case 'uri': return `<${term.value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`)}>`;
    case 'bnode': return `_:${term.value}`;
    case 'literal': {
      const dt = term.datatype;
      if (dt === `${XSD}integer` && /^[+-]?\d+$/.test(term.value)) return term.value;
      if (dt === `${XSD}decimal` && /^[+-]?\d*\.\d+$/.test(term.value)) return term.value;
      if (dt === `${XSD}double` && /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(term.value)) return term.value;
      if (dt === `${XSD}boolean` && (term.value === 'true' || term.value === 'false')) return term.value;
      const quoted = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`;
      if (term['xml:lang']) return `${quoted}@${term['xml:lang']}`;
      if (dt && dt !== `${XSD}string`) return `${quoted}^^<${dt}>`;
      return quoted;
    }
    case 'triple': return `<<( ${termTurtle(term.value.subject)} ${termTurtle(term.value.predicate)} ${termTurtle(term.value.object)} )>>`;
  }
}

function selectTsv(results: SelectResults): string {
  const lines = [results.variables.map((v) => `?${v}`).join('\t')];
  for (const b of results.bindings) lines.push(results.variables.map((v) => (b[v] ? termTurtle(b[v]!) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** CSV cells hold the bare value (IRI text, lexical form, `_:label`), quoted when they need it (RFC 4180). */
function csvCell(term: JsonTerm | undefined): string {
  if (!term) return '';
  const text = term.type === 'bnode' ? `_:${term.value}` : term.type === 'triple' ? termTurtle(term) : term.value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function selectCsv(results: SelectResults): string {
  const lines = [results.variables.map((v) => csvCell({ type: 'literal', value: v })).join(',')];
  for (const b of results.bindings) lines.push(results.variables.map((v) => csvCell(b[v])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
