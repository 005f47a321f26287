// Tests the tagger's external lexicon: wink-nlp's tag sets per word, read reproducibly and looked up case-blind.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../../../src/analyze/model-files.js';
import { readEwt, toTagged } from '../../../src/analyze/tagger/corpus.js';
import { LEXICON_NONE } from '../../../src/analyze/tagger/features.js';
import { Tagger, trainTaggerModel } from '../../../src/analyze/tagger/index.js';
import { lexiconClass, lexiconMap, readWinkLexicon } from '../../../src/analyze/tagger/lexicon.js';

const DATA = join(findPackageRoot(), '..', 'shared', 'data');
const haveData = existsSync(join(DATA, 'ud-english-ewt', 'en_ewt-ud-train.conllu'));

describe('readWinkLexicon', () => {
  const table = readWinkLexicon();
  const tagsOf = (word: string) => Object.entries(table).find(([, words]) => ` ${words} `.includes(` ${word} `))?.[0];

  it.each([
    ['sincere', 'ADJ'],
    ['housing', 'NOUN'],
    ['run', 'NOUN VERB'],
    ['the', 'DET'],
  ])('gives %s the tag set %s', (word, tags) => {
    expect(tagsOf(word)).toBe(tags);
  });

  it('holds tens of thousands of lowercase words, each in one tag set, in a stable order', () => {
    const words = Object.values(table).flatMap((w) => w.split(' '));
    expect(words.length).toBeGreaterThan(50_000);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => w === w.toLowerCase())).toBe(true);
    expect(Object.keys(table)).toEqual(Object.keys(table).sort());
  });
});

describe('lexiconClass', () => {
  const map = lexiconMap({ ADJ: 'sincere planetary', 'NOUN VERB': 'run walk' });
  it('looks words up in lower case and gives one class per tag set', () => {
    expect(lexiconClass(map, 'Sincere')).toBe(lexiconClass(map, 'planetary'));
    expect(lexiconClass(map, 'run')).toBe(lexiconClass(map, 'WALK'));
    expect(lexiconClass(map, 'run')).not.toBe(lexiconClass(map, 'sincere'));
  });
  it('gives words outside the lexicon, and every word without a table, the none class', () => {
    expect(lexiconClass(map, 'zorbl')).toBe(LEXICON_NONE);
    expect(lexiconClass(lexiconMap(undefined), 'run')).toBe(LEXICON_NONE);
  });
});

describe.skipIf(!haveData)('a tagger trained on a slice of EWT with the lexicon', () => {
  it('tags words unseen in its slice better than one trained without, and keeps the table through a save and load', () => {
    const train = readEwt(DATA, 'train', 300).map(toTagged);
    const seen = new Set(train.flatMap((s) => s.words));
    const dev = readEwt(DATA, 'dev', 300);
    const unseenAccuracy = (tagger: Tagger) => {
      let n = 0, right = 0;
      for (const s of dev) {
        const tags = tagger.tag(s.words.map((w) => w.form));
        s.words.forEach((w, i) => { if (!seen.has(w.form)) { n++; if (tags[i]!.upos === w.upos) right++; } });
      }
      return right / n;
    };
    const withLexicon = trainTaggerModel(train, { iterations: 3, seed: 1, windowIterations: 3 });
    const without = trainTaggerModel(train, { iterations: 3, seed: 1, windowIterations: 3, lexicon: false });
    expect(without.meta.lexicon).toBeUndefined();
    expect(unseenAccuracy(withLexicon)).toBeGreaterThan(unseenAccuracy(without) + 0.05);
    const reloaded = Tagger.fromBytes(withLexicon.serialize());
    expect(reloaded.meta.lexicon).toEqual(readWinkLexicon());
    expect(unseenAccuracy(reloaded)).toBeCloseTo(unseenAccuracy(withLexicon), 2);
  });
});
