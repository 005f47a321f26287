// Tests US states in the gazetteer: the phrase matcher's region entries, the ones left to another kind or to the
// recogniser, and the place a state's name is typed as.
import { describe, expect, it } from 'vitest';
import { gazetteerFeatures, lookupRegion, matchPhrases } from '../../src/analyze/gazetteer/index.js';
import { fromPhrase, refine } from '../../src/analyze/mentions/typing.js';

describe('US states', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    // [words, the name matched, its kind, its canonical name]
    ['a lawsuit filed in Texas', 'Texas', 'region', 'Texas'],
    ['they moved to North Carolina last year', 'North Carolina', 'region', 'North Carolina'],
    ['a rally in New York', 'New York', 'city', 'New York'],
    ['troopers of New York state arrived', 'New York state', 'region', 'New York State'],
    ['officials in Washington said', 'Washington', 'city', undefined],
    ['the Washington state governor', 'Washington state', 'region', 'Washington State'],
    ['talks in Georgia and Armenia', 'Georgia', 'country', 'Georgia'],
  ])('%s: %s', (text, name, kind, canonical) => {
    const words = text.split(' ');
    const m = matchPhrases(words).find((p) => words.slice(p.start, p.end).join(' ') === name);
    expect(m?.kind).toBe(kind);
    if (canonical) expect(m?.canonical).toBe(canonical);
  });

  it('a state the gazetteer knows beside a given name: the longer name of the recogniser wins, as for towns', () => {
    // (the recogniser's "Virginia Lind" is longer than the state and settles the overlap; here only the matcher is asked)
    expect(matchPhrases(['Virginia', 'Lind', 'spoke']).map((p) => [p.kind, p.start, p.end])).toEqual([['region', 0, 1]]);
  });

  it('a state the recogniser took for an organisation is a place of the United States', () => {
    const words = ['Texas', 'filed', 'a', 'lawsuit'];
    const phrases = matchPhrases(words);
    const typed = refine({ start: 0, end: 1, type: 'Organization', source: 'ner', confidence: 0.9 }, words, phrases);
    expect([typed.type, typed.canonical, typed.country]).toEqual(['Location', 'Texas', 'United States']);
    expect(fromPhrase(phrases[0]!, words).type).toBe('Location');
  });

  it('states are no features of the recogniser, which was trained without them', () => {
    expect(gazetteerFeatures(['in', 'Texas']).flat()).toEqual([]);
  });

  // Matched without states, not matched and dropped after: a state's name would hide the shorter name inside it that the
  // recogniser was trained to see.
  it.each<[string, string[][]]>([
    ['a trip to New Jersey', [[], [], [], [], ['B-country']]],
    ['a trip to New Mexico', [[], [], [], [], ['B-country']]],
    ['the District of Columbia', [[], [], [], ['B-city']]],
  ])('features of %s: the names inside a state name', (text, want) => {
    expect(gazetteerFeatures(text.split(' ')).map((f) => f.filter((x) => /^[BI]-/.test(x)))).toEqual(want);
  });

  it('matchPhrases without regions finds the names a state name holds; with them, the state', () => {
    const words = ['in', 'New', 'Jersey', 'and', 'Texas'];
    const found = (regions: boolean) => matchPhrases(words, regions).map((m) => [m.kind, words.slice(m.start, m.end).join(' ')]);
    expect(found(true)).toEqual([['region', 'New Jersey'], ['region', 'Texas']]);
    expect(found(false)).toEqual([['country', 'Jersey']]);
  });

  it.each([['Texas', 'Texas'], ['new hampshire', 'New Hampshire'], ['Narnia', undefined]])('lookupRegion(%s)', (name, want) => {
    expect(lookupRegion(name)?.name).toBe(want);
  });
});
