// Entities of one article: its name mentions grouped into clusters (Matthew Miller / Miller / Mr Miller, Human Rights Watch / HRW).
import type { EntityType, Mention } from '../analyze/analysis.js';
import { genderOfCommonGivenName, genderOfFirstName } from '../analyze/gazetteer/name-gender.js';
import {
  abbreviates, cleanName, givenNameFits, givenNameKey, isAcronym, isSingleWord, nameKey, nameWords, surnameKey, tidy, writtenLabel, type Gender,
} from './names.js';
import { compatibleInArticle, electType, family, isOrganization } from './types.js';
import { anaphor, isPronoun } from '../extract/anaphora.js';

/** A name found in the article: an analyzer mention, or an extractor argument no mention covers. */
export interface NameMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The comparable name (canonical when a gazetteer gave one, else the cleaned text). */
  name: string;
  key: string;
  type: EntityType;
  sentence: number;
  gender?: Gender;
  /** True when a gazetteer's canonical name gave `name` ("Ukrainian" -> "Ukraine"). */
  canonical: boolean;
  /** True when an extractor named the span by another name ("the Russian side" -> Russia): its text is no alias. */
  renamed?: boolean;
  links?: { iso3166?: string; wikidata?: string };
  /** For a metonym ("the Kremlin" acting as the Russian government): the country it stands for. */
  standsFor?: { name: string; type: EntityType };
  /** True for the country a metonym stands for, added at its span: never an antecedent, never an argument's name. */
  standIn?: boolean;
  /** Role words written with a person's name ("foreign", "secretary"). */
  roles?: string[];
  /** The given name written before a surname the recogniser took alone ("Gene [Kahn]"): only a Kahn of that given name is this one. */
  givenBefore?: string;
  /** True for a description of people, not a name ("officials", "the spokesman"): someone of this article only. */
  local?: boolean;
  cluster: number;
}

/** One entity as this article sees it. */
export interface ArticleCluster {
  index: number;
  mentions: NameMention[];
  label: string;
  key: string;
  type: EntityType;
  gender?: Gender;
  /** Acronyms the article defines for it ("Human Rights Watch (HRW)"). */
  acronyms: Set<string>;
  /** Every name written for it, cleaned (for aliases). */
  names: Set<string>;
  /** Role words its names were written with ("secretary", "president"). */
  roles: Set<string>;
  links: { iso3166?: string; wikidata?: string };
  /** True when the cluster only ever uses one word for a person (a surname alone) or an acronym alone. */
  short: 'surname' | 'acronym' | false;
  /** True when every mention is a metonym acting as a government (its IRI is kept apart from the place's). */
  government?: boolean;
  /** Given names written before its surname where the recogniser left them out ("Gene [Kahn]"): a full name must fit them. */
  givenBefore: Set<string>;
  /** True when every mention is a description of people (NameMention.local): never merged with another article's. */
  local: boolean;
}

export interface ArticleEntities {
  mentions: NameMention[];
  clusters: ArticleCluster[];
}

// An acronym defined in brackets right after a name: "Human Rights Watch (HRW)".
const BRACKETED_ACRONYM = /^\s*\(\s*([\p{Lu}\d][\p{L}\d&.-]{1,11})\s*\)/u;

/**
 * The country a metonym stands for ("the Kremlin" acting for Russia). The analyzer gives the
 * country's common name as a string, or an object with a name.
 */
export function metonymTarget(mention: Mention): { country: string } | undefined {
  const raw = (mention as Mention & { standsFor?: unknown }).standsFor;
  if (typeof raw === 'string' && raw.trim()) return { country: raw.trim() };
  if (raw && typeof raw === 'object') {
    const o = raw as { label?: unknown; name?: unknown; canonical?: unknown };
    const name = [o.label, o.name, o.canonical].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (name) return { country: name.trim() };
  }
  return undefined;
}

// Appended to the key of a metonym's government body, so "Washington" the government never clusters
// or merges with "Washington" the city (keys with a space only merge on equal keys).
const GOVERNMENT_KEY = ' (government)';

/**
 * A metonym acting as a government ("Washington warned", "the Kremlin denied"): named as the
 * article names it ("Washington", "Kremlin"), typed GovernmentBody, standing for its country.
 */
export function governmentMention(mention: Mention, country: string): NameMention {
  const m = nameMention({ ...mention, type: 'GovernmentBody' });
  m.key = `${m.key}${GOVERNMENT_KEY}`;
  m.standsFor = { name: country, type: 'Country' };
  return m;
}

