// Tests for ontology/: every file parses, every term it uses is declared, the lexicon's properties and event types are all declared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Parser, type Quad } from 'n3';
import jsonld from 'jsonld';
import { knownPredicates } from '../../src/extract/predicates/index.js';
import { EVENT_NOUNS, EVENT_VERBS } from '../../src/extract/predicates/lexicon.js';
import { regenerate } from '../../src/graph/generate-predicates.js';
import { offlineDocumentLoader } from '../../src/export/jsonld.js';
import { EV, NG, OWL, RDF, RDFS, SKOS } from '../../src/graph/vocabulary.js';

const file = (name: string) => readFileSync(new URL(`../../ontology/${name}`, import.meta.url), 'utf8');
const parse = (name: string): Quad[] => new Parser({ baseIRI: 'https://w3id.org/newsgraph/' }).parse(file(name));

const ontology = parse('newsgraph.ttl');
const events = parse('events.ttl');
const typeOf = (quads: Quad[], s: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === `${RDF}type`).map((q) => q.object.value);
const declared = new Set(ontology.filter((q) => q.predicate.value === `${RDF}type`).map((q) => q.subject.value));
const PROPERTY = [`${OWL}ObjectProperty`, `${OWL}DatatypeProperty`, `${OWL}AnnotationProperty`, `${RDF}Property`];

describe('ontology files parse', () => {
  it.each(['newsgraph.ttl', 'events.ttl', 'shapes.ttl', 'shapes-sparql.ttl'])('%s is valid Turtle', (name) => {
    expect(parse(name).length).toBeGreaterThan(10);
  });

  it('context.jsonld is a valid JSON-LD 1.1 context, processed offline', async () => {
    const context = JSON.parse(file('context.jsonld'));
    const expanded: any[] = await jsonld.expand({ '@context': context['@context'], '@id': 'kb:x', confidence: '0.5', polarity: 'Denied' }, { documentLoader: offlineDocumentLoader } as never) as unknown as any[];
    expect(expanded[0]).toMatchObject({
      '@id': 'https://w3id.org/newsgraph/kb/x',
      [`${NG}confidence`]: [{ '@value': '0.5', '@type': 'http://www.w3.org/2001/XMLSchema#decimal' }],
      [`${NG}polarity`]: [{ '@id': `${NG}Denied` }],
    });
  });
});

