// The averaged perceptron and its helpers: the learning core of the tagger, recogniser and parser.
export { Perceptron, argmax, type SerializeOptions } from './perceptron.js';
export { hashString, mix, mixInt, feature } from './hash.js';
export { FeatureTable } from './feature-table.js';
export { seededRandom, shuffle } from './shuffle.js';
export { SumPool } from './sum-pool.js';
export { ownCopy } from './own-copy.js';
export { wordHashes, cachedWordHashes, wordShape, normalizeWord, PAD_START, PAD_END, type WordHashes } from './word-features.js';
