// Re-cuts wink's tokens to the UD English EWT conventions the tagger and parser are trained on.
import type { RawToken } from './raw.js';

/** A located token (end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A span that may begin a sentence. */
export interface CutToken extends Span {
  first?: boolean;
  paragraph?: boolean;
}

// Clitics EWT writes as their own word: "do|n't", "it|'s", "I|'m", "we|'ll" (straight or curly apostrophe).
const NEGATION = /^([A-Za-z]+)(n['’]t)$/i;
// A backquote typed for the apostrophe is one too ("mama`s").
const CLITIC = /^(.*[A-Za-z])(['’`](?:s|re|ve|ll|d|m))$/i;
// "5.30pm", "10am", "9 p.m." pieces: a clock time then its meridiem.
const CLOCK = /^(\d{1,2}(?:[.:]\d{2})?)([ap]\.?m\.?)$/i;
// An amount written against its unit is two words in EWT ("65|k", "3.2|bn", "10|km"); codes ("83N") stay whole.
const AMOUNT_UNIT = /^(\d+(?:[.,]\d+)*)(k|m|bn|mn|tn|km|kg|mm|cm|ft|lbs?|mph|kph|mw|kw|gw|gb|mb|tb|ghz|mhz|ml|p|hrs?|mins?|secs?|yrs?)$/i;
// wink's readings of a number run into its unit: "24hrs" as "2" + time "4hrs", "10secs" as decade "10s" + "ecs".
const NUMBER_TYPES = new Set(['number', 'time', 'decade']);
// A file suffix written after a closing bracket or a space ("(draft).doc", "Analysis .doc"): one word in EWT.
const FILE_SUFFIX = /^(?:docx?|xlsx?|pptx?|pdf|txt|rtf|html?|zip|jpe?g|gif|png)$/i;
// Prefixes EWT keeps attached by their hyphen ("e-mail", "non-profit", "co-founder"); other hyphens are words of their own.
const HYPHEN_PREFIXES = new Set(['e', 'non', 'mid', 'pre', 'anti', 're', 'post', 'co', 'over', 'pro', 'multi', 'ex', 'sub', 'semi', 'neo', 'cross', 'vice', 'mis', 'inter', 'intra', 'counter', 'ultra']);
// Telephone numbers, extensions, ZIP+4 codes and dates stay whole ("713-654-0365", "3-5213", "94720-1900", "11-20-2000").
// Three digits on both sides are a range ("400-500").
// An extension may carry its "x" ("x3-9890").
const PHONE = /^(?:\d{3}-\d{3}-\d{4}|\d{3}-\d{4}|x?\d-\d{4}|\d{5}-\d{4}|\d{1,2}-\d{1,2}-(?:\d{2}|\d{4}))$/;
// Emoticons wink does not know, standing alone: one symbol each in EWT ("=)", "^_^", "-_-").
const EMOTICON = /^(?:=[()DPp]|\^_*\^|-_+-|[oO]_[oO]|T_T)$/;
// Runs of stops or of one decoration character are one token ("...", "!?", "====").
const STOPS = /^[.!?]+$/;
const DECORATION = /^[-=*_~#<>+]+$/;
const DOTTED_TAIL = /\.(?:com|net|org|edu|gov|int|mil|info|biz|io|uk|us|de|fr|ru|cn|jp|au|ca|eu|htm|html|php|asp|aspx|pdf|docx?|xlsx?|pptx?|txt|csv|jpe?g|png|gif|zip|exe|mp3|mp4)$/i;
// Abbreviations wink cuts from their stop.
const ABBREVIATIONS = new Set(['etc', 'ect', 'vs', 'approx', 'inc', 'corp', 'ltd', 'pvt', 'co', 'llc', 'llp', 'plc', 'jr', 'sr', 'st', 'sts', 'drs', 'ext', 'dept', 'ps', 'rev', 'attn']);
// A URL or e-mail address wink took a sentence-final stop or closing bracket into.
const TRAILING = /[.,;:!?)\]'"’”]+$/;

/**
 * wink's tokens re-cut to EWT. A merge across one of wink's sentence breaks ("report.|pdf") removes
 * the break, except after a run of stops ("...") where it moves to the end of the run.
 */
export function toEwt(raw: RawToken[], text: string): CutToken[] {
  const out: CutToken[] = [];
  let pendingBreak = false;
  // Maximal runs of tokens with no space between them; a token alone (most are) goes on without a run of its own.
  let from = 0;
  while (from < raw.length) {
    let to = from + 1;
    while (to < raw.length && raw[to - 1]!.end === raw[to]!.start) to++;
    if (to === from + 1) pendingBreak = emit(raw[from]!, out, pendingBreak);
    else if (to === from + 2 && wordThenStop(raw[from]!, raw[from + 1]!)) {
      pendingBreak = emit(raw[from]!, out, pendingBreak);
      pendingBreak = emit(raw[from + 1]!, out, pendingBreak);
    } else {
      const merged = mergeChunk(raw.slice(from, to), text);
      for (let k = 0; k < merged.length; k++) pendingBreak = emit(merged[k]!, out, pendingBreak);
    }
    from = to;
  }
  return out;
}

/**
 * A word of ASCII letters and then a comma, semicolon, colon, question mark or stop (not one that makes it an abbreviation,
 * "etc."): the run a sentence's words most often make, which mergeChunk leaves as it is (none of its cuts or joins asks
 * for a letter word before one of these but the abbreviations'), so it is not handed to it.
 */
function wordThenStop(a: RawToken, b: RawToken): boolean {
  const p = b.text;
  if (a.type !== 'word' || p.length !== 1 || !(p === ',' || p === '.' || p === ';' || p === ':' || p === '?')) return false;
  const word = a.text;
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return p !== '.' || !ABBREVIATIONS.has(word.toLowerCase());
}

/** Adds the EWT words of one token to `out`; returns whether a sentence break is pending after it. */
function emit(token: RawToken, out: CutToken[], pendingBreak: boolean): boolean {
  const at = out.length;
  splitToken(token, out);
  if (out.length > at && (token.first || pendingBreak)) out[at]!.first = true;
  if (out.length > at && token.paragraph) out[at]!.paragraph = true;
  return token.type === 'stops' && token.first === false;
}

// Pieces of an e-mail address or host name wink cut apart ("name...@example.com", "www.example.org").
// Mailing-list archives shorten the name before the @ to "..." ("franz371...@gmail.com"); a bare "@example.com" names a host.
const ADDRESS = /^(?:[\p{L}\d_.+-]*[\p{L}\d_](?:\.\.\.)?)?@[\p{L}\d_-]+(?:\.[\p{L}\d_-]+)*$|^(?:www\.)?[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/u;

/**
 * Joins the longest run of pieces that spells an address or file name: an e-mail address, or dotted
 * names ending in a known domain or file suffix, or with three or more parts ("alt.news.media").
 */
function mergeAddresses(chunk: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < chunk.length; i++) {
    let best = i;
    for (let j = chunk.length - 1; j > i; j--) {
      const joined = text.slice(chunk[i]!.start, chunk[j]!.end);
      if (!ADDRESS.test(joined)) continue;
      if ((joined.includes('@') && (!joined.startsWith('@') || DOTTED_TAIL.test(joined))) || DOTTED_TAIL.test(joined) || joined.startsWith('www.') || joined.split('.').length >= 3) {
        best = j;
        break;
      }
    }
    if (best > i) {
      out.push({ text: text.slice(chunk[i]!.start, chunk[best]!.end), start: chunk[i]!.start, end: chunk[best]!.end, type: 'email', first: chunk[i]!.first });
      i = best;
    } else out.push(chunk[i]!);
  }
  return out;
}

const SINGLE_QUOTE = /^['‘’`]$/;
const BANG_NAMES = new Set(['Yahoo', 'Jeopardy']);
const DECADE = /^(?:\d|\d{3})0$/;

/** Decoration runs fold ("====", "<<", "----=="), but an empty pair of angle brackets "<>" is two words. */
function sameDecoration(a: string, b: string): boolean {
  return DECORATION.test(b) && !(a.endsWith('<') && b.startsWith('>'));
}

/** Undoes wink cuts inside a run that EWT does not make ("5.3|0pm" -> "5.30|pm", "e|-|mail" -> "e-mail"). */
function mergeChunk(chunk: RawToken[], text: string): RawToken[] {
  if (chunk.length < 2) return chunk;
  const whole = text.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end);
  if (EMOTICON.test(whole) || /^[A-Z]+&[A-Z]+$/.test(whole) || /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?:\.[A-Za-z0-9]+)?$/.test(whole)) {
    return [{ text: whole, start: chunk[0]!.start, end: chunk[chunk.length - 1]!.end, type: 'word', first: chunk[0]!.first }];
  }
  chunk = mergeAddresses(chunk, text);
  const out: RawToken[] = [];
  for (let i = 0; i < chunk.length; i++) {
    let a = chunk[i]!;
    const b = chunk[i + 1];
    if (b && ((STOPS.test(a.text) && STOPS.test(b.text)) || (DECORATION.test(a.text) && sameDecoration(a.text, b.text)))) {
      // Fold the whole run into one token.
      let j = i + 1;
      const stops = STOPS.test(a.text);
      while (j + 1 < chunk.length && (stops ? STOPS.test(chunk[j + 1]!.text) : sameDecoration(a.text, chunk[j + 1]!.text))) j++;
      // `first: false` marks a run that swallowed a sentence break, which then follows the run.
      const swallowed = chunk.slice(i + 1, j + 1).some((t) => t.first);
      const run = text.slice(a.start, chunk[j]!.end), end = chunk[j]!.end;
      const first = a.first ?? (swallowed ? false : undefined);
      // An ellipsis then a question or exclamation mark are two words ("...?" -> "...|?"); ".?" and "?!" stay one.
      const ellipsis = /^\.{3,}(?=[?!]+$)/.exec(run);
      if (ellipsis) {
        const cut = a.start + ellipsis[0].length;
        out.push({ text: ellipsis[0], start: a.start, end: cut, type: 'stops', first: a.first }, { text: run.slice(ellipsis[0].length), start: cut, end, type: 'stops', first: swallowed && !a.first ? false : undefined });
      } else out.push({ text: run, start: a.start, end, type: 'stops', first });
      i = j;
      continue;
    }
    if (b && b.text === '-' && a.type === 'word' && HYPHEN_PREFIXES.has(a.text.toLowerCase()) && chunk[i + 2]?.type === 'word') {
      const c = chunk[i + 2]!;
      out.push({ text: text.slice(a.start, c.end), start: a.start, end: c.end, type: 'word', first: a.first });
      i += 2;
      continue;
    }
    // "65k." at the end of a sentence: wink reads "k." as an initial; it is a unit and a stop.
    if (b && a.type === 'number' && i + 2 === chunk.length && /^[a-z]{1,3}\.$/i.test(b.text) && AMOUNT_UNIT.test(a.text + b.text.slice(0, -1))) {
      out.push(a, { text: b.text.slice(0, -1), start: b.start, end: b.end - 1, type: 'unit' }, { text: '.', start: b.end - 1, end: b.end, type: 'punctuation' });
      i++;
      continue;
    }
    // A number run into its unit that wink cut elsewhere ("2|4hrs", "10s|ecs") is re-cut as number and unit.
    if (b && NUMBER_TYPES.has(a.type) && (b.type === 'word' || b.type === 'time') && !chunk[i + 2]?.text.match(/^\w/)) {
      const joined = text.slice(a.start, b.end), amount = AMOUNT_UNIT.exec(joined);
      if (amount && /^[a-z]{2,}$/i.test(amount[2]!) && !CLOCK.test(joined)) {
        out.push({ text: joined, start: a.start, end: b.end, type: 'word', first: a.first });
        i++;
        continue;
      }
    }
    // "w/" is a word ("w/investors" -> "w/|investors"); "w/o" and "w/out" are one.
    if (b && a.text.toLowerCase() === 'w' && b.text === '/' && (!out.length || !/\w$/.test(out[out.length - 1]!.text))) {
      const c = chunk[i + 2];
      if (c && /^(?:o|out)$/i.test(c.text)) {
        out.push({ text: text.slice(a.start, c.end), start: a.start, end: c.end, type: 'word', first: a.first });
        i += 2;
        continue;
      }
      // Only against the next word: a free-standing "w/" is "w|/" in EWT.
      if (c && /^\p{L}+$/u.test(c.text)) {
        out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, type: 'word', first: a.first });
        i++;
        continue;
      }
    }
    // A file suffix after a closing bracket or standing alone ("(draft).doc", "Analysis .doc>>").
    if (b && a.text === '.' && FILE_SUFFIX.test(b.text) && (i === 0 || /^[)\]]$/.test(chunk[i - 1]!.text)) && !chunk[i + 2]?.text.match(/^\w/)) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, type: 'word', first: a.first });
      i++;
      continue;
    }
    // "Price:3,40": a colon against a word and a number, which wink read as the emoticon ":3".
    // A clock time wink cut the same way ("11|:3|0") is one word.
    const last = out[out.length - 1];
    if (a.type === 'emoticon' && /^:\d$/.test(a.text) && last && last.end === a.start && /^\d{1,2}$/.test(last.text) && b && /^\d$/.test(b.text)) {
      out[out.length - 1] = { text: text.slice(last.start, b.end), start: last.start, end: b.end, type: 'time', first: last.first };
      i++;
      continue;
    }
    if (a.type === 'emoticon' && /^:\d$/.test(a.text) && i > 0 && chunk[i - 1]!.type === 'word') {
      out.push({ text: ':', start: a.start, end: a.start + 1, type: 'punctuation' });
      let end = a.end;
      if (b && b.text === ',' && chunk[i + 2]?.type === 'number' && /^\d+$/.test(chunk[i + 2]!.text)) { end = chunk[i + 2]!.end; i += 2; }
      out.push({ text: text.slice(a.start + 1, end), start: a.start + 1, end, type: 'number' });
      continue;
    }
    // A backquote typed for the apostrophe of a clitic ("mama`s" -> "mama|`s").
    if (b && a.type === 'word' && b.text === '`' && /^(?:s|re|ve|ll|d|m)$/i.test(chunk[i + 2]?.text ?? '') && !chunk[i + 3]?.text.match(/^\w/)) {
      const c = chunk[i + 2]!;
      out.push(a, { text: b.text + c.text, start: b.start, end: c.end, type: 'word' });
      i += 2;
      continue;
    }
    // Two single quotes or backquotes are one quotation mark ("''We", "them,’’", "``We", "‘’We"), as in wire copy.
    if (b && SINGLE_QUOTE.test(a.text) && SINGLE_QUOTE.test(b.text)) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, type: 'punctuation', first: a.first });
      i++;
      continue;
    }
    // A year cut to two digits is one word ("in ’72", "of '72").
    if (b && i === 0 && /^['’]$/.test(a.text) && /^\d\d$/.test(b.text) && (!chunk[i + 2] || !/^\w/.test(chunk[i + 2]!.text))) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, type: 'number', first: a.first });
      i++;
      continue;
    }
    // Decades are one word in EWT ("the 70's", "1990's"); other numbers' "'s" is a possessive ("2003's figures",
    // "Radio 4's"). A stop wink read into the "s." is not part of the word.
    if (b && a.type === 'number' && DECADE.test(a.text) && /^['’]s$/.test(b.text)) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, type: 'word', first: a.first });
      i++;
      continue;
    }
    const c = chunk[i + 2];
    if (b && c && a.type === 'number' && DECADE.test(a.text) && /^['’]$/.test(b.text) && /^s\.?$/.test(c.text)) {
      out.push({ text: text.slice(a.start, c.start + 1), start: a.start, end: c.start + 1, type: 'word', first: a.first });
      if (c.text.length > 1) out.push({ text: '.', start: c.start + 1, end: c.end, type: 'punctuation' });
      i += 2;
      continue;
    }
    // Codes of digits and one capital are one word ("83N", "4G"); units are not ("$10M", "2K", "24C").
    if (b && a.type === 'number' && /^\d+$/.test(a.text) && /^[A-Z]\.?$/.test(b.text) && !/[KMBCF]/.test(b.text) && !chunk[i + 2]?.text.match(/^\w/)) {
      // "17H." at a sentence end: wink read "H." as an initial; the stop is punctuation.
      out.push({ text: a.text + b.text[0], start: a.start, end: b.start + 1, type: 'word', first: a.first });
      if (b.text.length > 1) out.push({ text: '.', start: b.start + 1, end: b.end, type: 'punctuation' });
      i++;
      continue;
    }
    // Ordinals are one word in EWT ("22nd", "5th"), amounts with units are two ("65|k", "5|pm").
    if (b && a.type === 'number' && /^\d+$/.test(a.text) && /^(?:st|nd|rd|th)$/i.test(b.text)) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, type: 'ordinal', first: a.first });
      i++;
      continue;
    }
    if (b && b.text === '.' && a.type === 'word' && ABBREVIATIONS.has(a.text.toLowerCase())) {
      a = { text: a.text + '.', start: a.start, end: b.end, type: 'abbreviation', first: a.first };
      out.push(a);
      i++;
      continue;
    }
    if (b && (a.type === 'number' || a.type === 'time') && (b.type === 'time' || b.type === 'word')) {
      const joined = text.slice(a.start, b.end);
      if (CLOCK.test(joined.replace(/\.$/, ''))) {
        out.push({ text: joined, start: a.start, end: b.end, type: 'time', first: a.first });
        i++;
        continue;
      }
    }
    // Names written with an exclamation mark ("Yahoo!").
    if (b && b.text === '!' && a.type === 'word' && BANG_NAMES.has(a.text)) {
      out.push({ ...a, text: a.text + '!', end: b.end });
      i++;
      continue;
    }
    // "Inc.." at a sentence end: the abbreviation's stop, then the sentence's.
    if (b && b.text === '..' && !chunk[i + 2] && a.type === 'word' && ABBREVIATIONS.has(a.text.toLowerCase())) {
      out.push({ ...a, text: a.text + '.', end: a.end + 1, type: 'abbreviation' }, { text: '.', start: b.start + 1, end: b.end, type: 'punctuation' });
      i++;
      continue;
    }
    // "etc..." is the word and an ellipsis, not an abbreviation and two stops.
    if (b && /^\.{2,}$/.test(b.text) && a.type === 'word' && /^\p{L}+\.$/u.test(a.text)) {
      out.push({ ...a, text: a.text.slice(0, -1), end: a.end - 1 }, { text: '.', start: a.end - 1, end: a.end, type: 'punctuation' });
      continue;
    }
    out.push(a);
  }
  return foldDots(out);
}

