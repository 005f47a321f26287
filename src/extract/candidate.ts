// The extract stage's hand-off: candidate triples with their provenance, before entities are resolved.
import type { Analysis, EntityType } from '../analyze/analysis.js';

/** A span of the document that names an entity (resolved to an IRI later). */
export interface EntityArgument {
  kind: 'entity';
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The name to resolve by, when it differs from the text ("Ukrainian" -> "Ukraine", "he" -> "Matthew Miller"). */
  canonical?: string;
  /**
   * For a pronoun or description ("he", "the company"): the span of the name it was resolved to in the article, which
   * the resolver places it by; `canonical` is then that name.
   */
  antecedent?: { start: number; end: number; certainty: number };
}

/** An event found in the document; mentions of one event in an article share `key`. */
export interface EventArgument {
  kind: 'event';
  /** Document-local identity of the event ("attack-1"); the resolver turns it into an IRI. */
  key: string;
  label: string;
  /** CAMEO-style concept local name in ontology/events.ttl ("Attack", "Warn", "Meet"). */
  eventType: string;
  start: number;
  end: number;
}

/** A literal value: a date, a count, an amount of money, a string. */
export interface LiteralArgument {
  kind: 'literal';
  value: string;
  datatype: 'string' | 'date' | 'gYear' | 'gYearMonth' | 'integer' | 'decimal';
  /** For quantities: what is counted ("people") or the currency ("USD"). */
  unit?: string;
  /** For quantities: whether the number is exact or a bound ("at least 137" -> 'min'). */
  bound?: 'exact' | 'min' | 'max' | 'approx';
  /** Source text of the literal, for the viewer and the CSV. */
  text?: string;
}

/** A concept or phrase that is neither a named entity nor an event ("fraud", "the warning"). */
export interface ConceptArgument {
  kind: 'concept';
  text: string;
  start: number;
  end: number;
  /** Normalised label (head lemma and modifiers, articles dropped). */
  label: string;
}

export type Argument = EntityArgument | EventArgument | LiteralArgument | ConceptArgument;

export type Polarity = 'asserted' | 'denied';
export type Modality = 'actual' | 'possible' | 'planned' | 'hypothetical' | 'future';

export interface Candidate {
  subject: Argument;
  /** Local name of the property in the ng: namespace (camelCase, active voice): 'warn', 'responsibleFor', 'spokespersonOf'. */
  predicate: string;
  /** Human-readable label of the predicate ("warn", "responsible for"). */
  predicateLabel: string;
  object: Argument;
  polarity: Polarity;
  modality?: Modality;
  /** Who claims it, when the sentence reports someone's statement. */
  speaker?: EntityArgument;
  /** The reporting verb or phrase ("said", "according to", "denied"). */
  cue?: string;
  /** True when the article asserts it in its own voice, so it also becomes a plain triple. */
  fact: boolean;
  /** Sentence index and the character span of the evidence in the document. */
  sentence: number;
  start: number;
  end: number;
  extractor: string;
  /** 0..1; comparable across extractors. */
  confidence: number;
  /**
   * The words of the relation as written, for open extraction (CaRB) and display: the full subject and object phrases
   * and the verb group with auxiliaries, negation, particle and preposition ("had passed on to"); `more`: the verb's other
   * prepositional and time phrases as written, with their prepositions ("in 1941", "at Kettering"): open extraction's
   * third and later arguments.
   */
  surface?: { subject: string; relation: string; object: string; more?: string[] };
}

/** An extractor: one module that reads an analysis and emits candidates. */
export interface Extractor {
  name: string;
  extract(analysis: Analysis): Candidate[];
}
