// Reads the recogniser's corpora: CoNLL-2003 (train, dev) and Universal NER English-EWT (dev), from a data folder laid out like ../shared/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll2003, readIob2, type NerSentence } from '../corpus/index.js';

export function conllPath(data: string, split: 'train' | 'dev'): string {
  return join(data, 'conll2003', split === 'train' ? 'eng.train' : 'eng.testa');
}

export function unerPath(data: string): string {
  return join(data, 'uner-english-ewt', 'en_ewt-ud-dev.iob2');
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`ner: ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function readConll(data: string, split: 'train' | 'dev', limit?: number): NerSentence[] {
  const path = conllPath(data, split);
  const sentences = readConll2003(read(path), path);
  return limit !== undefined ? sentences.slice(0, limit) : sentences;
}

export function readUner(data: string, limit?: number): NerSentence[] {
  const path = unerPath(data);
  const sentences = readIob2(read(path), path);
  return limit !== undefined ? sentences.slice(0, limit) : sentences;
}
