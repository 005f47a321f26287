// Entity mentions with fine types: the recogniser's spans merged with gazetteer names and name-shape rules.
import type { EntityType, Mention, Sentence, Token } from '../analysis.js';
import { isCapital, isFirstName, isNamedDay, matchPhrases, type PhraseMatch } from '../gazetteer/index.js';
import type { EntitySpan } from '../ner/index.js';
import { isCapitalWord, opensSentence, overlaps, type Candidate, type SentenceWords } from './candidate.js';
import { clean } from './clean.js';
import { defineAcronyms } from './acronyms.js';
import { describedNames, spreadDescribed } from './described-names.js';
import { actingPlaces } from './acting-places.js';
import { alphanumericBodies, alphanumericNames, gluedDigits } from './alphanumeric.js';
import { splitConjoined } from './conjoined.js';
import { markMetonyms } from './metonyms.js';
import { splitLeadingPlace } from './leading-place.js';
import { expandInitials, markLineUps } from './line-ups.js';
import { markProducts } from './products.js';
import { markTeam, spreadTeams } from './teams.js';
import { repairSpans } from './spans.js';
import { spreadNames } from './repeated-names.js';
import { dropStatesOpeningNames } from './state-names.js';
import { keepPossessiveNames } from './possessive-names.js';
import { armedGroupContext, companyContext, headWordNames, isTitleCase, newsAgencyContext, organisationContext, titledPersons } from './rules.js';
import { fromPhrase, refine } from './typing.js';
import { markTheTitles, markWorks } from './works.js';

const COARSE: Record<EntitySpan['type'], EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location', MISC: 'Misc' };
// Types an armed-group context may turn into ArmedGroup; persons, places, known bodies and adjectives
// ("Chechen militants": people described, not a named group) stay what they are.
const ORGANIZATION_LIKE = new Set<EntityType>(['Organization']);
// Types a company's context ("carmaker X") may turn into Company: the recogniser's guesses, not the gazetteer's places or bodies.
const COMPANY_LIKE = new Set<EntityType>(['Organization', 'Person', 'Location', 'Misc']);
// Below this the recogniser's span is kept only when a word of it is a proper noun.
const WEAK_SPAN = 0.6;
// Below this it is dropped unless the gazetteer knows the name; in title-case headlines, where every word
// looks like a name, the bar is higher.
const NOISE = 0.3;
const NOISE_IN_TITLE_CASE = 0.5;

// Among overlapping candidates the longer wins; at equal length, what knows a canonical name, then the source
// (the recogniser's span refined by the gazetteer carries the model's confidence).
const SOURCE_RANK = { ner: 0, gazetteer: 1, rule: 2 } as const;

