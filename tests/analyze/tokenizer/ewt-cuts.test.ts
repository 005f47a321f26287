// Tests the tokenizer's EWT cuts for web and e-mail text: units run into numbers, "w/", backquoted clitics, file suffixes, colons, company forms, emoticons and extensions.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analyze/tokenizer/index.js';

const words = (text: string) => tokenize(text).map((s) => s.tokens.map((t) => t.text));

describe('tokenize: EWT cuts in web and e-mail text', () => {
  const cases: Array<[string, string[][]]> = [
    // A number run into a time unit is two words, however wink first read it.
    ['The flight took 12hrs and a further 40mins.', [['The', 'flight', 'took', '12', 'hrs', 'and', 'a', 'further', '40', 'mins', '.']]],
    ['Boil it for 10secs then wait 3hrs.', [['Boil', 'it', 'for', '10', 'secs', 'then', 'wait', '3', 'hrs', '.']]],
    // Clock times keep their meridiem apart as before.
    ['Meet me at 9am or 7.45pm.', [['Meet', 'me', 'at', '9', 'am', 'or', '7.45', 'pm', '.']]],
    // "w/" against a word is one word; "w/o" and "w/out" are whole; a free-standing "w/" is two.
    ['Dinner w/friends, tea w/o sugar, coffee w/out milk', [['Dinner', 'w/', 'friends', ',', 'tea', 'w/o', 'sugar', ',', 'coffee', 'w/out', 'milk']]],
    ['Lunch w/ Sam', [['Lunch', 'w', '/', 'Sam']]],
    // A backquote typed for the apostrophe of a clitic.
    ['The cat`s bowl is empty', [['The', 'cat', '`s', 'bowl', 'is', 'empty']]],
    // A file suffix after a bracket or a space is one word; a whole file name stays whole.
    ['Open (budget v2).pdf and notes .doc or plan.doc', [['Open', '(', 'budget', 'v2', ')', '.pdf', 'and', 'notes', '.doc', 'or', 'plan.doc']]],
    // A colon between a label and a price is punctuation, not the emoticon ":3".
    ['Ticket:4,50 Euros', [['Ticket', ':', '4,50', 'Euros']]],
    ['that cat :3', [['that', 'cat', ':3']]],
    // A company form after an abbreviation's stop does not begin a sentence.
    ['She joined Acme Pvt. Ltd. in May.', [['She', 'joined', 'Acme', 'Pvt.', 'Ltd.', 'in', 'May', '.']]],
    ['He left at noon. Ltd firms stayed.', [['He', 'left', 'at', 'noon', '.'], ['Ltd', 'firms', 'stayed', '.']]],
    // Emoticons wink does not know are one symbol when they stand alone; "=" in a formula is not one.
    // An emoticon after a stop closes that sentence; the next word begins the new one.
    ['Had a great time. =) See you ^_^', [['Had', 'a', 'great', 'time', '.', '=)'], ['See', 'you', '^_^']]],
    ['Thanks! :) Bye now.', [['Thanks', '!', ':)'], ['Bye', 'now', '.']]],
    ['So x=(y+1) and a = b', [['So', 'x', '=', '(', 'y', '+1', ')', 'and', 'a', '=', 'b']]],
    // An extension number keeps its "x".
    ['Call Sam on x3-9890 today', [['Call', 'Sam', 'on', 'x3-9890', 'today']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps exact character offsets for every new cut', () => {
    const text = 'Dinner w/friends took 12hrs (see plan).doc, Ticket:4,50 and the cat`s bowl.';
    for (const s of tokenize(text)) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
