// Names of firms, bodies and people as the business rules read them on the words: the recogniser's names, a firm's short
// name it missed ("Federated" after "Federated Department Stores"), a list of names ("Zed, Borla and Kem").
import type { EntityArgument } from '../candidate.js';
import { entityFromMention } from '../arguments.js';
import { lower, type SentenceView } from '../sentence-view.js';

/** Types of name that own, buy or are owned: firms, bodies and people (a place "owns" nothing here). */
const OWNING_TYPES = new Set(['Company', 'Organization', 'Person', 'Group', 'Misc', 'Facility', 'Product']);
const FIRM_TYPES = new Set(['Company', 'Organization']);

/** A name at token `k`: its argument and its last token. */
export interface NameAt { arg: EntityArgument; last: number }

/**
 * The name covering token `k`, of a type that owns or is owned; or a firm's short name the recogniser missed there: a
 * capitalised word that an earlier name of a firm in the article begins with ("Federated" after
 * "Federated Department Stores"), standing for that firm.
 */
export function nameAt(v: SentenceView, k: number): NameAt | undefined {
  if (k < 0 || k >= v.tokens.length) return undefined;
  const m = v.mentionAt[k];
  if (m) {
    if (!OWNING_TYPES.has(m.type)) return undefined;
    let last = k;
    while (v.mentionAt[last + 1] === m) last++;
    return { arg: entityFromMention(m), last };
  }
  const t = v.tokens[k]!;
  // (a sentence's first word is capitalised whatever it is: there only a word of a name's kind, "Federated has ...")
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || k === 0 && !['PROPN', 'NOUN', 'ADJ', 'VERB'].includes(t.upos)) return undefined;
  const full = v.analysis.mentions.find((x) => x.start < t.start && FIRM_TYPES.has(x.type) && x.text.startsWith(`${t.text} `));
  if (!full) return undefined;
  return { arg: { kind: 'entity', text: t.text, start: t.start, end: t.end, type: full.type, canonical: full.canonical ?? full.text }, last: k };
}

/** The names of a list starting at token `k`: "Zed, Borla and Kem" (names and proper nouns), until another word. */
export function namesFrom(v: SentenceView, k: number): EntityArgument[] {
  const out: EntityArgument[] = [];
  while (k < v.tokens.length) {
    const name = nameAt(v, k);
    if (name) {
      out.push(name.arg);
      k = name.last + 1;
    } else {
      // a name the recogniser left out ("Bloomingdale's")
      const proper = properNounsAt(v, k, 'Organization');
      if (!proper) break;
      out.push(proper.arg);
      k = proper.last + 1;
    }
    const w = v.tokens[k] ? lower(v.tokens[k]!) : '';
    if (w === ',' || w === 'and') {
      k++;
      if (v.tokens[k] && lower(v.tokens[k]!) === 'and') k++;
    } else break;
  }
  return out;
}

/** The name ending right before token `k`, skipping a possessive "'s": "Acme, owner of" has Acme end at the comma. */
export function nameEndingAt(v: SentenceView, k: number): EntityArgument | undefined {
  if (k >= 0 && /^['\u2019]s?$/.test(v.tokens[k]!.text)) k--;
  const m = k >= 0 ? v.mentionAt[k] : undefined;
  let first = k;
  while (m && first > 0 && v.mentionAt[first - 1] === m) first--;
  return nameAt(v, first)?.arg;
}

/** A name the recogniser left out: capitalised proper nouns as written from `k`, with a possessive "'s" of theirs. */
export function properNounsAt(v: SentenceView, k: number, type: EntityArgument['type']): NameAt | undefined {
  const t = v.tokens[k];
  if (!t || t.upos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || v.mentionAt[k]) return undefined;
  let e = k;
  while (e + 1 < v.tokens.length && !v.mentionAt[e + 1] && (v.tokens[e + 1]!.upos === 'PROPN' || /^['\u2019]s$/.test(v.tokens[e + 1]!.text) && v.tokens[e + 1]!.start === v.tokens[e]!.end)) e++;
  const text = v.analysis.document.text.slice(t.start, v.tokens[e]!.end);
  return { arg: { kind: 'entity', text, start: t.start, end: v.tokens[e]!.end, type }, last: e };
}
