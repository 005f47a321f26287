// What a pronoun or a definite description ("the group", "the minister") can refer to: number, gender and entity types.
import type { EntityType } from '../analyze/analysis.js';
import { memoize } from '../util/memo.js';
import { GOVERNMENT_HEADS, STATE_QUALIFIED_HEADS } from '../analyze/gazetteer/organizations.js';
import { COMPANY_NOUNS } from '../analyze/mentions/rules.js';
import { HONORIFIC_GENDER } from '../analyze/gazetteer/titles.js';
import { wordTable } from '../util/word-table.js';
/** A person's grammatical gender, as a pronoun or title gives it. */
export type Gender = 'male' | 'female';

export interface AnaphorConstraint {
  /** Entity types it can refer to. */
  types: ReadonlySet<EntityType>;
  gender?: Gender;
  /** 'pronoun' looks back a short way; a description ("the company") a little further. */
  kind: 'pronoun' | 'description';
  /** A description's head noun ("secretary" in "the foreign secretary"). */
  head?: string;
}

export const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
export const ORGS: EntityType[] = ['Organization', 'GovernmentBody', 'Company', 'PoliticalParty', 'ArmedGroup', 'NewsAgency'];
/** The organisation types (ORGS) as a set, for the rules that ask whether a mention is one. */
export const ORGANISATION_TYPES: ReadonlySet<EntityType> = new Set(ORGS);
// "it" is a country, an organisation or a place; a person never.
const IT: ReadonlySet<EntityType> = new Set([...ORGS, 'Country', 'City', 'Location', 'Facility']);
// "they" in news is an organisation (British usage: "the company said they"), a group or armed group.
export const THEY: ReadonlySet<EntityType> = new Set([...ORGS, 'Group']);

const PRONOUNS: Record<string, AnaphorConstraint> = wordTable({});
for (const p of ['he', 'him', 'his', 'himself']) PRONOUNS[p] = { types: PERSON, gender: 'male', kind: 'pronoun' };
for (const p of ['she', 'her', 'hers', 'herself']) PRONOUNS[p] = { types: PERSON, gender: 'female', kind: 'pronoun' };
for (const p of ['it', 'its', 'itself']) PRONOUNS[p] = { types: IT, kind: 'pronoun' };
for (const p of ['they', 'them', 'their', 'theirs', 'themselves']) PRONOUNS[p] = { types: THEY, kind: 'pronoun' };

const set = (...types: EntityType[]): ReadonlySet<EntityType> => new Set(types);

// Head nouns of definite descriptions and what they can name. Small on purpose: precision first.
const DESCRIPTIONS: Record<string, ReadonlySet<EntityType>> = wordTable({
  group: set('ArmedGroup', 'Organization', 'PoliticalParty', 'Company', 'Group'),
  organisation: set(...ORGS), organization: set(...ORGS), movement: set('ArmedGroup', 'Organization', 'PoliticalParty'),
  militants: set('ArmedGroup', 'Group'), militia: set('ArmedGroup'), network: set('ArmedGroup', 'Organization', 'Company'),
  company: set('Company', 'Organization'), firm: set('Company', 'Organization'), carrier: set('Company'),
  bank: set('Company', 'Organization'), retailer: set('Company'), giant: set('Company'), insurer: set('Company'),
  airline: set('Company'), broadcaster: set('Company', 'NewsAgency', 'Organization'), club: set('Organization', 'Company'),
  party: set('PoliticalParty'), agency: set('GovernmentBody', 'NewsAgency', 'Organization'),
  ministry: set('GovernmentBody'), department: set('GovernmentBody'), government: set('GovernmentBody'),
  administration: set('GovernmentBody'), regulator: set('GovernmentBody', 'Organization'), watchdog: set('GovernmentBody', 'Organization'),
  country: set('Country'), nation: set('Country'), kingdom: set('Country'), republic: set('Country'),
  city: set('City'), capital: set('City'), town: set('City'),
  venue: set('Facility'), hall: set('Facility'), stadium: set('Facility'), building: set('Facility'), airport: set('Facility'),
  spokesperson: PERSON, spokesman: PERSON, spokeswoman: PERSON, minister: PERSON, president: PERSON,
  secretary: PERSON, ambassador: PERSON, chairman: PERSON, chairwoman: PERSON, chief: PERSON,
  'chief executive': PERSON, executive: PERSON, director: PERSON, senator: PERSON, governor: PERSON, mayor: PERSON,
  leader: PERSON, official: PERSON, diplomat: PERSON, premier: PERSON, chancellor: PERSON, judge: PERSON,
  player: PERSON, striker: PERSON, coach: PERSON, manager: PERSON, singer: PERSON, actor: PERSON, actress: PERSON,
  star: PERSON, author: PERSON, founder: PERSON, businessman: PERSON, businesswoman: PERSON, lawyer: PERSON,
});
/** The gender an honorific says ("Mrs" female), from its lower-case word without the closing dot; undefined for any other word. */
export function honorificGender(word: string): Gender | undefined {
  return Object.hasOwn(HONORIFIC_GENDER, word) ? HONORIFIC_GENDER[word] : undefined;
}
/** Abbreviated titles written before a name ("Gov. Ana Reis", "Sen. Tom Hale"), lower case with the dot: the office they shorten. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'pres.': 'president', 'prof.': 'professor', 'amb.': 'ambassador',
  'col.': 'colonel', 'sgt.': 'sergeant', 'lt.': 'lieutenant', 'capt.': 'captain', 'det.': 'detective', 'insp.': 'inspector',
});
/** The office an abbreviated title shortens ("Gov." -> governor), from the word in any case, with or without its dot. */
export function expandedTitle(word: string): string | undefined {
  const w = `${word.toLowerCase().replace(/\.$/, '')}.`;
  return TITLE_ABBREVIATIONS[w];
}
/** Titles that say a person's gender ("spokeswoman"). */
export const GENDERED: Readonly<Record<string, Gender>> = wordTable({
  spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female', actress: 'female',
  businessman: 'male', businesswoman: 'female',
});

