// Pronouns and short descriptions of an article resolved to the names they stand for ("he" -> Rhys Williams, "it" ->
// Vodafone, "the company" -> Vodafone), by salience: a simplified Lappin & Leass (1994) over the parse, read once per article.
import type { Analysis, EntityType, Mention } from '../analyze/analysis.js';
import { genderOfCommonGivenName, genderOfFirstName } from '../analyze/gazetteer/name-gender.js';
import { isRole } from './predicates/index.js';
import { isHonorific } from '../analyze/gazetteer/index.js';
import { anaphor, describesAll, GENDERED, honorificGender, ORGS, OTHER_ONE, PERSON, THEY, expandedTitle, type Gender } from './anaphora.js';
import { ancestors, isAgeOld, kids, lemmaOf, lower, mentionHead, QUOTE_OPEN, tokenKey, type SentenceView } from './sentence-view.js';
import { participleSubject, quotationsOpen, quotedTokens } from './speech.js';
import { SPEECH_VERBS } from './predicates/lexicon.js';
import { wordTable } from '../util/word-table.js';

/** What a pronoun or description stands for: the latest mention of its referent before it. */
export interface Antecedent {
  mention: Mention;
  /** 0..1: how clearly the referent stood out from the next candidate (1: no competitor). */
  certainty: number;
}

/**
 * Why coreference left a definite description unresolved on purpose; resolve places none of these another way.
 * - restricted: a clause or participle of its own restricts it ("the group that most firms ignore"): a new referent
 * - phrase: a phrase of its own after it ("the group of states"): read as written
 * - other: a modifier sets it apart from the one just named ("the rival firm")
 * - rival: "the country", "the party" with no clear choice between two of a kind
 * - co-argument: the only one it could name is an argument of its own verb ("Acme decided to sell the firm")
 * - apposed: a name stands beside it ("Zed Bank, the investment bank"; "Ava Shahr, the capital of the province"): that name
 */
export type Decline = 'restricted' | 'phrase' | 'other' | 'rival' | 'co-argument' | 'apposed';

/**
 * The article's resolved pronouns and descriptions by `tokenKey`, with the descriptions declined (by the same key): the
 * one hand-off of coreference's decisions to the extractors and to resolve.
 */
export class Anaphors extends Map<string, Antecedent> {
  readonly declined = new Map<string, Decline>();
  /**
   * Plural descriptions of the people just listed ("Ann Roe and Tom Hale ... The pair were charged"), by the key of the
   * description's head, and a "they"/"them" that clearly stands for such a list, by its own key: the names of the list,
   * one per person (plural-members.ts gives each a row of its own).
   */
  readonly members = new Map<string, Mention[]>();
}

interface PronounClass {
  types: ReadonlySet<EntityType>;
  gender?: Gender;
  plural: boolean;
  reflexive: boolean;
}

// "it" acts for an organisation or a country; a city or venue rarely acts, and is left alone (narrower than anaphora's "it").
const IT: ReadonlySet<EntityType> = new Set([...ORGS, 'Country']);
// "they": an organisation in British usage ("Chelsea have ... they"), a party, a group of people (anaphora's THEY).

const PRONOUNS = new Map<string, PronounClass>();
for (const p of ['he', 'him', 'his', 'himself']) PRONOUNS.set(p, { types: PERSON, gender: 'male', plural: false, reflexive: p === 'himself' });
for (const p of ['she', 'her', 'hers', 'herself']) PRONOUNS.set(p, { types: PERSON, gender: 'female', plural: false, reflexive: p === 'herself' });
for (const p of ['it', 'its', 'itself']) PRONOUNS.set(p, { types: IT, plural: false, reflexive: p === 'itself' });
for (const p of ['they', 'them', 'their', 'themselves']) PRONOUNS.set(p, { types: THEY, plural: true, reflexive: p === 'themselves' });

// Salience weights of a mention by its place in the sentence (Lappin & Leass: recency 100, subject 80, direct object 50,
// indirect object or oblique 40, head noun 80, non-adverbial 50). Halved at every sentence boundary.
const SUBJECT = 310;
const OBJECT = 280;
const INDIRECT = 270;
const OBLIQUE = 220;
const EMBEDDED = 150;
const OTHER = 230;
// A pronoun and a referent last seen in the same grammatical role (both subjects) go together more often.
const PARALLEL = 35;
// Below this a referent is out of reach (a subject about three sentences back, a modifier two back).
const REACH = 35;

const SUBJECT_DEPS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'nsubj:outer']);
// Verbs and adjectives whose "it" holds the place of a clause ("it seems that", "it is hard to", "found it difficult to").
const PLEONASTIC_HEADS = new Set(['seem', 'appear', 'happen', 'matter', 'take', 'remain', 'make', 'find', 'mean']);
// Nouns for people: a singular one ("the minister") competes with the names for "he"/"she".
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'official', 'minister', 'spokesman', 'spokeswoman', 'spokesperson',
  'president', 'leader', 'chief', 'executive', 'director', 'chairman', 'chairwoman', 'manager', 'coach', 'player', 'judge', 'lawyer',
  'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'victim', 'suspect', 'driver', 'analyst', 'boss',
  'secretary', 'ambassador', 'governor', 'mayor', 'captain', 'striker', 'singer', 'actor', 'actress', 'star', 'author', 'founder',
  'prosecutor', 'witness', 'doctor', 'teacher', 'student', 'editor', 'correspondent', 'economist', 'candidate', 'chancellor',
  // people known by their tie to someone or their part in an event ("a friend of the attacker told the BBC ... he")
  'friend', 'neighbour', 'neighbor', 'colleague', 'relative', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'boyfriend',
  'girlfriend', 'resident', 'soldier', 'officer', 'policeman', 'policewoman', 'worker', 'employee', 'passenger', 'pilot',
  'survivor', 'gunman', 'attacker', 'bomber', 'fan',
  // a monarch or a churchman named by the office alone ("the Queen gave the estate to her nephew": no name before)
  'queen', 'king', 'prince', 'princess', 'duke', 'duchess', 'monarch', 'pope', 'archbishop', 'bishop']);

// Singular nouns for more than one person ("the pair were charged ... They"): a plural referent of people; with how many
// they are where the noun says it ("the pair" 2, "the quartet" 4; a family, crew or gang: 0, any number), which
// pluralDescription matches against the list of people just read.
const COLLECTIVE_PERSON_NOUNS: Readonly<Record<string, number>> = wordTable({ pair: 2, couple: 2, duo: 2, trio: 3, quartet: 4, family: 0, crew: 0, gang: 0 });
// How clearly "they" must stand for a list of people, over the bodies and nouns before it, to give each person its facts.
const LIST_CERTAINTY = 0.2;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
// How clearly a gendered pronoun must stand for a name of unknown gender to give it its gender.
const GENDER_CERTAINTY = 0.5;

// Clauses whose subject is backgrounded ("after Mr Lee had spoken, Mr Kim said ..."; "the firm, which Mr Lee founded"): a
// subject there weighs as an oblique, so the main clause's subject stays the one a later "he" continues.
const BACKGROUND_CLAUSES = new Set(['advcl', 'acl', 'acl:relcl']);

/** The weight of a phrase whose head is `head`, with the place `role` it takes: a backgrounded clause's subject weighs less. */
function placeWeight(v: SentenceView, head: number, role: string): number {
  const w = roleWeight(role);
  if (w === EMBEDDED) return w;
  let h = head;
  // the clause's verb: through the name's apposition or conjunct to the phrase's own place, then its head
  for (let steps = 0; steps < 3 && ['appos', 'flat', 'conj'].includes(v.tokens[h]!.dep) && v.tokens[h]!.head >= 0; steps++) h = v.tokens[h]!.head;
  const verb = v.tokens[h]!.head;
  if (verb < 0) return w;
  const clause = v.tokens[verb]!.dep;
  if (w === SUBJECT) return BACKGROUND_CLAUSES.has(clause) ? OBLIQUE : w;
  // "the film starring Lee", "the firm, which bought Zed": an object in a clause that modifies a noun is inside that
  // noun's phrase, and weighs as a modifier of it (Lappin & Leass's head-noun emphasis)
  return clause === 'acl' || clause === 'acl:relcl' ? EMBEDDED : w;
}

/**
 * The verbs whose arguments a phrase under `head` shares a clause with: its own, and those it is the controlled
 * complement of ("Acme decided to sell the firm": Acme is the one who sells, so "the firm" is not Acme).
 */
function clauseVerbs(v: SentenceView, head: number): number[] {
  const out = [head];
  let h = head;
  for (let steps = 0; steps < 3 && h >= 0 && v.tokens[h]!.dep === 'xcomp' && v.tokens[h]!.head >= 0; steps++) {
    h = v.tokens[h]!.head;
    out.push(h);
  }
  return out;
}

// Relations under a subject's verb that the subject c-commands: its phrases, and the clauses it governs ("he said Lee
// lied"), also through an adverb that heads one ("he will stay as long as Lee is coach": the clause under "long"), not a
// conjoined clause nor an apposition.
const IN_CLAUSE = new Set(['obj', 'iobj', 'obl', 'obl:agent', 'obl:unmarked', 'nmod', 'nmod:poss', 'compound', 'flat', 'xcomp',
  'advcl', 'advmod', 'ccomp', 'nsubj', 'nsubj:pass']);
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Who speaks the sentence's quotation: the referent key of the named subject of a verb of saying outside the quotation
 * marks ("Lee said", "said Lee", "Lee told reporters:"), or the place of a pronoun subject there ("..., he said"), to be
 * resolved before the quotation's own pronouns. A sentence that opens with a quotation mark, or runs on inside one
 * (`carried`), and names no speaker goes on with the one before; a sentence without quotation ends the run.
 */
