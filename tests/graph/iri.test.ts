// Tests for the IRI helpers: slugs, predicate local names, statement ids and safe IRIs.
import { describe, expect, it } from 'vitest';
import { documentGraphIri, documentIri, localName, predicateIri, safeIri, slugify, statementIri } from '../../src/graph/iri.js';

describe('slugify', () => {
  it.each([
    ['Matthew Miller', 'matthew-miller'],
    ['São Tomé and Príncipe', 'sao-tome-and-principe'],
    ['AT&T', 'at-and-t'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['  --ISIS-K--  ', 'isis-k'],
    ['U.S. State Department', 'u-s-state-department'],
    ['Crocus City Hall attack', 'crocus-city-hall-attack'],
    ['feed.xml#3', 'feed-xml-3'],
  ])('%s -> %s', (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });

  it('cuts long labels at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^word(-word)*$/);
  });

  it('gives labels without Latin letters a stable, distinct hash slug', () => {
    expect(slugify('القاعدة')).toMatch(/^u-[0-9a-f]{10}$/);
    expect(slugify('القاعدة')).toBe(slugify('القاعدة'));
    expect(slugify('北京')).not.toBe(slugify('上海'));
    expect(slugify('')).toMatch(/^u-/);
  });
});

describe('predicate IRIs', () => {
  it.each([
    ['warn', 'https://w3id.org/newsgraph/ns#warn'],
    ['responsibleFor', 'https://w3id.org/newsgraph/ns#responsibleFor'],
    ['pass on to', 'https://w3id.org/newsgraph/ns#passOnTo'],
    ['pin-responsibility on', 'https://w3id.org/newsgraph/ns#pinResponsibilityOn'],
    ['http://schema.org/founder', 'http://schema.org/founder'],
  ])('%s -> %s', (p, iri) => {
    expect(predicateIri(p)).toBe(iri);
  });

  it('always gives a valid local name', () => {
    for (const name of ['3 times', '---', 'über', 'a b c']) expect(localName(name)).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});

describe('document and statement IRIs', () => {
  it('documents and their graphs live under the base', () => {
    expect(documentIri('us-warned-russia')).toBe('https://w3id.org/newsgraph/kb/doc/us-warned-russia');
    expect(documentGraphIri('us-warned-russia', 'http://example.org/kb')).toBe('http://example.org/kb/graph/us-warned-russia');
  });

  it('statement ids are stable and depend on every part of the key', () => {
    const a = { iri: 'http://x/a' };
    const b = { iri: 'http://x/b' };
    const base = statementIri('doc', 10, 20, a, 'warn', b);
    expect(base).toMatch(/^https:\/\/w3id\.org\/newsgraph\/kb\/statement\/[0-9a-f]{16}$/);
    expect(statementIri('doc', 10, 20, a, 'warn', b)).toBe(base);
    const variants = [
      statementIri('doc2', 10, 20, a, 'warn', b), statementIri('doc', 11, 20, a, 'warn', b),
      statementIri('doc', 10, 21, a, 'warn', b), statementIri('doc', 10, 20, b, 'warn', a),
      statementIri('doc', 10, 20, a, 'blame', b), statementIri('doc', 10, 20, a, 'warn', { value: '1', datatype: 'integer' }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('safeIri percent-encodes what IRIs forbid and keeps the rest', () => {
    expect(safeIri('https://x.org/a b"c<d>')).toBe('https://x.org/a%20b%22c%3Cd%3E');
    expect(safeIri('https://x.org/é?q=1&r=2#f')).toBe('https://x.org/é?q=1&r=2#f');
  });
});

describe('slugify: the same slug on every call (memoised)', () => {
  it.each([['Matthew Miller', 'matthew-miller'], ['Côte d’Ivoire', 'cote-divoire'], ['AT&T', 'at-and-t']])('%s -> %s', (label, slug) => {
    expect(slugify(label)).toBe(slug);
    expect(slugify(label)).toBe(slug);
  });
});
