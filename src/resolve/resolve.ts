// The resolve stage: mentions and candidate arguments to entities with stable IRIs, candidates to statements.
import type { Analysis, EntityType } from '../analyze/analysis.js';
import type { Argument, Candidate, ConceptArgument, EntityArgument } from '../extract/candidate.js';
import type { Entity, ResolvedCorpus, ResolvedTerm, Statement } from './entity.js';
import { clusterArticle, governmentMention, metonymTarget, nameMention, type ArticleEntities, type NameMention } from './article-entities.js';
import { entitiesOf, mergeAcrossArticles, sortStrings, type PlacedCluster } from './corpus-entities.js';
import { anaphor, describesAll, isPronoun, THEY, type AnaphorConstraint } from '../extract/anaphora.js';
import { eventEntities } from './events.js';
import { contextOf } from '../extract/context.js';
import { tokenKey } from '../extract/sentence-view.js';
import { PLACES } from '../extract/speech.js';
import { cleanName, isSingleWord, nameKey, roleWords, surnameKey, titledGivenName, wordBeforeName } from './names.js';
import { DEFAULT_KB } from '../graph/vocabulary.js';
import { genderOfFirstName } from '../analyze/gazetteer/name-gender.js';
import { normaliseBase, slugify, statementIri, type TermKey } from '../graph/iri.js';

export interface ResolveOptions {
  /** Base IRI of the knowledge base (default https://w3id.org/newsgraph/kb/). */
  base?: string;
}

/** What resolution could not place, for the build report. */
export interface ResolveStats {
  /** Candidates dropped because an argument (a pronoun with no antecedent) could not be resolved. */
  unresolved: number;
  /** Candidates dropped because subject and object resolved to the same entity. */
  reflexive: number;
}

// How far back (in sentences) a description ("the company") looks for its antecedent.
const DESCRIPTION_WINDOW = 4;

// "an Israeli", "a Briton": a country's name for its people after an indefinite article is one person of it, not the country
// ("a Ukrainian attack", "no Ukrainian involvement": an adjective, the country's, is not).
const ONE_OF_A_NATION = /\b(?:a|an|another|one)\s+$/i;

/** One argument's place in an article: a mention's cluster, an anaphor's antecedent cluster, or unresolved. */
type Placement = { cluster: number } | undefined;

/**
 * Resolves a corpus. `candidates[i]` are the candidates extracted from `analyses[i]`.
 * Deterministic: the same analyses and candidates give the same IRIs in the same order.
 */
export function resolve(analyses: Analysis[], candidates: Candidate[][], options: ResolveOptions = {}): ResolvedCorpus & { stats: ResolveStats } {
  const base = normaliseBase(options.base ?? DEFAULT_KB);
  const stats: ResolveStats = { unresolved: 0, reflexive: 0 };

  // 1. Each article's own entities, with the names extractors found beyond the analyzer's mentions.
  const articles = analyses.map((analysis, i) => articleEntities(analysis, candidates[i] ?? []));

  // 2. Merged across articles, with IRIs.
  const placed: PlacedCluster[] = [];
  const placedIndex: number[][] = [];
  articles.forEach((art, d) => {
    placedIndex.push(art.clusters.map((cluster) => {
      placed.push({ documentIndex: d, documentId: analyses[d]!.document.id, cluster });
      return placed.length - 1;
    }));
  });
  const { groups, groupOf } = mergeAcrossArticles(placed);
  const byGroup = entitiesOf(groups, base);
  const entities = byGroup.filter((e): e is Entity => e !== undefined);
  const entityOfCluster = (d: number, c: number): Entity => byGroup[groupOf[placedIndex[d]![c]!]!]!;

  // 3. Events (one per article and key) and concepts (one per label across the build).
  const events = eventEntities(analyses, candidates, base);
  const concepts = new Map<string, Entity>();
  const conceptEntity = (label: string, docId: string): Entity => {
    const slug = slugify(label);
    let e = concepts.get(slug);
    if (!e) {
      e = { iri: `${base}concept/${slug}`, type: 'Misc', label, aliases: [], links: {}, documents: [], kind: 'concept' };
      concepts.set(slug, e);
    }
    if (!e.documents.includes(docId)) e.documents.push(docId);
    return e;
  };

  // 4. Statements.
  const statements: Statement[] = [];
  analyses.forEach((analysis, d) => {
    const doc = analysis.document;
    const art = articles[d]!;
    const term = (arg: Argument, sentence: number): ResolvedTerm | undefined => {
      switch (arg.kind) {
        case 'literal': return arg;
        case 'event': {
          const e = events.get(d, arg.key);
          return e ? { kind: 'iri', iri: e.iri, label: e.label } : undefined;
        }
        case 'concept': {
          const named = conceptReferent(analysis, art, arg, sentence);
          const e = named !== undefined ? entityOfCluster(d, named) : conceptEntity(arg.label || arg.text, doc.id);
          return { kind: 'iri', iri: e.iri, label: e.label };
        }
        case 'entity': {
          const place = placeArgument(analysis, art, arg, sentence);
          if (!place) return undefined;
          const e = entityOfCluster(d, place.cluster);
          return { kind: 'iri', iri: e.iri, label: e.label };
        }
      }
    };
    const local: Statement[] = [];
    for (const c of candidates[d] ?? []) {
      const subject = term(c.subject, c.sentence);
      const object = term(c.object, c.sentence);
      if (!subject || !object) { stats.unresolved++; continue; }
      if (subject.kind === 'iri' && object.kind === 'iri' && subject.iri === object.iri) { stats.reflexive++; continue; }
      let speaker: Statement['speaker'];
      if (c.speaker) {
        const s = term(c.speaker, c.sentence);
        if (s?.kind === 'iri') speaker = { iri: s.iri, label: s.label };
      }
      local.push({
        iri: statementIri(doc.id, c.start, c.end, keyOf(subject), c.predicate, keyOf(object), base),
        document: doc, subject, predicate: c.predicate, predicateLabel: c.predicateLabel, object, speaker, candidate: c,
      });
    }
    local.push(...metonymStatements(analysis, art, d, entityOfCluster, base));
    // Text order, then IRI: independent of the order extractors ran in.
    local.sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
    statements.push(...local);
  });

  for (const e of concepts.values()) e.documents = sortStrings(e.documents);
  const all = [...entities, ...events.all(), ...concepts.values()]
    .sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
  return { documents: analyses.map((a) => a.document), analyses, entities: all, statements, stats };
}