/**
 * The constraint of an anaphor, or undefined when the text is not one (then it is a name). Remembered per text:
 * every mention and argument text is asked several times. The constraints are read-only, so callers share them.
 */
export const anaphor: (text: string) => AnaphorConstraint | undefined = memoize(computeAnaphor);

/** The text as the tables spell it: trimmed, lower case, a typographic apostrophe plain. */
function normal(text: string): string {
  return text.trim().toLowerCase().replace(/\u2019/g, "'");
}

/** Modifiers of a description that name another body than the one in focus, or one made of several ("the rival firm"). */
export const OTHER_ONE: ReadonlySet<string> = new Set(['rival', 'other', 'another', 'parent', 'sister', 'combined', 'merged', 'enlarged', 'new',
  'joint', 'former', 'subsidiary', 'competing', 'second']);

// Words that never modify a head noun before it: prepositions, articles, conjunctions and relatives start a phrase of their own.
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'into', 'about', 'over',
  'under', 'against', 'between', 'the', 'a', 'an', 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'its', 'their', 'his', 'her']);

// Descriptions that name a business, the nouns of businesses and two words news uses for one ("the carrier", "the
// giant"): a court, a council, a ministry or a university is no "company" whatever the recogniser typed it.
const BUSINESS_WORDS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'carrier', 'giant']);
/** Nouns of institutions, no businesses: the last word of such a body's name ("Migration Council"), or what stands for it. */
export const INSTITUTION_NOUNS: readonly string[] = [
  'council', 'commission', 'committee', 'union', 'association', 'federation', 'foundation', 'institute', 'institution', 'university',
  'college', 'school', 'organisation', 'organization', 'league', 'society', 'academy', 'assembly', 'church', 'party', 'court',
  'tribunal', 'parliament', 'movement', 'coalition', 'watch', 'agency', 'authority', 'board', 'bureau', 'office', 'confederation',
];
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  ...[...GOVERNMENT_HEADS, ...STATE_QUALIFIED_HEADS].map((w) => w.toLowerCase()),
  ...INSTITUTION_NOUNS,
]);

// Descriptions of a body that a named part of it does not answer to: "the government" is not the Home Office nor the
// Treasury; they name a referent whose name has the word ("the Afghan government", "the Bush administration").
const OWN_WORD_DESCRIPTIONS: ReadonlySet<string> = new Set(['government', 'administration', 'ministry', 'department']);

/**
 * Whether a description's head noun can name the body called `name`: "the government" only a body named with the word;
 * a business word ("the firm") no institution ("European Court of Human Rights", "Migration Council"). Other heads are
 * typed by their constraint alone.
 */
export function describes(head: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (OWN_WORD_DESCRIPTIONS.has(head)) return words.includes(head);
  if (!BUSINESS_WORDS.has(head)) return true;
  // "Court of Appeal", "Bank of England": the head of a name with "of" is the word before it
  const of = words.indexOf('of');
  const last = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  return !INSTITUTION_HEADS.has(last.replace(/[^\p{L}]/gu, ''));
}

/**
 * Whether a description's head noun can name a body known by all of `names`: "the government" when one of them has the
 * word; a business word when none is an institution's ("the company" is no "NUJ" once it was the National Union of
 * Journalists).
 */
export function describesAll(head: string, names: readonly string[]): boolean {
  return OWN_WORD_DESCRIPTIONS.has(head) ? names.some((n) => describes(head, n)) : names.every((n) => describes(head, n));
}

function computeAnaphor(text: string): AnaphorConstraint | undefined {
  const t = normal(text);
  const pronoun = PRONOUNS[t];
  if (pronoun) return pronoun;
  // "the group", "the terrorist group", "the US-based company": a determiner, modifiers, a known head noun.
  const m = /^(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,3}?((?:chief\s+)?[a-z]+)$/.exec(t);
  if (!m) return undefined;
  // "the residents of the capital", "the head of the company": the last word is a phrase's inside the description, not its head
  if (t.split(/\s+/).slice(1, -1).some((w) => NOT_MODIFIERS.has(w))) return undefined;
  // "the rival firm", "the combined company": not the one just named
  if (t.split(/\s+/).slice(1, -1).some((w) => OTHER_ONE.has(w))) return undefined;
  const head = m[1]!;
  const types = DESCRIPTIONS[head];
  if (!types) return undefined;
  return { types, gender: GENDERED[head], kind: 'description', head: head.replace(/^chief\s+/, '') };
}

// Words that are never names and that this resolver does not try to resolve: first and second
// person ("we" in a quote is the speaker's side, too vague to name), demonstratives, relatives.
const UNRESOLVED = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'one', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what', 'someone',
  'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'none', 'all', 'both', 'each', 'others',
]);

/**
 * True when the text is a pronoun (never a name, never an alias), whether or not it can be resolved.
 * Remembered per text: every name of every cluster is asked.
 */
export const isPronoun: (text: string) => boolean = memoize((text) => {
  // "US", "IT" written in capitals are names' short forms (the United States), not "us", "it"
  if (/^\p{Lu}{2,}$/u.test(text.trim())) return false;
  const t = normal(text);
  return t in PRONOUNS || UNRESOLVED.has(t);
});