function quotedSpeaker(v: SentenceView, quoted: ReadonlySet<number>, before: string | undefined, carried: boolean,
  keyOf: (m: Mention) => string): Speaker {
  if (!quoted.size) return NO_SPEAKER;
  for (let k = 0; k < v.tokens.length; k++) {
    if (quoted.has(k) || !SPEECH_VERBS.has(lemmaOf(v.tokens[k]!))) continue;
    // "Lee praised the film, saying: ...": a participle of saying with no subject of its own has the one of its verb (speech's rule)
    const own = kids(v, k, 'nsubj');
    const subject = own.length ? own.find((c) => !quoted.has(c)) : participleSubject(v, k);
    if (subject === undefined || quoted.has(subject)) continue;
    const m = v.mentionAt[subject];
    if (m?.type === 'Person') return { key: keyOf(m), pronoun: undefined, carried: false };
    if (!m && PRONOUNS.get(lower(v.tokens[subject]!))?.gender) return { key: undefined, pronoun: subject, carried: false };
  }
  return QUOTE_OPEN.has(v.tokens[0]?.text ?? '') || carried ? { key: before, pronoun: undefined, carried: true } : NO_SPEAKER;
}

/**
 * The speaker of a sentence's quotation, every field always present. Why: objects of four shapes here made V8 throw
 * resolveAnaphors' optimised code away and compile it again.
 */
interface Speaker {
  key: string | undefined;
  pronoun: number | undefined;
  carried: boolean;
}
const NO_SPEAKER: Speaker = { key: undefined, pronoun: undefined, carried: false };

/** The referent keys of the names after a subject pronoun at `p` that it c-commands ("He fined Lee's firm", "he left when Lee came": Lee). */
function namesInClause(v: SentenceView, p: number, keyOf: (m: Mention) => string): ReadonlySet<string> {
  const verb = v.tokens[p]!.head;
  const keys = new Set<string>();
  for (let k = p + 1; k < v.tokens.length; k++) {
    const m = v.mentionAt[k];
    if (!m || (k > 0 && v.mentionAt[k - 1] === m)) continue;
    let h = k;
    for (let steps = 0; steps < 8 && h !== verb && h >= 0 && IN_CLAUSE.has(v.tokens[h]!.dep); steps++) h = v.tokens[h]!.head;
    if (h === verb) keys.add(keyOf(m));
  }
  return keys;
}

/**
 * The referents named inside the sentence's quotation before token `until` (“"I admire Reyes," he said”: the speaker is
 * not Reyes; “"Reyes lied," Hart said, and called him ...”: nor is a pronoun after it in the narration).
 */
function namesQuoted(v: SentenceView, quoted: ReadonlySet<number>, until: number, keyOf: (m: Mention) => string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const k of quoted) {
    const m = v.mentionAt[k];
    if (!m || k >= until) continue;
    keys.add(keyOf(m));
    // "Musa Jibril" quoted, "Ahmad Musa Jibril" named before: a namesake may be the same person, so neither is meant
    if (m.type === 'Person') keys.add(referentKey(m));
  }
  return keys;
}

function roleWeight(dep: string): number {
  if (SUBJECT_DEPS.has(dep)) return SUBJECT;
  if (dep === 'obj') return OBJECT;
  if (dep === 'iobj') return INDIRECT;
  if (dep === 'obl' || dep === 'obl:agent' || dep === 'obl:tmod' || dep === 'obl:npmod') return OBLIQUE;
  if (dep === 'nmod' || dep === 'nmod:poss' || dep === 'compound' || dep === 'amod' || dep === 'nmod:tmod') return EMBEDDED;
  return OTHER;
}

interface Referent {
  key: string;
  /** A name's referent, or a common noun's ("the deal", "shares") that competes with names for a pronoun. */
  named: boolean;
  type: EntityType | undefined;
  gender: Gender | undefined;
  /** True while only a birth register's given name gave `gender`. */
  weakGender: boolean;
  plural: boolean;
  person: boolean;
  /** Salience from the sentences before `at`, decayed to it. */
  salience: number;
  /** The sentence `salience` is decayed to, and the highest weight of the referent's mentions in it (Lappin & Leass count a sentence once). */
  at: number;
  current: number;
  last: Mention | undefined;
  lastRole: string;
  /** Offices written with a person's name ("secretary" in "Foreign Secretary Jack Straw"). */
  roles: Set<string>;
  /** True while in the list of referents within reach. */
  live: boolean;
  /** The last sentence that named or described it. */
  seen: number | undefined;
  /** The name it was first named by (an acronym for it later may say less: "NUJ" for "National Union of Journalists"). */
  first: string;
  /** For a list of people (see `coordination`): the names of the list. */
  members: Mention[] | undefined;
  /** The last sentence in which it was a subject (by name, pronoun or description); -1 before. */
  subjectAt: number;
  /** The office a description last named it by ("chancellor"), '' while none did. */
  describedAs: string;
}

/**
 * A referent with all its fields, in one order, from the start. Why: fields added later (gender, then live, seen and
 * last, in different orders for names and common nouns) gave referents several hidden classes, and V8 threw
 * resolveAnaphors' optimised code away at each new one and compiled it again.
 */
