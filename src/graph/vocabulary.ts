// The namespaces and prefixes every stage and export shares, so an IRI is spelled in one place only.

export const NG = 'https://w3id.org/newsgraph/ns#';
/** Default base for the knowledge base's own resources; a build can set another (`--base`). */
export const DEFAULT_KB = 'https://w3id.org/newsgraph/kb/';

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const PROV = 'http://www.w3.org/ns/prov#';
export const SCHEMA = 'https://schema.org/';
export const DCT = 'http://purl.org/dc/terms/';
export const TIME = 'http://www.w3.org/2006/time#';
export const SEM = 'http://semanticweb.cs.vu.nl/2009/11/sem/';
export const SH = 'http://www.w3.org/ns/shacl#';
/** The CAMEO-style SKOS concept scheme of event types (ontology/events.ttl). */
export const EV = 'https://w3id.org/newsgraph/events#';

/** Prefixes written in every serialisation and predeclared for SPARQL; `kb` follows the build's base. */
export function prefixes(kb: string = DEFAULT_KB): Record<string, string> {
  return {
    ng: NG, kb, rdf: RDF, rdfs: RDFS, xsd: XSD, owl: OWL, skos: SKOS, prov: PROV,
    schema: SCHEMA, dct: DCT, time: TIME, sem: SEM, ev: EV,
    // Sub-namespaces of the knowledge base, so documents, their graphs, statements and quantities
    // are written as short prefixed names (`doc:us-warned-russia`) rather than full IRIs.
    doc: `${kb}doc/`, docgraph: `${kb}graph/`, stmt: `${kb}statement/`, qty: `${kb}quantity/`, concept: `${kb}concept/`,
  };
}
