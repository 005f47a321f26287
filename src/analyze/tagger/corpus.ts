// Turns the UD English-EWT treebank into the tagger's training sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type ConlluSentence } from '../corpus/index.js';
import type { TaggedSentence } from './train-model.js';

/** Path of an EWT split under a data folder laid out like ../shared/data. */
export function ewtPath(data: string, split: 'train' | 'dev'): string {
  return join(data, 'ud-english-ewt', `en_ewt-ud-${split}.conllu`);
}

/** Reads an EWT split; a clear error naming the file when it is missing. */
export function readEwt(data: string, split: 'train' | 'dev', limit?: number): ConlluSentence[] {
  const path = ewtPath(data, split);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`tagger: ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const sentences = readConllu(text, path);
  return limit !== undefined ? sentences.slice(0, limit) : sentences;
}

export function toTagged(s: ConlluSentence): TaggedSentence {
  return { words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos), lemmas: s.words.map((w) => w.lemma) };
}