function newReferent(key: string, named: boolean, type: EntityType | undefined, plural: boolean, person: boolean, at: number, role: string, first = ''): Referent {
  return { key, named, type, gender: undefined, weakGender: false, plural, person, salience: 0, at, current: 0, last: undefined, lastRole: role, roles: new Set(), live: false, seen: undefined, first, members: undefined, subjectAt: -1, describedAs: '' };
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
// A word written as a name: a capital, then letters (an acronym, "Zed", "McKay").
const ONE_WORD_NAME = /^\p{Lu}[\p{L}&-]+$/u;
// A surname as written: a capital, then lower-case letters, an apostrophe or hyphen inside ("Holmes", "O'Connor").
const SURNAME = /^\p{Lu}['\u2019]?\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*$/u;
const SURNAME_DEPS = new Set([...SUBJECT_DEPS, 'obj', 'iobj', 'obl', 'obl:agent', 'nmod:poss']);
const INITIALS_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** The initials of a name of several words ("National Union of Journalists" -> NUJ), or undefined. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * Notes that the short form `short` (a given name, initials) may stand for referent `key`; a short form two referents
 * share stands for neither (null).
 */
function noteShortForm(forms: Map<string, string | null>, short: string, key: string): void {
  const seen = forms.get(short);
  if (seen === undefined) forms.set(short, key);
  else if (seen !== key) forms.set(short, null);
}

/** The token heading the phrase a name at `h` is part of: up through appositions, flat names, compounds and conjuncts. */
function phraseHead(v: SentenceView, h: number): number {
  let x = h;
  for (let steps = 0; steps < 3 && ['appos', 'flat', 'compound', 'conj'].includes(v.tokens[x]!.dep) && v.tokens[x]!.head >= 0; steps++) x = v.tokens[x]!.head;
  return x;
}

/** The place of a phrase in its sentence: its head token's relation, seen through names in apposition and conjuncts. */
function roleOf(v: SentenceView, head: number): string {
  let h = head;
  for (let steps = 0; steps < 3; steps++) {
    const t = v.tokens[h]!;
    // "Foreign Secretary Jack Straw" with the title heading, "Chelsea and Arsenal": the phrase's own place
    if ((t.dep === 'appos' || t.dep === 'flat' || t.dep === 'conj') && t.head >= 0) { h = t.head; continue; }
    return t.dep;
  }
  return v.tokens[h]!.dep;
}

const TITLE_GENDER: Record<string, Gender> = wordTable({ ...GENDERED, king: 'male', queen: 'female', prince: 'male', princess: 'female' });

function titleGender(word: string): Gender | undefined {
  return TITLE_GENDER[word];
}

/**
 * The gender a person mention's words give: an honorific or gendered title before it, or a given name in it. `weak`
 * when only a birth register's given name gives it ("Ariel" is mostly a girl's name there): a later "Mr" overrules it.
 */
function genderOf(v: SentenceView, from: number, m: Mention): { gender: Gender; weak: boolean } | undefined {
  const before = from > 0 ? lower(v.tokens[from - 1]!).replace(/\.$/, '') : '';
  const words = m.text.split(/\s+/);
  const first = words[0]!.replace(/\.$/, '').toLowerCase();
  const g = honorificGender(before) ?? titleGender(before) ?? honorificGender(first);
  if (g) return { gender: g, weak: false };
  // the given name is the first capitalised word: a mention may start with a title or a description the recogniser took
  // in ("sprinter Jane Roe", "President Jane Roe")
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    const common = genderOfCommonGivenName(w) ?? titleGender(w.toLowerCase());
    if (common) return { gender: common, weak: false };
    if (isRole(w.toLowerCase())) continue;
    const registered = genderOfFirstName(w);
    return registered ? { gender: registered, weak: true } : undefined;
  }
  return undefined;
}

/** One referent per person's surname ("Jack Straw", "Mr Straw", "Straw") and per other name. */
function referentKey(m: Mention): string {
  const name = (m.canonical ?? m.text).replace(/['\u2019]s?$/, '').trim().toLowerCase();
  if (m.type === 'Person') return `p:${name.split(/\s+/).pop()}`;
  // "Israel" and "the Israelis" are two referents: a country is "it", its people "they"
  return `${m.type === 'Group' ? 'g' : 'n'}:${name.replace(/^the\s+/, '')}`;
}

/**
 * The given name of a person's name written with one ("Ann Cole" -> ann, "J. Cole" -> j), after any honorific or title
 * the recogniser took in ("Dr", "President"); undefined for a surname alone ("Cole", "Mr Cole").
 */
function givenNameOf(name: string): string | undefined {
  const words = name.replace(/['\u2019]s?$/, '').split(/\s+/).filter(Boolean);
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!.replace(/\.$/, '');
    if (!/^\p{Lu}/u.test(w) || isHonorific(w) || isRole(w.toLowerCase())) continue;
    return w.toLowerCase();
  }
  return undefined;
}

/** Whether two given names can be one person's: the same, or an initial of the other ("j" and "john"). */
function sameGivenName(a: string, b: string): boolean {
  return a === b || ((a.length === 1 || b.length === 1) && a[0] === b[0]);
}

/** Whether "it" stands for no referent ("it is hard to say", "found it difficult to", "it seems that"). */
function pleonastic(v: SentenceView, p: number): boolean {
  const t = v.tokens[p]!;
  if (t.dep === 'expl') return true;
  const h = t.head;
  if (h < 0) return false;
  const head = v.tokens[h]!;
  // "it was the visitors who kept their cool", "it is glass that caused the injuries": a cleft's "it" holds the place of
  // the focus its relative clause picks out (a copula under the focus, the clause on it opened by "who" or "that")
  if (kids(v, h, 'cop').some((c) => c > p) && kids(v, h, 'acl:relcl').some((c) => c > h && kids(v, c, 'nsubj', 'nsubj:pass', 'obj').some((k) => k > h && CLEFT_RELATIVES.has(lower(v.tokens[k]!))))) return true;
  const clause = v.children[h]!.some((c) => c > p && ['ccomp', 'csubj', 'xcomp', 'advcl'].includes(v.tokens[c]!.dep));
  if (!clause) return false;
  // "it is hoped the contest will ...", "it was thought that": a passive with a complement clause after it holds that
  // clause's place ("it was set up to provide ..." is a thing set up)
  const passive = t.dep === 'nsubj:pass' && kids(v, h, 'ccomp').some((c) => c > p);
  return head.upos === 'ADJ' || kids(v, h, 'cop').length > 0 || PLEONASTIC_HEADS.has(lemmaOf(head)) || passive;
}

// The relative pronouns that open a cleft's clause ("it was Lee who ...", "it is glass that ...").
const CLEFT_RELATIVES = new Set(['who', 'that']);

// Marks that set a clause off from the noun before it: "the club, which ...", "the firm - owned by ...", "the bank (which ...)".
const SETS_OFF = new Set([',', '-', '\u2013', '\u2014', '(', ';', ':']);

/**
 * Whether the description headed by token `i` is restricted by a relative clause or a participle written right after it
 * ("the group that most firms ignore", "the company named in the report", "the minister who resigned in May"): it
 * introduces the one it describes rather than pointing back, so no earlier name is its referent. A clause set off by a
 * comma, dash or bracket ("the club, which is listed in London") adds to a referent already known and does not count;
 * nor does a participle with a preposition of its own ("accused the party of signing": a complement) or one under a noun
 * the parse made the root ("The firm collapsed in 2002": the sentence's verb read as a participle).
 */
export function restrictedDescription(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  return kids(v, i, 'acl:relcl', 'acl').some((k) => {
    if (k <= i) return false;
    // (the mark is often the clause's own token, so every word up to the clause's verb is looked at)
    for (let j = i + 1; j < k; j++) if (SETS_OFF.has(v.tokens[j]!.text)) return false;
    const t = v.tokens[k]!;
    if (t.dep === 'acl:relcl') return true;
    if (t.tag !== 'VBN' && t.tag !== 'VBG') return false;
    return v.tokens[i]!.head >= 0 && kids(v, k, 'mark', 'case').every((c) => c > k);
  });
}

/**
 * A definite description headed by token `i` ("the company", "the minister"): what it can name, or undefined when it is
 * none (a plural, a name, an owner of its own: "its company").
 */
function definiteDescription(v: SentenceView, i: number): ReadonlySet<EntityType> | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN' || t.tag === 'NNS' || v.mentionAt[i]) return undefined;
  const det = kids(v, i, 'det').find((k) => ['the', 'this', 'that'].includes(lower(v.tokens[k]!)));
  if (det === undefined || kids(v, i, 'nmod:poss').length) return undefined;
  const c = anaphor(`the ${lemmaOf(t)}`);
  return c?.kind === 'description' ? c.types : undefined;
}

/**
 * Why the definite description headed by token `i`, of `types`, names no one named before, as written (before any
 * referent is weighed): any restricted by a clause of its own; a description of an organisation (or a country, a place)
 * with a phrase of its own or a modifier setting it apart. People's roles are otherwise the office rule's and resolve's.
 */
function declinedAsWritten(v: SentenceView, i: number, types: ReadonlySet<EntityType>): Decline | undefined {
  // "the group that most firms ignore", "the minister who resigned in May": a clause of its own introduces a new referent
  if (restrictedDescription(v, i)) return 'restricted';
  if (types.has('Person')) return undefined;
  // "the group of states": a description with a phrase of its own after it is read as written (a clause set off by a
  // comma, "the club, which is listed in London", adds to a referent already known: placed by salience)
  if (kids(v, i, 'nmod').some((k) => k > i)) return 'phrase';
  // "the rival firm", "the combined company", "the parent group": a modifier that sets it apart from the one just named
  if (kids(v, i, 'amod', 'compound').some((k) => OTHER_ONE.has(lemmaOf(v.tokens[k]!).toLowerCase()) || OTHER_ONE.has(lower(v.tokens[k]!)))) return 'other';
  return undefined;
}

// A news article names countries and parties in pairs (the one acting and the one acted on, the party and its rival), so
// "the country", "the party" chosen with less certainty than this is as often the other one: left unresolved.
const RIVAL_CERTAINTY = 0.34;

// Offices a definite description names a person by ("the foreign secretary", "the chief executive").
const OFFICES = new Set(['secretary', 'minister', 'president', 'chancellor', 'premier', 'chairman', 'chairwoman', 'executive', 'ambassador',
  'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'director', 'chief', 'leader', 'coach', 'manager',
  'co-chairman', 'boss', 'captain',
  // a player by position ("the French international defender")
  'striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger',
  // occupations news names a person by once it has named her with them ("singer Jo Bell ... the singer", "Tom Hale, the
  // tycoon, ... the tycoon"): many people hold them, so only the one named with it, or the one just named as subject
  'singer', 'rapper', 'actor', 'actress', 'comedian', 'presenter', 'musician', 'guitarist', 'drummer', 'frontman', 'novelist',
  'author', 'tycoon', 'billionaire', 'magnate', 'businessman', 'businesswoman', 'entrepreneur', 'sprinter', 'athlete', 'golfer',
  'boxer', 'jockey', 'skipper', 'batsman', 'bowler', 'playmaker',
  // words for what several of these are ("the player" for a striker, "the star" for a singer): see HYPONYMS
  'player', 'star']);
// The offices a general word names a person by: "the player" is the one named striker or keeper, "the star" the singer.
const HYPONYMS: Readonly<Record<string, readonly string[]>> = wordTable({
  player: ['striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'playmaker', 'captain', 'skipper', 'batsman', 'bowler'],
  star: ['singer', 'rapper', 'actor', 'actress', 'comedian', 'musician', 'presenter'],
  keeper: ['goalkeeper'], goalkeeper: ['keeper'],
  // "the boss" in news is a club's manager or coach ("former Acme manager Tom Hale ... The former Zed boss")
  boss: ['manager', 'coach'],
});

/** Whether a referent was named with the office, or with one the office's word covers ("the player": a striker). */
function holds(r: Referent, office: string): boolean {
  return r.roles.has(office) || (Object.hasOwn(HYPONYMS, office) && HYPONYMS[office]!.some((h) => r.roles.has(h)));
}
// Offices one person holds at a time in a place: a description of one names its one titled holder in the article.
const SOLE_OFFICES = new Set(['secretary', 'minister', 'president', 'chancellor', 'premier', 'governor', 'mayor', 'chairman', 'chairwoman']);
// Occupations an article seldom gives two of its people: the one person named with it is the one a description of it
// names, however far back ("US tycoon Tom Hale ... The US tycoon"); two so named leave it unresolved.
const SOLE_OCCUPATIONS = new Set(['singer', 'rapper', 'actor', 'actress', 'comedian', 'presenter', 'musician', 'novelist', 'author',
  'tycoon', 'billionaire', 'magnate', 'businessman', 'businesswoman', 'entrepreneur', 'star']);
// Without the title written with a name, a description that is a subject is the most salient person only when that person
// stands out clearly and was last named as the subject of the sentence before ("Jack Straw said ... The foreign secretary told").
const OFFICE_CERTAINTY = 0.5;
const OFFICE_SALIENCE = 150;

// "Tom Hale scored twice. The keeper could do nothing": the keeper is the one scored against, not the scorer. Verbs of
// scoring or shooting at goal (lemmas) whose subject in the sentence before a "keeper"/"goalkeeper" is not carried to it.
const KEEPERS = new Set(['keeper', 'goalkeeper']);
const SCORING = new Set(['score', 'net', 'equalise', 'equalize', 'convert', 'slot', 'volley', 'lob', 'shoot', 'fire', 'curl', 'drill', 'tap']);

/**
 * Whether `r` was the subject of a verb of scoring (SCORING, or a conjunct of one sharing its subject) in the sentence
 * before `s`, by name or by a pronoun resolved to it (fix14d).
 */
function scoredJustBefore(analysis: Analysis, out: Anaphors, s: number, r: Referent): boolean {
  const prev = analysis.sentences[s - 1];
  if (!prev || !r.last) return false;
  const tokens = prev.tokens;
  const same = (m: Mention | undefined): boolean => !!m && (m === r.last || (m.canonical ?? m.text) === (r.last!.canonical ?? r.last!.text));
  const at = (j: number): Mention | undefined => analysis.mentions.find((m) => m.sentence === s - 1 && m.tokenStart <= j && j < m.tokenEnd)
    ?? out.get(tokenKey(s - 1, j))?.mention;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.upos !== 'VERB' || !SCORING.has(lemmaOf(t).toLowerCase())) continue;
    // (the subject of a conjunct verb it shares: "Hale ran on and scored")
    let subjects = tokens.flatMap((u, j) => (u.head === k && /^nsubj(?!:pass)/.test(u.dep) ? [j] : []));
    if (!subjects.length && t.dep === 'conj' && t.head >= 0) subjects = tokens.flatMap((u, j) => (u.head === t.head && /^nsubj(?!:pass)/.test(u.dep) ? [j] : []));
    if (subjects.some((j) => same(at(j)))) return true;
  }
  return false;
}

// Nouns for a person of a nation, a definite description of someone named before ("the Frenchman", "the 20-year-old Swede").
const NATIONALS: Readonly<Record<string, Gender | undefined>> = wordTable({
  frenchman: 'male', frenchwoman: 'female', englishman: 'male', englishwoman: 'female', irishman: 'male', irishwoman: 'female',
  welshman: 'male', welshwoman: 'female', scotsman: 'male', scotswoman: 'female', dutchman: 'male', dutchwoman: 'female',
  spaniard: undefined, swede: undefined, briton: undefined, scot: undefined, dane: undefined, finn: undefined, pole: undefined,
  serb: undefined, croat: undefined, turk: undefined, argentine: undefined, argentinian: undefined, brazilian: undefined,
  australian: undefined, american: undefined, italian: undefined, german: undefined, russian: undefined, belgian: undefined,
  austrian: undefined, norwegian: undefined, canadian: undefined, kenyan: undefined, ethiopian: undefined, nigerian: undefined,
  jamaican: undefined, czech: undefined, portuguese: undefined, swiss: undefined, chilean: undefined, colombian: undefined,
  mexican: undefined, greek: undefined, ukrainian: undefined, romanian: undefined, bulgarian: undefined, moroccan: undefined,
});

/**
 * A definite description of a person by nation or age ("the Frenchman", "the 28-year-old"): who it may name, by gender
 * when the noun gives one; undefined when it is none.
 */
function nationalDescription(v: SentenceView, i: number): { gender?: Gender } | undefined {
  const t = v.tokens[i]!;
  // (the recogniser may take "Frenchman" for a name of its own kind, or "the American" for the country its demonym names:
  // a one-word mention that is not a person's or a body's)
  const m = v.mentionAt[i];
  if (m && !(m.tokenEnd - m.tokenStart === 1 && (m.type === 'Misc' || m.type === 'Group' || m.type === 'Country'))) return undefined;
  if (t.tag === 'NNS' || t.tag === 'NNPS' || !['NOUN', 'PROPN', 'ADJ'].includes(t.upos)) return undefined;
  const w = lower(t);
  const age = isAgeOld(v, i);
  if (!age && (!(w in NATIONALS) || t.upos === 'ADJ')) return undefined;
  // "the Frenchman": the phrase starts with "the" and has no owner or body of its own
  const first = Math.min(i, ...kids(v, i, 'det', 'amod', 'nummod', 'compound'));
  if (lower(v.tokens[first]!) !== 'the' || kids(v, i, 'nmod:poss', 'nmod').length || v.mentionAt[i + 1]) return undefined;
  return age ? {} : { gender: NATIONALS[w] };
}

/** The office a definite description of a person names ("the foreign secretary" -> secretary), if it is one. */
function personDescription(v: SentenceView, i: number): string | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN' || t.tag === 'NNS' || v.mentionAt[i] || !OFFICES.has(lemmaOf(t))) return undefined;
  // "Lee is the greatest star": a predicate says what someone is, and names no one
  if (kids(v, i, 'cop').length) return undefined;
  const det = kids(v, i, 'det').find((k) => lower(v.tokens[k]!) === 'the');
  // "the party's leader", "the president of Acme": a description with its own owner or body is read as written
  if (det === undefined || kids(v, i, 'nmod:poss', 'nmod').length) return undefined;
  // "a name right after it ("the foreign secretary Jack Straw") is the name itself
  if (v.mentionAt[i + 1]) return undefined;
  return lemmaOf(t);
}

/**
 * Whether the common noun at `i` is written right before a name it describes ("condom maker Acme", "the firm Zed"): the
 * name starts at the next token and one of them heads the other, or the parse hung both on one word by one relation (two
 * subjects of one verb).
 */
function describesNameAfter(v: SentenceView, i: number): boolean {
  const m = v.mentionAt[i + 1];
  if (!m || v.tokens[i + 1]!.start !== m.start) return false;
  let end = i + 1;
  while (end < v.tokens.length && v.mentionAt[end] === m) end++;
  const head = mentionHead(v, i + 1, end);
  const t = v.tokens[i]!, h = v.tokens[head]!;
  if (h.head === i || (t.head > i && t.head < end)) return true;
  return t.head >= 0 && t.head === h.head && t.dep === h.dep;
}

// Words that may stand between the names of people listed together: commas, brackets with what they say of each ("Ann
// Roe (hammer), Tom Hale (discus) and ..."), ages ("Lee, 56, and Hale, 57,"), honorifics ("and Mrs Hale").
const LIST_MARKS = new Set([',', '(', ')']);

/**
 * The token after a list of people that a person's name at `i` opens ("Ann Roe, 56, and Mrs Tom Hale"): two names or more,
 * the last after "and", nothing between them but commas, ages, honorifics and a bracketed word; -1 when there is none.
 * Read from the words, as the parser often hangs such a list on the phrase before it.
 */
function coordinatedPeople(v: SentenceView, i: number): number {
  const tokens = v.tokens;
  let k = i;
  let names = 0;
  let and = false;
  while (k < tokens.length) {
    const m = v.mentionAt[k];
    if (m?.type === 'Person') {
      names++;
      while (k < tokens.length && v.mentionAt[k] === m) k++;
      if (and) return names >= 2 ? k : -1;
      continue;
    }
    if (m) return -1;
    const t = tokens[k]!;
    const w = lower(t);
    if (w === 'and' && names > 0) and = true;
    else if (!LIST_MARKS.has(t.text) && t.upos !== 'NUM' && !(tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')')
      && !(isHonorific(t.text.replace(/\.$/, '')) && v.mentionAt[k + 1]?.type === 'Person')) return -1;
    k++;
  }
  return -1;
}

// Plural nouns for people that a number or "both" makes a set of ("the two men", "both players"); the singular nouns for
// a set ("the pair", "the Ardanian duo") are COLLECTIVE_PERSON_NOUNS with their counts.
const PEOPLE_NOUNS = new Set(['man', 'woman', 'men', 'women', 'brother', 'sister', 'player', 'athlete', 'sprinter', 'star', 'actor',
  'singer', 'suspect', 'defendant', 'officer', 'minister', 'leader', 'politician', 'executive', 'director']);
// ("both" is read apart: it makes a set of two without "the")
const SET_COUNTS: Readonly<Record<string, number>> = wordTable({ two: 2, three: 3 });

/**
 * How many people a definite plural description at `i` names ("the pair" 2, "the two men" 2, "both players" 2, "the
 * trio" 3), or 0 when it is none: no owner or phrase of its own ("the pair of shoes", "their two sons").
 */
function pluralDescription(v: SentenceView, i: number): number {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN' || v.mentionAt[i] || kids(v, i, 'nmod', 'nmod:poss', 'acl:relcl').length) return 0;
  const lemma = lemmaOf(t).toLowerCase();
  const dets = kids(v, i, 'det', 'nummod').map((k) => lower(v.tokens[k]!));
  if (t.tag !== 'NNS' && Object.hasOwn(COLLECTIVE_PERSON_NOUNS, lemma)) return dets.includes('the') ? COLLECTIVE_PERSON_NOUNS[lemma]! : 0;
  if (t.tag !== 'NNS' || !PEOPLE_NOUNS.has(lemma)) return 0;
  if (dets.includes('both')) return 2;
  const n = dets.find((d) => Object.hasOwn(SET_COUNTS, d));
  return n && dets.includes('the') ? SET_COUNTS[n]! : 0;
}

/**
 * Whether the common noun at `i` stands in apposition with a name ("Zed Bank, the investment bank, ...", "the chancellor,
 * Tom Hale,"): the name says whom it describes, and no one named before is meant.
 */
function apposedToName(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  // (a definite one: a bare noun in brackets after a name, "Ann Roe (hammer)", says what she does, and is left as it was)
  if (!kids(v, i, 'det').some((k) => lower(v.tokens[k]!) === 'the')) return false;
  // (a name the recogniser missed too: a proper noun)
  const name = (k: number): boolean => v.mentionAt[k] !== undefined || v.tokens[k]!.upos === 'PROPN';
  if (t.dep === 'appos' && t.head >= 0 && name(t.head)) return true;
  return kids(v, i, 'appos').some(name);
}

/** Title words written right before a person's name ("UK Foreign Secretary Jack Straw" -> secretary, foreign). */
function titlesBefore(v: SentenceView, from: number): string[] {
  const out: string[] = [];
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const u = v.tokens[k]!;
    if (!['NOUN', 'PROPN', 'ADJ'].includes(u.upos) || (v.mentionAt[k] && v.mentionAt[k]!.type === 'Person')) break;
    // "Gov. Ana Reis": an abbreviated title is the office it shortens
    const word = lemmaOf(u).toLowerCase();
    out.push(expandedTitle(u.text) ?? word);
  }
  return out;
}

