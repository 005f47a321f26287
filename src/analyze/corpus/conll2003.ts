// Reader for CoNLL-2003 NER files (token, POS, chunk, IOB1 entity tag; -DOCSTART- between documents).
import { iob1ToBio } from './bio.js';

export interface NerSentence {
  words: string[];
  /** Entity tags in BIO (IOB2). */
  tags: string[];
  /** Index of the document the sentence belongs to (counts -DOCSTART- lines; 0 when there are none). */
  doc: number;
}

/** Parses CoNLL-2003 text, converting its IOB1 tags to BIO. `source` names the input in errors. */
export function readConll2003(content: string, source = 'conll2003'): NerSentence[] {
  const sentences: NerSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  let seenDocStart = false;
  const flush = () => {
    if (words.length > 0) sentences.push({ words, tags: iob1ToBio(tags), doc });
    words = [];
    tags = [];
  };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') { flush(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (seenDocStart) doc++;
      seenDocStart = true;
      continue;
    }
    if (cols.length < 2) throw new Error(`corpus: ${source}: line ${n + 1}: expected a token and a tag`);
    const tag = cols[cols.length - 1]!;
    if (tag !== 'O' && !/^[BI]-[A-Z]+$/.test(tag)) throw new Error(`corpus: ${source}: line ${n + 1}: bad entity tag "${tag}"`);
    words.push(cols[0]!);
    tags.push(tag);
  }
  flush();
  return sentences;
}
