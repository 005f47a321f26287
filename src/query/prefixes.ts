// Predeclared prefixes: the project's prefixes are prepended to a query unless it declares them itself.

/** Prefix names a query declares (`PREFIX ng: <...>`), lower-cased keyword match, names kept as written. */
export function declaredPrefixes(query: string): Set<string> {
  const names = new Set<string>();
  for (const match of stripCommentsAndStrings(query).matchAll(/\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi)) names.add(match[1] ?? '');
  return names;
}

/**
 * The query with the prefixes it does not declare prepended on one line, and how many lines were added
 * (so parser positions can be given back in the user's own lines).
 */
export function withPrefixes(query: string, prefixes: Record<string, string>): { text: string; lineOffset: number } {
  const declared = declaredPrefixes(query);
  const missing = Object.entries(prefixes).filter(([name]) => !declared.has(name));
  if (missing.length === 0) return { text: query, lineOffset: 0 };
  const line = missing.map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join(' ');
  return { text: `${line}\n${query}`, lineOffset: 1 };
}

/** `@prefix` / `PREFIX` declarations at the top of a Turtle or TriG file, so a build's own `kb:` base is honoured. */
export function prefixesInRdfHeader(head: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of head.matchAll(/^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>/gim)) found[match[1] ?? ''] = match[2]!;
  return found;
}

/** Replaces comments and string literals with spaces, keeping positions, so keyword searches ignore them. */
export function stripCommentsAndStrings(query: string): string {
  return query.replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*/g, (m) =>
    m.startsWith('<') ? m : m.replace(/[^\n]/g, ' '),
  );
}

/** Compacts an IRI with the longest matching namespace (`ng:warn`), or gives it back in angle brackets. */
export function compactIri(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [name, ns] of Object.entries(prefixes)) {
    if (ns && iri.startsWith(ns) && (!best || ns.length > best[1].length)) {
      const local = iri.slice(ns.length);
      if (/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(local) && !local.endsWith('.')) best = [name, ns];
      else if (local === '') best = [name, ns];
    }
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}