/**
 * Offices written in apposition after a person's name ("Tom Hale, chancellor of the exchequer", "Ann Reis, Acme's
 * chairman,"): the office nouns apposed to the name's head (first token `i`), as for a title written before it.
 */
function titlesApposed(v: SentenceView, i: number, head: number): string[] {
  const out: string[] = [];
  const note = (k: number): void => {
    const u = v.tokens[k]!;
    if (u.upos !== 'NOUN' || v.mentionAt[k]) return;
    // (any noun for a person: "her lawyer, Tom Hale" is no "star" a later description names)
    const w = lemmaOf(u).toLowerCase();
    if (OFFICES.has(w) || PERSON_NOUNS.has(w)) out.push(w);
  };
  for (const k of v.children[head] ?? []) if (k > head && v.tokens[k]!.dep === 'appos') note(k);
  // "her lawyer, Tom Hale,": the name apposed to the noun
  const t = v.tokens[head]!;
  if (t.dep === 'appos' && t.head >= 0 && t.head < head) note(t.head);
  // the same however the parser hung the two: a person's noun, a comma, the name
  if (i >= 2 && v.tokens[i - 1]!.text === ',') note(i - 2);
  return out;
}

/**
 * Antecedents of the article's pronouns and organisation descriptions, keyed by `tokenKey`. Names raise
 * their referent's salience by their place in the sentence; a pronoun takes the most salient referent its number,
 * gender and type allow, unless a common noun ("the plan") stands out more, which leaves it unresolved.
 */
