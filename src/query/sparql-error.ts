// Errors of the query stage: a malformed query reported by line and column, and other query failures, fit to show a user.

/** A SPARQL query or update that does not parse. `line` and `column` are 1-based and point into the text the user wrote. */
export class SparqlSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number, readonly detail: string) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'SparqlSyntaxError';
  }
}

/** A query that parsed but failed (wrong query form for the method, evaluation error, timeout). */
export class SparqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SparqlError';
  }
}

/**
 * Turns oxigraph's parser message ("error at 3:17: expected one of ABS, AVG, ...") into a SparqlSyntaxError.
 * `lineOffset` is the number of lines we prepended (predeclared prefixes), so the position is the user's.
 * Returns undefined when the message is not a syntax error.
 */
export function syntaxErrorFrom(message: string, query: string, lineOffset: number): SparqlSyntaxError | undefined {
  const match = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]) - lineOffset;
  const column = Number(match[2]);
  if (line < 1) return new SparqlSyntaxError(1, 1, `in the predeclared prefixes: ${tidyExpectation(match[3]!)}`);
  return new SparqlSyntaxError(line, column, describe(match[3]!, query, line, column));
}

/** A readable account of what went wrong at the position, with the text found there. */
function describe(raw: string, query: string, line: number, column: number): string {
  const sourceLine = query.split(/\r?\n/)[line - 1] ?? '';
  // Columns count characters (code points) from 1.
  const rest = [...sourceLine].slice(column - 1).join('');
  if (raw.includes('Prefix not found')) {
    // oxigraph points just after the prefixed name or inside it: join the token around the position.
    const before = [...sourceLine].slice(0, column - 1).join('');
    const token = (/[^\s{}()<>"',;]*$/.exec(before)?.[0] ?? '') + (/^[^\s{}()<>"',;]*/.exec(rest)?.[0] ?? '');
    const name = token.includes(':') ? token.slice(0, token.indexOf(':')).replace(/^[^A-Za-z_]+/, '') : token;
    return `unknown prefix "${name}:" (declare it with PREFIX ${name}: <...>)`;
  }
  const last = line === query.split(/\r?\n/).length;
  const near = rest.trim() === '' ? (last ? 'at the end of the query' : 'at the end of the line') : `near "${rest.trim().slice(0, 30)}"`;
  return `${tidyExpectation(raw)} ${near}`;
}

/** Keeps the keywords and punctuation oxigraph expected, dropping its character-class noise. */
function tidyExpectation(raw: string): string {
  const one = /^expected one of ([\s\S]*)$/.exec(raw);
  const single = /^expected ([\s\S]*)$/.exec(raw);
  if (!one && !single) return raw.replace(/\s+/g, ' ');
  const list = (one ? one[1]! : single![1]!).replace(/\n/g, ' ');
  // Split at top-level commas: character classes ([...]) contain commas of their own.
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of list) {
    if (ch === '"' && depth === 0) quoted = !quoted;
    if (!quoted && ch === '[') depth++;
    if (!quoted && ch === ']') depth--;
    if (ch === ',' && depth === 0 && !quoted) {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) items.push(current.trim());
  const kept = items.filter((item) => !item.startsWith('[') && item !== '');
  if (kept.length === 0) return 'unexpected character';
  return `expected ${kept.length === 1 ? '' : 'one of '}${kept.join(', ')}`;
}