/** Adjacent runs of dots left apart by the cuts above are one ellipsis ("3G." + ".." -> "3G" + "..."). */
function foldDots(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && /^\.+$/.test(last.text) && /^\.+$/.test(t.text)) {
      out[out.length - 1] = { text: last.text + t.text, start: last.start, end: t.end, type: 'stops', first: last.first ?? (t.first ? false : undefined) };
    } else out.push(t);
  }
  return out;
}

function push(out: CutToken[], text: string, start: number): void {
  // every word with the same fields in the same order: setting `first` or `paragraph` later keeps its shape
  if (text) out.push({ text, start, end: start + text.length, first: undefined, paragraph: undefined });
}

/** Splits one token where EWT has several words. */
function splitToken(token: RawToken, out: CutToken[], hyphens = true): void {
  const { text, start } = token;
  if (token.type === 'url' || token.type === 'email') {
    const tail = TRAILING.exec(text);
    const keep = tail && !(tail[0] === '/' ) ? text.length - tail[0].length : text.length;
    push(out, text.slice(0, keep), start);
    for (let k = keep; k < text.length; k++) push(out, text[k]!, start + k);
    return;
  }
  if (token.type === 'time' && !CLOCK.test(text.replace(/\.$/, '')) && AMOUNT_UNIT.test(text)) {
    const amount = AMOUNT_UNIT.exec(text)!;
    push(out, amount[1]!, start);
    push(out, amount[2]!, start + amount[1]!.length);
    return;
  }
  if (token.type === 'time') {
    let body = text;
    let stop = '';
    // "10:30am." at the end of a sentence: the stop is punctuation unless it closes "a.m."
    if (body.endsWith('.') && !/[ap]\.m\.$/i.test(body)) {
      body = body.slice(0, -1);
      stop = '.';
    }
    const clock = CLOCK.exec(body);
    if (clock) {
      push(out, clock[1]!, start);
      push(out, clock[2]!, start + clock[1]!.length);
    } else push(out, body, start);
    push(out, stop, start + body.length);
    return;
  }
  // A minus sign is a word of its own in EWT ("-0.39" -> "-|0.39", "1:30 -2:30" -> "-|2:30").
  if (token.type === 'number' && /^-\d/.test(text)) {
    push(out, '-', start);
    splitToken({ text: text.slice(1), start: start + 1, end: token.end, type: 'number' }, out, hyphens);
    return;
  }
  if (hyphens && (token.type === 'word' || token.type === 'number') && text.length > 2 && text.includes('-', 1)) {
    splitHyphens(text, start, out);
    return;
  }
  // AMOUNT_UNIT, NEGATION and CLITIC are asked only of the words they can match: most words have no digit first and no
  // apostrophe (each pattern needs one), and four patterns ran on every word.
  const amount = isDigit(text.charCodeAt(0)) ? AMOUNT_UNIT.exec(text) : null;
  if (amount && !(amount[2] === 'M' || amount[2] === 'K')) {
    push(out, amount[1]!, start);
    push(out, amount[2]!, start + amount[1]!.length);
    return;
  }
  if (token.type === 'word' && hasApostrophe(text)) {
    // An opening single quote wink kept on a capital letter ("'A Charge to Keep'", "'I'"); "'S", "'M", "'D" are clitics.
    if (/^['‘]\p{Lu}$/u.test(text) && !/^['‘][SMD]$/.test(text)) {
      push(out, text[0]!, start);
      splitToken({ text: text.slice(1), start: start + 1, end: token.end, type: 'word' }, out, hyphens);
      return;
    }
    const negation = NEGATION.exec(text);
    if (negation) {
      const stem = negation[1]!;
      // "can't" -> "ca|n't", "won't" -> "wo|n't": the n belongs to the negation.
      push(out, stem, start);
      push(out, negation[2]!, start + stem.length);
      return;
    }
    const clitic = CLITIC.exec(text);
    if (clitic) {
      push(out, clitic[1]!, start);
      push(out, clitic[2]!, start + clitic[1]!.length);
      return;
    }
  }
  push(out, text, start);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a word holds a straight, curly or opening single quote or a backquote: the clitic and quote rules need one. */
function hasApostrophe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 0x2018 || c === 96) return true;
  }
  return false;
}

/** "Sector-37" -> "Sector|-|37", "1990-2000" -> "1990|-|2000"; "e-mail", "non-profit" and phone numbers stay whole. */
function splitHyphens(text: string, start: number, out: CutToken[]): void {
  const first = text.slice(0, text.indexOf('-')).toLowerCase();
  if (PHONE.test(text) || HYPHEN_PREFIXES.has(first) || !/[A-Za-z0-9]-[A-Za-z0-9]/.test(text)) {
    splitToken({ text, start, end: start + text.length, type: 'word' }, out, false);
    return;
  }
  let from = 0;
  for (const part of text.split(/(-)/)) {
    if (part) {
      const at = start + from;
      if (part === '-') push(out, part, at);
      else splitToken({ text: part, start: at, end: at + part.length, type: 'word' }, out);
    }
    from += part.length;
  }
}
