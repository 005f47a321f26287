// Table-driven tests of sport/club-side.ts' clubBefore and its two role lists: every club role (CLUB_ROLES: the running
// roles, players' and the board's) names whose words a result is in; only a running role (RUNNING_ROLES: manager, boss,
// coach, head coach) makes the club's acts the person's. Sentences written for the test, tagged only.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/extract/context.js';
import { clubBefore } from '../../src/extract/sport/club-side.js';
import { analysisOf } from './fixtures.js';

describe('the club before a person\'s role', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    // [role words, their tags, the club for any club role, the club for a running role]
    ['manager', 'NOUN', 'Varne Rovers', 'Varne Rovers'],
    ['head coach', 'NOUN NOUN', 'Varne Rovers', 'Varne Rovers'],
    ['boss', 'NOUN', 'Varne Rovers', 'Varne Rovers'],
    ['captain', 'NOUN', 'Varne Rovers', undefined],
    ['chairman', 'NOUN', 'Varne Rovers', undefined],
    ['assistant manager', 'NOUN NOUN', 'Varne Rovers', undefined],
    ['groundsman', 'NOUN', undefined, undefined],
  ])('"Varne Rovers %s Ida Holm"', (role, tags, club, runner) => {
    const roleRows = role.split(' ').map((w, i) => `${w} ${w} ${tags.split(' ')[i]} NN - -`);
    const rows = ['Varne Varne PROPN NNP - -', 'Rovers Rovers PROPN NNP - -', ...roleRows, 'Ida Ida PROPN NNP - -', 'Holm Holm PROPN NNP - -', 'spoke speak VERB VBD - -', '. . PUNCT . - -'];
    const analysis = analysisOf([{ rows: rows.join('\n'), mentions: [['Varne Rovers', 'Organization'], ['Ida Holm', 'Person']] }]);
    const ctx = contextOf(analysis);
    const person = analysis.mentions.find((m) => m.type === 'Person')!;
    const text = (a: ReturnType<typeof clubBefore>): string | undefined => a && a.kind === 'entity' ? a.text : undefined;
    expect(text(clubBefore(ctx, ctx.views[0]!, person))).toBe(club);
    expect(text(clubBefore(ctx, ctx.views[0]!, person, true))).toBe(runner);
  });
});
