// The dependency parser's public API: loadParser() -> parser.parse(words, upos, tags) -> heads and UD labels.
import { GreedyDecoder, type Arc } from './decode.js';
import { BeamDecoder, BranchingDecoder } from './search.js';
import { FEATURE_SET } from './features.js';
import { ParserModel } from './model.js';
import { modelPath, readModelFile } from '../model-files.js';
import { ownCopy } from '../perceptron/index.js';

export type { Arc } from './decode.js';

export interface Parser {
  /**
   * Parses one sentence. `upos` and `tags` (Penn Treebank tags) are the tagger's output for
   * `words`; the model reads the PTB tags; where one is missing ('' or '_') it uses the usual PTB tag of the UPOS.
   * Returns, per word, the 0-based index of its head (-1 for the root word) and its UD relation
   * ('root' for the root word).
   */
  parse(words: string[], upos: string[], tags: string[]): Arc[];
}

/** The most frequent EWT PTB tag of each UPOS, standing in for a missing PTB tag. */
const PTB_FOR_UPOS: Record<string, string> = {
  ADJ: 'JJ', ADP: 'IN', ADV: 'RB', AUX: 'VBZ', CCONJ: 'CC', DET: 'DT', INTJ: 'UH', NOUN: 'NN', NUM: 'CD',
  PART: 'RP', PRON: 'PRP', PROPN: 'NNP', PUNCT: ',', SCONJ: 'IN', SYM: 'SYM', VERB: 'VBD', X: 'FW',
};

/**
 * How sentences are decoded. Greedy by default; `beam` > 1 keeps that many sequences (BeamDecoder); else `branches` > 1
 * tries the runner-up move at the greedy sequence's least certain steps (BranchingDecoder, `margin` in nats when
 * `temperature` is set). `temperature` (in training updates) normalises each step's move scores (log-softmax); 0 sums
 * the raw scores. `threshold` (beam only, in training updates, raw scores) drops successors scoring that far below the
 * step's best. Weights trained for a beam (global.ts) name their decoder in their header (`meta.search`), which applies
 * when no options are given: the shipped weights are so trained and name a beam of 4 with threshold 128 (MODEL_CARD.md);
 * `{ beam: 1 }` decodes any weights greedily.
 */
export interface SearchOptions {
  beam?: number;
  branches?: number;
  margin?: number;
  temperature?: number;
  /** Beam only: successors scoring more than this below the best are dropped (in training updates; raw scores only). */
  threshold?: number;
}

class TransitionParser implements Parser {
  private readonly decoder: { parse(words: readonly string[], tags: readonly string[]): Arc[] };
  constructor(model: ParserModel, search: SearchOptions = {}) {
    // Temperatures are given in training updates; the decoders see quantised score units.
    const temperature = (search.temperature ?? 0) / model.moveScale;
    const threshold = (search.threshold ?? 0) / model.moveScale;
    if ((search.beam ?? 1) > 1) this.decoder = new BeamDecoder(model, search.beam!, { temperature, threshold });
    else if ((search.branches ?? 1) > 1) {
      const margin = temperature > 0 ? search.margin ?? 0.5 : (search.margin ?? 0) / model.moveScale;
      this.decoder = new BranchingDecoder(model, search.branches!, margin, { temperature });
    } else this.decoder = new GreedyDecoder(model);
  }

  parse(given: string[], givenUpos: string[], givenTags: string[]): Arc[] {
    // The caller's arrays may be packed or holey: everything below reads copies of one kind (own-copy.ts). Reading the
    // callers' arrays threw the optimised decoder and sentence-atom code away three times in a cold pass over news.
    const words = ownCopy(given), upos = ownCopy(givenUpos), tags = ownCopy(givenTags);
    if (upos.length !== words.length || tags.length !== words.length) {
      throw new Error(`parser: ${words.length} words but ${upos.length} UPOS tags and ${tags.length} PTB tags`);
    }
    let features = tags;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (!t || t === '_') { features = tags.map((x, k) => (x && x !== '_' ? x : PTB_FOR_UPOS[upos[k]!] ?? upos[k]!)); break; }
    }
    return this.decoder.parse(words, features);
  }
}

/** Reads a weights file written by `train` into a parser (greedy unless `search` asks for a beam or branching). */
export function loadParserFrom(path: string, search?: SearchOptions): Parser {
  const model = ParserModel.deserialize(readModelFile(path), path);
  if (model.meta.features !== FEATURE_SET) {
    throw new Error(`parser: ${path}: weights were trained for feature set "${String(model.meta.features)}", this code extracts "${FEATURE_SET}"; retrain with \`npm run train -- --model parser\``);
  }
  // Weights trained for a beam say so (meta.search); `search` overrides.
  return new TransitionParser(model, search ?? (model.meta.search as SearchOptions | undefined));
}

let cached: Parser | null = null;

/** The shipped parser, loaded on first use and cached. */
export function loadParser(): Parser {
  if (!cached) cached = loadParserFrom(modelPath('parser'));
  return cached;
}