function settle(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(Boolean(b.canonical)) - Number(Boolean(a.canonical)) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The mentions of one sentence. Why in phases of their own: as one function this was the costliest compile of the
 * analyze stage (done twice a build, as new string representations reached it), for a function run once a sentence.
 */
export function sentenceMentions(sentence: Sentence, recognized: readonly EntitySpan[]): Candidate[] {
  const tokens = sentence.tokens;
  const view = sentenceWords(tokens);
  const { words, upos } = view;
  const { phrases, entities } = dropStatesOpeningNames(matchPhrases(words).filter((p) => !commonWordCity(p, words, upos)), words, recognized);
  const candidates: Candidate[] = [];
  const titleCase = isTitleCase(words);
  const noise = titleCase ? NOISE_IN_TITLE_CASE : NOISE;
  recognizedCandidates(tokens, words, phrases, entities, noise, candidates);
  gazetteerCandidates(tokens, words, upos, phrases, candidates);
  ruleCandidates(tokens, words, upos, titleCase, candidates);
  const restore = (start: number, end: number): Candidate | undefined => {
    const p = phrases.find((x) => x.start === start && x.end === end);
    return p ? clean(fromPhrase(p, words, upos), tokens, words) : undefined;
  };
  const repaired = splitConjoined(repairSpans(settle(candidates), tokens, words, titleCase, restore), words, restore);
  const marked = markWorks(view, markTheTitles(words, repaired));
  retypeByContext(words, upos, marked, titleCase);
  markRegions(words, marked);
  markDivisions(words, marked);
  describedNames(view, marked, titleCase);
  gluedDigits(tokens, marked);
  markProducts(tokens, marked);
  // line-ups last: a list of players overrules what each short item looked like on its own
  // "before Christmas": a feast is a date, no one's or anything's name
  // "at 0900 GMT": a time zone is part of a time, no one's or anything's name
  const kept = markLineUps(words, marked).filter((m) => m.end - m.start > 1 || !(FEASTS.has(words[m.start]!) || TIME_ZONES.has(words[m.start]!)));
  if (kept.some((m) => m.type === 'City' && !m.standsFor)) markMetonyms(view, kept);
  return kept;
}

/**
 * The sentence's words, tags, lemmas, heads and relations, each array filled by `push`. Why not `tokens.map`: an array
 * `map` makes in unoptimised code is packed, one it makes in optimised code holey; once this function was optimised, every
 * rule reading the words (the phrase matcher, the title and name rules, the line-ups) met the second kind, was thrown
 * away and compiled again. Pushed arrays are packed either way.
 */
function sentenceWords(tokens: readonly Token[]): SentenceWords {
  const words: string[] = [];
  const upos: string[] = [];
  const lemmas: string[] = [];
  const heads: number[] = [];
  const deps: string[] = [];
  for (const t of tokens) {
    words.push(t.text);
    upos.push(t.upos);
    lemmas.push(t.lemma);
    heads.push(t.head);
    deps.push(t.dep);
  }
  return { words, upos, lemmas, heads, deps };
}

/** The recogniser's spans that look like names, trimmed and typed by the gazetteer, added to `candidates`. */
function recognizedCandidates(
  tokens: readonly Token[], words: readonly string[], phrases: readonly PhraseMatch[], entities: readonly EntitySpan[], noise: number, candidates: Candidate[],
): void {
  for (const span of entities) {
    const e = splitLeadingPlace(span, words, phrases);
    // Spans of lower-case words ("congress", "image") or of no proper noun at low confidence ("If", "People") are noise.
    let capital = false;
    let proper = false;
    for (let i = e.start; i < e.end; i++) {
      if (isCapitalWord(words[i]!)) capital = true;
      if (tokens[i]!.upos === 'PROPN') proper = true;
    }
    const known = phrases.some((p) => p.start === e.start && p.end === e.end);
    if (!capital || (!known && (e.confidence < noise || (!proper && e.confidence < WEAK_SPAN)))) continue;
    const c = clean({ start: e.start, end: e.end, type: COARSE[e.type], source: 'ner', confidence: e.confidence }, tokens, words);
    if (c) candidates.push(refine(c, words, phrases));
    // "Chelsea boss Jose Mourinho": the words before the title name what the title is of
    if (c?.describedBy) candidates.push(refine({ ...c.describedBy, type: 'Organization', source: 'rule', confidence: 0.6 }, words, phrases));
  }
}

/** The gazetteer's names and the days named after their weekday, added to `candidates`. */
function gazetteerCandidates(
  tokens: readonly Token[], words: readonly string[], upos: readonly string[], phrases: readonly PhraseMatch[], candidates: Candidate[],
): void {
  for (const p of phrases) {
    const c = clean(fromPhrase(p, words, upos), tokens, words);
    // A known name with a code written against it ("ISIS-K") is a different, unlisted entity.
    if (c) candidates.push(c.end !== p.end ? { start: c.start, end: c.end, type: c.type, source: 'rule', confidence: 0.7 } : c);
  }
  // "Bloody Sunday", "Black Friday": a day named after its weekday is an event, which the dates leave alone
  for (let i = 1; i < words.length; i++) if (isNamedDay(words, i)) candidates.push({ start: i - 1, end: i + 1, type: 'Event', source: 'rule', confidence: 0.7 });
}

/** Names found by their shape (a head word, a title before them), added to `candidates`. */
function ruleCandidates(tokens: readonly Token[], words: readonly string[], upos: readonly string[], titleCase: boolean, candidates: Candidate[]): void {
  // pushed, not mapped: see sentenceWords
  const attached: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) attached.push(i > 0 && tokens[i - 1]!.end === tokens[i]!.start);
  for (const r of [...headWordNames(words, attached, upos, titleCase), ...titledPersons(words, titleCase)]) {
    const c = clean(r, tokens, words);
    if (c) candidates.push(c);
  }
  // "U2", "G8", "MI5": names with digits, which the recogniser does not read as names
  alphanumericNames(words, upos, candidates);
}