export function resolveAnaphors(views: readonly SentenceView[]): Anaphors {
  const state = new AnaphorState();
  for (const key of teamsOf(views)) state.teams.add(key);
  for (const v of views) {
    if (!v.parsed) continue;
    const s = v.sentence.index;
    state.begin(s);
    const tokens = v.tokens;
    const quoteOpen = quotationsOpen(v.analysis)[s] ?? false;
    const quoted = quotedTokens(v);
    const speaker = quotedSpeaker(v, quoted, state.quoteSpeaker, quoteOpen, state.keyOfMention);
    // `"...," he said`: the speaker's "he" is resolved first (the one who spoke just before, if he fits), so that a "he"
    // in his own words is someone else; the quotation's names do not draw it
    const previousSpeaker = state.quoteSpeaker;
    state.quoteSpeaker = speaker.key;
    const reporter = reportingSubject(v, quoted);
    // the one whose words run on stays as salient as the subject of the "said" each of them stands for
    const speaking = speaker.carried && speaker.key !== undefined ? state.referents.get(speaker.key) : undefined;
    if (speaking) {
      // (as salient as a subject, but no subject of this sentence: a description after it is not carried from it)
      const subjectAt = speaking.subjectAt;
      state.add(speaking, SUBJECT, s, 'nsubj');
      speaking.subjectAt = subjectAt;
    }
    // (built the one way, so that the loop below meets one kind of array)
    const order: number[] = [];
    if (speaker.pronoun !== undefined) order.push(speaker.pronoun);
    for (let k = 0; k < tokens.length; k++) if (k !== speaker.pronoun) order.push(k);
    state.reach(s);
    const sentence: SentenceState = { v, s, quoted, speaker, previousSpeaker, here: new Map(), described: new Set(), coordinated: -1 };
    for (const i of order) {
      const national = nationalDescription(v, i);
      if (national) {
        state.national(sentence, i, national);
        continue;
      }
      const m = v.mentionAt[i];
      if (m) {
        if (i > 0 && v.mentionAt[i - 1] === m) continue;
        state.name(sentence, i, m);
        continue;
      }
      const t = tokens[i]!;
      const w = t.upos === 'PRON' || t.upos === 'DET' ? lower(t) : '';
      const pron = w ? PRONOUNS.get(w) : undefined;
      if (pron) {
        state.pronoun(sentence, i, w, pron);
        continue;
      }
      if (state.surnameAgain(sentence, i) || state.namedAgain(sentence, i)) continue;
      if (t.upos !== 'NOUN') continue;
      state.noun(sentence, i);
    }
    // who was named speaking here, by name or by a pronoun or description resolved to a name: the one a description of an
    // office in the next sentence may go on naming
    const named = reporter === undefined ? undefined : v.mentionAt[reporter] ?? state.out.get(tokenKey(s, reporter))?.mention;
    state.reporter = named?.type === 'Person' ? { key: state.keyOf(named), sentence: s } : undefined;
  }
  return state.out;
}

/**
 * The subject of the clause a possessive pronoun at `p` is in, or of the clause that controls it ("Hale did well to keep his
 * place": Hale): the first subject up the tree whose phrase the pronoun is not itself part of ("Lee said his firm grew":
 * Lee). Undefined when no clause above it has one.
 */
function clauseSubject(v: SentenceView, p: number): number | undefined {
  const up = ancestors(v, p);
  let x = p;
  let controlled = false;
  for (const a of up) {
    const dep = v.tokens[x]!.dep;
    // "Reardon, known by his peers as ...": a participle's subject is the noun it modifies; a relative clause's, its own
    if (dep === 'acl') return a;
    if (dep === 'acl:relcl' || dep === 'parataxis') return undefined;
    if (dep === 'xcomp' || dep === 'advcl') controlled = true;
    const subject = kids(v, a, 'nsubj', 'nsubj:pass').find((k) => !up.includes(k));
    // ("the meetings were used by the union to mend its name": a passive's subject controls none of its clauses)
    if (subject !== undefined) return controlled && v.tokens[subject]!.dep === 'nsubj:pass' ? undefined : subject;
    x = a;
  }
  return undefined;
}

// Prepositions of place after which a plain pronoun may be its clause's subject, as a reflexive would be ("she put it
// behind her", "he looked around him"): Binding Theory's exception for locative phrases.
const PLACE_PREPOSITIONS = new Set(['behind', 'beside', 'around', 'near', 'above', 'below', 'beneath', 'underneath', 'ahead']);

// Verbs whose object "it" is an act ("he did it").
const LIGHT_VERBS = new Set(['do']);

// Plural forms of "be", "have" and "do" a verb may take for its subject ("Wales are", "France have"); "were" also past.
const PLURAL_FORMS = new Set(['are', 'were', "'re", 'have', "'ve", 'do']);

/**
 * The countries of the article written as the subject of a plural verb ("France were", "Wales have won", "England are
 * favourites"): a national side (British usage), which "they" may stand for, as it does for a club. Not a conjoined
 * subject ("France and Spain are"), nor a "were" of a wish or a condition ("if France were to leave").
 */
function teamsOf(views: readonly SentenceView[]): Set<string> {
  const out = new Set<string>();
  for (const v of views) {
    if (!v.parsed) continue;
    for (let k = 0; k < v.tokens.length; k++) {
      const m = v.mentionAt[k];
      if (m?.type !== 'Country' || v.mentionAt[k + 1] === m) continue;
      const t = v.tokens[k]!;
      if (t.dep !== 'nsubj' || t.head < 0 || kids(v, k, 'conj').length) continue;
      const verb = t.head;
      if (kids(v, verb, 'mark').some((c) => ['if', 'unless', 'though'].includes(lower(v.tokens[c]!)))) continue;
      const forms = [verb, ...kids(v, verb, 'aux', 'cop')].filter((c) => c > k);
      const first = forms.length ? Math.min(...forms) : -1;
      if (first < 0) continue;
      const f = v.tokens[first]!;
      // (the forms of "be", "have", "do" only: a tagger's VBP on a past "beat" or "put" says nothing of number)
      const plural = PLURAL_FORMS.has(lower(f));
      // "if France were to leave": a "were" with an infinitive after it is no plural
      if (plural && !(lower(f) === 'were' && lower(v.tokens[first + 1] ?? f) === 'to')) out.add(referentKey(m));
    }
  }
  return out;
}

/** The subject, outside the quotation marks, of the sentence's first verb of saying outside them ("Lee said", "said Lee"). */
function reportingSubject(v: SentenceView, quoted: ReadonlySet<number>): number | undefined {
  for (let k = 0; k < v.tokens.length; k++) {
    if (quoted.has(k) || v.tokens[k]!.upos !== 'VERB' || !SPEECH_VERBS.has(lemmaOf(v.tokens[k]!))) continue;
    const subject = kids(v, k, 'nsubj').find((c) => !quoted.has(c));
    if (subject !== undefined) return subject;
  }
  return undefined;
}

// Common nouns for texts and bodies of words that say things as a speaker does ("the report said", "the study found").
const SPEAKING_NOUNS = new Set(['report', 'study', 'survey', 'statement', 'poll', 'document', 'paper', 'letter', 'research', 'analysis',
  'review', 'newspaper', 'website', 'magazine', 'book', 'memo', 'filing', 'article', 'ruling', 'judgment', 'judgement', 'verdict', 'inquiry',
  'investigation', 'audit', 'assessment', 'forecast', 'release', 'bulletin', 'notice', 'blog', 'journal', 'broadcast', 'programme', 'program']);

/** Whether a common noun's referent (key `c:<lemma>`) can be the subject of a verb of saying: a text or a described body. */
function canSpeak(key: string): boolean {
  const lemma = key.slice(2);
  return SPEAKING_NOUNS.has(lemma) || anaphor(`the ${lemma}`)?.kind === 'description';
}

/**
 * The head token of the name that is the subject of the verb of saying a subject pronoun at `p` reports for ("Acme said
 * it had", "Acme told reporters they would"): the pronoun's verb is the complement of a verb of saying outside any
 * quotation, whose subject is a name. Undefined otherwise.
 */
function reportedBy(v: SentenceView, p: number): number | undefined {
  const t = v.tokens[p]!;
  if (!SUBJECT_DEPS.has(t.dep) || t.head < 0) return undefined;
  const clause = v.tokens[t.head]!;
  if (clause.dep !== 'ccomp' || clause.head < 0 || !SPEECH_VERBS.has(lemmaOf(v.tokens[clause.head]!))) return undefined;
  // "Acme warned Zed they were ...": with someone told, the pronoun may be those told
  if (kids(v, clause.head, 'obj', 'iobj').length) return undefined;
  return kids(v, clause.head, 'nsubj').find((k) => k < p && v.mentionAt[k] !== undefined);
}

// Auxiliaries a floating "both" may follow ("they have both", "they will both"), read as words: the parser hangs "both" anywhere.
const AUXILIARIES = new Set(['have', 'had', 'were', 'are', "'ve", "'re", "'d", 'will', 'would', 'can', 'could', 'may', 'might', 'should',
  'must', 'did', 'do', 'been', 'be']);

