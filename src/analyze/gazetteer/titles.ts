// Person titles, honorifics and roles: what precedes or describes a name but is not part of it ("Foreign Secretary Jack Straw").
import { key } from './normalize.js';

/**
 * Courtesy titles written before a person's name ("Mr Straw", "Baroness Morgan", "Dr Roe"), lower case without a
 * closing dot, with the gender each gives its bearer (undefined: none). They say nothing else about who someone is, so
 * they are never part of a name's label.
 */
export const HONORIFIC_GENDER: Readonly<Record<string, 'male' | 'female' | undefined>> = Object.freeze({
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', baron: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', dame: 'female', lady: 'female', baroness: 'female',
  dr: undefined, prof: undefined, professor: undefined, rev: undefined, reverend: undefined,
});

/** A courtesy title as written, in any case, with or without its closing dot ("Mr", "mrs.", "Baroness"). */
export const COURTESY_TITLE = new RegExp(`^(?:${Object.keys(HONORIFIC_GENDER).join('|')})\\.?$`, 'i');

/** Honorifics written before a name ("Mr Straw", "Dr. Smith", "Gen. Lee", "Sheikh Ali"): the courtesy titles and the abbreviated ranks, religious and noble titles. */
export const HONORIFICS = new Set([
  ...Object.keys(HONORIFIC_GENDER).flatMap((h) => [h, `${h}.`]),
  'mx', 'fr', 'fr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'maj.', 'adm.', 'cmdr.', 'supt.', 'insp.', 'det.',
  'messrs', 'messrs.', 'mme', 'mme.', 'herr', 'sheikh', 'imam', 'ayatollah', 'rabbi', 'viscount', 'earl', 'duke', 'duchess', 'countess',
]);

/** Letters written after a name that are not part of it ("Jane Roe QC", "John Doe MP"). */
export const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'AM', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD']);

// Role titles, lower-cased; multi-word ones are matched as phrases. Used before a name ("President Macron"),
// after it ("Macron, the president") or alone ("the spokesperson said").
const ROLES = `
president|vice president|vice-president|president-elect|prime minister|deputy prime minister|premier|chancellor|
foreign secretary|home secretary|defence secretary|defense secretary|health secretary|culture secretary|education secretary|
business secretary|trade secretary|transport secretary|environment secretary|justice secretary|work and pensions secretary|
northern ireland secretary|scottish secretary|welsh secretary|chief secretary|press secretary|cabinet secretary|
secretary of state|secretary-general|secretary general|general secretary|secretary|under-secretary|undersecretary|
foreign minister|defence minister|defense minister|finance minister|interior minister|economy minister|trade minister|
health minister|justice minister|energy minister|education minister|agriculture minister|culture minister|sports minister|
minister|deputy minister|junior minister|cabinet minister|shadow chancellor|shadow foreign secretary|shadow home secretary|
ambassador|envoy|special envoy|consul|consul general|high commissioner|commissioner|senator|congressman|congresswoman|
representative|governor|lieutenant governor|mayor|deputy mayor|councillor|councilor|judge|justice|chief justice|
attorney general|attorney-general|solicitor general|prosecutor|chief prosecutor|district attorney|
king|queen|prince|princess|crown prince|emperor|empress|pope|archbishop|bishop|cardinal|patriarch|
general|colonel|lieutenant colonel|major|major general|lieutenant general|brigadier|captain|lieutenant|sergeant|corporal|
private|admiral|rear admiral|vice admiral|commander|commander-in-chief|chief of staff|chief of the defence staff|
field marshal|marshal|
chairman|chairwoman|chair|chairperson|vice chairman|vice-chairman|co-chairman|co-chair|chief executive|chief executive officer|ceo|cfo|coo|cto|
chief financial officer|chief operating officer|managing director|finance director|director|director general|director-general|
executive director|president and chief executive|founder|co-founder|owner|boss|head|leader|deputy leader|party leader|treasurer|
opposition leader|spokesman|spokeswoman|spokesperson|press officer|official|senior official|adviser|advisor|aide|
national security adviser|chief economist|economist|analyst|correspondent|editor|reporter|journalist|lawyer|attorney|
barrister|solicitor|coach|manager|head coach|striker|midfielder|defender|goalkeeper|player|captain|
mp|mep|msp|speaker|leader of the house|chief whip|whip|supreme leader|dictator|monarch|sheikh|emir|sultan|
professor|doctor|detective|inspector|chief inspector|superintendent|chief constable|police chief|commissioner|
constable|deputy chief constable|assistant chief constable|district judge|circuit judge|magistrate|sheriff|
`;

const roles = new Set(ROLES.split('|').map((r) => key(r)).filter(Boolean));
const longestRole = Math.max(...[...roles].map((r) => r.split(/[ -]/).length));
// First words of roles ("foreign" of "foreign secretary", "vice" of "vice-president"): most words start none.
const roleStarts = new Set([...roles].map((r) => r.split(/[ -]/)[0]!));

/** Words that qualify a title without being part of a name ("former", "acting", "deputy"). */
export const TITLE_MODIFIERS = new Set([
  'former', 'ex', 'then', 'late', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'chief', 'senior', 'shadow', 'outgoing',
  'incoming', 'new', 'current', 'caretaker', 'self-styled', 'junior', 'retired', 'top',
]);

// Every word a title can open with: a modifier, the first word of a role, an honorific.
const TITLE_OPENERS = new Set([...TITLE_MODIFIERS, ...roleStarts, ...HONORIFICS]);