/** The article's name mentions (the analyzer's, plus names only an extractor found), clustered. */
export function articleEntities(analysis: Analysis, candidates: Candidate[]): ArticleEntities {
  const mentions: NameMention[] = [];
  const spans = new Set<string>();
  for (const m of analysis.mentions) {
    if (isPronoun(m.text) || anaphor(m.text)?.kind === 'pronoun') continue;
    const target = metonymTarget(m);
    if (target) {
      // "Washington warned": the government body named as written, and the country it stands for at the same span.
      mentions.push(governmentMention(m, target.country));
      mentions.push({ ...nameMention({ ...m, text: target.country, type: 'Country' }, target.country), standIn: true });
      spans.add(`${m.start}:${m.end}`);
      continue;
    }
    const nm = nameMention(m, m.canonical, m.links);
    if (m.type === 'Person' || m.type === 'Misc') {
      const sentenceStart = analysis.sentences[m.sentence]?.start ?? Math.max(0, m.start - 60);
      // "Prince [Charles]": the title the recogniser left out is part of the name, not every Charles's.
      const titled = nm.canonical ? undefined : titledGivenName(analysis.document.text.slice(Math.max(sentenceStart, m.start - 20), m.start), nm.name);
      if (titled) {
        nm.name = titled.name;
        nm.key = nameKey(titled.name);
        nm.gender ??= titled.gender;
      } else if (m.type === 'Person' && !nm.canonical && isSingleWord(nm.name)) {
        const before = wordBeforeName(analysis.document.text.slice(sentenceStart, m.start));
        nm.gender ??= before.gender;
        if (before.givenName) nm.givenBefore = before.givenName;
        else {
          const given = givenNameInOtherMention(analysis, nm.name);
          if (given) nm.givenBefore = given;
        }
      }
      const roles = roleWords(analysis.document.text.slice(Math.max(sentenceStart, m.start - 60), m.start), m.text);
      if (roles.length) nm.roles = roles;
    }
    mentions.push(nm);
    spans.add(`${m.start}:${m.end}`);
  }
  const sorted = [...analysis.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const extra = (arg: EntityArgument, sentence: number, speaker: boolean): void => {
    if (spans.has(`${arg.start}:${arg.end}`)) return;
    // a speaker is never the place its phrase names ("the Archbishop of Canterbury", "reports from the region"), nor the
    // country ("reports from Ardania", "the President of Ardania"): the phrase is a name of its own
    const named = covering(sorted, arg) ?? headMention(sorted, arg);
    const place = named !== undefined && (PLACES.has(named.type) || named.type === 'Country');
    if (named && !(speaker && place && (named.start > arg.start || named.end < arg.end))) return;
    // Pronouns and descriptions are resolved to a name when placed, never names themselves.
    if (isPronoun(arg.text) || anaphor(arg.text)) return;
    spans.add(`${arg.start}:${arg.end}`);
    const m = nameMention({ ...arg, sentence }, arg.canonical, undefined, false);
    // "officials", "the spokesman", "analysts": a description of people is someone of this article only; the same words in
    // another article describe others
    if (arg.type === 'Group' && describesPeople(analysis, arg, sentence)) m.local = true;
    mentions.push(m);
  };
  for (const c of candidates) {
    for (const arg of [c.subject, c.object]) if (arg.kind === 'entity') extra(arg, c.sentence, false);
    if (c.speaker) extra(c.speaker, c.sentence, true);
  }
  // A metonym's country sorts after it: never found first as a name at the span.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || Number(Boolean(a.standIn)) - Number(Boolean(b.standIn)));
  return clusterArticle(analysis.document.text, mentions);
}

/** Whether a group argument is a description of people ("officials", "the company's lawyers"): its last word a common noun. */
function describesPeople(analysis: Analysis, arg: EntityArgument, sentence: number): boolean {
  const t = contextOf(analysis).views[sentence]?.tokens.find((k) => k.end === arg.end);
  return t?.upos === 'NOUN';
}

/**
 * "Mr Johnson" in an article whose one full "<given name> Johnson" the recogniser took into a mention of another type
 * ("Tory MP Boris Johnson" as an organisation): the given name written there, so that the surname joins no other
 * article's Johnson of another given name. Undefined when no such mention, or when it shows two given names.
 */
function givenNameInOtherMention(analysis: Analysis, surname: string): string | undefined {
  const given = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.type === 'Person') continue;
    const words = m.text.split(/\s+/);
    const at = words.length - 1;
    if (at < 1 || words[at] !== surname) continue;
    const word = words[at - 1]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && genderOfFirstName(word)) given.add(word);
  }
  return given.size === 1 ? [...given][0] : undefined;
}

