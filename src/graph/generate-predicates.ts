// Declares the extractors' lexicon properties in ontology/newsgraph.ttl: rewrites the generated section from knownPredicates(); run after the lexicon changes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Parser } from 'n3';
import { knownPredicates, type PredicateDef } from '../extract/predicates/index.js';
import { writeFilesAtomically } from '../export/atomic-write.js';
import { escapeString } from '../export/turtle-syntax.js';
import { ontologyFile } from './ontology-files.js';
import { NG, OWL, RDF } from './vocabulary.js';

export const BEGIN = '# BEGIN generated predicates';
export const END = '# END generated predicates';

/** The newsgraph.ttl text split around the generated section. */
export function splitOntology(text: string): { before: string; generated: string; after: string } {
  const b = text.indexOf(BEGIN);
  const e = text.indexOf(END);
  if (b < 0 || e < b) throw new Error(`graph: newsgraph.ttl: markers "${BEGIN}" / "${END}" not found`);
  const from = b + BEGIN.length + 1;
  return { before: text.slice(0, from), generated: text.slice(from, e), after: text.slice(e) };
}

/** Local names of the classes and properties the hand-written part declares. */
function declaredIn(turtle: string): { classes: Set<string>; properties: Set<string> } {
  const classes = new Set<string>();
  const properties = new Set<string>();
  for (const q of new Parser().parse(turtle)) {
    if (q.predicate.value !== `${RDF}type` || !q.subject.value.startsWith(NG)) continue;
    const local = q.subject.value.slice(NG.length);
    if (q.object.value === `${OWL}Class`) classes.add(local);
    if ([`${OWL}ObjectProperty`, `${OWL}DatatypeProperty`, `${RDF}Property`].includes(q.object.value)) properties.add(local);
  }
  return { classes, properties };
}

/** Turtle declarations of the lexicon properties the hand-written part does not declare, sorted by name. */
export function predicateDeclarations(defs: PredicateDef[], handWritten: string): string {
  const { classes, properties } = declaredIn(handWritten);
  const classOf = (name: string | undefined, what: string, p: string): string | undefined => {
    if (!name) return undefined;
    if (!classes.has(name)) throw new Error(`graph: lexicon property ${p}: ${what} ng:${name} is not a class of newsgraph.ttl`);
    return `ng:${name}`;
  };
  const blocks: string[] = [];
  for (const def of [...defs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (properties.has(def.name)) continue;
    const lines = [`ng:${def.name} a owl:ObjectProperty`, `    rdfs:label "${escapeString(def.label)}"@en`];
    if (def.comment) lines.push(`    rdfs:comment "${escapeString(def.comment)}"@en`);
    const domain = classOf(def.domain, 'domain', def.name);
    const range = classOf(def.range, 'range', def.name);
    if (domain) lines.push(`    rdfs:domain ${domain}`);
    if (range) lines.push(`    rdfs:range ${range}`);
    if (def.inverseOf) lines.push(`    owl:inverseOf ng:${def.inverseOf}`);
    blocks.push(`${lines.join(' ;\n')} .\n`);
  }
  return blocks.join('\n');
}

/** newsgraph.ttl with its generated section rebuilt from the lexicon. */
export function regenerate(text: string, defs: PredicateDef[] = knownPredicates()): string {
  const { before, after } = splitOntology(text);
  const hand = before + after.slice(END.length);
  const generated = predicateDeclarations(defs, hand);
  return `${before}${generated ? `\n${generated}\n` : ''}${after}`;
}

async function main(): Promise<void> {
  const path = ontologyFile('newsgraph.ttl');
  const text = readFileSync(path, 'utf8');
  const next = regenerate(text);
  if (next === text) {
    process.stdout.write(`${path}: up to date\n`);
    return;
  }
  await writeFilesAtomically([{ path, content: next }]);
  process.stdout.write(`${path}: generated section rewritten (${knownPredicates().length} lexicon properties)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`newsgraph: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
