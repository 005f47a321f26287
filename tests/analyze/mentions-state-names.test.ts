// Tests which US states the mention finder keeps as places when a capitalised word follows them (state-names.ts).
import { describe, expect, it } from 'vitest';
import { matchPhrases } from '../../src/analyze/gazetteer/index.js';
import { dropStatesOpeningNames } from '../../src/analyze/mentions/state-names.js';
import type { EntitySpan } from '../../src/analyze/ner/index.js';

describe('states opening a longer name', () => {
  it.each<[string, Array<[number, number, EntitySpan['type']]>, string[], Array<[number, number]>]>([
    // [words, recogniser spans [start, end, type], the states kept, the spans after]
    ['the singer Nevada Lark sang', [[2, 4, 'PER']], [], [[2, 4]]],
    ['the playwright Tennessee Marlow wrote', [[3, 4, 'PER']], [], [[2, 4]]],
    ['shares of Oregon Dynamics fell', [[3, 4, 'ORG']], [], [[2, 4]]],
    ['the trio Florida Georgia Line played', [[2, 5, 'LOC']], [], [[2, 5]]],
    // a title, a place word or a date after the state, or no name the recogniser read there: the state stays
    ['Texas Governor Jo Reyes signed', [[0, 4, 'PER']], ['Texas'], [[0, 4]]],
    ['students of Ohio State University marched', [[2, 5, 'ORG']], ['Ohio'], [[2, 5]]],
    ['officials of Iowa County met', [[2, 4, 'LOC']], ['Iowa'], [[2, 4]]],
    ['storms hit Texas Monday night', [[2, 4, 'ORG']], ['Texas'], [[2, 4]]],
    ['floods in Ohio March 3 closed roads', [[2, 4, 'ORG']], ['Ohio'], [[2, 4]]],
    ['the Texas Bob Marlow rally', [], ['Texas'], []],
    ['a rally in Texas Bob Marlow said', [[4, 6, 'PER']], ['Texas'], [[4, 6]]],
  ])('%s', (text, ner, states, spans) => {
    const words = text.split(' ');
    const entities = ner.map(([start, end, type]) => ({ start, end, type, confidence: 0.8 }));
    const out = dropStatesOpeningNames(matchPhrases(words), words, entities);
    expect(out.phrases.filter((p) => p.kind === 'region').map((p) => words.slice(p.start, p.end).join(' '))).toEqual(states);
    expect(out.entities.map((e) => [e.start, e.end])).toEqual(spans);
  });
});