describe('newsgraph.ttl', () => {
  it('declares every ng: term it refers to', () => {
    const used = new Set<string>();
    for (const q of ontology) for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode' && t.value.startsWith(NG)) used.add(t.value);
    expect([...used].filter((t) => !declared.has(t))).toEqual([]);
  });

  it('gives every class and property a label and a comment', () => {
    const missing: string[] = [];
    for (const s of declared) {
      if (!s.startsWith(NG)) continue;
      const props = new Set(ontology.filter((q) => q.subject.value === s).map((q) => q.predicate.value));
      if (!props.has(`${RDFS}label`) || !props.has(`${RDFS}comment`)) missing.push(s);
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['Person', 'https://schema.org/Person'], ['Organization', 'https://schema.org/Organization'],
    ['Country', 'https://schema.org/Country'], ['City', 'https://schema.org/City'], ['Location', 'https://schema.org/Place'],
    ['Event', 'https://schema.org/Event'], ['Event', 'http://semanticweb.cs.vu.nl/2009/11/sem/Event'],
    ['NewsArticle', 'https://schema.org/NewsArticle'], ['Statement', 'http://www.w3.org/ns/prov#Entity'],
    ['Statement', `${RDF}Statement`],
  ])('aligns ng:%s with %s', (local, target) => {
    const aligned = ontology.some((q) => q.subject.value === NG + local && q.object.value === target
      && [`${RDFS}subClassOf`, `${OWL}equivalentClass`].includes(q.predicate.value));
    expect(aligned).toBe(true);
  });

  it.each([
    ['attributedTo', 'http://www.w3.org/ns/prov#wasAttributedTo'], ['agent', 'http://semanticweb.cs.vu.nl/2009/11/sem/hasActor'],
    ['place', 'http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace'], ['during', 'http://semanticweb.cs.vu.nl/2009/11/sem/hasTime'],
  ])('ng:%s is a subproperty of %s', (local, target) => {
    expect(ontology.some((q) => q.subject.value === NG + local && q.predicate.value === `${RDFS}subPropertyOf` && q.object.value === target)).toBe(true);
  });

  it('declares every property of the extractors\' lexicon, with a label', () => {
    const undeclared = knownPredicates()
      .filter((p) => !typeOf(ontology, NG + p.name).some((t) => PROPERTY.includes(t))
        || !ontology.some((q) => q.subject.value === NG + p.name && q.predicate.value === `${RDFS}label`))
      .map((p) => p.name);
    expect(undeclared, 'run: npx tsc -p tsconfig.build.json; node dist/src/graph/generate-predicates.js').toEqual([]);
  });

  it('the generator declares a property the lexicon gains', () => {
    const more = [...knownPredicates(), { name: 'zzTestOnlyProperty', label: 'zz test only' }];
    expect(regenerate(file('newsgraph.ttl'), more)).toContain('ng:zzTestOnlyProperty a owl:ObjectProperty ;\n    rdfs:label "zz test only"@en .');
  });
});

describe('context.jsonld and shapes.ttl', () => {
  it('name only ng: terms the ontology declares', () => {
    const context = JSON.parse(file('context.jsonld'))['@context'] as Record<string, unknown>;
    const fromContext = Object.values(context).map((d) => (typeof d === 'string' ? d : (d as { '@id'?: string })['@id']))
      .filter((v): v is string => typeof v === 'string' && v.startsWith('ng:')).map((v) => NG + v.slice(3));
    const fromShapes = [...parse('shapes.ttl'), ...parse('shapes-sparql.ttl')].flatMap((q) => [q.subject, q.predicate, q.object])
      .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NG)).map((t) => t.value);
    expect([...new Set([...fromContext, ...fromShapes])].filter((t) => !declared.has(t))).toEqual([]);
  });
});

describe('events.ttl', () => {
  const concepts = new Set(events.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${SKOS}Concept`).map((q) => q.subject.value));
  const values = (s: string, p: string) => events.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

  it('has the twenty CAMEO root codes as top concepts', () => {
    const tops = events.filter((q) => q.predicate.value === `${SKOS}topConceptOf`).map((q) => q.subject.value);
    const codes = tops.flatMap((t) => values(t, `${SKOS}notation`)).sort();
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('gives every concept one English prefLabel, a definition and the scheme; narrower concepts a broader one', () => {
    for (const c of concepts) {
      expect(values(c, `${SKOS}prefLabel`), c).toHaveLength(1);
      expect(values(c, `${SKOS}definition`), c).toHaveLength(1);
      expect(values(c, `${SKOS}inScheme`), c).toEqual([`${EV}EventTypes`]);
      const top = values(c, `${SKOS}topConceptOf`).length > 0;
      expect(top || values(c, `${SKOS}broader`).length === 1, c).toBe(true);
      for (const b of values(c, `${SKOS}broader`)) expect(values(b, `${SKOS}narrower`), `${b} narrower ${c}`).toContain(c);
    }
  });

  it('narrower CAMEO codes start with their broader concept\'s code', () => {
    for (const c of concepts) {
      const [code] = values(c, `${SKOS}notation`);
      const [broader] = values(c, `${SKOS}broader`);
      const [parent] = broader ? values(broader, `${SKOS}notation`) : [];
      if (code && parent) expect(code.startsWith(parent), `${c} ${code} under ${parent}`).toBe(true);
    }
  });

  it('declares every event type the extractors use', () => {
    const used = new Set([...Object.values(EVENT_NOUNS), ...Object.values(EVENT_VERBS)]);
    const missing = [...used].filter((t) => !concepts.has(EV + t));
    expect(missing).toEqual([]);
  });
});
