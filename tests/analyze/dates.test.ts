// Tests time expressions: resolution against the article date by news convention, and undated articles.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/analyze/dates/index.js';

/** The times of a one-sentence text, as [text, date or interval or 'unresolved']. */
function times(sentence: string, published?: string): Array<[string, string]> {
  return findTimes(sentence, [{ start: 0, end: sentence.length }], published).map((t) => [
    t.text,
    t.date ?? (t.interval ? `${t.interval.start}..${t.interval.end}` : t.unresolved ? 'unresolved' : '?'),
  ]);
}

// 2024-03-26 is a Tuesday.
const TUESDAY = '2024-03-26';

describe('findTimes with an article date', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['The bridge collapsed on Friday.', [['Friday', '2024-03-22']]],
    ['Officials spoke on Tuesday.', [['Tuesday', '2024-03-26']]],
    ['The council will vote on Friday.', [['Friday', '2024-03-29']]],
    ['They met last Monday and meet again next Monday.', [['last Monday', '2024-03-25'], ['next Monday', '2024-04-01']]],
    ['The letter arrived on Saturday night.', [['Saturday night', '2024-03-23']]],
    ['The ministry issued a notice on March 7.', [['March 7', '2024-03-07']]],
    ['Prices fell on 16 December.', [['16 December', '2023-12-16']]],
    ['Talks resumed early this month.', [['early this month', '2024-03-01..2024-03-10']]],
    ['Sales slowed late last year.', [['late last year', '2023-09-01..2023-12-31']]],
    ['The firm was founded in 2002.', [['2002', '2002-01-01..2002-12-31']]],
    ['The strike began in March.', [['March', '2024-03-01..2024-03-31']]],
    ['The plant closed in December.', [['December', '2023-12-01..2023-12-31']]],
    ['Elections are due to be held in January.', [['January', '2025-01-01..2025-01-31']]],
    ['Exports grew last year and this week.', [['last year', '2023-01-01..2023-12-31'], ['this week', '2024-03-25..2024-03-31']]],
    ['Prices peaked in the 1990s.', [['the 1990s', '1990-01-01..1999-12-31']]],
    ['The deal closed by mid-April.', [['mid-April', '2024-04-11..2024-04-20']]],
    ['She left yesterday and returns tomorrow.', [['yesterday', '2024-03-25'], ['tomorrow', '2024-03-27']]],
    ['The mine flooded two days ago.', [['two days ago', '2024-03-24']]],
    ['It opened a few years ago and closed a couple of weeks ago.', [['a few years ago', '2021-01-01..2021-12-31'], ['a couple of weeks ago', '2024-03-12']]],
    ['The ruling was dated 07/03/2003.', [['07/03/2003', '2003-03-07']]],
    ['The treaty was signed on 7 March 2001.', [['7 March 2001', '2001-03-07']]],
    ['The court sat until the end of the month.', [['the end of the month', '2024-03-21..2024-03-31']]],
    // a month's name and a two-digit day, abbreviated or not
    ['The dam burst on February 19.', [['February 19', '2024-02-19']]],
    ['Judges scheduled hearings for Dec. 12 and Jan. 30.', [['Dec. 12', '2024-12-12'], ['Jan. 30', '2025-01-30']]],
    ['The strike ended on March 21st.', [['March 21st', '2024-03-21']]],
    ['Prices doubled in March 2003.', [['March 2003', '2003-03-01..2003-03-31']]],
    ['The trial opened on Feb. 30.', []],
    // a weekday in the name of a day is no time
    ['Marchers recalled Bloody Sunday and Good Friday.', []],
    ['Marchers gathered on Sunday.', [['Sunday', '2024-03-24']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence, TUESDAY)).toEqual(expected);
  });
});

describe('findTimes leaves non-times alone', () => {
  it.each([
    'He scored 2002 points in the game.',
    'Protesters march through the city.',
    'It may rain.',
    'Profits rose 15% to 2010 units.',
    'Nobody knows now.',
  ])('%s', (sentence) => {
    expect(times(sentence, TUESDAY)).toEqual([]);
  });
});

describe('findTimes without an article date', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['The bridge collapsed on Friday.', [['Friday', 'unresolved']]],
    ['Talks resumed early this month.', [['early this month', 'unresolved']]],
    ['The ministry issued a notice on March 7.', [['March 7', 'unresolved']]],
    ['The treaty was signed on March 7, 2024.', [['March 7, 2024', '2024-03-07']]],
    ['The firm was founded in 2002.', [['2002', '2002-01-01..2002-12-31']]],
    ['Unemployment fell in March 2003.', [['March 2003', '2003-03-01..2003-03-31']]],
    // a weekday before a calendar date is part of it
    ['The riot began on Sunday, 9 May 1971, at noon.', [['Sunday, 9 May 1971', '1971-05-09']]],
    ['Ships sank on Monday, March 3, 1941.', [['Monday, March 3, 1941', '1941-03-03']]],
    // ranges of years, in full or shortened
    ['The drought of 2010-2011 hit farms.', [['2010-2011', '2010-01-01..2011-12-31']]],
    ['A list of raids (1982–89) follows.', [['1982–89', '1982-01-01..1989-12-31']]],
    ['Output fell in 2011-2009 terms.', []],
    // parts of a decade go by years
    ['Rents soared in the late 1980s.', [['late 1980s', '1987-01-01..1989-12-31']]],
    ['Rents soared in the early 1980s.', [['early 1980s', '1980-01-01..1983-12-31']]],
    // scraped text that lost the space after a date or inside it
    ['Talks ended in June 2011Officials left the city.', [['June 2011', '2011-06-01..2011-06-30']]],
    ['The trial opened.Mar.14, 2011Prosecutors spoke first.', [['Mar.14, 2011', '2011-03-14']]],
    ['It opened in 2011.', [['2011', '2011-01-01..2011-12-31']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });
});

describe('findTimes offsets', () => {
  it('points into the document and numbers sentences', () => {
    const text = 'Intro line.\n\nThe vote was held on Friday. It passed in 2019.';
    const sentences = [{ start: 0, end: 11 }, { start: 13, end: 41 }, { start: 42, end: 60 }];
    const found = findTimes(text, sentences, TUESDAY);
    expect(found.map((t) => [text.slice(t.start, t.end), t.sentence])).toEqual([['Friday', 1], ['2019', 2]]);
  });
});
