// Tests dropping verb-and-object relations that a fuller relation of the same sentence repeats.
import { describe, expect, it } from 'vitest';
import type { Argument, Candidate } from '../../src/extract/candidate.js';
import { withoutSubsumed } from '../../src/extract/subsumed.js';

const name = (text: string, start: number): Argument => ({ kind: 'entity', text, start, end: start + text.length, type: 'Person' });
const noun = (text: string, start: number): Argument => ({ kind: 'concept', text, start, end: start + text.length, label: text });
const cand = (subject: Argument, label: string, object: Argument, extra: Partial<Candidate> = {}): Candidate => ({
  subject, predicate: label.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()), predicateLabel: label, object,
  polarity: 'asserted', fact: true, sentence: 0, start: 0, end: 60, extractor: 'test', confidence: 0.6, ...extra,
});
const show = (c: Candidate): string => `${c.predicateLabel} ${c.object.kind === 'literal' ? c.object.value : c.object.kind === 'event' ? c.object.label : c.object.text}`;

const ada = name('Ada Lind', 0);
describe('withoutSubsumed', () => {
  it.each([
    ['a light verb and its noun, repeated with a preposition', [cand(ada, 'hold', noun('talks', 14)), cand(ada, 'hold talks in', name('Oslo', 23))], ['hold talks in Oslo']],
    ['a light verb with a modified noun', [cand(ada, 'give', noun('the green light', 14)), cand(ada, 'give light to', noun('the plan', 33))], ['give light to the plan']],
    ['any verb with a bare noun', [cand(ada, 'meet', noun('ministers', 14)), cand(ada, 'meet ministers in', name('Lima', 27))], ['meet ministers in Lima']],
    ['a light verb and an event written as a noun', [cand(ada, 'hold', { kind: 'event', key: 'meet-1', label: 'talks', eventType: 'Meet', start: 14, end: 19 }), cand(ada, 'hold talks with', name('Bo Sand', 25))], ['hold talks with Bo Sand']],
    ['a light verb and its noun, repeated by a lexicon relation written with them', [
      cand(ada, 'make', { kind: 'event', key: 'visit-1', label: 'surprise trip', eventType: 'Visit', start: 14, end: 27 }, { surface: { subject: 'Ada Lind', relation: 'made', object: 'a surprise trip' } }),
      cand(ada, 'visit', name('Lima', 31), { surface: { subject: 'Ada Lind', relation: 'made trip to', object: 'Lima' } }),
    ], ['visit Lima']],
    ['a lexicon relation written with other words does not repeat it', [
      cand(ada, 'make', { kind: 'event', key: 'visit-1', label: 'surprise trip', eventType: 'Visit', start: 14, end: 27 }, { surface: { subject: 'Ada Lind', relation: 'made', object: 'a surprise trip' } }),
      cand(ada, 'visit', name('Lima', 31), { surface: { subject: 'Ada Lind', relation: 'visited', object: 'Lima' } }),
    ], ['make surprise trip', 'visit Lima']],
    ['a bare noun with its place, repeated with the place as object', [cand(ada, 'tell', noun('jury in Lima', 14)), cand(ada, 'tell jury in', name('Lima', 26))], ['tell jury in Lima']],
    ['a full verb with a modified noun stays', [cand(ada, 'order', noun('price cuts', 14)), cand(ada, 'order price cuts at', name('Zeta Ltd', 30))], ['order price cuts', 'order price cuts at Zeta Ltd']],
    ['a prepositional object passed through to a name goes', [cand(ada, 'arrive back from', noun('her long tour', 14)), cand(ada, 'arrive back from tour to', name('Peru', 40))], ['arrive back from tour to Peru']],
    // the place hung on the verb or on the noun: "the gate of the fort" says which gate either way
    ['a noun with an of-complement stays beside the relation with the verb\'s place', [cand(ada, 'paint', noun('gate of Holm Fort', 14)), cand(ada, 'paint gate in', name('Lima', 40))], ['paint gate of Holm Fort', 'paint gate in Lima']],
    ['a noun with another complement still goes', [cand(ada, 'paint', noun('gate near the fort', 14)), cand(ada, 'paint gate in', name('Lima', 40))], ['paint gate in Lima']],
    ['a named object stays', [cand(ada, 'visit', name('Oslo', 14)), cand(ada, 'visit Oslo in', noun('May', 25))], ['visit Oslo', 'visit Oslo in May']],
    ['another subject does not repeat it', [cand(ada, 'hold', noun('talks', 14)), cand(name('Bo Sand', 30), 'hold talks in', name('Oslo', 23))], ['hold talks', 'hold talks in Oslo']],
    ['another sentence does not repeat it', [cand(ada, 'hold', noun('talks', 14)), cand(ada, 'hold talks in', name('Oslo', 23), { sentence: 1 })], ['hold talks', 'hold talks in Oslo']],
    ['a denial does not repeat an assertion', [cand(ada, 'hold', noun('talks', 14)), cand(ada, 'hold talks in', name('Oslo', 23), { polarity: 'denied' })], ['hold talks', 'hold talks in Oslo']],
  ])('%s', (_what, input, expected) => {
    expect(withoutSubsumed(input).map(show)).toEqual(expected);
  });
});
