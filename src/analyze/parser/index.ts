// The dependency parser's public API: loadParser() -> parser.parse(words, upos, tags) -> heads and UD labels.
import { GreedyDecoder, type Arc } from './decode.js';
import { ParserModel } from './model.js';
import { modelPath, readModelFile } from '../model-files.js';

export type { Arc } from './decode.js';

export interface Parser {
  /**
   * Parses one sentence. `upos` and `tags` (Penn Treebank tags) are the tagger's output for
   * `words`; the model reads the PTB tags and falls back to UPOS where a tag is missing.
   * Returns, per word, the 0-based index of its head (-1 for the root word) and its UD relation
   * ('root' for the root word).
   */
  parse(words: string[], upos: string[], tags: string[]): Arc[];
}

class TransitionParser implements Parser {
  private readonly decoder: GreedyDecoder;
  constructor(model: ParserModel) {
    this.decoder = new GreedyDecoder(model);
  }

  parse(words: string[], upos: string[], tags: string[]): Arc[] {
    if (upos.length !== words.length || tags.length !== words.length) {
      throw new Error(`parser: ${words.length} words but ${upos.length} UPOS tags and ${tags.length} PTB tags`);
    }
    let features = tags;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (!t || t === '_') { features = tags.map((x, k) => (x && x !== '_' ? x : upos[k]!)); break; }
    }
    return this.decoder.parse(words, features);
  }
}

/** Reads a weights file written by `train` into a parser. */
export function loadParserFrom(path: string): Parser {
  return new TransitionParser(ParserModel.deserialize(readModelFile(path), path));
}

let cached: Parser | null = null;

/** The shipped parser, loaded on first use and cached. */
export function loadParser(): Parser {
  if (!cached) cached = loadParserFrom(modelPath('parser'));
  return cached;
}
