// A small hand-made resolved corpus (invented sentences) for the graph and export tests: facts, a claim, a denial, a planned event, quantities, an open relation.
import type { Analysis, EntityType } from '../../src/analyze/analysis.js';
import type { Candidate, LiteralArgument } from '../../src/extract/candidate.js';
import type { NewsDocument } from '../../src/ingest/document.js';
import type { Entity, ResolvedCorpus, ResolvedTerm, Statement } from '../../src/resolve/entity.js';
import { statementIri, type TermKey } from '../../src/graph/iri.js';

export const KB = 'https://w3id.org/newsgraph/kb/';

const TEXT_A = [
  'Ruritania warned Borduria about a planned attack on the Grand Opera in Zenda.',
  '"There was no Ruritanian involvement," said Anna Kovac, a spokesperson for the Ruritanian Foreign Ministry.',
  'Gunmen struck the Grand Opera on Friday, killing at least 42 people.',
  'Borduria blamed Ruritania for the attack, and the Bordurian police passed the files on to "Syldavian" investigators.',
].join(' ');

const TEXT_B = [
  'Acme Holdings bought Globex for $6bn, its chief executive, Jo Lee, said on Monday.',
  'Analysts said the deal might close early next month.',
].join('\n');

export const docA: NewsDocument = {
  id: 'opera-attack', source: 'articles/opera-attack.txt', title: 'Ruritania warned Borduria, minister says',
  published: '2031-05-06', text: TEXT_A,
};
export const docB: NewsDocument = {
  id: 'acme-globex', source: 'articles/acme, globex.txt', url: 'https://news.example.org/acme?id=1&x="2"', text: TEXT_B,
};

function sentences(doc: NewsDocument, splitter: RegExp): Analysis {
  const out: Analysis['sentences'] = [];
  let start = 0;
  for (const piece of doc.text.split(splitter)) {
    const at = doc.text.indexOf(piece, start);
    out.push({ index: out.length, start: at, end: at + piece.length, text: piece, tokens: [] });
    start = at + piece.length;
  }
  return { document: doc, sentences: out, mentions: [], times: [] };
}

export const analyses: Analysis[] = [sentences(docA, /(?<=\.) /), sentences(docB, /\n/)];

function entity(slug: string, type: EntityType, label: string, docs: string[], extra: Partial<Entity> = {}): Entity {
  return { iri: KB + slug, type, label, aliases: [], links: {}, documents: docs, ...extra };
}

export const entities: Entity[] = [
  entity('ruritania', 'Country', 'Ruritania', ['opera-attack'], { aliases: ['Ruritanian', 'Ruritania'], links: { iso3166: 'RU-X' } }),
  entity('borduria', 'Country', 'Borduria', ['opera-attack'], { aliases: ['Bordurian'] }),
  entity('anna-kovac', 'Person', 'Anna Kovac', ['opera-attack'], { aliases: ['Kovac'] }),
  entity('ruritanian-foreign-ministry', 'GovernmentBody', 'Ruritanian Foreign Ministry', ['opera-attack']),
  entity('grand-opera', 'Facility', 'Grand Opera', ['opera-attack']),
  entity('zenda', 'City', 'Zenda', ['opera-attack'], { links: { wikidata: 'Q999999' } }),
  entity('grand-opera-attack', 'Event', 'Grand Opera attack', ['opera-attack'], { eventType: 'Attack' }),
  entity('planned-attack-on-the-grand-opera', 'Event', 'planned attack on the Grand Opera', ['opera-attack'], { eventType: 'Attack' }),
  entity('gunmen', 'Group', 'gunmen', ['opera-attack']),
  entity('bordurian-police', 'GovernmentBody', 'Bordurian police', ['opera-attack']),
  entity('syldavian-investigators', 'Group', '"Syldavian" investigators', ['opera-attack']),
  entity('acme-holdings', 'Company', 'Acme Holdings', ['acme-globex']),
  entity('globex', 'Company', 'Globex', ['acme-globex']),
  entity('jo-lee', 'Person', 'Jo Lee', ['acme-globex']),
  entity('acme-globex-deal', 'Event', 'deal', ['acme-globex'], { eventType: 'Acquire' }),
  entity('analysts', 'Group', 'analysts', ['acme-globex']),
  entity('concept/files', 'Misc', 'files', ['opera-attack'], { kind: 'concept' }),
];

const byIri = new Map(entities.map((e) => [e.iri, e]));
const ref = (slug: string): ResolvedTerm => ({ kind: 'iri', iri: KB + slug, label: byIri.get(KB + slug)!.label });
const lit = (value: string, datatype: LiteralArgument['datatype'], more: Partial<LiteralArgument> = {}): ResolvedTerm => ({ kind: 'literal', value, datatype, ...more });

