// The analyze stage's hand-off: sentences, tokens with tags and a dependency parse, entity mentions and time expressions.
import type { NewsDocument } from '../ingest/document.js';

/** Universal Dependencies part-of-speech tag. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

export interface Token {
  text: string;
  /** Character offsets into the document text (end exclusive). */
  start: number;
  end: number;
  lemma: string;
  upos: Upos;
  /** Penn Treebank tag (VBD, NNP, ...). */
  tag: string;
  /** Index of the head token within the sentence, -1 for the root. */
  head: number;
  /** Universal Dependencies relation to the head (nsubj, obj, obl, ...); 'root' for the root. */
  dep: string;
  /**
   * The extract stage's lemma (src/extract/sentence-view.ts' lemmaOf), filled the first time it is asked for; every token
   * is made with it (undefined), so that filling it does not give the token another hidden class.
   */
  extractLemma?: string | undefined;
  /** The lower-case text (src/extract/sentence-view.ts' lower), filled the first time it is asked for, like extractLemma. */
  extractLower?: string | undefined;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** Fine entity types; the coarse CoNLL types map onto these. */
export type EntityType =
  | 'Person'
  | 'Organization' | 'GovernmentBody' | 'Company' | 'PoliticalParty' | 'ArmedGroup' | 'NewsAgency'
  | 'Country' | 'City' | 'Location' | 'Facility'
  | 'Event'
  | 'Group'      // nationalities and other groups of people ("militants", "Palestinians")
  | 'Misc';

export interface Mention {
  /** Character offsets into the document text. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  sentence: number;
  /** Token span within the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Canonical name when the mention is an alias known to a gazetteer ("Ukrainian" -> "Ukraine"). */
  canonical?: string;
  /** External identifiers a gazetteer knows (ISO 3166 alpha-2, Wikidata id). */
  links?: { iso3166?: string; wikidata?: string };
  /** How the mention was found: 'ner', 'gazetteer', 'rule'. */
  source: string;
  /**
   * For a place used for its government ("the Kremlin said", "Washington warned"): the common name of
   * the country whose government it stands for. The mention keeps its own type (City, Facility).
   */
  standsFor?: string;
  /** The country the entity belongs to or lies in, when known ("the U.S. Embassy", "Manchester"). */
  country?: string;
  /** 0-1: how sure the analyzer is of the span and type (the recogniser's probability, or a fixed value for rules). */
  confidence?: number;
}

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Resolved day as `YYYY-MM-DD` when the expression names one day. */
  date?: string;
  /** Resolved interval (inclusive ISO dates) when it names a span ("early this month"). */
  interval?: { start: string; end: string };
  /** True when the document had no date and a relative expression could not be resolved. */
  unresolved?: boolean;
}

export interface Analysis {
  document: NewsDocument;
  sentences: Sentence[];
  mentions: Mention[];
  times: TimeExpression[];
}
