// Entities of the whole build: article clusters merged across articles by name and compatible type, then given stable IRIs.
import type { EntityType } from '../analyze/analysis.js';
import type { Entity } from './entity.js';
import type { ArticleCluster } from './article-entities.js';
import { fullest } from './article-entities.js';
import { cleanName, givenNameFits, isAcronym, nameKey, surnameKey, writtenLabel } from './names.js';
import { genderOfCommonGivenName } from '../analyze/gazetteer/name-gender.js';
import { compatibleAcrossArticles, electType, family, isOrganization, typeSlug } from './types.js';
import { slugify } from '../graph/iri.js';

/** An article cluster with the document it belongs to. */
export interface PlacedCluster {
  documentIndex: number;
  documentId: string;
  cluster: ArticleCluster;
}

interface Group {
  members: PlacedCluster[];
  key: string;
  label: string;
  type: EntityType;
  acronyms: Set<string>;
}

/**
 * Merges article clusters into corpus entities. Full names merge on equal keys and compatible
 * types. A surname standing alone in an article joins the one corpus person whose surname it is
 * (when there are several, it is ambiguous and stays apart), unless their genders differ or the word
 * is a common given name ("Charles", "Henry": another article's Charles is no evidence) or the article
 * wrote it after another given name the recogniser left out ("Gene [Kahn]" is no Oliver Kahn). An acronym
 * alone joins the one organisation some article wrote it for, beside its name or with the name in the
 * same article: initials alone say nothing across articles ("BP" is not every B... P...).
 * Returns, for each input cluster, its group number.
 */
export function mergeAcrossArticles(clusters: PlacedCluster[]): { groups: Group[]; groupOf: number[] } {
  const groups: Group[] = [];
  const groupOf: number[] = new Array<number>(clusters.length).fill(-1);
  const byKey = new Map<string, number[]>();
  const join = (i: number, g: number | undefined): void => {
    const pc = clusters[i]!;
    if (g === undefined) {
      g = groups.length;
      // (a description of people is keyed by its article too: no other article's group of that name ever meets it)
      const key = pc.cluster.local ? `${pc.cluster.key}@${pc.documentId}` : pc.cluster.key;
      groups.push({ members: [], key, label: pc.cluster.label, type: pc.cluster.type, acronyms: new Set() });
      if (!pc.cluster.local) byKey.set(pc.cluster.key, [...(byKey.get(pc.cluster.key) ?? []), g]);
    }
    const group = groups[g]!;
    group.members.push(pc);
    for (const a of pc.cluster.acronyms) group.acronyms.add(a);
    groupOf[i] = g;
  };
  // A name of several words ("Ben Stiller", "Daily Telegraph") names one thing across the build even
  // where the tagger typed it differently in different articles; one word ("Georgia") may name several.
  const sameKey = (i: number): number | undefined => {
    const c = clusters[i]!.cluster;
    const multiword = c.key.includes(' ');
    return (byKey.get(c.key) ?? []).find((g) => multiword || compatibleAcrossArticles(groups[g]!.type, c.type));
  };

  // Pass 1: full names, and descriptions of people, each a group of its own ("officials" of two articles are not the same).
  clusters.forEach((pc, i) => {
    if (pc.cluster.local) join(i, undefined);
    else if (!pc.cluster.short) join(i, sameKey(i));
  });
  // Pass 2: surnames and acronyms standing alone, now that every full name is known. The full-name
  // groups are indexed by surname and by the acronyms an article gave them (defined, or linked in the article).
  const bySurname = new Map<string, number[]>();
  const byAcronym = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string | undefined, g: number): void => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    map.set(key, list);
  };
  groups.forEach((g, gi) => {
    for (const m of g.members) {
      if (m.cluster.type === 'Person') index(bySurname, surnameKey(m.cluster.label), gi);
      for (const n of m.cluster.names) if (isAcronym(n)) index(byAcronym, nameKey(n), gi);
      for (const a of m.cluster.acronyms) index(byAcronym, a, gi);
    }
  });
  const context = articleContext(clusters);
  clusters.forEach((pc, i) => {
    const c = pc.cluster;
    if (!c.short || c.local) return;
    const found = (c.short === 'surname' ? (genderOfCommonGivenName(c.label) ? [] : bySurname.get(c.key)) : byAcronym.get(c.key)) ?? [];
    const matches = found.filter((gi) => {
      const g = groups[gi]!;
      if (c.short === 'surname') {
        const gender = g.members.find((m) => m.cluster.gender)?.cluster.gender;
        const givenFits = [...c.givenBefore].every((given) => g.members.some((m) => givenNameFits(given, m.cluster.label)));
        return g.type === 'Person' && !(c.gender && gender && c.gender !== gender) && givenFits && sharesContext(context, pc, g);
      }
      return isOrganization(g.type) || g.type === c.type;
    });
    join(i, matches.length === 1 ? matches[0] : sameKey(i));
  });

  absorbMisreadTypes(groups, groupOf);

  for (const g of groups) {
    if (g.members.length === 0) continue;
    const votes = new Map<EntityType, number>();
    for (const m of g.members) votes.set(m.cluster.type, (votes.get(m.cluster.type) ?? 0) + m.cluster.mentions.length);
    g.type = electType(votes);
    const canonical = g.members.filter((m) => m.cluster.mentions.some((x) => x.canonical)).map((m) => m.cluster.label);
    g.label = fullest(canonical.length ? canonical : g.members.map((m) => m.cluster.label));
    // an article that only writes "Turkish" keeps the gazetteer's "Türkiye": the others' "Turkey" names the entity
    if (canonical.length) g.label = writtenLabel(g.label, g.members.flatMap((m) => m.cluster.mentions.map((x) => cleanName(x.text, x.type).name)));
    g.key = nameKey(g.label);
  }
  return { groups, groupOf };
}