function span(doc: NewsDocument, phrase: string): { start: number; end: number } {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in ${doc.id}`);
  return { start, end: start + phrase.length };
}

function key(t: ResolvedTerm): TermKey {
  return t.kind === 'iri' ? { iri: t.iri } : { value: t.value, datatype: t.datatype, unit: t.unit, bound: t.bound };
}

interface Row {
  doc: NewsDocument; sentence: number; evidence: string;
  s: ResolvedTerm; p: string; label: string; o: ResolvedTerm;
  fact: boolean; polarity?: Candidate['polarity']; modality?: Candidate['modality'];
  speaker?: string; cue?: string; extractor?: string; confidence?: number;
}

function statement(r: Row): Statement {
  const { start, end } = span(r.doc, r.evidence);
  // Arguments are already resolved; the candidate's own arguments are kept minimal (the graph reads the resolved ones).
  const arg = { kind: 'literal', value: '', datatype: 'string' } as const;
  const candidate: Candidate = {
    subject: arg, predicate: r.p, predicateLabel: r.label, object: arg,
    polarity: r.polarity ?? 'asserted', modality: r.modality, cue: r.cue, fact: r.fact,
    sentence: r.sentence, start, end, extractor: r.extractor ?? 'verb-frames', confidence: r.confidence ?? 0.8,
  };
  const speaker = r.speaker ? { iri: KB + r.speaker, label: byIri.get(KB + r.speaker)!.label } : undefined;
  return {
    iri: statementIri(r.doc.id, start, end, key(r.s), r.p, key(r.o), KB),
    document: r.doc, subject: r.s, predicate: r.p, predicateLabel: r.label, object: r.o, speaker, candidate,
  };
}

export const rows: Row[] = [
  { doc: docA, sentence: 0, evidence: 'Ruritania warned Borduria', s: ref('ruritania'), p: 'warn', label: 'warn', o: ref('borduria'), fact: true, confidence: 0.9 },
  { doc: docA, sentence: 0, evidence: 'a planned attack on the Grand Opera', s: ref('planned-attack-on-the-grand-opera'), p: 'target', label: 'target', o: ref('grand-opera'), fact: false, modality: 'planned', confidence: 0.6 },
  { doc: docA, sentence: 1, evidence: '"There was no Ruritanian involvement," said Anna Kovac', s: ref('ruritania'), p: 'involvedIn', label: 'involved in', o: ref('grand-opera-attack'), fact: false, polarity: 'denied', speaker: 'anna-kovac', cue: 'said', extractor: 'reported-speech', confidence: 0.75 },
  { doc: docA, sentence: 1, evidence: 'Anna Kovac, a spokesperson for the Ruritanian Foreign Ministry', s: ref('anna-kovac'), p: 'spokespersonOf', label: 'spokesperson of', o: ref('ruritanian-foreign-ministry'), fact: true, extractor: 'roles', confidence: 0.85 },
  { doc: docA, sentence: 2, evidence: 'Gunmen struck the Grand Opera', s: ref('gunmen'), p: 'attack', label: 'attack', o: ref('grand-opera'), fact: true },
  { doc: docA, sentence: 2, evidence: 'on Friday', s: ref('grand-opera-attack'), p: 'date', label: 'date', o: lit('2031-05-02', 'date', { text: 'on Friday' }), fact: true, extractor: 'events' },
  { doc: docA, sentence: 2, evidence: 'killing at least 42 people', s: ref('grand-opera-attack'), p: 'killed', label: 'killed', o: lit('42', 'integer', { unit: 'people', bound: 'min', text: 'at least 42 people' }), fact: true, extractor: 'quantities', confidence: 0.95 },
  { doc: docA, sentence: 3, evidence: 'Borduria blamed Ruritania', s: ref('borduria'), p: 'blame', label: 'blame', o: ref('ruritania'), fact: true },
  { doc: docA, sentence: 3, evidence: 'Borduria blamed Ruritania for the attack', s: ref('ruritania'), p: 'responsibleFor', label: 'responsible for', o: ref('grand-opera-attack'), fact: false, speaker: 'borduria', cue: 'blamed', extractor: 'reported-speech', confidence: 0.7 },
  { doc: docA, sentence: 3, evidence: 'the Bordurian police passed the files on to "Syldavian" investigators', s: ref('bordurian-police'), p: 'handFilesOnTo', label: 'hand files on to', o: ref('syldavian-investigators'), fact: true, extractor: 'open-verbs', confidence: 0.5 },
  { doc: docA, sentence: 3, evidence: 'passed the files', s: ref('bordurian-police'), p: 'pass', label: 'pass', o: ref('concept/files'), fact: true, extractor: 'open-verbs', confidence: 0.45 },
  { doc: docA, sentence: 3, evidence: 'Borduria blamed Ruritania for the attack', s: ref('borduria'), p: 'describeAttackAs', label: 'describe attack as', o: lit('an act of "war"', 'string'), fact: true, extractor: 'open-verbs', confidence: 0.3 },
  // the same relation from a second extractor with lower confidence: one statement node remains
  { doc: docA, sentence: 3, evidence: 'Borduria blamed Ruritania', s: ref('borduria'), p: 'blame', label: 'blame', o: ref('ruritania'), fact: true, extractor: 'patterns', confidence: 0.6 },
  { doc: docB, sentence: 0, evidence: 'Acme Holdings bought Globex for $6bn', s: ref('acme-holdings'), p: 'acquire', label: 'acquire', o: ref('globex'), fact: true, speaker: 'jo-lee', cue: 'said', confidence: 0.88 },
  { doc: docB, sentence: 0, evidence: 'for $6bn', s: ref('acme-globex-deal'), p: 'amount', label: 'amount', o: lit('6000000000', 'integer', { unit: 'USD', bound: 'exact', text: '$6bn' }), fact: true, extractor: 'quantities' },
  { doc: docB, sentence: 0, evidence: 'its chief executive, Jo Lee', s: ref('jo-lee'), p: 'chiefExecutiveOf', label: 'chief executive of', o: ref('acme-holdings'), fact: true, extractor: 'roles', confidence: 1 },
  { doc: docB, sentence: 1, evidence: 'the deal might close early next month', s: ref('acme-globex-deal'), p: 'date', label: 'date', o: lit('2031-06-01/2031-06-10', 'date', { text: 'early next month' }), fact: false, modality: 'possible', speaker: 'analysts', cue: 'said', confidence: 0.4 },
];

/** A fresh copy each call, so a test that mutates it cannot disturb another. */
export function corpus(): ResolvedCorpus {
  return structuredClone({ documents: [docA, docB], analyses, entities, statements: rows.map(statement) });
}