/** A name mention from a span, cleaned and keyed. */
export function nameMention(
  span: { start: number; end: number; text: string; type: EntityType; sentence: number },
  canonical?: string,
  links?: NameMention['links'],
  /** False when the canonical is an extractor's guess (a pronoun's antecedent), not a gazetteer's name. */
  authoritative = true,
): NameMention {
  const cleaned = cleanName(span.text, span.type);
  // A group of people is named as written ("Russians"), not by the country a gazetteer gives as its canonical.
  if (span.type === 'Group') canonical = undefined;
  const name = canonical?.trim() ? tidy(canonical) : cleaned.name;
  const m: NameMention = {
    start: span.start, end: span.end, text: span.text, name, key: nameKey(name), type: span.type,
    sentence: span.sentence, gender: cleaned.gender, canonical: authoritative && Boolean(canonical?.trim()), links, cluster: -1,
  };
  if (!authoritative && canonical?.trim()) m.renamed = true;
  return m;
}

/**
 * Groups an article's name mentions into clusters: equal names (by key) of compatible types;
 * then acronyms to the names they abbreviate; then single-word person names to the full name
 * whose surname they are (the nearest one before, when several share it). `mentions` must be
 * sorted by position; the function sets each mention's `cluster`.
 */
export function clusterArticle(text: string, mentions: NameMention[]): ArticleEntities {
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  // Union keeps the smaller index as the root, so a cluster is numbered by its first mention.
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // The gender a full name's mention gives (its honorific or title, else its given name), for a short name to agree with.
  // (only a common given name: a birth register's gender is too weak to keep "Mr Sharon" from "Ariel Sharon")
  const genderOf = (m: NameMention): Gender | undefined => m.gender ?? genderOfCommonGivenName(nameWords(m.name)[0] ?? '');
  const agrees = (short: NameMention, full: NameMention): boolean => !short.gender || !genderOf(full) || short.gender === genderOf(full);

  // 1. Equal names of compatible types.
  const groups: Array<{ key: string; members: number[]; types: EntityType[] }> = [];
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    parent.push(i);
    const seen = byKey.get(m.key) ?? [];
    // A name of several words is one thing in one article even where the tagger called it a person
    // once and a place once ("Tiananmen Square"); a single word may really be two ("Ford", "Jordan").
    const multiword = !isSingleWord(m.name);
    const g = seen.map((gi) => groups[gi]!).find((grp) => grp.types.every((t) => multiword || compatibleInArticle(t, m.type)));
    if (g) {
      union(g.members[0]!, i);
      g.members.push(i);
      g.types.push(m.type);
    } else {
      byKey.set(m.key, [...seen, groups.length]);
      groups.push({ key: m.key, members: [i], types: [m.type] });
    }
  });

  // 2. Acronyms: defined in brackets after a name, or the initials of a name in the article.
  const definedAcronyms = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (!isOrganization(m.type) && m.type !== 'Misc' && family(m.type) !== 'place') return;
    const br = BRACKETED_ACRONYM.exec(text.slice(m.end, m.end + 20));
    if (!br) return;
    const acronym = br[1]!;
    // Letters other than the initials ("Legal Affairs Committee (JURI)") only for a name of several words: one
    // word before brackets is most often the tail of a name the recogniser cut short.
    if (isAcronym(acronym) && (abbreviates(acronym, m.name) || (isOrganization(m.type) && acronym.length >= 3 && !isSingleWord(m.name)))) {
      if (!definedAcronyms.has(nameKey(acronym))) definedAcronyms.set(nameKey(acronym), i);
    }
  });
  mentions.forEach((m, i) => {
    if (!isSingleWord(m.name) || !isAcronym(m.name)) return;
    const defined = definedAcronyms.get(m.key);
    if (defined !== undefined && defined !== i) { union(defined, i); return; }
    const expansions = new Set<number>();
    mentions.forEach((other, j) => {
      if (j !== i && !isSingleWord(other.name) && compatibleInArticle(other.type, m.type) && abbreviates(m.name, other.name)) expansions.add(find(j));
    });
    if (expansions.size === 1) union([...expansions][0]!, i);
  });

  // 3. A person's single-word name to the full name it is the surname of, when their genders agree ("Mrs Ferrow"
  // is not Kevin Ferrow) and a given name written before it but left out by the recogniser fits ("Gene [Kahn]").
  mentions.forEach((m, i) => {
    if ((m.type !== 'Person' && m.type !== 'Misc') || !isSingleWord(m.name) || isAcronym(m.name)) return;
    const all = new Set<number>();
    const withSurname = (key: string): void => mentions.forEach((full, j) => {
      // A full name the tagger left untyped (Misc) still has a surname: "Anatoly Antonov" ... "Antonov".
      const personLike = full.type === 'Person' || (full.type === 'Misc' && m.type === 'Person');
      if (!personLike || isSingleWord(full.name) || surnameKey(full.name) !== key || !agrees(m, full)) return;
      if (m.givenBefore && !givenNameFits(m.givenBefore, full.name)) return;
      all.add(find(j));
    });
    withSurname(m.key);
    // "Mr Ebber's lawyers" for Bernard Ebbers: the possessive of a surname ending in "s" written as "X's" leaves "X"
    if (!all.size && /^['\u2019]s\b/.test(text.slice(m.end, m.end + 3))) withSurname(nameKey(`${m.name}s`));
    // Two people of one surname in the article ("Lana Clarkson", "Donna Clarkson"): the surname alone
    // is ambiguous and stays apart, rather than joining the two people into one.
    if (all.size === 1) union([...all][0]!, i);
  });

  // 4. A single word that is the given name of exactly one full name in the article ("Charlie" for
  // "Charlie Bell", "Oskar" for "Prince Oskar"), when it is nobody's surname here: a given name shared by two
  // people links neither.
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || !isSingleWord(m.name) || isAcronym(m.name)) return;
    if (mentions.some((full) => full.type === 'Person' && surnameKey(full.name) === m.key)) return;
    const owners = new Set<number>();
    mentions.forEach((full, j) => {
      if (full.type === 'Person' && givenNameKey(full.name) === m.key && agrees(m, full)) owners.add(find(j));
    });
    if (owners.size === 1) union([...owners][0]!, i);
  });

  // Clusters numbered in order of their first mention.
  const roots = new Map<number, number>();
  const clusters: ArticleCluster[] = [];
  mentions.forEach((m, i) => {
    const r = find(i);
    let c = roots.get(r);
    if (c === undefined) {
      c = clusters.length;
      roots.set(r, c);
      clusters.push({
        index: c, mentions: [], label: '', key: '', type: 'Misc', acronyms: new Set(), names: new Set(), roles: new Set(), links: {}, short: false, givenBefore: new Set(), local: false,
      });
    }
    m.cluster = c;
    clusters[c]!.mentions.push(m);
  });
  for (const [acronym, i] of definedAcronyms) clusters[mentions[i]!.cluster]!.acronyms.add(acronym);
  for (const c of clusters) describeCluster(c);
  return { mentions, clusters };
}

