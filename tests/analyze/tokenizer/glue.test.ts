// Table-driven tests of glued words (a lost line break between a lower-case word and a capitalised one) and of the
// camel-case names that must stay whole.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analyze/tokenizer/index.js';

const sentences = (text: string): string[] => tokenize(text).map((s) => s.tokens.map((t) => text.slice(t.start, t.end)).join(' '));

describe('glued words', () => {
  it.each<[string, string, string[]]>([
    ['a heading glued to the word before it and to the sentence after it', 'The river flooded the valleyResidents Flee Homes Tonight', ['The river flooded the valley', 'Residents Flee Homes Tonight']],
    ['a capital standing alone as the next sentence\'s first word', 'They asked for patienceA spokesman said more.', ['They asked for patience', 'A spokesman said more .']],
    ['an inflected word before the glue (a plural)', 'It banned all marchesOfficials Said Nothing', ['It banned all marches', 'Officials Said Nothing']],
    ['a compound of two dictionary words before the glue', 'They agreed a ceasefireTalks Resume', ['They agreed a ceasefire', 'Talks Resume']],
    ['a possessive after the glued name stays the name\'s', "It was all in the reportRiverton's mayor spoke.", ['It was all in the report', "Riverton 's mayor spoke ."]],
  ])('%s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['a short lower-case prefix of a brand', 'She bought an iPod and an iPhone on eBay.'],
    ['names that start with a capital', 'YouTube, McDonald and PowerPoint grew.'],
    ['a lower-case part that is no dictionary word', 'The qzxv tool, qzxvBuilder, failed.'],
    ['a capitalised part that does not start a word', 'The macOS update and mRNA vaccines shipped.'],
    ['a lower-case part of two letters', 'He is governor ofTexas now.'],
    ['a brand of a family whose prefix is listed, written once', 'Shares in easyHotel fell after the sale.'],
    ['a listed brand written once', 'The airBaltic flight from Riga landed late.'],
    ['a listed brand that ends in a capital alone', 'They stayed at a citizenM hotel.'],
    ['a listed brand before a comma', 'Writing for openDemocracy, she said the vote was close.'],
  ])('%s: kept whole', (_name, text) => {
    expect(sentences(text)).toHaveLength(1);
    const words = text.match(/[\p{L}]+/gu)!;
    const tokens = tokenize(text)[0]!.tokens.map((t) => t.text);
    for (const w of words.filter((x) => /\p{Ll}\p{Lu}/u.test(x))) expect(tokens).toContain(w);
  });

  // A line break is lost once; a camel-case name comes back. Brands no list holds, written twice or more, stay whole.
  it.each<[string, string, string[]]>([
    ['an unlisted brand written twice, once with a possessive', "Fares at tallShip rose. A tallShip's spokesman said more.", ['Fares at tallShip rose .', "A tallShip 's spokesman said more ."]],
    ['an unlisted brand written twice in one sentence', 'Riders left smartRide for rivals of smartRide.', ['Riders left smartRide for rivals of smartRide .']],
    ['a glue once beside a brand written twice: only the glue is cut', 'Fares at tallShip rose in the valleyResidents Said tallShip lied.', ['Fares at tallShip rose in the valley', 'Residents Said tallShip lied .']],
    ['an unlisted brand written once is cut as glue would be', 'Fares at tallShip rose.', ['Fares at tall', 'Ship rose .']],
  ])('%s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });
});
