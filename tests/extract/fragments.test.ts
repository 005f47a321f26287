// Tests the candidates that are not relations (src/extract/fragments.ts): sources, range ends, stranded prepositions,
// copulas and control verbs without their complement, and time phrases, bare quantifiers and fragments as arguments.
// The phrases are written for the test.
import { describe, expect, it } from 'vitest';
import type { Argument, Candidate } from '../../src/extract/candidate.js';
import { notARelation } from '../../src/extract/fragments.js';

const name = (text: string): Argument => ({ kind: 'entity', text, start: 0, end: text.length, type: 'Organization' });
const noun = (text: string): Argument => ({ kind: 'concept', text, start: 0, end: text.length, label: text.replace(/^(the|a|an) /i, '') });
const year = (value: string): Argument => ({ kind: 'literal', value, datatype: 'gYear' });
const count = (value: string): Argument => ({ kind: 'literal', value, datatype: 'integer' });
const cand = (subject: Argument, label: string, object: Argument): Candidate => ({
  subject, predicate: label.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()), predicateLabel: label, object,
  polarity: 'asserted', fact: true, sentence: 0, start: 0, end: 60, extractor: 'test', confidence: 0.6,
});

const zeta = name('Zeta Mills'), lind = name('Ada Lind');
describe('notARelation', () => {
  it.each([
    // "the grant will be spent, according to the Weekly Lark, on ..."
    ['a source inside the relation', cand(noun('the grant'), 'spent according to', name('Weekly Lark')), 'source'],
    // "between 40 and 90 workers were laid off"
    ['one end of a range', cand(noun('workers'), 'lay off between', count('40')), 'range-bound'],
    // "the targets the board will be judged for in 2031"
    ['a preposition left by a relative clause before an adjunct', cand(noun('board'), 'judged for in', year('2031')), 'stranded-preposition'],
    ['two adjuncts run together', cand(lind, 'apologise for in', name('Oslo')), 'stranded-preposition'],
    // "the goals the club will be judged on in 2031": "on" before "in" is left behind, no particle
    ['"on" stranded before "in"', cand(noun('club'), 'judged on in', year('2031')), 'stranded-preposition'],
    // "there was room for more talks"
    ['a copula with only a preposition', cand(noun('room'), 'be for', noun('more talks')), 'bare-copula'],
    // "Lind became finance chief in 2030"
    ['become without what was become', cand(lind, 'become in', year('2030')), 'bare-copula'],
    // "Lind managed to sell the farm in 2029"
    ['a control verb with the date of its clause', cand(lind, 'manage in', year('2029')), 'lost-complement'],
    // "Zeta decided in 2028 to close the plant"
    ['a deciding verb with a date', cand(zeta, 'decide in', year('2028')), 'lost-complement'],
    // "Zeta was fined for the second week running"
    ['a time phrase as object', cand(zeta, 'fined for', noun('the second week')), 'time-argument'],
    // "the closing minutes saw a late goal from Zeta"
    ['a time phrase as subject', cand(noun('the closing minutes'), 'see goal from', zeta), 'time-argument'],
    // "four hours later, ... ": a counted time phrase as subject is still no actor
    ['a counted time phrase as subject', cand(noun('four hours'), 'play game on', zeta), 'time-argument'],
    // "rebuilding the mill will take a decade", "the inquiry lasted a week": one unit the verb takes directly is a duration
    ['one unit of time as a direct object', cand(noun('rebuilding the mill'), 'take', noun('a decade')), undefined],
    ['one unit of time as a direct object of "last"', cand(noun('the inquiry'), 'last', noun('a week')), undefined],
    // "Zeta opened a second plant in less than a week": after a preposition it still says when
    ['one unit of time after a preposition', cand(zeta, 'open plant in', noun('less than a week')), 'time-argument'],
    // "Zeta had a long week": a word between the article and the head makes no count
    ['a described unit of time as object', cand(zeta, 'have', noun('a long week')), 'time-argument'],
    // "a few" stays a bare quantifier
    ['"a few" without its noun', cand(noun('a few'), 'leave', zeta), 'bare-quantifier'],
    ['the rest without its noun', cand(noun('The rest'), 'come from', zeta), 'bare-quantifier'],
    ['others as subject', cand(noun('Others'), 'hear', noun('the blast')), 'bare-quantifier'],
    // "Lind did not take part"
    ['part of "take part"', cand(lind, 'take', noun('part')), 'bare-quantifier'],
    // "according to files kept by the Zeta Mills"
    ['a phrase starting with a preposition', cand(zeta, 'keep', noun('to files')), 'fragment'],
    // "Zeta found itself a partner"
    ['a reflexive before the real object', cand(zeta, 'find', noun('itself a partner')), 'fragment'],
  ])('%s', (_what, c, reason) => {
    expect(notARelation(c)).toBe(reason);
  });

  it.each([
    ['a count the sentence writes as one end of a range', 'Between 40 and 90 workers were laid off, the union said.', '40', 'range-bound'],
    ['the other end, written with a separator', 'The storm killed between 900 and 1,200 cattle.', '1200', 'range-bound'],
    ['a count outside any range', 'The storm killed 900 cattle between May and June.', '900', undefined],
  ])('%s', (_what, sentence, value, reason) => {
    expect(notARelation(cand(noun('the storm'), 'kill', count(value)), sentence)).toBe(reason);
  });

  it.each([
    ['a verb and a preposition with its object', cand(lind, 'resign in', year('2030'))],
    ['a phrasal verb before its preposition', cand(lind, 'drop out of', noun('the race'))],
    ['"on" as a particle before "to"', cand(lind, 'move on to', zeta)],
    ['a complex preposition', cand(noun('a gunman'), 'emerge from behind', noun('a wall'))],
    ['choosing between two names', cand(noun('the jury'), 'choose between', lind)],
    ['a copula with an adjective', cand(noun('drones'), 'become popular in', name('Peru'))],
    ['a deciding verb with an object', cand(zeta, 'decide on', noun('the new plan'))],
    ['a duration counted in the object', cand(lind, 'banned for', noun('two years'))],
    ['a stretch of something', cand(zeta, 'see', noun('two decades of growth'))],
    ['a day named with capitals', cand(noun('the film'), 'open on', noun('Boxing Day'))],
    ['a counted quantifier', cand(noun('the blasts'), 'wound', noun('nearly 40 others'))],
    ['a quantifier with what it counts', cand(zeta, 'hold', noun('most of the shares'))],
    ['a quantity after a preposition', cand(noun('the blasts'), 'kill', noun('at least 15 soldiers'))],
    ['"up to" a number', cand(noun('the blasts'), 'injure', noun('up to 20 people'))],
    ['a start that is no time', cand(lind, 'vie for', noun('her first start in the team'))],
    ['a name with a time word', cand(lind, 'tell', name('the Times'))],
  ])('keeps %s', (_what, c) => {
    expect(notARelation(c)).toBeUndefined();
  });
});