/** Whether a "both" floats after the pronoun at `p` ("they both agreed", "they have both warned", "they were both"). */
function floatingBoth(v: SentenceView, p: number): boolean {
  for (let k = p + 1; k < Math.min(v.tokens.length, p + 4); k++) {
    const w = lower(v.tokens[k]!);
    if (w === 'both') return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** Whether token `k` is inside a clause the verb of saying at `verb` reports (its complement or parataxis). */
function inReported(v: SentenceView, k: number, verb: number): boolean {
  // "Growth will slow, it forecast": a verb of saying hung on the clause before it reports all of that clause
  const said = v.tokens[verb]!;
  // (a verb with no complement of its own: "Acme reported a loss and it forecast gains" is two clauses, not a report)
  if (k < verb && said.head >= 0 && said.head < verb && (said.dep === 'parataxis' || said.dep === 'conj') && !kids(v, verb, 'obj', 'ccomp', 'xcomp').length) {
    let x = k;
    for (let steps = 0; steps < 12 && x >= 0 && x !== verb; steps++) x = v.tokens[x]!.head;
    if (x !== verb) return true;
  }
  let h = k;
  for (let steps = 0; steps < 12 && h >= 0; steps++) {
    const t = v.tokens[h]!;
    if (t.head === verb) return t.dep === 'ccomp' || t.dep === 'parataxis';
    h = t.head;
  }
  return false;
}

/** Whether token `i` is the subject of a verb of saying ("the party leader said"). */
function reports(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.dep !== 'nsubj' || t.head < 0 || v.tokens[t.head]!.upos !== 'VERB') return false;
  const lemma = lemmaOf(v.tokens[t.head]!);
  return SPEECH_VERBS.has(lemma) || ASKS.has(lemma);
}
// Verbs that report a question ("How was it right ..., the party leader asked"): as much a speaker's words as "said" for
// who speaks, though not in the lexicon's SPEECH_VERBS ("asked him to leave" reports no words of his).
const ASKS = new Set(['ask', 'wonder']);

/** Notes that referent `r` is named or stood for at token `k` of the sentence. */
function seenHere(here: Map<Referent, number[]>, r: Referent, k: number): void {
  const at = here.get(r);
  if (at) at.push(k);
  else here.set(r, [k]);
}

/** What the resolver knows of the sentence it is in. */
interface SentenceState {
  v: SentenceView;
  s: number;
  quoted: ReadonlySet<number>;
  speaker: Speaker;
  previousSpeaker: string | undefined;
  /** The tokens where each referent is named or stood for in this sentence (a name's head), for the co-argument check. */
  here: Map<Referent, number[]>;
  /** Descriptions of a body no name was found for, in this sentence ("the government"): an "it" after them is that body. */
  described: Set<Referent>;
  /** The token after the last coordination of people read in the sentence (see `coordination`), else -1. */
  coordinated: number;
}

/**
 * The article's referents and what was resolved so far. Why a class of small methods and not one function with
 * closures: V8 compiled the one function (with its closures' contexts in a loop) in up to a second of compiler-thread
 * time, three times a build; methods compile on their own, each in a fraction of that.
 */
class AnaphorState {
  readonly out = new Anaphors();
  readonly referents = new Map<string, Referent>();
  // the referents within reach, in the order they were last named
  readonly live: Referent[] = [];
  // who speaks the quotation running through the sentences: a "he" in his own words is someone else
  quoteSpeaker: string | undefined = undefined;
  // the person named speaking in a sentence (outside any quotation), and the sentence: see `reportingSubject`
  reporter: { key: string; sentence: number } | undefined = undefined;
  // given names of the people named in full ("Serena" -> Serena Williams's referent); null when two people share one. A
  // person named by the given name alone ("Serena said") is the one person named in full with it, unless a person goes
  // by that one word
  readonly givenNames = new Map<string, string | null>();
  // initials of the bodies named in full ("NUJ" -> the National Union of Journalists' referent); null when two share them
  readonly initials = new Map<string, string | null>();
  // people of one surname named in full with other given names ("Ann Cole, the mother of Beth Cole"): one referent each, the
  // first keyed by the surname, the others by surname and given name; the surname alone is the one of them named last
  readonly namesakes = new Map<string, Array<{ given: string; key: string }>>();
  // common nouns seen speaking ("the FT said") or capitalised as a name the recogniser missed ("Sky"): a verb of saying's
  // "it" may be them
  readonly speakers = new Set<string>();
  // countries written as national sides ("France were"): "they" may stand for them (see teamsOf)
  readonly teams = new Set<string>();
  // one-word names of bodies and places as written ("Zed"), to their referents' keys; null when two referents share one
  readonly oneWordNames = new Map<string, string | null>();
  // the people named (by name, or by a pronoun or description resolved to one) in the sentence read now and in the one
  // before it (see `national`)
  personsHere: Referent[] = [];
  personsBefore: Referent[] = [];
  personsSentence = -1;
  // the last list of people read (see `coordination`): its names, its sentence and the token after it
  list: { members: Mention[]; sentence: number; end: number } | undefined = undefined;
  /** `keyOf` as a function of its own, for the helpers that take one. */
  readonly keyOfMention = (m: Mention): string => this.keyOf(m);

  add(r: Referent, weight: number, s: number, role: string, m?: Mention): void {
    decayTo(r, s);
    if (r.person && r.named && !this.personsHere.includes(r)) this.personsHere.push(r);
    if (!r.live) { r.live = true; this.live.push(r); }
    r.current = Math.max(r.current, weight);
    if (SUBJECT_DEPS.has(role)) r.subjectAt = s;
    r.lastRole = role;
    r.seen = s;
    if (m) r.last = m;
  }

  noteGivenName(m: Mention, key: string): void {
    const words = (m.canonical ?? m.text).split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return;
    noteShortForm(this.givenNames, `p:${words[0]!.toLowerCase()}`, key);
  }

  noteInitials(m: Mention, key: string): void {
    const i = initialsOf((m.canonical ?? m.text).replace(/^the\s+/i, ''));
    if (i) noteShortForm(this.initials, i, key);
  }

  /** The referent key of a name: its own, or the one of the full name, initials or namesake it stands for. */
  keyOf(m: Mention): string {
    const key = referentKey(m);
    if (m.type !== 'Person') {
      if (this.referents.has(key)) return key;
      return ACRONYM.test(m.text) ? this.initials.get(m.text) ?? key : key;
    }
    const given = givenNameOf(m.canonical ?? m.text);
    const owners = this.namesakes.get(key);
    if (given === undefined) {
      if (owners && owners.length > 1) {
        let last = owners[0]!;
        for (const o of owners) if ((this.referents.get(o.key)?.seen ?? -1) >= (this.referents.get(last.key)?.seen ?? -1)) last = o;
        return last.key;
      }
      return this.referents.has(key) ? key : this.givenNames.get(key) ?? key;
    }
    if (!owners) {
      this.namesakes.set(key, [{ given, key }]);
      return key;
    }
    const same = owners.find((o) => sameGivenName(o.given, given));
    if (same) return same.key;
    const own = `${key} ${given}`;
    owners.push({ given, key: own });
    return own;
  }

  /** Sentence `s` is read now: the people named in the one read before are those of the sentence before it, if it was `s - 1`. */
  begin(s: number): void {
    this.personsBefore = this.personsSentence === s - 1 ? this.personsHere : [];
    this.personsHere = [];
    this.personsSentence = s;
  }

  /** Referents out of reach at sentence `s` leave the list a pronoun is matched against (they come back when named again). */
  reach(s: number): void {
    const live = this.live;
    let kept = 0;
    for (const r of live) {
      decayTo(r, s);
      if (salienceOf(r) >= REACH) live[kept++] = r;
      else r.live = false;
    }
    live.length = kept;
  }

  /** "the Frenchman", "the 28-year-old" as a subject: the one person standing out, last named as the subject just before. */
  national({ v, s }: SentenceState, i: number, national: { gender?: Gender }): void {
    const role = roleOf(v, i);
    const fits = (r: Referent): boolean => r.person && r.named && !(national.gender && r.gender && r.gender !== national.gender);
    const salient = SUBJECT_DEPS.has(role) ? choose(this.live, s, fits, role) : undefined;
    // (or the one person the sentence before named, in any place, with no one named before it here: "... a landmark for
    // Tom Hale, who retired. The 35-year-old quits the game ...")
    const alone = salient !== undefined && this.personsBefore.length === 1 && this.personsBefore[0] === salient.referent && !this.personsHere.length;
    if (salient?.referent.last && salient.referent.seen === s - 1 && salient.certainty >= OFFICE_CERTAINTY
      && (alone || (salient.referent.subjectAt === s - 1 && salienceOf(salient.referent) >= OFFICE_SALIENCE))) {
      this.out.set(tokenKey(s, i), { mention: salient.referent.last, certainty: salient.certainty });
      this.add(salient.referent, roleWeight(role), s, role);
    }
  }

  /** A name, at its first token. */
  name(sentence: SentenceState, i: number, m: Mention): void {
    const { v, s, here } = sentence;
    const tokens = v.tokens;
    let end = i;
    while (end < tokens.length && v.mentionAt[end] === m) end++;
    const head = mentionHead(v, i, end);
    const role = roleOf(v, head);
    let key = this.keyOf(m);
    // "Mr Ebber's" for Ebbers: a surname ending in "s" written as "X's"
    if (m.type === 'Person' && !this.referents.has(key) && this.referents.has(`${key}s`)) key = `${key}s`;
    if (m.type === 'Person') this.noteGivenName(m, key);
    let r = this.referents.get(key);
    if (!r) {
      // "CSOs", "MPs": an acronym with a plural ending names several
      r = newReferent(key, true, m.type, m.type === 'Group' || PLURAL_ACRONYM.test(m.text), m.type === 'Person', s, role, m.canonical ?? m.text);
      this.referents.set(key, r);
      if (m.type !== 'Person') this.noteInitials(m, key);
    }
    if (m.type !== 'Person' && end === i + 1) noteShortForm(this.oneWordNames, m.text, key);
    if (m.type === 'Person') {
      const g = genderOf(v, i, m);
      if (g && (!r.gender || (r.weakGender && !g.weak))) { r.gender = g.gender; r.weakGender = g.weak; }
      for (const w of titlesBefore(v, i)) if (OFFICES.has(w)) r.roles.add(w);
      for (const w of titlesApposed(v, i, head)) r.roles.add(w);
      // "Bryn Hale was the busier keeper": an office the name's clause says it is
      const predicate = tokens[head]!.dep === 'nsubj' ? tokens[head]!.head : -1;
      if (predicate >= 0 && tokens[predicate]!.upos === 'NOUN' && kids(v, predicate, 'cop').length && OFFICES.has(lemmaOf(tokens[predicate]!).toLowerCase())) r.roles.add(lemmaOf(tokens[predicate]!).toLowerCase());
    }
    this.add(r, placeWeight(v, head, role), s, role, m);
    seenHere(here, r, head);
    if (m.type === 'Person') this.coordination(sentence, i, role);
  }

  /**
   * People named together ("Ann Roe, Tom Hale and Jo Bell were stripped of their titles"): the several of them are a
   * plural referent of people that competes for "they" and "their" with the bodies named before, which they then do not
   * stand for. No one name is given for it (the pronoun stays unresolved).
   */
  coordination(sentence: SentenceState, i: number, role: string): void {
    const { v, s, here } = sentence;
    if (i < sentence.coordinated) return;
    const until = coordinatedPeople(v, i);
    if (until < 0) return;
    sentence.coordinated = until;
    const key = `c:&${v.analysis.document.text.slice(v.tokens[i]!.start, v.tokens[until - 1]!.end).toLowerCase()}`;
    let r = this.referents.get(key);
    if (!r) {
      r = newReferent(key, false, undefined, true, true, s, role);
      this.referents.set(key, r);
    }
    const members: Mention[] = [];
    for (let k = i; k < until; k++) {
      const m = v.mentionAt[k];
      if (m?.type === 'Person' && !members.includes(m)) members.push(m);
    }
    r.members = members;
    this.list = { members, sentence: s, end: until };
    this.add(r, SUBJECT_DEPS.has(role) ? SUBJECT : roleWeight(role), s, role);
    seenHere(here, r, i);
  }

  /**
   * The surname of a person named in full before, written alone where the recogniser took it for no name ("Kelly Roe won.
   * Roe said ...": the tagger reads a sentence's first "Holmes" or "Williams" as a plural noun): the person is named again,
   * as salient as a name makes her, and the one a pronoun of the sentence may go back to (the full name stays the
   * antecedent). Not a surname two people of the article share. True when the token was one.
   */
  surnameAgain({ v, s, here }: SentenceState, i: number): boolean {
    const t = v.tokens[i]!;
    if ((t.upos !== 'NOUN' && t.upos !== 'PROPN') || !SURNAME.test(t.text)) return false;
    // (a subject, an object, an owner or a phrase of the verb: the places a person acts or is acted on in)
    if (!SURNAME_DEPS.has(t.dep)) return false;
    const key = `p:${t.text.toLowerCase()}`;
    const r = this.referents.get(key);
    if (!r?.person || !r.last || !/\s/.test(r.first) || (this.namesakes.get(key)?.length ?? 0) > 1) return false;
    // "Holmes Place", "Jo Holmes": a capitalised word next to it makes another name
    for (const k of [i - 1, i + 1]) if (k >= 0 && k < v.tokens.length && /^\p{Lu}/u.test(v.tokens[k]!.text) && v.tokens[k]!.upos === 'PROPN') return false;
    const role = roleOf(v, i);
    this.out.set(tokenKey(s, i), { mention: r.last, certainty: 1 });
    this.add(r, placeWeight(v, i, role), s, role);
    seenHere(here, r, i);
    return true;
  }

  /**
   * A one-word name of a body or place named before, written again where the recogniser took it for no name ("Analysts
   * see Zed as a target"): it keeps its referent as salient as a name would (the last mention stays the antecedent). True
   * when the token was one.
   */
  namedAgain({ v, s }: SentenceState, i: number): boolean {
    const t = v.tokens[i]!;
    if ((t.upos !== 'NOUN' && t.upos !== 'PROPN') || !ONE_WORD_NAME.test(t.text) || (i === 0 && !ACRONYM.test(t.text))) return false;
    // (as a subject or an object only, the places a body acts or is acted on in: a word in a modifier or a list, "HIV/Aids",
    // is too often a thing the recogniser mistyped)
    if (!SUBJECT_DEPS.has(t.dep) && t.dep !== 'obj') return false;
    const key = this.oneWordNames.get(t.text);
    const r = key ? this.referents.get(key) : undefined;
    if (!r) return false;
    // "Zed Music": a capitalised word next to it makes another name
    for (const k of [i - 1, i + 1]) if (k >= 0 && k < v.tokens.length && /^\p{Lu}/u.test(v.tokens[k]!.text) && v.tokens[k]!.upos === 'PROPN') return false;
    // (not noted as named in this sentence: a word the recogniser did not take for a name is too weak to be the one name a
    // pronoun of the same sentence goes back to)
    const role = roleOf(v, i);
    this.add(r, placeWeight(v, i, role), s, role);
    return true;
  }

  /**
   * The one person of the article so far named with the title `office` (as the sole choice), or undefined. Only an office
   * one person holds at a time in a place ("governor", not "striker" or "director").
   */
  onlyHolder(office: string): { referent: Referent; certainty: number } | undefined {
    if (!SOLE_OFFICES.has(office) && !SOLE_OCCUPATIONS.has(office)) return undefined;
    let holder: Referent | undefined;
    for (const r of this.referents.values()) {
      if (!r.person || !r.named || !r.last || !holds(r, office)) continue;
      if (holder) return undefined;
      holder = r;
    }
    return holder ? { referent: holder, certainty: 1 } : undefined;
  }

  /** Whether a pronoun's class allows a referent's type: "they" also a country written as a national side. */
  canName(pron: PronounClass, r: Referent): boolean {
    return !!r.type && (pron.types.has(r.type) || (pron.plural && r.type === 'Country' && this.teams.has(r.key)));
  }

  /** A pronoun `w` of class `pron`. */
  pronoun({ v, s, quoted, speaker, previousSpeaker, here, described }: SentenceState, i: number, w: string, pron: PronounClass): void {
    const tokens = v.tokens;
    const t = tokens[i]!;
    if ((w === 'it' || w === 'its') && pleonastic(v, i)) return;
    // "he did it": the object of a light verb is an act, no body named before
    if (w === 'it' && t.dep === 'obj' && t.head >= 0 && LIGHT_VERBS.has(lemmaOf(tokens[t.head]!))) return;
    // "they" and "it" inside a quotation are the speaker's own referents ("this shows they are willing"), seldom the narration's
    if (!pron.gender && quoted.has(i)) return;
    // "they have both warned": two people, whom no one name stands for (and no body is "both")
    if (pron.plural && floatingBoth(v, i)) return;
    const role = t.dep === 'nmod:poss' ? 'nmod:poss' : roleOf(v, i);
    const verbs = t.head >= 0 ? clauseVerbs(v, t.head) : [];
    let strictGender = true;
    const later = SUBJECT_DEPS.has(t.dep) ? namesInClause(v, i, this.keyOfMention) : NO_KEYS;
    const speaks = i === speaker.pronoun;
    // the speaker's pronoun is none of the people his words name; any other third-person pronoun in the narration, none
    // of those named in the quotation before it (the ones after it may be named again outside it: "... and praised his")
    const quotedNames = quoted.size && !quoted.has(i) ? namesQuoted(v, quoted, speaks ? tokens.length : i, this.keyOfMention) : NO_KEYS;
    // what may be meant: the names the pronoun can stand for, and the things that, standing out more, leave it unresolved
    // "..., it forecast": the subject of a verb of saying is someone or a body, or a text that speaks ("the report"), never a
    // thing such as "growth" or "the plan" (plural nouns are often people, "MPs", "the rival camps": they keep competing
    // for "they")
    // (for "it" and "they": a person's pronoun is weighed as before)
    // (the active subject only: "it is expected to begin" is a raising passive, no one speaking)
    const says = !pron.gender && t.dep === 'nsubj' && t.head >= 0 && SPEECH_VERBS.has(lemmaOf(tokens[t.head]!));
    const mute = (r: Referent): boolean => says && !pron.plural && !r.named && !r.person && !canSpeak(r.key) && !this.speakers.has(r.key);
    const competes = (r: Referent): boolean => {
      if (mute(r)) return false;
      // (a person's noun that gives a gender, "the Queen", "the spokesman", only for a pronoun of that gender)
      if (!r.named) return pron.types === PERSON ? r.person && !r.plural && !(pron.gender && r.gender && r.gender !== pron.gender) : pron.plural ? r.plural : !r.plural && !r.person;
      // "it" after a product, a place or an event ("the Mac Mini ... it") is that, not the company before it
      return pron.types === IT && !!r.type && !pron.types.has(r.type) && r.type !== 'Person' && r.type !== 'Group';
    };
    const fits = (r: Referent): boolean => {
      if (!r.named || !r.type || !this.canName(pron, r)) return competes(r);
      if (pron.gender && r.gender && r.gender !== pron.gender && (strictGender || !r.weakGender)) return false;
      // "CSOs", "the Smiths": several are no "it" (though one body may be "they")
      if (r.plural && !pron.plural) return false;
      // "He is staying," said Lee: a third person in the speaker's own words is not the speaker
      if (this.quoteSpeaker === r.key && quoted.has(i)) return false;
      // "He fined Lee", "he left when Lee came": a subject pronoun is none of the names after it that it c-commands
      if (later.has(r.key)) return false;
      // '"I admire Reyes," he said': a pronoun outside a quotation is none of the people the quotation names (they are
      // those the speaker talks about)
      if (quotedNames.has(r.key)) return false;
      // "Growth in Zedland will slow, it forecast": the speaker of a verb of saying is none of the names in what it says
      if (says && (here.get(r) ?? []).some((h) => inReported(v, h, t.head))) return false;
      // "Lee met him": a pronoun is not a fellow argument of its own verb (unless reflexive)
      // (a pronoun after a preposition of place may be the subject, "she put the defeat behind her")
      if (!pron.reflexive && t.head >= 0 && t.dep !== 'nmod:poss' && !kids(v, i, 'case').some((c) => PLACE_PREPOSITIONS.has(lower(tokens[c]!))) && (here.get(r) ?? []).some((h) => verbs.includes(tokens[h]!.head) && tokens[h]!.dep !== 'nmod:poss')) return false;
      return true;
    };
    // "Mr Lee's lawyers said he ...": one name that fits, earlier in the same sentence, is the one meant
    // ("The decision could undermine Nato as it ...": for "it" and "they" a common noun before it in the sentence competes)
    // (a thing that cannot speak still keeps a speaker's "it" from the one name of its sentence: "Sky said its plan ... , it
    // predicted" is weighed over the article)
    const nouns = !pron.gender && [...here.keys()].some((r) => !r.named && (competes(r) || mute(r)));
    const near = nouns ? [] : [...here.keys()].filter((r) => r.named && this.canName(pron, r) && fits(r));
    // "Critics of the government say it ...": the body just described, with no name to give it, is the one meant
    const body = !pron.plural && !pron.gender ? [...described].find((r) => fits(r)) : undefined;
    const before = speaks && previousSpeaker !== undefined ? this.referents.get(previousSpeaker) : undefined;
    // "Acme said it had ...": the named subject of the verb of saying whose complement the pronoun is the subject of
    const reported = pron.gender ? undefined : reportedBy(v, i);
    const sayer = reported === undefined ? undefined : this.referents.get(this.keyOf(v.mentionAt[reported]!));
    // "Hale did well to keep his place", "the pair should give up their seats": a possessive is bound by the subject of its
    // clause, or of the clause that controls it, when that subject can be what it stands for (a birth register's gender
    // gives way there); a common noun there ("the pair", "his lawyer said his client") leaves it unresolved
    // (not a subject of several, "Acme and Zed banned phones from their offices"; for "their", only a subject that is
    // several, "the pair", or one body; a person's noun, "his lawyer sought his release", binds nothing)
    let binder: Referent | undefined;
    if (t.dep === 'nmod:poss' && !body && !speaks) {
      const subject = clauseSubject(v, i);
      if (subject !== undefined && subject < i && quoted.has(subject) === quoted.has(i) && !kids(v, subject, 'conj').length) {
        const sm = v.mentionAt[subject];
        for (const [r, at] of here) {
          if (!at.some((k) => k === subject || (sm !== undefined && v.mentionAt[k] === sm))) continue;
          // (the register's gender gives way to a name there, not to a pronoun: "She left it to his lawyer")
          strictGender = sm === undefined;
          if (r.named ? this.canName(pron, r) && fits(r) && (!pron.plural || r.plural || r.type !== 'Person')
            : r.plural && pron.plural && fits(r)) binder = r;
          strictGender = true;
          break;
        }
      }
    }
    let choice = binder ? { referent: binder, certainty: 1 }
      : body ? { referent: body, certainty: 1 }
      : sayer?.named && this.canName(pron, sayer) && fits(sayer) ? { referent: sayer, certainty: 1 }
      : before?.live && fits(before) ? { referent: before, certainty: continuing(choose(this.live, s, fits, role), before) }
        : near.length === 1 && !speaks ? { referent: near[0]!, certainty: 1 } : choose(this.live, s, fits, role);
    // no one else fits: a birth register's gender gives way ("Haile" is a girl's name in the English register)
    if (!choice && pron.gender) {
      strictGender = false;
      choice = choose(this.live, s, fits, role);
      strictGender = true;
    }
    if (choice?.referent.named && choice.referent.last && this.canName(pron, choice.referent)) {
      this.out.set(tokenKey(s, i), { mention: choice.referent.last, certainty: choice.certainty });
      // a name that gave no gender ("Marion Jones", "Sam Lee") takes the one of a pronoun that clearly stands for it
      if (pron.gender && (!choice.referent.gender || choice.referent.weakGender) && choice.certainty >= GENDER_CERTAINTY) {
        choice.referent.gender = pron.gender;
        choice.referent.weakGender = true;
      }
      this.add(choice.referent, placeWeight(v, i, role), s, role);
      seenHere(here, choice.referent, i);
      if (speaks) this.quoteSpeaker = choice.referent.key;
    } else if (choice) {
      // "Ann Roe and Tom Hale were arrested. They were charged ...": "they" that clearly stands for the list of people just
      // read (in its sentence or the one before) gives each of them the fact, as "the pair" does (plural-members.ts)
      const r = choice.referent;
      // (not a "They" written with a capital inside the sentence: a title's word, "Do They Know It's Christmas?")
      if (r.members && pron.plural && !pron.reflexive && t.dep !== 'nmod:poss' && choice.certainty >= LIST_CERTAINTY && (r.seen ?? -9) >= s - 1
        && (t.text === w || i === 0 || QUOTE_OPEN.has(tokens[i - 1]!.text))) {
        this.out.members.set(tokenKey(s, i), r.members);
      }
      this.add(r, placeWeight(v, i, role), s, role);
    }
  }

  /** A common noun: an office ("the foreign secretary"), a description of a body ("the company"), or a competitor. */
  noun({ v, s, here, described }: SentenceState, i: number): void {
    const tokens = v.tokens;
    const t = tokens[i]!;
    // "condom maker Acme", "the firm Zed": the noun is the name's own description, the same referent, neither a description
    // of an earlier one nor a competitor for the pronouns after it
    if (describesNameAfter(v, i)) return;
    const count = pluralDescription(v, i);
    const list = this.list;
    // "Ann Roe and Tom Hale ... The pair were charged": the people of the list just read, when it has that many (in the
    // sentence before, or before it in its own when it is a subject: "Lee and Hale met, and the pair agreed"; "Ann and Jo
    // said they wish the couple luck" is another couple)
    if (count && list && list.members.length === count
      && (list.sentence === s - 1 || (list.sentence === s && list.end <= i && SUBJECT_DEPS.has(t.dep)))) {
      this.out.members.set(tokenKey(s, i), list.members);
    }
    if (apposedToName(v, i)) {
      this.out.declined.set(tokenKey(s, i), 'apposed');
      return;
    }
    const live = this.live;
    const types = definiteDescription(v, i);
    const role = roleOf(v, i);
    // a decline, as written here or after weighing the referents below, goes to the one record resolve respects
    const written = types && declinedAsWritten(v, i, types);
    if (written) this.out.declined.set(tokenKey(s, i), written);
    // the descriptions of organisations (and countries, places) this resolver places; people's roles are the office rule's
    const description = types && !written && !types.has('Person') ? types : undefined;
    const office = description ? undefined : personDescription(v, i);
    if (office) {
      // "the foreign secretary": the person named with that title, else the one person standing out just before
      // (one holder of the title named anywhere before is that person, however far back: "Gov. Ana Reis ... the governor")
      const titled = choose(live, s, (r) => r.person && r.named && holds(r, office), role) ?? this.onlyHolder(office);
      const untitled = (r: Referent): boolean => r.roles.size === 0 && (r.describedAs === '' || r.describedAs === office);
      const salient = titled ? undefined : choose(live, s, (r) => r.person && r.named && (untitled(r) || holds(r, office)), role);
      // (a subject there by name, or by a pronoun or description that stood for it: "Hale did well ... over him. The keeper")
      // (seen last in the sentence before, or since by a pronoun before the description in this one: "Lee called for
      // more. On the last day of his tour, the chancellor said ...")
      const carried = salient && SUBJECT_DEPS.has(role) && salient.referent.subjectAt === s - 1
        && (salient.referent.seen === s - 1 || (here.get(salient.referent) ?? []).some((k) => k < i))
        && salient.certainty >= OFFICE_CERTAINTY && salienceOf(salient.referent) >= OFFICE_SALIENCE
        && !(KEEPERS.has(office) && scoredJustBefore(v.analysis, this.out, s, salient.referent));
      // "Lee has said ... . "...," the party leader said": the person named as speaking in the sentence before goes on
      // speaking under a description of his office (a reporter's way of naming the one just quoted again)
      const reporter = !titled && !carried && this.reporter?.sentence === s - 1 && reports(v, i) ? this.referents.get(this.reporter.key) : undefined;
      const continued = reporter?.live && reporter.last && (untitled(reporter) || holds(reporter, office)) && !(GENDERED[office] && reporter.gender && reporter.gender !== GENDERED[office])
        ? { referent: reporter, certainty: continuing(salient, reporter) } : undefined;
      const choice = titled ?? (carried ? salient : continued);
      if (choice?.referent.last) {
        this.out.set(tokenKey(s, i), { mention: choice.referent.last, certainty: choice.certainty });
        this.add(choice.referent, roleWeight(role), s, role);
        // described by the office, the person is no other one without a name saying so: "the chancellor ... The premier" is
        // someone else (kept apart from the titles written with the name, which alone name the holder of an office)
        choice.referent.describedAs = office;
        return;
      }
    }
    if (description) {
      const head = lemmaOf(t);
      const verbs = t.head >= 0 ? clauseVerbs(v, t.head) : [];
      const named = (r: Referent): boolean => r.named && !!r.type && description.has(r.type) && !!r.last && describesAll(head, [r.last.canonical ?? r.last.text, r.first]);
      // (seen through the name's apposition, compound or conjunct: "Supporters' group Shareholders United urged the club",
      // with the name hung on "group", is still the subject of "urged")
      // (a name inside the description itself, "the ABC network", is no fellow argument)
      const coArgument = (r: Referent): boolean => (here.get(r) ?? []).some((h) => phraseHead(v, h) !== i && verbs.includes(tokens[phraseHead(v, h)]!.head));
      const choice = choose(live, s, (r) => named(r) && !coArgument(r), role);
      const weak = choice && choice.certainty < RIVAL_CERTAINTY && [...description].every((ty) => ty === 'Country' || ty === 'PoliticalParty');
      if (choice?.referent.last && !weak) {
        this.out.set(tokenKey(s, i), { mention: choice.referent.last, certainty: choice.certainty });
        this.add(choice.referent, roleWeight(role), s, role);
        return;
      }
      const weighed = weak ? 'rival' : !choice && choose(live, s, named, role) ? 'co-argument' : undefined;
      if (weighed) this.out.declined.set(tokenKey(s, i), weighed);
    }
    // a common noun that is a subject or object competes with the names for the pronouns after it; so does a description
    // of a body no name was found for, in any place ("critics of the government say it ..."): "it" is then that body
    if (!SUBJECT_DEPS.has(role) && role !== 'obj' && !description) return;
    const key = `c:${lemmaOf(t)}`;
    let r = this.referents.get(key);
    if (!r) {
      const collective = Object.hasOwn(COLLECTIVE_PERSON_NOUNS, lemmaOf(t));
      r = newReferent(key, false, undefined, t.tag === 'NNS' || collective, collective || PERSON_NOUNS.has(lemmaOf(t)), s, role);
      if (r.person && !r.plural) r.gender = TITLE_GENDER[lemmaOf(t).toLowerCase()];
      this.referents.set(key, r);
    }
    this.add(r, roleWeight(role), s, role);
    seenHere(here, r, i);
    if (description && !r.plural) described.add(r);
    if ((i > 0 && /^\p{Lu}/u.test(t.text)) || reports(v, i)) this.speakers.add(key);
  }
}

/** How clearly a speaker carried on from the quotation before stands out: as chosen by salience, else not at all. */
function continuing(best: { referent: Referent; certainty: number } | undefined, speaker: Referent): number {
  return !best ? 1 : best.referent === speaker ? best.certainty : 0;
}

/** Brings a referent's salience to sentence `s`: the sentences since `at` halve it once each. */
function decayTo(r: Referent, s: number): void {
  if (r.at < s) {
    r.salience = (r.salience + r.current) * 0.5 ** (s - r.at);
    r.current = 0;
    r.at = s;
  }
}

function salienceOf(r: Referent): number {
  return r.salience + r.current;
}

/** The most salient referent `fits` allows, with how far it stands out from the next; undefined when none is in reach. */
function choose(referents: readonly Referent[], s: number, fits: (r: Referent) => boolean, role: string): { referent: Referent; certainty: number } | undefined {
  let best: Referent | undefined, bestScore = 0, second = 0;
  for (const r of referents) {
    decayTo(r, s);
    if (salienceOf(r) < REACH || !fits(r)) continue;
    const score = salienceOf(r) + (SUBJECT_DEPS.has(role) && SUBJECT_DEPS.has(r.lastRole) ? PARALLEL : 0);
    if (score > bestScore) { second = bestScore; bestScore = score; best = r; }
    else if (score > second) second = score;
  }
  return best ? { referent: best, certainty: Number((1 - second / bestScore).toFixed(3)) } : undefined;
}
