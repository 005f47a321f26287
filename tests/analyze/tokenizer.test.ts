// Tests the tokenizer: exact offsets, EWT token conventions and sentence boundaries on news-style text.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

const words = (text: string) => tokenize(text).map((s) => s.tokens.map((t) => t.text));

describe('tokenize: tokens follow UD English EWT', () => {
  const cases: Array<[string, string[]]> = [
    ["They can't stop and won't try.", ['They', 'ca', "n't", 'stop', 'and', 'wo', "n't", 'try', '.']],
    ["I'm sure we'll see; she'd know.", ['I', "'m", 'sure', 'we', "'ll", 'see', ';', 'she', "'d", 'know', '.']],
    ['The minister’s aide didn’t call.', ['The', 'minister', '’s', 'aide', 'did', 'n’t', 'call', '.']],
    ['You cannot be gonna win.', ['You', 'can', 'not', 'be', 'gon', 'na', 'win', '.']],
    ['The U.S. and the U.K. agreed.', ['The', 'U.S.', 'and', 'the', 'U.K.', 'agreed', '.']],
    ['A 15-year term for a long-term plan.', ['A', '15', '-', 'year', 'term', 'for', 'a', 'long', '-', 'term', 'plan', '.']],
    ['Send an e-mail to the non-profit.', ['Send', 'an', 'e-mail', 'to', 'the', 'non-profit', '.']],
    ['Call 713-654-0365 at 5.30pm today.', ['Call', '713-654-0365', 'at', '5.30', 'pm', 'today', '.']],
    ['Prices rose 5% to $3.2bn in 2003-04.', ['Prices', 'rose', '5', '%', 'to', '$', '3.2', 'bn', 'in', '2003', '-', '04', '.']],
    ['Wait... really?! See report.pdf at bbc.co.uk now.', ['Wait', '...', 'really', '?!', 'See', 'report.pdf', 'at', 'bbc.co.uk', 'now', '.']],
    ['He works for AT&T in Texas.', ['He', 'works', 'for', 'AT&T', 'in', 'Texas', '.']],
    ['Shares in Yahoo! rose. Wow!', ['Shares', 'in', 'Yahoo!', 'rose', '.', 'Wow', '!']],
    ['Write to press@example.org or visit www.example.co.uk today.', ['Write', 'to', 'press@example.org', 'or', 'visit', 'www.example.co.uk', 'today', '.']],
    ['On the 22nd, pay rose to 65k.', ['On', 'the', '22nd', ',', 'pay', 'rose', 'to', '65', 'k', '.']],
    ['He said “no”—and left.', ['He', 'said', '“', 'no', '”', '—', 'and', 'left', '.']],
    // Contractions written without the apostrophe are split as if it were there.
    ['i dont know why im late and cant stay', ['i', 'do', 'nt', 'know', 'why', 'i', 'm', 'late', 'and', 'ca', 'nt', 'stay']],
    ['Thats fine but theres alot to do', ['That', 's', 'fine', 'but', 'there', 's', 'a', 'lot', 'to', 'do']],
    ['Its a shame its not open', ['It', 's', 'a', 'shame', 'it', 's', 'not', 'open']],
    ['Lets meet where the club keeps its records', ['Let', 's', 'meet', 'where', 'the', 'club', 'keeps', 'its', 'records']],
    ['She lets it run its own course', ['She', 'lets', 'it', 'run', 'its', 'own', 'course']],
    ['ok but lets face it, its simply too late', ['ok', 'but', 'let', 's', 'face', 'it', ',', 'it', 's', 'simply', 'too', 'late']],
    ['Its kind of late', ['It', 's', 'kind', 'of', 'late']],
    ['not anyones fault but someone elses', ['not', 'anyone', 's', 'fault', 'but', 'someone', 'else', 's']],
    ['everybodys problem and somebodys car', ['everybody', 's', 'problem', 'and', 'somebody', 's', 'car']],
    ['if your in town your the best, take your time', ['if', 'you', 'r', 'in', 'town', 'you', 'r', 'the', 'best', ',', 'take', 'your', 'time']],
    ['its easy to see and its cheap! but its easy victory ended', ['it', 's', 'easy', 'to', 'see', 'and', 'it', 's', 'cheap', '!', 'but', 'its', 'easy', 'victory', 'ended']],
    ['He felt ill and sent an IM', ['He', 'felt', 'ill', 'and', 'sent', 'an', 'IM']],
    // The stop ending a sentence is its own word, also after an abbreviation.
    ['They sell fruit, bread, etc.', ['They', 'sell', 'fruit', ',', 'bread', ',', 'etc', '.']],
    ['Rates fell in the U.S.', ['Rates', 'fell', 'in', 'the', 'U.S.']],
    ['Bread, milk, etc. are sold here.', ['Bread', ',', 'milk', ',', 'etc.', 'are', 'sold', 'here', '.']],
    ['(He lives on Elm St.)', ['(', 'He', 'lives', 'on', 'Elm', 'St', '.', ')']],
    ['We meet at 5 p.m.', ['We', 'meet', 'at', '5', 'p.m', '.']],
    ['Between 400-500 people called 555-1234 or 713-654-0365.', ['Between', '400', '-', '500', 'people', 'called', '555-1234', 'or', '713-654-0365', '.']],
    ['Music of the 70\'s and 80\'s.', ['Music', 'of', 'the', "70's", 'and', "80's", '.']],
    ["Sales beat 2003's total, Radio 4's host said.", ['Sales', 'beat', '2003', "'s", 'total', ',', 'Radio', '4', "'s", 'host', 'said', '.']],
    ['Its US launch was on Sunday.', ['Its', 'US', 'launch', 'was', 'on', 'Sunday', '.']],
    ['ITS NOT A BIG DEAL, etc..', ['IT', 'S', 'NOT', 'A', 'BIG', 'DEAL', ',', 'etc.', '.']],
    ['It fell from 1.5 to -0.25 today.', ['It', 'fell', 'from', '1.5', 'to', '-', '0.25', 'today', '.']],
    ['Call Ann on ext. 3-5213 today.', ['Call', 'Ann', 'on', 'ext.', '3-5213', 'today', '.']],
    ['Email: anna...@example.com or a bare @example.org.', ['Email', ':', 'anna...@example.com', 'or', 'a', 'bare', '@example.org', '.']],
    ['Was it downtown...? Yes!?', ['Was', 'it', 'downtown', '...', '?', 'Yes', '!?']],
    ['Hats, scarves etc...we sold a 3G...phone to CCNG, Inc..', ['Hats', ',', 'scarves', 'etc', '...', 'we', 'sold', 'a', '3G', '...', 'phone', 'to', 'CCNG', ',', 'Inc.', '.']],
    ['Fill in: <> and ==== and ----==', ['Fill', 'in', ':', '<', '>', 'and', '====', 'and', '----==']],
    ["A hymn called 'A Charge' won.", ['A', 'hymn', 'called', "'", 'A', 'Charge', "'", 'won', '.']],
    ["``We will,'' he said.", ['``', 'We', 'will', ',', "''", 'he', 'said', '.']],
    ['‘’We will,’’ he said in ’72.', ['‘’', 'We', 'will', ',', '’’', 'he', 'said', 'in', '’72', '.']],
    ['Write to Berkeley, CA 94720-1900.', ['Write', 'to', 'Berkeley', ',', 'CA', '94720-1900', '.']],
    ['Paid on 11-20-2000 for a 4G phone in room 17H.', ['Paid', 'on', '11-20-2000', 'for', 'a', '4G', 'phone', 'in', 'room', '17H', '.']],
    // A word named like what every object inherits is no contraction (it once broke the sentence).
    ['The Constructor and the constructor dont mind.', ['The', 'Constructor', 'and', 'the', 'constructor', 'do', 'nt', 'mind', '.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(words(text).flat()).toEqual(expected);
  });
});

describe('tokenize: sentences', () => {
  const cases: Array<[string, number]> = [
    ['Mr Brown met Mr. Smith in Washington. They talked.', 2],
    ['Sen. Jane Doe arrived on Jan. 5 at 3 p.m. She spoke.', 2],
    ['Minister quits over row\n\nThe minister resigned on Monday.', 2],
    ['First paragraph without a stop\n  \nSecond paragraph', 2],
    ['"Is it true?" he asked. Nobody answered.', 2],
    ['He said: "No." Then he left.', 2],
    ['Sen. Jane Roe met Gov. Ann Lee in the U.S. Army base. They agreed.', 2],
    ['Results:\n- First item\n- Second item', 3],
    ['Storm closes airport\nThe airport shut on Monday.', 2],
    ['The committee, which met for several hours on Monday to discuss the\nbudget, agreed to cut spending.', 1],
    ["He quoted 'the old song...' Then he left.", 2],
    // Lower-case text still ends sentences at a bare stop, not at an abbreviation, an ellipsis or a title's question mark.
    ['i called him. he was out. are you sure', 3],
    ['The film Are We There Yet? and the song What Now? sold well.', 1],
    ['It sued Leadplex LLC. and two others.', 1],
    ['We met approx. five people, e.g. the mayor, at 5 p.m. on Monday.', 1],
    ['He paused... then he left.', 1],
    ['Call ext. 3-5213 for details.', 1],
    ['', 0],
    ['   \n\n  ', 0],
  ];
  it.each(cases)('%j has %i sentences', (text, count) => {
    expect(tokenize(text)).toHaveLength(count);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(words("She wrote 'no more...' and stopped.").flat().at(-1)).toBe('.');
    for (const sentence of tokenize('He asked "why?" .')) expect(sentence.tokens.some((t) => /\w/.test(t.text))).toBe(true);
  });

  it('ends a sentence at a blank line even mid-phrase', () => {
    expect(words('Talks in Geneva\n\nresumed today.')).toEqual([['Talks', 'in', 'Geneva'], ['resumed', 'today', '.']]);
  });
});

describe('tokenize: offsets', () => {
  const texts = [
    'Plain sentence. Another one!',
    '  Leading spaces\tand\ttabs, “curly quotes” and ‘single’ ones—dashes – too.\r\n\r\nNew para…',
    'Emoji 🙂 and accents: café, São Paulo, Zürich. Non\u00a0breaking space.',
    'http://example.com/a-b. Mail a.b@example.org, please.',
  ];
  it.each(texts)('round-trips %j', (text) => {
    const sentences = tokenize(text);
    expect(sentences.length).toBeGreaterThan(0);
    let last = 0;
    for (const sentence of sentences) {
      expect(sentence.start).toBe(sentence.tokens[0]!.start);
      expect(sentence.end).toBe(sentence.tokens.at(-1)!.end);
      for (const token of sentence.tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(last);
        expect(token.text.trim()).toBe(token.text);
        last = token.end;
      }
    }
  });
});