/** Types the words around a mention decide: storms, organisations, acronyms, companies, armed groups, agencies, teams. */
function retypeByContext(words: readonly string[], upos: readonly string[], marked: Candidate[], titleCase: boolean): void {
  // "Hurricane Ivan", "Typhoon Haiyan": a storm's name is an event, not the person or place the recogniser took it for
  for (const m of marked) {
    if (m.start > 0 && STORMS.has(words[m.start - 1]!) && !m.canonical && m.type !== 'Event') {
      m.start -= 1;
      m.type = 'Event';
    }
  }
  for (const m of marked) {
    // "a spokesman for Dell", "Yukos spokesman": a one-word "person" no given name shows to be one is the organisation
    // and "former X directors", "X's shareholders" for a town the recogniser guessed; the article's other mentions follow
    if (((m.type === 'Person' && m.end - m.start === 1 && !isFirstName(words[m.start]!)) || (m.type === 'Location' && !m.canonical)) && organisationContext(words, m.start, m.end)) {
      m.type = 'Organization';
      m.articleWide = true;
    }
    // "NIESR said": a word in capitals is an acronym, a body's name, not a person's (a line-up's initials are read below)
    if (m.type === 'Person' && m.end - m.start === 1 && !m.canonical && !titleCase && ACRONYM.test(words[m.start]!)) m.type = 'Organization';
    // "carmaker Fiat", "Budget airline Ryanair", "Barclays shares": a company
    if (COMPANY_LIKE.has(m.type) && !m.canonical && companyContext(words, upos, m.start, m.end, m.type === 'Person' && isFirstName(words[m.start]!))) {
      m.type = 'Company';
      m.companyWide = true;
    }
    if ((ORGANIZATION_LIKE.has(m.type) || (m.type === 'ArmedGroup' && !m.canonical)) && armedGroupContext(words, m.start, m.end)) {
      m.type = 'ArmedGroup';
    } else if (ORGANIZATION_LIKE.has(m.type) && newsAgencyContext(words, m.start, m.end)) m.type = 'NewsAgency';
    // "Leicester striker", "manager at Southampton": the club, not the town
    markTeam(words, m);
  }
}

// Tags of a sentence's capitalised first word that make it a common word, not a town of that name ("Male life expectancy").
const COMMON_WORD_TAGS = new Set(['ADJ', 'ADV', 'VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'INTJ']);

/** Whether a one-word town the gazetteer found opens the sentence (or a quotation) tagged as a common word. */
function commonWordCity(p: PhraseMatch, words: readonly string[], upos: readonly string[]): boolean {
  if (p.kind !== 'city' || p.end - p.start !== 1 || !COMMON_WORD_TAGS.has(upos[p.start]!)) return false;
  return opensSentence(words, p.start);
}

// Prepositions that put the town after them in a place ("born in Luton, Bedfordshire").
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'of', 'near', 'at', 'outside']);
const PLACE_MENTIONS = new Set<EntityType>(['City', 'Location']);

/**
 * "in Caterham, Surrey": a name between commas (or a comma and the sentence's end) right after a town a preposition of
 * place leads is the town's county or state, which the recogniser, not knowing it, took for an organisation.
 */
function markRegions(words: readonly string[], mentions: Candidate[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const town = mentions[i - 1]!;
    const m = mentions[i]!;
    if (m.type !== 'Organization' || m.canonical || !PLACE_MENTIONS.has(town.type) || m.start !== town.end + 1 || words[town.end] !== ',') continue;
    if (town.start === 0 || !PLACE_PREPOSITIONS.has(words[town.start - 1]!.toLowerCase())) continue;
    if (m.end < words.length && !/^[,.;:)]$/.test(words[m.end]!)) continue;
    m.type = 'Location';
  }
}

// Lower-case words for a country's divisions that follow the division's name ("Kandahar province", "the Orange county").
const DIVISIONS = new Set(['district', 'province', 'county', 'region', 'governorate', 'state', 'prefecture', 'municipality', 'oblast', 'canton', 'subdistrict']);
// Types a division's word overrules: the recogniser's guesses, not the gazetteer's places or known bodies.
const DIVISION_LIKE = new Set<EntityType>(['Person', 'Organization', 'Misc']);

/**
 * "neighbouring Shah Alam district", "in Harrow county": a name right before the word for a division of a country is
 * that division's name, a place, whatever the recogniser took it for. "state" counts only where no noun follows it
 * ("a Taylor state visit", "the Kennedy state funeral" are events of a person).
 */
function markDivisions(words: readonly string[], mentions: Candidate[]): void {
  for (const m of mentions) {
    const next = words[m.end];
    if (!next || !DIVISIONS.has(next) || m.canonical || !DIVISION_LIKE.has(m.type)) continue;
    if (next === 'state' && /^\p{Ll}/u.test(words[m.end + 1] ?? '')) continue;
    m.type = 'Location';
  }
}

// Feasts and holidays of one word, which the recogniser reads as people's names.
const FEASTS = new Set(['Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Hanukkah', 'Passover', 'Ramadan', 'Diwali', 'Eid', 'Whitsun', 'Lent']);

// Time zones written after a clock time ("0900 GMT", "3 p.m. EST").
const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'JST', 'AEST', 'AEDT', 'IST']);

// A word in capitals, three letters at least, digits after them allowed ("NIESR", "HMV", "NM2").
const ACRONYM = /^[A-Z]{3,}\d*$/;

const STORMS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical']);

