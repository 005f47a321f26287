// Table-driven tests of objects that are measured amounts written as noun phrases ("the harvest shrank 3.4%", "employs
// 4,300 staff"): a figure is as exact as a money literal, so a relation on one is kept at the default floor even when its
// subject is a common-noun phrase; a year, a date, a duration, a title or a phrase that goes on past the amount is not
// one. A chart, poll or box office a thing tops is as definite (rankings.ts). Phrases written for the tests.
import { describe, expect, it } from 'vitest';
import { isMeasure } from '../../src/extract/relations/measures.js';
import { isRanking } from '../../src/extract/relations/rankings.js';
import { relationConfidence } from '../../src/extract/relations/confidence.js';
import type { Argument } from '../../src/extract/candidate.js';

const concept = (label: string): Argument => ({ kind: 'concept', text: label, start: 0, end: label.length, label });

describe('measured amounts', () => {
  it.each([
    ['3.4%', true],
    ['4,300 staff', true],
    ['more than 1,200 premium lines', true],
    ['about 40 reporters', true],
    ['12 points', true],
    ['3.1 per cent', true],
    ['22% of the regional market', true],
    ['20% of Norvale', true],
    ['4.9 million subscribers', true],
    ['1997 charter', false], // a year
    ['12 years', false], // a duration
    ['14 March', false], // a date
    ['9 Lanterns', false], // a title
    ['30 to 1,400 screens', false], // a range read as one phrase
    ['15% growth in 2006', false], // more than the amount
    ['last quarter', false],
    ['3D screens', false],
  ] as const)('%s', (label, measure) => {
    expect(isMeasure(concept(label))).toBe(measure);
  });
});

describe('confidence of a relation whose object is an amount', () => {
  const harvest = concept('lowland wheat harvest');
  const opts = { known: false, passive: false, shared: false, tokens: 14 };
  it('a common-noun subject and an amount: kept at the default floor (0.4)', () => {
    expect(relationConfidence(harvest, concept('18%'), opts)).toBeGreaterThanOrEqual(0.4);
    expect(relationConfidence(concept('Orvik Mining'), concept('2,100 miners'), { ...opts, label: 'employ' })).toBeGreaterThanOrEqual(0.4);
  });
  it('the same subject with a vague object stays under it', () => {
    expect(relationConfidence(harvest, concept('its usual size'), opts)).toBeLessThan(0.4);
    expect(relationConfidence(harvest, concept('2019 record'), opts)).toBeLessThan(0.4);
  });
});

describe('rankings a thing tops', () => {
  it.each([
    ['top', 'Nordic singles chart', true],
    ['top', 'holiday box office', true],
    ['come second in', "listeners' poll", true],
    ['dominate', 'box office in Canada', true],
    ['top', 'agenda', false], // no ranking
    ['eat', 'chart', false], // no verb of a place in one
  ] as const)('%s | %s', (label, object, ranking) => {
    expect(isRanking(label, concept(object))).toBe(ranking);
  });
  it('a common-noun subject that tops a chart is kept at the default floor; the passive is not', () => {
    const opts = { known: false, passive: false, shared: false, tokens: 12, label: 'top' };
    expect(relationConfidence(concept('late-night comedy'), concept('weekend box office'), opts)).toBeGreaterThanOrEqual(0.4);
    expect(relationConfidence(concept('late-night comedy'), concept('weekend box office'), { ...opts, passive: true })).toBeLessThan(0.4);
  });
});
