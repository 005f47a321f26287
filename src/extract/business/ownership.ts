// Who owns what, as business news says it in passing, in a noun phrase beside a name rather than with a verb:
//   "Acme, (the) owner of Zed and Borla, ..." / "Acme - owner of Zed -"      Acme | owner of | Zed (and Borla)
//   "Zed owner Acme", "Zed's owner Acme", "its parent company, Acme"          Acme | owner of | Zed
//   "Zed, a unit / subsidiary / division of Acme"                             Zed | part of | Acme
//   "Acme's subsidiary Zed", "its German unit Zed" (its placed by coreference)  Zed | part of | Acme
//   "Acme unit Zed", "Acme oil unit Zed" (two organisations)                  Zed | part of | Acme
// ("Acme, which owns Zed" and "Acme owns Zed" are the relations' verb rows.) The phrases are read on the words and the
// recogniser's names, not the parse: the parser often takes "owner" or "unit" for the head of the sentence.
import type { Argument, Candidate, EntityArgument } from '../candidate.js';
import { argumentFor, entityFromMention, isPronoun, type Context } from '../arguments.js';
import { lower, type SentenceView } from '../sentence-view.js';
import type { SpeechFrame } from '../speech.js';
import { rolePredicate } from '../predicates/index.js';
import { THIRD_PERSON_POSSESSIVES } from '../predicates/lexicon.js';
import { DASHES } from '../dashes.js';
import { ORGANISATION_TYPES } from '../anaphora.js';
import { asClaim } from './claims.js';
import { nameAt, nameEndingAt, namesFrom, properNounsAt } from './names.js';
import { NAME } from './measures.js';
import { itsOwner } from '../roles.js';

/** Nouns of owning: "owner of", "Zed owner Acme". */
const OWNER_NOUNS = new Set(['owner', 'owners', 'co-owner', 'parent']);
/** Nouns of a part of a firm: "a unit of Acme", "Acme's subsidiary Zed", "Acme unit Zed". */
const PART_NOUNS = new Set(['unit', 'subsidiary', 'division', 'arm', 'affiliate', 'offshoot', 'branch', 'wing', 'subsidiaries', 'units']);
// (This module reads these nouns in every construction they come in, "Acme, owner of Zed", "Acme's unit Zed", "Acme unit
// Zed": roles/org-compounds.ts, which reads "<org> <noun> <org>" for other relations, leaves them here, so that one
// reader gives each such phrase one row with one label, partOf or ownerOf.)
/** Words that put the ownership in the past. */
const PAST_WORDS = new Set(['former', 'ex', 'one-time', 'onetime', 'previous', 'erstwhile', 'old']);
/** Heads of "parent company", "parent group", "parent firm": nouns of owning after "parent". */
const PARENT_HEADS = new Set(['company', 'group', 'firm', 'bank', 'corporation']);
/** Words between an apposition's comma and its noun: "Zed, the largest overseas arm of", "Acme, majority owner of". */
const DESCRIBING_UPOS = new Set(['DET', 'ADJ', 'NOUN', 'VERB', 'NUM']);
/** The property of owning, the roles' own for "Zenta Rovers owner Ada Lind": one property for both readings. */
const OWNER_OF = rolePredicate('owner') ?? { name: 'ownerOf', label: 'owner of' };

/** Where the describing words before noun `n` begin: "the largest overseas arm" begins at "the". */
function descriptionStart(v: SentenceView, n: number): number {
  let from = n;
  while (from > 0 && DESCRIBING_UPOS.has(v.tokens[from - 1]!.upos) && !v.mentionAt[from - 1]) from--;
  return from;
}