function covering<T extends { start: number; end: number }>(sorted: T[], arg: { start: number; end: number }): T | undefined {
  return sorted.find((m) => m.start <= arg.start && m.end >= arg.end);
}

/** The mention that ends the argument (its head, for English noun phrases): "the State Department's spokesperson Matthew Miller". */
function headMention<T extends { start: number; end: number; text: string }>(sorted: T[], arg: { start: number; end: number; text: string }): T | undefined {
  const trimmedEnd = arg.start + arg.text.replace(/(?:'s|’s|[\s.,;:'"’”)]+)$/u, '').length;
  return sorted.find((m) => m.start >= arg.start && m.end <= arg.end && (m.end === arg.end || m.end === trimmedEnd));
}

/**
 * Whether extract's coreference declined the argument's description ("the group that most firms ignore", "the rival
 * firm", "the country" between two countries): no earlier name is put in its place here either, as for a pronoun it left
 * unresolved. Asked only of a description falling back on the article's names, so the sentence views are looked at rarely.
 */
function declinedAt(analysis: Analysis, arg: { start: number; text: string }, sentence: number): boolean {
  const { views, anaphors } = contextOf(analysis);
  const v = views[sentence];
  if (!v || v.sentence.index !== sentence) return false;
  const end = arg.start + arg.text.trimEnd().length;
  const head = v.tokens.findIndex((t) => t.end === end);
  return head >= 0 && anaphors.declined.has(tokenKey(sentence, head));
}

/** Whether a country's argument is one person of it ("fought an Israeli"): its one word heads a phrase after an indefinite article. */
function oneOfANation(analysis: Analysis, arg: EntityArgument, sentence: number): boolean {
  if (arg.type !== 'Country' || /\s/.test(arg.text.trim()) || !ONE_OF_A_NATION.test(analysis.document.text.slice(Math.max(0, arg.start - 10), arg.start))) return false;
  const t = contextOf(analysis).views[sentence]?.tokens.find((k) => k.start === arg.start);
  // (the parser often tags the word an adjective even as the phrase's head: "fight an Israeli")
  return !t || !['amod', 'compound', 'nmod:poss'].includes(t.dep);
}

/**
 * Which cluster of the article an entity argument is: its span's mention, its head mention, or an anaphor's antecedent
 * (none for a description coreference declined: declinedAt).
 */
function placeArgument(analysis: Analysis, art: ArticleEntities, arg: EntityArgument, sentence: number): Placement {
  if (oneOfANation(analysis, arg, sentence)) return undefined;
  const names = namesOf(art);
  const exact = names.find((m) => m.start === arg.start && m.end === arg.end);
  if (exact) return { cluster: exact.cluster };
  // a pronoun or description the extractor resolved: the cluster of the name it stands for
  if (arg.antecedent) {
    const { start, end } = arg.antecedent;
    const named = names.find((m) => m.start === start && m.end === end);
    if (named) return { cluster: named.cluster };
  }
  if (arg.canonical && !isPronoun(arg.canonical)) {
    // The name the extractor gave, as a name (a group's too: "they" named "Russian officials").
    const key = nameMention({ ...arg, type: arg.type === 'Group' ? 'Misc' : arg.type, sentence }, arg.canonical).key;
    const named = art.clusters.find((c) => c.key === key)?.index ?? art.mentions.find((m) => m.key === key)?.cluster;
    // An extractor's antecedent for a pronoun is kept only when the pronoun can refer to it ("she" is not Andrew Green).
    const pronoun = anaphor(arg.text);
    // ("they" for a country is the extractor's national side, "France were ... they": see extract's teamsOf)
    const fits = (c: number): boolean => !pronoun || ((pronoun.types.has(art.clusters[c]!.type) || (pronoun.types === THEY && art.clusters[c]!.type === 'Country'))
      && !(pronoun.gender && art.clusters[c]!.gender && pronoun.gender !== art.clusters[c]!.gender));
    if (named !== undefined && named >= 0 && fits(named)) return { cluster: named };
    // The extractor's coreference weighed the article and chose; the nearest name that fits would be a guess.
    if (pronoun?.kind === 'pronoun') return undefined;
    if (pronoun) return declinedAt(analysis, arg, sentence) ? undefined : antecedent(art, arg.start, sentence, pronoun, arg.text);
  }
  const head = headMention(names, arg);
  if (head) return { cluster: head.cluster };
  const cover = covering(names, arg);
  if (cover) return { cluster: cover.cluster };
  const constraint = anaphor(arg.text);
  if (!constraint) return undefined;
  // A pronoun the extractor's coreference (extract/coreference) left unresolved stays so: placed by recency
  // alone it lands on a wrong name most of the time (see extract's unresolvedPronoun).
  if (constraint.kind === 'pronoun') return undefined;
  if (declinedAt(analysis, arg, sentence)) return undefined;
  if (constraint.kind === 'description' && constraint.types.has('Person')) {
    const holder = roleHolder(art, arg.start, constraint.head);
    if (holder !== undefined) return { cluster: holder };
  }
  return antecedent(art, arg.start, sentence, constraint, arg.text);
}

/**
 * The entity a concept argument names after all, if any: a name the extractor did not take for one
 * ("Mr Straw" when the article has "Jack Straw"), or a role description of a person named earlier
 * with that role ("the foreign secretary" after "Foreign Secretary Jack Straw"), or an organisation
 * description ("the company") with a compatible organisation just before. Otherwise it stays a concept.
 */
function conceptReferent(analysis: Analysis, art: ArticleEntities, arg: ConceptArgument, sentence: number): number | undefined {
  const text = arg.text.trim();
  if (/^\p{Lu}/u.test(text) && !/^(?:the|a|an|this|that)\s/i.test(text)) {
    const key = nameKey(cleanName(text, 'Person').name);
    const named = art.mentions.find((m) => m.key === key);
    if (named) return named.cluster;
    const bySurname = new Set(art.mentions.filter((m) => m.type === 'Person' && surnameKey(m.name) === key).map((m) => m.cluster));
    if (bySurname.size === 1) return [...bySurname][0];
  }
  const constraint = anaphor(text);
  if (!constraint || constraint.kind !== 'description' || declinedAt(analysis, arg, sentence)) return undefined;
  if (constraint.types.has('Person')) return roleHolder(art, arg.start, constraint.head);
  return antecedent(art, arg.start, sentence, constraint, text)?.cluster;
}

/** The person most recently named before `before` with the role `head` ("secretary"), anywhere earlier in the article. */
function roleHolder(art: ArticleEntities, before: number, head: string | undefined): number | undefined {
  if (!head) return undefined;
  for (let i = art.mentions.length - 1; i >= 0; i--) {
    const m = art.mentions[i]!;
    if (m.end > before) continue;
    const cluster = art.clusters[m.cluster]!;
    if (cluster.type === 'Person' && cluster.roles.has(head)) return cluster.index;
  }
  return undefined;
}

// How much more salient than the next candidate a description's referent must be (as for the extractor's certainty).
const DESCRIPTION_MARGIN = 1.5;

/**
 * The cluster a description ("the company", "the holding company") refers to, among the preceding ones it can name
 * within its window of sentences: one whose name has a modifier of the description ("holding" in China Aviation Oil
 * Holding Company), else the most salient, each mention counting half as much per sentence back, when it stands out
 * from the next (the nearest alone would be the company named last in passing, not the one the article is about).
 */
function antecedent(art: ArticleEntities, before: number, sentence: number, constraint: AnaphorConstraint, text: string): Placement {
  const modifiers = text.toLowerCase().split(/\s+/).slice(1, -1).filter((w) => /^\p{L}+$/u.test(w));
  const score = new Map<number, number>();
  const named: number[] = [];
  for (let i = art.mentions.length - 1; i >= 0; i--) {
    const m = art.mentions[i]!;
    if (m.end > before) continue;
    if (sentence - m.sentence > DESCRIPTION_WINDOW) break;
    if (m.standIn) continue;
    const target = art.clusters[m.cluster]!;
    if (!constraint.types.has(target.type)) continue;
    if (constraint.gender && target.gender && target.gender !== constraint.gender) continue;
    // "the government" is no court, "the company" no council
    const head = constraint.head;
    if (head && !describesAll(head, [target.label, ...target.names])) continue;
    if (!score.has(target.index) && modifiers.some((w) => [target.label, ...target.names].some((n) => n.toLowerCase().split(/\s+/).includes(w)))) named.push(target.index);
    score.set(target.index, (score.get(target.index) ?? 0) + 0.5 ** (sentence - m.sentence));
  }
  if (named.length) return { cluster: named[0]! };
  // Map order is the order first met walking back: the most recent first, which wins a tie
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || (next && top[1] < DESCRIPTION_MARGIN * next[1])) return undefined;
  return { cluster: top[0] };
}

const namesCache = new WeakMap<ArticleEntities, NameMention[]>();

/** The article's mentions as written (without the countries added at metonyms' spans). */
function namesOf(art: ArticleEntities): NameMention[] {
  let names = namesCache.get(art);
  if (!names) {
    names = art.mentions.filter((m) => !m.standIn);
    namesCache.set(art, names);
  }
  return names;
}

/** The country added at a metonym's span. */
function countryCluster(art: ArticleEntities, metonym: NameMention): ArticleEntities['clusters'][number] | undefined {
  const standIn = art.mentions.find((o) => o.standIn && o.start === metonym.start && o.end === metonym.end);
  return standIn ? art.clusters[standIn.cluster] : undefined;
}

/** A statement per metonym: the government body ("Kremlin") stands for its country, with the sentence as evidence. */
function metonymStatements(
  analysis: Analysis, art: ArticleEntities, d: number, entityOfCluster: (d: number, c: number) => Entity, base: string,
): Statement[] {
  const out: Statement[] = [];
  for (const m of art.mentions) {
    if (!m.standsFor) continue;
    const country = countryCluster(art, m);
    if (!country) continue;
    const place = entityOfCluster(d, m.cluster);
    const government = entityOfCluster(d, country.index);
    if (place.iri === government.iri) continue;
    const sentence = analysis.sentences[m.sentence];
    const start = sentence?.start ?? m.start;
    const end = sentence?.end ?? m.end;
    const arg = (type: EntityType, canonical: string): EntityArgument => ({ kind: 'entity', text: m.text, start: m.start, end: m.end, type, canonical });
    const candidate: Candidate = {
      subject: arg(place.type, place.label), predicate: 'standsFor', predicateLabel: 'stands for',
      object: arg(government.type, government.label), polarity: 'asserted', fact: true,
      sentence: m.sentence, start, end, extractor: 'metonymy', confidence: 0.8,
    };
    const subject: ResolvedTerm = { kind: 'iri', iri: place.iri, label: place.label };
    const object: ResolvedTerm = { kind: 'iri', iri: government.iri, label: government.label };
    out.push({
      iri: statementIri(analysis.document.id, start, end, { iri: place.iri }, 'standsFor', { iri: government.iri }, base),
      document: analysis.document, subject, predicate: 'standsFor', predicateLabel: 'stands for', object, candidate,
    });
  }
  return out;
}

function keyOf(term: ResolvedTerm): TermKey {
  return term.kind === 'iri' ? { iri: term.iri } : { value: term.value, datatype: term.datatype, unit: term.unit, bound: term.bound };
}

