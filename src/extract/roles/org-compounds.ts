// Organisations tied to another by a compound: "<Acme> <rival> <Zenta>", "Acme minority investors' group Zenta", "Acme
// supplier Zenta". The first name modifies a relational noun, and the second name is that noun's head: Zenta is Acme's
// rival, group, supplier (Zenta | rivalOf | Acme). Read from the tokens and mentions, so it holds with or without a parse.
import type { Mention } from '../../analyze/analysis.js';
import type { Candidate } from '../candidate.js';
import { ORGANISATION_TYPES } from '../anaphora.js';
import { entityFromMention } from '../arguments.js';
import { camel } from '../predicates/index.js';
import { lower, type SentenceView } from '../sentence-view.js';

// Only organisations proper (ORGANISATION_TYPES) hold a unit: a place before a noun ("US retail giant Acme") says where, not whose.

/** Compound demonyms the recogniser may take for a name ("Anglo-Dutch", "Franco-German"): they say where, not whose. */
const COMPOUND_DEMONYM = /^(?:Anglo|Franco|Sino|Russo|Italo|Greco|Indo|Afro|Euro|Austro|Hispano|Luso|Judeo|Turco)-/i;

/**
 * Nouns that relate one organisation to another: its peers, its partners, its groups. Nouns of kind ("giant", "firm",
 * "bank") are not among them: "oil firm Acme" says what Acme is, not whose.
 */
const RELATION_NOUNS = new Set(['group', 'shareholder', 'rival', 'competitor', 'partner', 'supplier', 'customer', 'client', 'sponsor',
  'backer', 'creditor', 'lender', 'brand', 'label', 'imprint', 'venture', 'spin-off', 'spinoff', 'holding']);
// (Not the nouns of owning and of a firm's parts, "Acme unit Zenta", "Zenta owner Acme": business/ownership.ts reads
// those in all their constructions, with one label each, partOf and ownerOf; read here too, the same phrase made two
// rows, "unit of" beside "part of", or the one row twice, which the resolver counted as two extractors agreeing.)

/**
 * "<org> [lower-case words] <relation noun> <org>": the second organisation is the first's rival, group, supplier ...; the
 * words between, lower-case nouns and adjectives (a possessive's apostrophe among them), are the relation's ("minority
 * investors' group of"). The second name must close its phrase: a noun after it makes the names modifiers of
 * something else ("Acme rival Zenta shares").
 */
export function orgCompounds(v: SentenceView, extractor: string): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Mention>();
  v.mentionAt.forEach((first, i) => {
    if (!first || seen.has(first) || !ORGANISATION_TYPES.has(first.type) || COMPOUND_DEMONYM.test(first.text)) return;
    seen.add(first);
    let k = i;
    while (k < v.tokens.length && v.mentionAt[k] === first) k++;
    const from = k;
    const words: string[] = [];
    for (; k < v.tokens.length && k - from < 5 && !v.mentionAt[k]; k++) {
      const t = v.tokens[k]!;
      if (/^\p{Ll}/u.test(t.text) && ['NOUN', 'ADJ'].includes(t.upos)) words.push(lower(t));
      else if ((t.text === "'" || t.text === '\u2019') && words.length) words[words.length - 1] += "'";
      else break;
    }
    const second = v.mentionAt[k];
    const head = words[words.length - 1];
    if (!second || second === first || !ORGANISATION_TYPES.has(second.type) || second.start !== v.tokens[k]!.start || !head || !RELATION_NOUNS.has(head)) return;
    if (v.tokens[k - 1]!.upos !== 'NOUN') return;
    let e = k;
    while (e < v.tokens.length && v.mentionAt[e] === second) e++;
    const after = v.tokens[e];
    if (after && ['NOUN', 'PROPN'].includes(after.upos)) return;
    const label = [...words, 'of'];
    out.push({
      subject: entityFromMention(second), predicate: camel(label), predicateLabel: label.join(' '), object: entityFromMention(first),
      polarity: 'asserted', fact: true, sentence: v.sentence.index, start: first.start, end: second.end, extractor, confidence: 0.65,
    });
  });
  return out;
}