// Coarse types the document-level pass may correct; gazetteer-backed types (Country, City, ...) are left alone.
const COARSE_TYPES = new Set<EntityType>(['Person', 'Organization', 'Location', 'Misc']);

/**
 * One name, one type within an article: a weak recogniser guess ("Maduro" as a place) gives way to the type
 * the same name, or a full name ending in it ("Nicolás Maduro"), got with more confidence elsewhere.
 */
function harmonize(mentions: Mention[]): void {
  const best = new Map<string, { type: EntityType; confidence: number }>();
  const note = (name: string, type: EntityType, confidence: number) => {
    const known = best.get(name);
    if (!known || confidence > known.confidence) best.set(name, { type, confidence });
  };
  for (const m of mentions) {
    // a company its context made one ("carmaker Fiat") vouches for the name as well
    if (m.canonical || !(COARSE_TYPES.has(m.type) || m.type === 'Company')) continue;
    const confidence = m.confidence ?? 0;
    note(m.text, m.type, confidence);
    // "Nicolás Maduro" vouches for "Maduro" being a person (the surname, not the first name).
    if (m.type === 'Person' && m.tokenEnd - m.tokenStart > 1) note(m.text.split(/\s+/).pop()!, 'Person', confidence);
  }
  for (const m of mentions) {
    if (m.canonical || !COARSE_TYPES.has(m.type) || m.source !== 'ner') continue;
    const known = best.get(m.text);
    if (known && known.type !== m.type && known.confidence > (m.confidence ?? 0)) m.type = known.type;
  }
  // "Lindsay Davenport ... Davenport defeated Zheng": a town named like the surname of a person the article names in
  // full is that person (a capital is left alone: "George Washington" does not make every "Washington" his)
  const surnames = new Set(mentions.filter((m) => m.type === 'Person' && m.tokenEnd - m.tokenStart > 1).map((m) => m.text.split(/\s+/).pop()!));
  for (const m of mentions) {
    if (m.type !== 'City' || m.tokenEnd - m.tokenStart !== 1 || !surnames.has(m.text) || isCapital(m.text)) continue;
    m.type = 'Person';
    delete m.canonical;
    delete m.country;
    delete m.standsFor;
    delete m.links;
  }
}

/**
 * One sense per article for a company: once its context has made a name a company's ("Rossignol shares", "carmaker
 * Rossignol"), the recogniser's other guesses for the same bare name (a person, a place) give way to it. A name the
 * gazetteer knows (a town, a country) is left alone.
 */
function spreadCompanies(mentions: Mention[], companies: ReadonlySet<string>): void {
  if (companies.size === 0) return;
  for (const m of mentions) if (!m.canonical && COARSE_TYPES.has(m.type) && companies.has(m.text)) m.type = 'Company';
}

/** Mentions of a whole document: `entities[i]` are the recogniser's spans of `sentences[i]`. */
export function findMentions(text: string, sentences: readonly Sentence[], entities: ReadonlyArray<readonly EntitySpan[]>): Mention[] {
  const mentions: Mention[] = [];
  const teams = new Set<string>();
  const companies = new Set<string>();
  let described: Map<string, EntityType> | undefined;
  const byShape = new Set<Mention>();
  sentences.forEach((sentence, index) => {
    for (const c of sentenceMentions(sentence, entities[index] ?? [])) {
      const start = sentence.tokens[c.start]!.start;
      const end = sentence.tokens[c.end - 1]!.end;
      // a club, or a body its context named: the article's other bare mentions of the name are too
      if (c.articleWide) teams.add(text.slice(start, end));
      if (c.companyWide) companies.add(text.slice(start, end));
      if (c.describedAs) (described ??= new Map()).set(text.slice(start, end), c.describedAs);
      const mention: Mention = {
        start, end, text: text.slice(start, end), type: c.type, sentence: index, tokenStart: c.start, tokenEnd: c.end,
        source: c.source, confidence: Math.round(c.confidence * 1000) / 1000,
      };
      if (c.canonical) mention.canonical = c.canonical;
      if (c.iso3166) mention.links = { iso3166: c.iso3166 };
      if (c.country) mention.country = c.country;
      if (c.standsFor) mention.standsFor = c.standsFor;
      if (c.byShape) byShape.add(mention);
      mentions.push(mention);
    }
  });
  if (byShape.size) alphanumericBodies(mentions, byShape);
  harmonize(mentions);
  actingPlaces(sentences, mentions);
  spreadCompanies(mentions, companies);
  if (described) spreadDescribed(mentions, described);
  spreadTeams(sentences, mentions, teams);
  defineAcronyms(text, sentences, mentions);
  spreadNames(text, sentences, mentions);
  expandInitials(mentions);
  keepPossessiveNames(text, sentences, mentions);
  return mentions;
}
