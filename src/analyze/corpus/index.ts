// Readers for the training and evaluation corpora, and tokenisation alignment.
export { readConllu, type ConlluSentence, type ConlluWord, type ConlluMultiword } from './conllu.js';
export { readConll2003, type NerSentence } from './conll2003.js';
export { readIob2, type Iob2Sentence } from './iob2.js';
export { iob1ToBio, bioSpans, spansToBio, type TagSpan } from './bio.js';
export { wordOffsets, alignSpans, type CharSpan } from './align.js';