/** A possessor before `from` ("Acme's", "its" placed by coreference), as an argument, or undefined. */
function possessorBefore(ctx: Context, v: SentenceView, from: number): Argument | undefined {
  const before = v.tokens[from - 1];
  if (!before) return undefined;
  if (/^['\u2019]s?$/.test(before.text)) {
    return nameEndingAt(v, from - 2);
  }
  // "its unit Zed", "their parent company, Acme": the organisation coreference placed "its" on, roles' itsOwner (not the
  // firm named last before it, which a corpus sample found the referent in 7 of 15 sentences coreference left alone)
  if (['its', 'their'].includes(lower(before))) {
    // (a firm's owner or parent is an organisation proper, not any body roles take a title of)
    const m = itsOwner(v, from - 1);
    return m && ORGANISATION_TYPES.has(m.type) ? entityFromMention(m) : undefined;
  }
  if (THIRD_PERSON_POSSESSIVES[lower(before)]) {
    const a = argumentFor(ctx, v, from - 1);
    if (a && a.kind === 'entity' && a.canonical && !isPronoun(a)) return a;
  }
  return undefined;
}

/**
 * "Acme unit Zed", "Acme oil unit Zed": an organisation's name right before the part noun's describing words, with no
 * possessive, is the whole the named part after the noun belongs to; both names organisations proper, and the part's
 * name closing its phrase (not "Acme unit Zed shares").
 */
function compoundWhole(v: SentenceView, from: number, partName: EntityArgument): EntityArgument | undefined {
  const m = from > 0 ? v.mentionAt[from - 1] : undefined;
  if (!m || !ORGANISATION_TYPES.has(m.type) || !ORGANISATION_TYPES.has(partName.type)) return undefined;
  const k = v.tokens.findIndex((t) => t.start >= partName.end);
  const next = k >= 0 ? v.tokens[k] : undefined;
  return next && (next.upos === 'NOUN' || next.upos === 'PROPN') ? undefined : entityFromMention(m);
}

/** The name ending right before token `k`, or capitalised proper nouns the recogniser left out ("DaimlerChrysler, owner of"). */
function describedName(v: SentenceView, k: number): EntityArgument | undefined {
  const named = nameEndingAt(v, k);
  if (named || k < 0 || v.tokens[k]!.upos !== 'PROPN') return named;
  let first = k;
  while (first > 0 && v.tokens[first - 1]!.upos === 'PROPN' && !v.mentionAt[first - 1]) first--;
  const proper = properNounsAt(v, first, 'Organization');
  return proper && proper.last === k ? proper.arg : undefined;
}

function row(v: SentenceView, subject: Argument, predicate: string, label: string, object: Argument, frames: SpeechFrame[], at: number, confidence: number): Candidate {
  return asClaim({ subject, predicate, predicateLabel: label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index,
    start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence }, frames, at);
}

/** The ownership rows of one sentence (see the header). */
export function sentenceOwnership(ctx: Context, v: SentenceView, frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  const own = (owner: Argument, owned: Argument, at: number, confidence: number): void => { out.push(row(v, owner, OWNER_OF.name, OWNER_OF.label, owned, frames, at, confidence)); };
  const part = (unit: Argument, whole: Argument, at: number, confidence: number): void => { out.push(row(v, unit, 'partOf', 'part of', whole, frames, at, confidence)); };
  v.tokens.forEach((t, n) => {
    const w = lower(t);
    // ("parent company of", "its parent group, Acme": the owner noun with its head)
    const owner = OWNER_NOUNS.has(w) || PARENT_HEADS.has(w) && n > 0 && lower(v.tokens[n - 1]!) === 'parent', unit = PART_NOUNS.has(w);
    if (!owner && !unit || t.upos !== 'NOUN' && t.upos !== 'PROPN' && t.upos !== 'ADJ') return;
    const from = descriptionStart(v, n);
    // "its former parent Zed", "a one-time unit of Acme": no longer owned
    for (let k = from; k < n; k++) if (PAST_WORDS.has(lower(v.tokens[k]!))) return;
    const of = v.tokens[n + 1] && lower(v.tokens[n + 1]!) === 'of';
    // "Acme, owner of Zed", "Zed - a unit of Acme -": an apposition to the name before the comma or dash
    const mark = v.tokens[from - 1];
    const described = of && mark && (mark.text === ',' || DASHES.has(mark.text)) ? describedName(v, from - 2) : undefined;
    if (described && of) {
      const named = namesFrom(v, n + 2);
      for (const other of named) {
        if (owner) own(described, other, n, 0.7);
        else part(described, other, n, 0.7);
      }
      if (named.length) return;
    }
    // "Zed owner Acme", "Zed's owner Acme", "its parent company, Acme", "Acme's subsidiary Zed", "its unit Zed": the name
    // right after the noun (after a comma only behind a possessor: "its parent company, Acme")
    const comma = from !== n && v.tokens[n + 1]?.text === ',' ? 1 : 0;
    const after = nameAt(v, n + 1 + comma)?.arg;
    if (!after) return;
    if (owner) {
      const ownedName = from === n && !comma ? nameEndingAt(v, n - 1) : possessorBefore(ctx, v, from);
      if (ownedName) own(after, ownedName, n, 0.65);
    } else {
      // (a person is no part of a firm: "Zenta's wing Ivo Tan" is a player's position)
      const whole = after.type === 'Person' ? undefined : possessorBefore(ctx, v, from) ?? compoundWhole(v, from, after);
      if (whole) part(after, whole, n, 0.65);
    }
  });
  return out;
}