// What a word can be at the start of a title, one bit each, asked of every word of a sentence several times over (the title
// and person rules, the span cleaner, the extractors): each word's bits are remembered, one lookup of the word instead of
// its key built again and looked up once per question. A Map of its own (not util/memo's shared closure): its lookups stay
// monomorphic and no other table's values mix into its type feedback.
const OPENS_TITLE = 1; // a modifier, a role's first word or an honorific; a hyphenated title's first part; "ex-"
const HONORIFIC = 2;
const OPENS_ROLE = 4; // the key's first word (up to a space or hyphen) is a role's first word
const MODIFIER = 8;
const STARTS_ROLE = 16; // as OPENS_ROLE, after an "ex-" prefix is dropped ("ex-president")
const WORD_CLASS_LIMIT = 50_000;

/** The bits of a word whose key is `k`. */
function classOfKey(k: string): number {
  let c = 0;
  // a hyphenated title written as one token ("vice-president", "co-chairman") opens with its first part
  if (TITLE_OPENERS.has(k) || k.startsWith('ex-') || (k.includes('-') && TITLE_OPENERS.has(k.split('-')[0]!))) c |= OPENS_TITLE;
  if (HONORIFICS.has(k)) c |= HONORIFIC;
  if (roleStarts.has(k.split(/[ -]/)[0]!)) c |= OPENS_ROLE;
  if (TITLE_MODIFIERS.has(k)) c |= MODIFIER;
  if (roleStarts.has(k.replace(/^ex-/, '').split('-')[0]!)) c |= STARTS_ROLE;
  return c;
}

// The bits of every word of ASCII letters, digits and stops with no hyphen (see plainWord) that has any: the few hundred
// words of the tables above. Such a word's key is its lower case, and one not listed here has none (every bit asks for a
// table's word, or for a hyphen). A table this small stays in the processor's cache; the memory of all words a build
// meets (wordClasses, below) is asked only of the other words.
const PLAIN_CLASSES = new Map<string, number>();
for (const k of [...TITLE_OPENERS, ...HONORIFICS, ...roleStarts, ...TITLE_MODIFIERS]) if (plainWord(k) && k === k.toLowerCase()) PLAIN_CLASSES.set(k, classOfKey(k));

/** Whether a word is printable ASCII with no space, hyphen or backquote: its key is then its lower case. */
function plainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x2d || c === 0x60) return false;
  }
  return true;
}

// The other words' bits, remembered per word.
const wordClasses = new Map<string, number>();

function wordClass(word: string): number {
  if (plainWord(word)) return PLAIN_CLASSES.get(word.toLowerCase()) ?? 0;
  const known = wordClasses.get(word);
  if (known !== undefined) return known;
  const c = classOfKey(key(word));
  if (wordClasses.size >= WORD_CLASS_LIMIT) wordClasses.clear();
  wordClasses.set(word, c);
  return c;
}

export function isHonorific(word: string): boolean {
  return (wordClass(word) & HONORIFIC) !== 0;
}

/**
 * Whether a title may start at this word (`titleLength` of it is 0 otherwise, whatever follows). Every honorific is
 * such a word: a rule asking both may ask this first.
 */
export function mayOpenTitle(word: string): boolean {
  return (wordClass(word) & OPENS_TITLE) !== 0;
}

// Whether a word can be the first of a role title: a role's key opens with the key of its first word (up to a space or
// hyphen), so a phrase whose first word fails this is no role, whatever follows.
function opensRole(word: string): boolean {
  return (wordClass(word) & OPENS_ROLE) !== 0;
}

/** True for a one-word or multi-word role title ("President", "foreign secretary", "spokesperson"). */
export function isRole(phrase: string): boolean {
  return roles.has(key(phrase));
}

/**
 * Whether the words [start, end) spell a role title, as `isRole` of them joined ("Attorney General"; the tokens "vice",
 * "-", "president" spell "vice-president"). Most spans open with a word no role opens with: the phrase is built only
 * when the first word may open one.
 */
export function spellsRole(words: readonly string[], start: number, end: number): boolean {
  return end > start && opensRole(words[start]!) && isRole(words.slice(start, end).join(' ').replace(/ - /g, '-'));
}

/**
 * The number of words of the longest title starting at `words[at]` ("Foreign Secretary" in
 * "Foreign Secretary Jack Straw" -> 2), including leading modifiers and honorifics; 0 when none.
 * With `end`, only the words before it count, as for `words.slice(0, end)` (a negative `end` counts from the last word),
 * without the copy: callers ask of the words before a name's last word, for every word of a span.
 */
export function titleLength(words: readonly string[], at: number, end = words.length): number {
  const length = end < 0 ? Math.max(words.length + end, 0) : Math.min(end, words.length);
  if (at >= length) return 0;
  // Most words open no title: one lookup settles them.
  if (!mayOpenTitle(words[at]!)) return 0;
  let i = at;
  while (i < length && ((wordClass(words[i]!) & MODIFIER) !== 0 || (i > at && words[i] === '-'))) i++;
  if (i >= length) return 0;
  if ((wordClass(words[i]!) & STARTS_ROLE) !== 0) {
    // The words joined once, shortest first; then the longest that is a role wins.
    const longest = Math.min(longestRole, length - i);
    const joined: string[] = [];
    let phrase = words[i]!;
    joined.push(phrase);
    for (let n = 2; n <= longest; n++) {
      phrase = `${phrase} ${words[i + n - 1]!}`;
      joined.push(phrase);
    }
    for (let n = longest; n >= 1; n--) {
      // Tokens "vice", "-", "president" spell "vice-president"; "ex-president" is one token.
      if (roles.has(key(joined[n - 1]!.replace(/ - /g, '-')).replace(/^ex-/, ''))) return i + n - at;
    }
  }
  return isHonorific(words[i]!) ? i + 1 - at : 0;
}
