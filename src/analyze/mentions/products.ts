// Products and models named by a code: "the Q740X", "the KR-B2200 phone", "Avion 515-300 planes", "Tarvo Skylift 600".
// A model's code mixes capitals and digits, or is a number after its maker's name; the recogniser, reading names as words
// of letters, passes over it or takes maker and model for the maker alone. The ontology has no product class: a product
// is Misc ("a named thing of another kind"). A code is a product's only with a product's cue: a product noun after it,
// "the" before a code no body's name has the shape of, or its maker's name right before it.
import type { Token } from '../analysis.js';
import { insertByStart, isCapitalWord, modifiesNoun, overlaps, retype, type Candidate } from './candidate.js';

/** Nouns of made things written after a model's code ("the KR-B2200 phone", "515-300 planes"). */
const PRODUCT_NOUNS = new Set([
  'phone', 'phones', 'handset', 'handsets', 'mobile', 'smartphone', 'console', 'consoles', 'jet', 'jets', 'jetliner', 'jetliners',
  'aircraft', 'plane', 'planes', 'airliner', 'airliners', 'helicopter', 'helicopters', 'drone', 'drones', 'car', 'cars', 'model',
  'models', 'processor', 'processors', 'chip', 'chips', 'camera', 'cameras', 'laptop', 'laptops', 'tablet', 'computer', 'computers',
  'player', 'players', 'browser', 'engine', 'engines', 'pistol', 'pistols', 'rifle', 'rifles', 'missile', 'missiles', 'tank', 'tanks',
  'truck', 'trucks', 'vehicle', 'vehicles', 'robot', 'robots', 'device', 'devices', 'gadget', 'handheld', 'version', 'edition',
]);
/** Types of a maker's mention a model's code may follow ("Avion 515-300", "Tarvo Skylift 600"). */
const MAKER_TYPES = new Set<Candidate['type']>(['Company', 'Organization', 'Misc']);
/** Words before a code that make it a thing's ("the Q740X", "its Q740X"). */
const DETERMINERS = new Set(['the', 'The', 'its', 'Its', 'their', 'a', 'an']);
/** A code of capitals and digits that a body's name also has ("G8", "BBC2", "U2"): a product's only with a product noun or a maker. */
const BODY_SHAPE = /^[A-Z]{1,4}\d{1,2}$/;
/** Digits, then capitals: a measure or a technology ("160GB", "3G", "4K"). */
const MEASURE = /^\d+[A-Z]+$/;
/** A British road ("the M25", "the A1"). */
const ROAD = /^[ABM]\d+$/;
/** A year ("Tarvo 2004"), a number no model is named by. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The end of the code that opens at `i`, or `i` when none: one word, or words glued with hyphens ("KR-B2200",
 * "515-300"), of capitals and digits with a digit in them. `mixed` tells whether a letter is in it (a pure number is a
 * model's code only after its maker).
 */
function codeAt(tokens: readonly Token[], i: number): { end: number; mixed: boolean } {
  let end = i;
  let digit = false;
  let letter = false;
  while (end < tokens.length) {
    const w = tokens[end]!.text;
    if (end > i && tokens[end - 1]!.end !== tokens[end]!.start) break;
    if (w === '-' && end > i && end + 1 < tokens.length && tokens[end]!.end === tokens[end + 1]!.start) {
      end++;
      continue;
    }
    if (!/^[A-Z0-9]+$/.test(w)) break;
    if (/\d/.test(w)) digit = true;
    if (/[A-Z]/.test(w)) letter = true;
    end++;
  }
  while (end > i && tokens[end - 1]!.text === '-') end--;
  return digit ? { end, mixed: letter } : { end: i, mixed: false };
}

/**
 * Marks the sentence's products named by a code, in place: a new Misc mention for the code (with its maker's name or
 * model word before it when there is one), which replaces the maker's mention it takes in; a mention that already ends
 * with the code is retyped Misc. Candidates are sorted by start and stay so.
 */
export function markProducts(tokens: readonly Token[], marked: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) continue;
    const { end, mixed } = codeAt(tokens, i);
    if (end === i) continue;
    const code = tokens.slice(i, end).map((t) => t.text).join('');
    if (ROAD.test(code) || YEAR.test(code)) continue;
    // a glued word before or after is part of something else ("2013Tarvo", "Q740X-based")
    if ((i > 0 && tokens[i - 1]!.end === tokens[i]!.start) || (gluedAfter(tokens, end) && /^[\p{L}\d]/u.test(tokens[end]!.text))) continue;
    const next = tokens[end]?.text ?? '';
    const nounAfter = PRODUCT_NOUNS.has(next);
    // the maker's mention right before, or before one capitalised model word ("Tarvo Skylift 600")
    let start = i;
    const maker = marked.find((m) => MAKER_TYPES.has(m.type) && !m.canonical && (m.end === i || (m.end === i - 1 && isCapitalWord(tokens[i - 1]!.text) && !/\d/.test(tokens[i - 1]!.text))));
    if (maker) start = maker.start;
    const covering = marked.find((m) => m.start < end && m.end === end && m.start <= i);
    let product: boolean;
    // a number after a name is a model's only with three digits at least and nothing glued after ("Avion 515-300", not a
    // score "Tarvo 3-1" or an amount "Tarvo 260.75bn")
    if (!mixed) product = Boolean(maker || covering) && tokens[i]!.text.length >= 3 && !gluedAfter(tokens, end);
    // "G8", "MP3": a body's or a format's shape too, and "160GB", "3G": a measure or a technology (digits, then letters),
    // a product's only after its maker ("Tarvo QX3")
    // ("Tarvo Kestrel QX3" the recogniser read as one name counts as the maker's and model's)
    else if (BODY_SHAPE.test(code) || MEASURE.test(code)) product = Boolean(maker) || Boolean(covering && covering.start < i);
    // "the Q740X", not "the P2P networks" (a code modifying a noun names a kind) nor "the 3G" (too short to be a model's)
    else product = nounAfter || Boolean(maker) || (i > 0 && DETERMINERS.has(tokens[i - 1]!.text) && code.length >= 3 && !modifiesNoun(tokens, end));
    if (!product) continue;
    if (covering) {
      // the recogniser's "Tarvo Skylift 600" for a body: the product
      if (covering.type !== 'Misc' && !covering.canonical) retype(covering, 'Misc');
      i = end - 1;
      continue;
    }
    const span = { start, end };
    // the maker's mention gives way to the product's; another name in the way leaves the code alone
    const others = marked.filter((m) => overlaps(m, span));
    if (others.some((m) => m !== maker)) continue;
    if (maker) marked.splice(marked.indexOf(maker), 1);
    insertByStart(marked, { start, end, type: 'Misc', source: 'rule', confidence: 0.6 });
    i = end - 1;
  }
}

/** Whether a token is glued right after the code (a decimal's point, a unit). */
function gluedAfter(tokens: readonly Token[], end: number): boolean {
  return end < tokens.length && tokens[end]!.start === tokens[end - 1]!.end;
}