/** Per article, the keys of the people and organisations it names in full: what a surname standing alone is read among. */
function articleContext(clusters: PlacedCluster[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const pc of clusters) {
    const c = pc.cluster;
    if (c.short || (c.type !== 'Person' && !isOrganization(c.type))) continue;
    let keys = out.get(pc.documentIndex);
    if (!keys) out.set(pc.documentIndex, (keys = new Set()));
    keys.add(c.key);
  }
  return out;
}

/**
 * Whether a surname standing alone in one article and a person named in full in others are read among the same people
 * or organisations: a "Gibson" in a football line-up is no evidence of the politician Ian Gibson of other articles.
 */
function sharesContext(context: Map<number, Set<string>>, pc: PlacedCluster, g: Group): boolean {
  const own = context.get(pc.documentIndex);
  if (!own) return false;
  for (const m of g.members) {
    if (m.documentIndex === pc.documentIndex) continue;
    for (const k of context.get(m.documentIndex) ?? []) if (k !== g.key && own.has(k)) return true;
  }
  return false;
}

/**
 * One-word names the tagger typed differently in different articles ("Yukos" a company in nine,
 * a person in one): the groups of one name merge into its dominant one (at least twice the mentions
 * of the other) unless both are places, where one word really names several (Georgia the country,
 * Georgia the US state). Emptied groups are left in place (their numbers are referenced) and skipped.
 */
function absorbMisreadTypes(groups: Group[], groupOf: number[]): void {
  const byKey = new Map<string, number[]>();
  groups.forEach((g, gi) => byKey.set(g.key, [...(byKey.get(g.key) ?? []), gi]));
  const size = (g: Group): number => g.members.reduce((n, m) => n + m.cluster.mentions.length, 0);
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const ranked = [...same].sort((a, b) => size(groups[b]!) - size(groups[a]!) || a - b);
    const top = groups[ranked[0]!]!;
    for (const gi of ranked.slice(1)) {
      const g = groups[gi]!;
      const places = family(top.type) === 'place' && family(g.type) === 'place';
      if (places || size(top) < 2 * size(g)) continue;
      top.members.push(...g.members);
      for (const a of g.acronyms) top.acronyms.add(a);
      g.members = [];
      groupOf.forEach((x, i) => { if (x === gi) groupOf[i] = ranked[0]!; });
    }
  }
}

/**
 * Corpus entities from the merged groups, with IRIs: `kb:<slug>`, plus the type where two types
 * share a slug. The result is aligned with `groups` (undefined for a group merged into another).
 */
export function entitiesOf(groups: Group[], base: string): Array<Entity | undefined> {
  const entities: Array<Entity | undefined> = groups.map((g) => {
    if (g.members.length === 0) return undefined;
    const aliases = new Set<string>();
    const links: Entity['links'] = {};
    const documents = new Set<string>();
    for (const m of g.members) {
      for (const n of m.cluster.names) aliases.add(n);
      for (const a of m.cluster.acronyms) aliases.add(a.toUpperCase());
      links.iso3166 ??= m.cluster.links.iso3166;
      links.wikidata ??= m.cluster.links.wikidata;
      documents.add(m.documentId);
    }
    aliases.delete(g.label);
    if (!links.iso3166) delete links.iso3166;
    if (!links.wikidata) delete links.wikidata;
    return {
      iri: '', type: g.type, label: g.label, aliases: sortStrings([...aliases]), links, documents: sortStrings([...documents]),
    };
  });
  // A metonym's government body ("Kremlin", "Washington") always carries its type, so its IRI never
  // becomes the place's in a build where the place itself is named too.
  const government = new Set(entities.filter((e, i) => e && groups[i]!.members.every((m) => m.cluster.government)));
  assignIris(entities.filter((e): e is Entity => e !== undefined), base,
    (e) => (government.has(e) ? `${slugify(e.label)}-${typeSlug(e.type)}` : slugify(e.label)));
  return entities;
}

/**
 * Sets `iri` on each entity from its slug. Where entities of different types share a slug, each
 * gets its type as a suffix (kb:georgia-country, kb:georgia-location); two of one type on one slug
 * are numbered in the order given (which is the order of first appearance in the build).
 */
export function assignIris<T extends { iri: string; type: EntityType }>(items: T[], prefix: string, slugOf: (item: T) => string): void {
  const bySlug = new Map<string, T[]>();
  for (const item of items) {
    const slug = slugOf(item);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
  }
  for (const [slug, same] of bySlug) {
    const types = new Set(same.map((e) => e.type));
    const count = new Map<string, number>();
    for (const item of same) {
      const stem = types.size > 1 ? `${slug}-${typeSlug(item.type)}` : slug;
      const n = (count.get(stem) ?? 0) + 1;
      count.set(stem, n);
      item.iri = `${prefix}${n > 1 ? `${stem}-${n}` : stem}`;
    }
  }
}

export function sortStrings(values: string[]): string[] {
  return values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
