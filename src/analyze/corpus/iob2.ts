// Reader for Universal NER files (CoNLL-U-like: `# text =` comments, then id, token, BIO tag, ... per line).
import type { NerSentence } from './conll2003.js';

export interface Iob2Sentence extends NerSentence {
  sentId: string;
  text: string;
}

/** Parses a UNER .iob2 file. `source` names the input in errors. */
export function readIob2(content: string, source = 'iob2'): Iob2Sentence[] {
  const sentences: Iob2Sentence[] = [];
  let current: Iob2Sentence = { sentId: '', text: '', words: [], tags: [], doc: 0 };
  let doc = 0;
  const flush = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { sentId: '', text: '', words: [], tags: [], doc };
  };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') { flush(); continue; }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text|newdoc id)\s*=\s?(.*)$/.exec(line);
      if (m?.[1] === 'sent_id') current.sentId = m[2]!;
      else if (m?.[1] === 'text') current.text = m[2]!;
      else if (m?.[1] === 'newdoc id' && sentences.length + current.words.length > 0) { doc++; current.doc = doc; }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`corpus: ${source}: line ${n + 1}: expected id, token and tag columns`);
    const tag = cols[2]!;
    if (tag !== 'O' && !/^[BI]-[A-Z]+$/.test(tag)) throw new Error(`corpus: ${source}: line ${n + 1}: bad entity tag "${tag}"`);
    current.words.push(cols[1]!);
    current.tags.push(tag);
  }
  flush();
  return sentences;
}
