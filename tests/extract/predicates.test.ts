// Tests of the predicate lexicon: lookups, minted open relations, roles, and the list for the ontology.
import { describe, expect, it } from 'vitest';
import { camel, knownPredicates, labelOf, rolePredicate, verbPredicate } from '../../src/extract/predicates/index.js';

describe('predicates', () => {
  const verbs: Array<[string, string | undefined, string | undefined, string, string]> = [
    ['warn', undefined, undefined, 'warn', 'warn'],
    ['alert', undefined, undefined, 'warn', 'warn'],
    ['buy', undefined, undefined, 'acquire', 'acquire'],
    ['pass', 'on', 'to', 'passOnTo', 'pass on to'],
    ['step', 'down', undefined, 'resign', 'resign'],
    ['emerge', undefined, 'from', 'emergeFrom', 'emerge from'],
    // (a "to" phrase of sell is the buyer, not the thing sold: its own open relation; lend's object is the borrower)
    ['sell', undefined, 'to', 'sellTo', 'sell to'],
    ['lend', undefined, 'to', 'lend', 'lend'],
    ['sell', undefined, 'for', 'sellFor', 'sell for'],
  ];
  for (const [lemma, prt, prep, name, label] of verbs) {
    it(`${[lemma, prt, prep].filter(Boolean).join(' ')} -> ${name}`, () => {
      expect(verbPredicate(lemma, prt, prep)).toMatchObject({ name, label });
    });
  }

  const roles: Array<[string, string | undefined]> = [
    ['spokesperson', 'spokespersonOf'], ['spokesman', 'spokespersonOf'], ['foreign secretary', 'foreignSecretaryOf'],
    ['prime minister', 'primeMinisterOf'], ['ceo', 'chiefExecutiveOf'], ['ambassador', 'ambassadorOf'], ['table', undefined],
  ];
  for (const [role, name] of roles) it(`role ${role} -> ${name}`, () => expect(rolePredicate(role)?.name).toBe(name));

  it('mints camelCase names and labels', () => {
    expect(camel(['pin', 'responsibility', 'on'])).toBe('pinResponsibilityOn');
    expect(labelOf('responsibleFor')).toBe('responsible for');
    expect(labelOf('foreignSecretaryOf')).toBe('foreign secretary of');
  });

  it('lists every property once, sorted, each with a label', () => {
    const all = knownPredicates();
    const names = all.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    for (const p of all) expect(p.label.length).toBeGreaterThan(0);
    for (const n of ['warn', 'blame', 'responsibleFor', 'spokespersonOf', 'ambassadorOf', 'involvedIn', 'killed', 'date', 'locatedIn', 'amount']) expect(names).toContain(n);
  });
});
