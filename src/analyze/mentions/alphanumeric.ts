// Names written with digits ("U2", "G8", "MI5", "ITV1", "NM2"): bands, clubs of nations, agencies, channels and projects
// that the recogniser, whose features read names as words of letters, passes over. The same shape names products ("the
// PS3"), mountains ("K2"), series ("F1") and viruses ("H5"), so the name is an organisation's only where the article
// gives it a body's cue; elsewhere the rule adds nothing.
import type { Mention, Token } from '../analysis.js';
import type { Candidate } from './candidate.js';

/** Capitals then one or two digits: "U2", "G8", "MI5", "ITV1", "BBC2". Product codes run to more digits ("W800", "S6500"). */
const SHAPE = /^[A-Z]{1,4}\d{1,2}$/;
/** One letter of a British road's class before its number ("the M25", "the A1"): a road, no body's name. */
const ROAD = /^[ABM]\d+$/;

/** Nouns of bodies a name stands in apposition to ("the band Q7", "channel ZTV2", "rock group X5"). */
const BODY_NOUNS = new Set([
  'band', 'group', 'channel', 'station', 'network', 'broadcaster', 'firm', 'company', 'label', 'club', 'team', 'agency',
  'outfit', 'quartet', 'trio', 'duo', 'charity', 'party', 'organisation', 'organization', 'body', 'bloc', 'alliance',
  'operator', 'carrier', 'studio', 'publisher', 'developer', 'service', 'consortium', 'union', 'association',
  'bands', 'groups', 'channels', 'stations', 'networks', 'broadcasters', 'firms', 'companies', 'labels', 'agencies',
]);
/** Nouns of a body's people and works a name modifies or owns ("Q7 frontman", "ZTV2 controller", "Q7's new album"). */
const MEMBER_NOUNS = new Set([
  'frontman', 'singer', 'guitarist', 'drummer', 'bassist', 'member', 'members', 'chief', 'chiefs', 'boss', 'bosses',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'executive', 'executives', 'director', 'controller',
  'presenter', 'co-ordinator', 'coordinator', 'founder', 'fans', 'leaders', 'ministers', 'album', 'tour', 'gig', 'concert',
  'staff', 'shareholders', 'headquarters', 'schedule', 'viewers', 'listeners',
]);
/** Verbs of saying whose subject the name is ("ZTV2 said"), and the plural agreement a singular name takes as a body ("Q7 have"). */
const BODY_VERBS = new Set(['said', 'says', 'announced', 'announces', 'told', 'added', 'reported', 'confirmed', 'denied', 'claimed', 'stated', 'warned', 'insisted']);
const PLURAL_AUX = new Set(['have', 'are', 'were']);
/** Nouns of a body's offices and gatherings a name is "of" ("the presidency of the G9", "a member of Q7"). */
const OFFICES_OF = new Set(['presidency', 'chairmanship', 'member', 'members', 'membership', 'head', 'leader', 'leaders', 'spokesman', 'spokeswoman']);
/** Plural nouns a name is "of" as a club of members ("the G9 of rich nations"). */
const MEMBERS_OF = new Set(['nations', 'countries', 'states', 'economies', 'powers', 'members']);

/**
 * A word of the name's shape that heads a noun phrase of its own, no other name's or noun's part (a subject, an object, a possessive: "K9 have won", "the
 * G8 of rich nations", "NM2's co-ordinator"), is a candidate, an organisation where its sentence gives a body's cue
 * (`bodyCue`) and otherwise 'Misc', which `alphanumericBodies` keeps only where another mention of the name in the article
 * had a cue. Not where it modifies a common noun after it ("the G8 summit", "C4 explosive", "MP3 players": a kind as often
 * as a body) unless that noun is a body's person ("Q7 frontman"); nor next to another proper noun ("Flash MP3", "P95
 * Ruger": a product's name) or after a common noun or a number ("rule K3", "a 9mm P95": a thing's label) unless that noun
 * names a body ("the band Q7"). The candidates are pushed onto `found`.
 */
export function alphanumericNames(words: readonly string[], upos: readonly string[], found: Candidate[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    // a capital first, a digit last: the cheap test before the pattern
    if (c < 65 || c > 90 || !isDigit(w.charCodeAt(w.length - 1)) || !SHAPE.test(w) || ROAD.test(w)) continue;
    const cue = bodyCue(words, i);
    const next = words[i + 1];
    if (!cue) {
      if (next !== undefined && (upos[i + 1] === 'PROPN' || (upos[i + 1] === 'NOUN' && /^\p{Ll}/u.test(next)))) continue;
      // "rule K3", "a 9mm P95", "Flash MP3": a code after a common noun, a measure or another name labels a thing
      if (i > 0 && (upos[i - 1] === 'PROPN' || upos[i - 1] === 'NUM' || (upos[i - 1] === 'NOUN' && /^[\p{Ll}\d]/u.test(words[i - 1]!)))) continue;
    } else if (next !== undefined && upos[i + 1] === 'PROPN') continue;
    found.push({ start: i, end: i + 1, type: cue ? 'Organization' : 'Misc', source: 'rule', confidence: 0.6, byShape: true });
  }
}