/** Label (the canonical name, else the fullest name), type, gender, links and names of a cluster. */
function describeCluster(c: ArticleCluster): void {
  const votes = new Map<EntityType, number>();
  for (const m of c.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.canonical ? 2 : 1));
  c.type = electType(votes);
  const canonical = c.mentions.filter((m) => m.canonical).map((m) => m.name);
  const names = c.mentions.map((m) => m.name);
  c.label = fullest(canonical.length ? canonical : names.filter((n) => !isAcronym(n)).length ? names.filter((n) => !isAcronym(n)) : names);
  c.government = c.mentions.every((m) => m.standsFor);
  c.local = c.mentions.every((m) => m.local === true);
  c.key = c.government ? c.mentions[0]!.key : nameKey(c.label);
  // (keyed by the gazetteer's name, as its other articles and the arguments naming it are)
  if (canonical.length) c.label = writtenLabel(c.label, c.mentions.map((m) => cleanName(m.text, m.type).name));
  for (const m of c.mentions) {
    c.names.add(m.name);
    for (const r of m.roles ?? []) c.roles.add(r);
    const surface = tidy(m.text).replace(/(?:'s|')$/i, '');
    // A demonym is not a name of its country ("Ukrainian" for Ukraine), so a gazetteer's alias is
    // kept only when it is an abbreviation ("U.S.", "UK").
    const keep = (!m.canonical || isAcronym(surface.replace(/\./g, ''))) && !m.renamed && !isPronoun(surface) && !anaphor(surface);
    if (keep && surface && !/^the(\s|$)/i.test(surface)) c.names.add(surface);
    if (!c.links.iso3166 && m.links?.iso3166) c.links.iso3166 = m.links.iso3166;
    if (!c.links.wikidata && m.links?.wikidata) c.links.wikidata = m.links.wikidata;
    c.gender ??= m.gender;
    if (m.givenBefore) c.givenBefore.add(m.givenBefore);
  }
  if (c.type === 'Person' && !c.gender) c.gender = givenNameGender(c.label);
  const single = isSingleWord(c.label);
  c.short = single && c.type === 'Person' ? 'surname' : single && isAcronym(c.label) ? 'acronym' : false;
}

/**
 * The fullest of several names: most words, then longest, then the one seen most often, then
 * the first alphabetically (so the choice never depends on order).
 */
export function fullest(names: string[]): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  // Word counts once per name, not once per comparison.
  const words = new Map([...count.keys()].map((n) => [n, nameWords(n).length]));
  return [...count.keys()].sort((a, b) =>
    words.get(b)! - words.get(a)! || b.length - a.length
    || count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
}

/**
 * The gender a person's name gives by its given name: the first word of a name of several words ("Marion Jones"); a
 * word standing alone is as often a surname ("Young", "King"), so only a common given name counts then ("Charles").
 */
function givenNameGender(name: string): Gender | undefined {
  const words = nameWords(name);
  if (!words.length) return undefined;
  return words.length > 1 ? genderOfFirstName(words[0]!) : genderOfCommonGivenName(words[0]!);
}
