// Tests the analyze stage end to end on a short article written for the test: offsets, tags, mentions, times.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';

const text = [
  'Storm hits coastal towns',
  '',
  'The Norwegian government said on Friday that it had sent aid to Bergen. Prime Minister Erik Larsen visited the city.',
  '',
  'Reuters reported that the Kremlin offered help early this month.',
].join('\n');

describe('analyze', () => {
  const analysis = analyze({ id: 'storm', source: 'storm.txt', text, published: '2024-03-26' });

  it('splits sentences at blank lines and keeps exact offsets', () => {
    expect(analysis.sentences.map((s) => s.text)).toEqual([
      'Storm hits coastal towns',
      'The Norwegian government said on Friday that it had sent aid to Bergen.',
      'Prime Minister Erik Larsen visited the city.',
      'Reuters reported that the Kremlin offered help early this month.',
    ]);
    for (const s of analysis.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.tokens.map((t) => s.index >= 0 && text.slice(t.start, t.end))).toEqual(s.tokens.map((t) => t.text));
    }
  });

  it('tags words with UPOS, PTB tags and lemmas', () => {
    const said = analysis.sentences[1]!.tokens.find((t) => t.text === 'said')!;
    expect(said.upos).toBe('VERB');
    expect(said.tag).toBe('VBD');
    expect(said.lemma).toBe('say');
  });

  it('parses each sentence into one tree', () => {
    for (const s of analysis.sentences) {
      expect(s.tokens.filter((t) => t.head === -1).map((t) => t.dep)).toEqual(['root']);
      for (const t of s.tokens) expect(t.head).toBeLessThan(s.tokens.length);
    }
    const tokens = analysis.sentences[1]!.tokens;
    const government = tokens.findIndex((t) => t.text === 'government');
    expect(tokens[government]!.dep).toBe('nsubj');
    expect(tokens[tokens[government]!.head]!.text).toBe('said');
  });

  it('finds typed mentions', () => {
    const byText = new Map(analysis.mentions.map((m) => [m.text, m]));
    expect(byText.get('Norwegian')).toMatchObject({ type: 'Country', canonical: 'Norway' });
    expect(byText.get('Erik Larsen')).toMatchObject({ type: 'Person', sentence: 2 });
    expect(byText.get('Reuters')).toMatchObject({ type: 'NewsAgency' });
    expect(byText.get('Kremlin')).toMatchObject({ type: 'Facility', standsFor: 'Russia' });
    for (const m of analysis.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives every mention the same fields in the same order, the absent ones undefined', () => {
    // (mentions with and without a canonical name, a country or a government they stand for: one shape for all)
    expect(analysis.mentions.some((m) => m.canonical === undefined)).toBe(true);
    expect(analysis.mentions.some((m) => m.standsFor !== undefined)).toBe(true);
    const shapes = new Set(analysis.mentions.map((m) => Object.keys(m).join(',')));
    expect([...shapes]).toEqual(['start,end,text,type,sentence,tokenStart,tokenEnd,source,confidence,canonical,links,country,standsFor']);
  });

  it('resolves times against the publication date', () => {
    expect(analysis.times.map((t) => [t.text, t.date ?? t.interval])).toEqual([
      ['Friday', '2024-03-22'],
      ['early this month', { start: '2024-03-01', end: '2024-03-10' }],
    ]);
  });

  it('handles an empty document', () => {
    expect(analyze({ id: 'empty', source: 'empty.txt', text: '' })).toMatchObject({ sentences: [], mentions: [], times: [] });
  });
});