/** Whether the words around `i` make the name there a body's: apposition to a body's noun, its people, a verb of saying, plural agreement, "their". */
function bodyCue(words: readonly string[], i: number): boolean {
  const before = i > 0 ? words[i - 1]!.toLowerCase() : '';
  // "the band Q7", "the two channels, ZTV2 and ZTV3"
  if (BODY_NOUNS.has(before) || (before === ',' && i > 1 && BODY_NOUNS.has(words[i - 2]!.toLowerCase()))) return true;
  const of = before === 'the' ? i - 2 : i - 1;
  if (of > 0 && words[of] === 'of' && OFFICES_OF.has(words[of - 1]!.toLowerCase())) return true;
  let j = i + 1;
  if (words[j] === "'s" || words[j] === '’s') j++;
  const next = words[j]?.toLowerCase();
  if (next === undefined) return false;
  if (MEMBER_NOUNS.has(next)) return true;
  if (j > i + 1) return false;
  if (BODY_VERBS.has(next) || PLURAL_AUX.has(next)) return true;
  if ((next === 'has' || next === 'have' || next === 'had') && BODY_VERBS.has(words[j + 1]?.toLowerCase() ?? '')) return true;
  // "the G9 of rich nations", "the G9 of top industrial nations"
  if (next === 'of') for (let k = j + 1; k <= j + 3 && k < words.length; k++) if (MEMBERS_OF.has(words[k]!)) return true;
  // "ZTV2 and ZTV3 have": a name joined to one its cue makes a body
  if (next === 'and' && SHAPE.test(words[j + 1] ?? '') && bodyCue(words, j + 1)) return true;
  // "Q7 toured with Pell on their first ...": a singular name "their" takes up a few words on is a body
  for (let k = i + 1; k < words.length && k <= i + 6; k++) if (words[k] === 'their') return true;
  return false;
}

/**
 * The article's decision for the rule's uncued names: a 'Misc' name of the shape is an organisation where another mention
 * of it in the article had a body's cue, and is dropped otherwise (the shape alone names a product, a peak or a series as
 * often as a body). `byShape` holds the mentions alphanumericNames found (its candidates' flag), not any other rule's of
 * the same shape. Mentions are changed and removed in place; call before the article's names are harmonised.
 */
export function alphanumericBodies(mentions: Mention[], byShape: ReadonlySet<Mention>): void {
  let bodies: Set<string> | undefined;
  let uncued = false;
  for (const m of byShape) {
    if (m.type === 'Organization') (bodies ??= new Set()).add(m.text);
    else if (m.type === 'Misc') uncued = true;
  }
  if (!uncued) return;
  // "BBC1 and ITV1, the two channels ... surpass BBC2": a name that differs from a cued body's only in its digits is the
  // same body's sibling (a channel, a club of nations: "G7" beside "G8"), where the letters are two at least
  let families: Set<string> | undefined;
  // (not the letters alone: "IE" the recogniser took for a body says nothing of "IE7", a version of a product)
  for (const m of mentions) if (BODY_TYPES.has(m.type) && FAMILY.test(m.text)) (families ??= new Set()).add(letters(m.text));
  let kept = 0;
  for (const m of mentions) {
    if (m.type === 'Misc' && byShape.has(m)) {
      if (!bodies?.has(m.text) && !families?.has(letters(m.text))) continue;
      m.type = 'Organization';
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/**
 * "the station 1Xtra", "4Ventures said": a name written with a digit or two glued before it, which the tokeniser cut
 * off as a number, is one name with it; the mention takes the digits back. A longer number glued on is a year run into
 * the next word by a lost line break ("January 2013Tarvik"), no part of the name.
 */
export function gluedDigits(tokens: readonly Token[], marked: Candidate[]): void {
  for (let k = 0; k < marked.length; k++) {
    const m = marked[k]!;
    const at = m.start - 1;
    if (at < 0 || !GLUED_DIGITS.test(tokens[at]!.text) || tokens[at]!.end !== tokens[m.start]!.start) continue;
    // the digits begin a word of their own (a space or nothing before them) and no other mention holds them
    if ((at > 0 && tokens[at - 1]!.end === tokens[at]!.start) || (k > 0 && marked[k - 1]!.end > at)) continue;
    m.start = at;
  }
}
const GLUED_DIGITS = /^\d{1,2}$/;

/** A body's name a sibling's can share the capitals of: two to four capitals, then one or two digits ("ITV1", "BBC1"). */
const FAMILY = /^[A-Z]{2,4}\d{1,2}$/;
/** Types of a body a sibling name follows. */
const BODY_TYPES = new Set<Mention['type']>(['Organization', 'Company', 'NewsAgency', 'GovernmentBody']);

/** The name's capitals without the digits after them ("BBC" of "BBC2"). */
function letters(name: string): string {
  return name.replace(/\d+$/, '');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
