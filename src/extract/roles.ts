// Roles and appositions around person names: "the State Department's spokesperson Matthew Miller", "UK Foreign Secretary
// Jack Straw", "Russian Ambassador to the U.S. Anatoly Antonov", "Charlie Bell, former chief executive of McDonald's",
// "Brad Adams, from Human Rights Watch". Token and mention patterns, so they hold with or without a parse.
import { INSTITUTION_NOUNS, ORGANISATION_TYPES, TITLE_ABBREVIATIONS } from './anaphora.js';
import type { Analysis, Mention } from '../analyze/analysis.js';
import { isApostropheS } from '../analyze/mentions/candidate.js';
import { countryInside } from '../analyze/mentions/typing.js';
import { COMPANY_NOUNS } from '../analyze/mentions/rules.js';
import { PERSON_OCCUPATIONS } from '../analyze/mentions/described-names.js';
import { demonymCountry, isFirstName, isHonorific, lookupCountry, titleLength } from '../analyze/gazetteer/index.js';
import { genderOfFirstName } from '../analyze/gazetteer/name-gender.js';
import { isCalendarWord } from '../analyze/dates/calendar.js';
import type { Candidate, ConceptArgument, EntityArgument } from './candidate.js';
import { entityFromMention } from './arguments.js';
import { contextOf } from './context.js';
import { camel, labelOf, rolePredicate, titlePredicate } from './predicates/index.js';
import { PLAYER_POSITIONS, SPEECH_VERBS, TRADE_TITLES } from './predicates/lexicon.js';
import { lower, OPENING_QUOTES, tokenKey, type SentenceView } from './sentence-view.js';
import { spacedDash } from './dashes.js';
import { TIME_HEADS } from './fragments.js';
import { quotedTokens } from './speech.js';
import { wordTable } from '../util/word-table.js';
import { generalTitle, isTitleNoun, namesStanding } from './roles/title-nouns.js';
import { personCompetes } from './roles/competition.js';
import { orgCompounds } from './roles/org-compounds.js';

export const NAME = 'roles';

const ORG_TYPES = new Set(['Organization', 'GovernmentBody', 'Company', 'PoliticalParty', 'ArmedGroup', 'NewsAgency', 'Country', 'City', 'Location', 'Group', 'Misc']);
const FORMER = new Set(['former', 'ex', 'ex-', 'then', 'outgoing', 'erstwhile']);
/** Words before a title saying how long its holder has held it: no part of the office, nor what it is of. */
const TENURE = new Set(['new', 'newly', 'appointed', 'newly-appointed', 'current', 'veteran', 'longtime', 'long-time', 'long', 'serving', 'long-serving', 'incoming', 'recently']);
/** Words a title phrase may open with that are no part of the office: determiners, possessives, rank and tenure ("the newly-appointed chief"). */
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'acting', 'interim', 'senior', 'top', 'deputy', 'chief', ...TENURE]);
/** Ranks before an office that make another office ("deputy director", "assistant attorney general"): part of the title. */
const RANKS = new Set(['deputy', 'assistant', 'associate', 'vice', 'under', 'joint']);
/** Words before an office that say it is held for the time being: kept in the predicate as data, like "former". */
const ACTING = new Set(['acting', 'interim', 'caretaker']);
/**
 * Portfolios of ministers and secretaries: written before the title ("Health Minister") or after "of" ("Minister of
 * Health") they name the office, not an organisation or a place, whatever the recogniser made of them.
 */
const PORTFOLIOS = new Set(['health', 'labour', 'labor', 'economy', 'economic', 'economics', 'finance', 'financial', 'defence', 'defense', 'interior', 'foreign', 'home', 'justice', 'education', 'culture', 'transport', 'trade', 'industry', 'energy', 'environment', 'agriculture', 'employment', 'work', 'works', 'pensions', 'treasury', 'housing', 'communications', 'information', 'sport', 'sports', 'tourism', 'science', 'technology', 'immigration', 'security', 'development', 'welfare', 'commerce', 'fisheries', 'food', 'oil', 'petroleum', 'mines', 'planning', 'public', 'affairs', 'social', 'internal', 'external', 'state', 'local', 'government', 'regional', 'urban', 'rural', 'family', 'families', 'women', 'youth', 'children', 'media', 'heritage', 'arts', 'water', 'power', 'land', 'lands', 'budget', 'investment', 'climate', 'digital', 'research', 'higher', 'veterans', 'war', 'religious', 'relations', 'integration', 'equality', 'infrastructure', 'aviation', 'railways', 'shipping', 'forestry', 'environmental', 'natural', 'resources', 'national', 'consumer', 'competition', 'innovation', 'enterprise', 'business', 'skills', 'schools', 'universities', 'cabinet']);
/** Offices a portfolio goes with: the office's name ends in minister or secretary, whatever comes before it ("formerDeputyMinisterOf"). */
const PORTFOLIO_OFFICES = /(?:^m|M)inisterOf$|(?:^s|S)ecretaryOf$/;
const JOINS = new Set(['and', '&', ',']);
/** Adverbs of time that may open an apposition after a name (", now a lawyer in Leeds,"): no part of the post. */
const APPOSITION_ADVERBS = new Set(['now', 'also', 'currently']);
/** A person's nationality: the country they are of or from. */
const CITIZEN = { name: 'citizenOf', label: 'citizen of' };

/** Occupations whose noun before them names the subject taught, not an organisation ("history teacher", "law professor"). */
const FIELD_OCCUPATIONS = new Set(['teacherOf', 'lecturerOf', 'instructorOf', 'tutorOf', 'professorOf']);
/** Ties to a person that are no office, read only where the title says whose they are ("the senator's cousin"). */
const PERSONAL_TIES = new Set(['friend', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'partner', 'ally', 'confidant', 'colleague', 'cousin', 'nephew', 'niece',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'uncle', 'aunt', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'son-in-law', 'daughter-in-law', 'mentor', 'protege']);
/** Honorifics the recogniser may leave out of a name, between a title and the name ("Green peer Lady Ana Reis"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|baron)\.?$/i;

/**
 * The property of a title before a name (lower-case words; a hyphen the tokeniser split off rejoined): a role noun's or a
 * title occupation's of the lexicon ("Ardania fly-half", "Zenta midfielder": the occupation of what the title names before it),
 * else a title noun with the ranks before it (see roles/title-nouns.ts).
 */
function roleOf(phrase: string): { name: string; label: string } | undefined {
  const words = phrase.replace(/ - /g, '-');
  // the lexicon's phrase, else a title noun after the ranks that make a post of it ("chief analyst", "Chief Constable")
  return titlePredicate(words) ?? generalTitle(words);
}

/** Where the title before the name starting at token `ps` ends: before honorifics the recogniser left out of the name. */
function titleEnd(v: SentenceView, ps: number): number {
  let e = ps;
  while (e > 1 && !v.mentionAt[e - 1] && HONORIFIC.test(v.tokens[e - 1]!.text)) e--;
  return e;
}

interface Role {
  /** Token range of the role words. */
  start: number;
  end: number;
  name: string;
  label: string;
  /** A plural title ("executives"): it stands before a list of names and is each one's. */
  plural?: boolean;
}

/** "chiefExecutiveOf" -> "formerChiefExecutiveOf". */
export function formerName(name: string): string {
  return `former${name[0]!.toUpperCase()}${name.slice(1)}`;
}

function isOrg(m: Mention | undefined): m is Mention {
  // (a seat of government standing for it, "White House spokesman", "Downing Street adviser", is the body it stands for)
  return !!m && (ORG_TYPES.has(m.type) || (m.type === 'Facility' && !!m.standsFor));
}

/**
 * Whether token `t` is a verb of saying (the lexicon's SPEECH_VERBS, as speech.ts reads them): a title right after one
 * opens the speaker's name as a bare title does ("..., said chief executive Ana Reis", "..., warned chief economist Ivo Tan").
 */
function saying(t: { upos: string; lemma: string; text: string }): boolean {
  return t.upos === 'VERB' && (SPEECH_VERBS.has(t.lemma.toLowerCase()) || SPEECH_VERBS.has(t.text.toLowerCase()));
}

/** Places: what an office may be of ("mayor of Leeds"), but no body anyone works for or that a description names. */
const PLACE_TYPES = new Set(['Country', 'City', 'Location']);

/** Whether `m` is an organisation and not a place: a body, a company, a party, a group. */
function isBody(m: Mention | undefined): m is Mention {
  return isOrg(m) && !PLACE_TYPES.has(m.type);
}

// ORGANISATION_TYPES (anaphora.ts), organisations proper, no group of people nor unsorted name: the type the article
// gives a name elsewhere, read as that name's before a title; what a superlative description can be of a country for
// ("the country's biggest lender").

/**
 * Where the title of the role at [start, end) starts: capitalised words before it that the title list holds with the role
 * ("Interior" of "French Interior Minister") belong to the title and stand between it and what it is of.
 */
function titleStart(v: SentenceView, start: number, end: number): number {
  let words: string[] | undefined;
  for (; start > 0; start--) {
    const t = v.tokens[start - 1]!, w = lower(t);
    if (v.mentionAt[start - 1] || !/^\p{Lu}/u.test(t.text) || FORMER.has(w) || SKIPPABLE.has(w)) break;
    if (titleLength((words ??= v.tokens.map((x) => x.text)), start - 1, end) !== end - start + 1) break;
  }
  return start;
}

/** The longest role phrase ending just before token `end` (lower-case words), with "former" folded into the name. */
function roleEndingAt(v: SentenceView, end: number): Role | undefined {
  const titled = portfolioTitleEndingAt(v, end);
  if (titled) return titled;
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const toks = v.tokens.slice(start, end);
    if (toks.some((t) => !['NOUN', 'PROPN', 'ADJ', 'X', 'VERB'].includes(t.upos) && t.text !== '-')) continue;
    if (toks.some((_, k) => v.mentionAt[start + k] && v.mentionAt[start + k]!.type !== 'Misc')) continue;
    const words = toks.map((t) => TITLE_ABBREVIATIONS[lower(t)] ?? lower(t));
    const ex = /^ex-./.test(words[0]!);
    if (ex) words[0] = words[0]!.slice(3);
    let r = roleOf(words.join(' '));
    const plural = !r && words[words.length - 1]!.endsWith('s') ? singularRole(words) : undefined;
    r ??= plural;
    if (!r) continue;
    // "deputy director", "Assistant Attorney General": a rank before the office is the office's
    const ranked = rankStart(v, start);
    if (ranked < start) { r = joined(v.tokens.slice(ranked, start).map(lower), r); start = ranked; }
    // "Economy and Labour Minister": the portfolio is the title's, even where the recogniser made a party or place of it
    if (PORTFOLIO_OFFICES.test(r.name)) {
      const p = portfolioBefore(v, start);
      if (p < start) { r = joined(v.tokens.slice(p, start).map(lower).filter((w) => w !== ','), r); start = p; }
    }
    start = titleStart(v, start, end);
    const prev = start > 0 ? lower(v.tokens[start - 1]!).replace(/-$/, '') : '';
    // "the then-president": "then" and a hyphen the tokeniser split off
    const thenDash = start > 1 && v.tokens[start - 1]!.text === '-' && lower(v.tokens[start - 2]!) === 'then';
    if (ex) return { start, end, name: formerName(r.name), label: `former ${r.label}` };
    if (FORMER.has(prev)) return { start: start - 1, end, name: formerName(r.name), label: `former ${r.label}` };
    if (thenDash) return { start: start - 2, end, name: formerName(r.name), label: `former ${r.label}` };
    if (ACTING.has(prev)) return { start: start - 1, end, ...joined([prev], r), plural: !!plural };
    return { start, end, name: r.name, label: r.label, plural: !!plural };
  }
  return undefined;
}

/**
 * Whether "former" opens the words before the organisation starting at token `os` that go with it in the title:
 * capitalised words the recogniser left out of it and names joined by "and" ("Former All Saints singer", "former Zenta
 * and Ardania defender": the office is a former one of each).
 */
function formerBefore(v: SentenceView, os: number): boolean {
  let j = os - 1;
  // (not over a person or a title of their own: "Former President Tom Hale and Acme chief Ana Reis" are two phrases)
  const over = (k: number): boolean => (/^\p{Lu}/u.test(v.tokens[k]!.text) || ['and', '&'].includes(lower(v.tokens[k]!))) && v.mentionAt[k]?.type !== 'Person' && !roleOf(lower(v.tokens[k]!));
  for (let n = 0; j >= 0 && n < 4 && !FORMER.has(lower(v.tokens[j]!)) && over(j); n++) j--;
  return j >= 0 && j < os - 1 && FORMER.has(lower(v.tokens[j]!));
}

/** Where the ranks before the office starting at token `start` start ("deputy", "assistant"): `start` when there are none. */
function rankStart(v: SentenceView, start: number): number {
  while (start > 0 && !v.mentionAt[start - 1] && RANKS.has(lower(v.tokens[start - 1]!))) start--;
  return start;
}

/** Offices named with their portfolio after "of": "Minister of Health", "Secretary of Defence". */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);

/**
 * "the Minister of Health", "Secretary of Defence" ending just before token `end`: the office a portfolio before the title
 * names ("Health Minister", healthMinisterOf), so both wordings are one office; what it is of is read as for any title
 * (a country before it, or the article's). Only portfolio words after "of" ("Minister of State for ..." is another
 * wording), the recogniser's place or body made of them ("Health") taken as the words.
 */
function portfolioTitleEndingAt(v: SentenceView, end: number): Role | undefined {
  let p = end - 1;
  while (p >= 0 && PORTFOLIOS.has(lower(v.tokens[p]!)) && v.tokens[p]!.upos !== 'DET') p--;
  // ("Work and Pensions")
  while (p >= 1 && JOINS.has(lower(v.tokens[p]!)) && PORTFOLIOS.has(lower(v.tokens[p - 1]!))) { p--; while (p >= 1 && PORTFOLIOS.has(lower(v.tokens[p - 1]!))) p--; p--; }
  const first = p + 1;
  if (first >= end || p < 1 || lower(v.tokens[p]!) !== 'of' || !PORTFOLIO_TITLES.has(lower(v.tokens[p - 1]!))) return undefined;
  // (the portfolio words capitalised, as a title writes them: "the minister of health care" is a description)
  if (!v.tokens.slice(first, end).every((t) => JOINS.has(lower(t)) || /^\p{Lu}/u.test(t.text))) return undefined;
  const portfolio = v.tokens.slice(first, end).map(lower).filter((w) => w !== ',');
  const r = joined(portfolio, rolePredicate(lower(v.tokens[p - 1]!)) ?? { name: `${lower(v.tokens[p - 1]!)}Of`, label: `${lower(v.tokens[p - 1]!)} of` });
  const start = rankStart(v, p - 1);
  const ranked = start < p - 1 ? joined(v.tokens.slice(start, p - 1).map(lower), r) : r;
  const prev = start > 0 ? lower(v.tokens[start - 1]!) : '';
  if (FORMER.has(prev)) return { start: start - 1, end, name: formerName(ranked.name), label: `former ${ranked.label}` };
  return { start, end, name: ranked.name, label: ranked.label };
}

/**
 * "Minister for Europe", "Secretary for Trade and Industry" with "for" at token `k` and the name at token `end`: a minister's or
 * secretary's title, capitalised, then capitalised portfolio words only (joined by "and"); the whole title as written.
 */
function portfolioForTitle(v: SentenceView, k: number, end: number): ConceptArgument | undefined {
  const r = roleEndingAt(v, k);
  if (!r || !PORTFOLIO_OFFICES.test(r.name) || k + 1 >= end || !/^\p{Lu}/u.test(v.tokens[FORMER.has(lower(v.tokens[r.start]!)) ? r.start + 1 : r.start]!.text)) return undefined;
  for (let i = k + 1; i < end; i++) {
    const t = v.tokens[i]!;
    if (!(lower(t) === 'and' && i > k + 1) && !(PORTFOLIOS.has(lower(t)) && /^\p{Lu}/u.test(t.text))) return undefined;
  }
  return conceptOf(v, r.start, end);
}

/** The office of a plural title ("executives", "secretaries", "spokesmen"), read as its singular. */
function singularRole(words: string[]): { name: string; label: string } | undefined {
  const last = words[words.length - 1]!;
  for (const one of [last.replace(/ies$/, 'y'), last.replace(/men$/, 'man'), last.replace(/s$/, '')]) {
    const r = one !== last ? roleOf([...words.slice(0, -1), one].join(' ')) : undefined;
    if (r) return r;
  }
  return undefined;
}

/**
 * The people listed after a name ending at token `end`: "Ana Reis, Tom Hale and Ivo Tan" -> Tom Hale and Ivo Tan. Only a
 * list closed by "and" counts; a list whose last name is followed by a possessive ("... and Ivo Tan's lawyer") is none.
 */
function listedAfter(v: SentenceView, end: number): Mention[] {
  const word = (i: number): string => (i < v.tokens.length ? lower(v.tokens[i]!) : '');
  const out: Mention[] = [];
  for (let k = end; word(k) === ',' || word(k) === 'and';) {
    const j = word(k) === ',' && word(k + 1) === 'and' ? k + 2 : k + 1;
    const m = v.mentionAt[j];
    if (m?.type !== 'Person' || m.start !== v.tokens[j]!.start) break;
    out.push(m);
    k = mentionEnd(v, j);
    if (word(j - 1) === 'and') return isApostropheS(word(k)) ? [] : out;
  }
  return [];
}

/** The office `r` with words before it: "deputy" + "director of" -> deputyDirectorOf, "deputy director of". */
function joined(before: string[], r: { name: string; label: string }): { name: string; label: string } {
  const words = [...before, ...r.label.split(' ')];
  return { name: camel(words), label: words.join(' ') };
}

/** The office `r` as one held before: "president of" -> "former president of". */
function tensed(r: { name: string; label: string }): { name: string; label: string } {
  return r.name.startsWith('former') ? r : { name: formerName(r.name), label: `former ${r.label}` };
}

/** The office `r` with a rank before it, after "former" where it is one: "former director" -> "former deputy director". */
function withRank(rank: string, r: { name: string; label: string }): { name: string; label: string } {
  if (!r.label.startsWith('former ')) return joined([rank], r);
  return tensed(joined([rank], { name: r.name, label: r.label.slice('former '.length) }));
}

/** Whether the words of a mention are a portfolio ("Health", "Work and Pensions"), not a body or a place. */
function isPortfolio(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,&]+|\band\b/).filter(Boolean);
  return words.length > 0 && words.every((w) => PORTFOLIOS.has(w));
}

/**
 * Where the portfolio words right before token `start` begin ("Economy and Labour" of "Economy and Labour Minister"):
 * capitalised or not, joined by "and" or commas, a recognised mention taken whole. A party name ("Labour") alone is read
 * as the minister's party, not a portfolio: only joined to another portfolio is it one.
 */
function portfolioBefore(v: SentenceView, start: number): number {
  let p = start, k = start - 1, joins = 0;
  while (k >= 0) {
    const m = v.mentionAt[k];
    if (m) {
      const [ms] = mentionTokens(v, m);
      if (ms < 0 || !isPortfolio(m.text) || (m.type === 'PoliticalParty' && !joins && !(ms > 0 && JOINS.has(lower(v.tokens[ms - 1]!))))) break;
      p = k = ms;
    } else if (PORTFOLIOS.has(lower(v.tokens[k]!)) && v.tokens[k]!.upos !== 'DET') p = k;
    else if (JOINS.has(lower(v.tokens[k]!)) && p === k + 1 && k > 0) joins++;
    else break;
    k--;
  }
  // a join must sit between portfolio words
  while (p < start && JOINS.has(lower(v.tokens[p]!))) p++;
  return p;
}

/**
 * The role phrase starting at token `start`, longest first; with `ties`, a tie to a person as well ("a close friend", "his
 * ex-wife": friendOf, formerWifeOf), as an apposition after a name reads them.
 */
function roleStartingAt(v: SentenceView, start: number, ties = false): Role | undefined {
  let s = start;
  let former = false;
  const before: string[] = [];
  // determiners, "former" and descriptive adjectives before the role: "the straight-talking former head"
  for (let guard = 0; s < v.tokens.length && guard < 6; guard++) {
    const w = lower(v.tokens[s]!);
    if (FORMER.has(w)) former = true;
    else if (ACTING.has(w)) before.push(w);
    // "deputy director", "assistant attorney general": a rank the office after it takes in
    else if (RANKS.has(w) && s + 1 < v.tokens.length && !v.mentionAt[s + 1] && roleAhead(v, s + 1)) before.push(w);
    else if (roleOf(w) || roleOf(`${w} ${lower(v.tokens[s + 1] ?? v.tokens[s]!)}`)) break;
    else if (ties && !v.mentionAt[s] && tieOf(w)) {
      const tie = tieOf(w)!;
      return { start, end: s + 1, ...(former && !tie.name.startsWith('former') ? tensed(tie) : tie) };
    }
    // "a sales and design director at", "the club's youth team coach": lower-case nouns (and "and" between them) that
    // narrow a title a few words on describe the post, as adjectives do
    // (not a domain before a head of standing: "a market leader" holds no post)
    else if (/^\p{Ll}/u.test(v.tokens[s]!.text) && !v.mentionAt[s] && (v.tokens[s]!.upos === 'NOUN' || (w === 'and' && s > start && v.tokens[s - 1]!.upos === 'NOUN')) && roleWithin(v, s + 1, 3)
      && !namesStanding(w, lower(v.tokens[s + 1] ?? v.tokens[s]!))) { /* a modifier */ }
    // ("the 45-year-old chairman": an age written before the title, its number and the hyphens' words)
    else if (v.tokens[s]!.upos === 'NUM' && v.tokens[s + 1]?.text === '-' && !v.mentionAt[s]) { /* an age */ }
    else if (!SKIPPABLE.has(w) && !(v.tokens[s]!.upos === 'ADJ' || w === '-' || v.tokens[s]!.tag === 'VBG' || (w === 'year' && v.tokens[s - 1]?.text === '-')) || v.mentionAt[s]) break;
    s++;
  }
  for (let end = Math.min(v.tokens.length, s + 4); end > s; end--) {
    const words = v.tokens.slice(s, end).map(lower);
    if (/^ex-./.test(words[0]!)) { words[0] = words[0]!.slice(3); former = true; }
    let r = roleOf(words.join(' '));
    if (!r) continue;
    // "deputy labs editor at": a rank that is a role of its own ("deputy") before nouns narrowing the title a few words
    // on is that title's rank; the title is the later one
    if (end - s === 1 && RANKS.has(words[0]!) && end < v.tokens.length && v.tokens[end]!.upos === 'NOUN' && roleWithin(v, end, 3)) {
      const later = roleStartingAt(v, end, false);
      if (later) return { ...later, start, ...withRank(words[0]!, later) };
    }
    if (before.length) r = joined(before, r);
    return { start, end, name: former ? formerName(r.name) : r.name, label: former ? `former ${r.label}` : r.label };
  }
  return undefined;
}

/** Whether a role phrase starts within `n` tokens from token `s`, over lower-case nouns, adjectives and "and" only. */
function roleWithin(v: SentenceView, s: number, n: number): boolean {
  for (let k = s; k < Math.min(v.tokens.length, s + n); k++) {
    const t = v.tokens[k]!;
    if (v.mentionAt[k] || !/^\p{Ll}/u.test(t.text)) return false;
    if (roleAhead(v, k)) return true;
    if (!['NOUN', 'ADJ'].includes(t.upos) && lower(t) !== 'and') return false;
  }
  return false;
}

/** A tie to a person a word names ("friend" -> friendOf; "ex-wife" -> formerWifeOf), if it names one. */
function tieOf(w: string): { name: string; label: string } | undefined {
  const ex = /^ex-./.test(w);
  const word = ex ? w.slice(3) : w;
  if (!PERSONAL_TIES.has(word)) return undefined;
  const tie = { name: camel([word, 'of']), label: `${word} of` };
  return ex ? tensed(tie) : tie;
}

/** A role label's words without the preposition that ends it ("head of" -> head, "lawyer in" -> lawyer). */
export function labelWords(label: string): string[] {
  return label.replace(/\s+(?:of|at|for|to|with|in)$/, '').split(' ');
}

/** The post `r` as held in a place or body ("lawyer of" -> "lawyer in"), for a title followed by "in". */
function placed(r: { name: string; label: string }): { name: string; label: string } {
  const words = [...labelWords(r.label), 'in'];
  return { name: camel(words), label: words.join(' ') };
}

/**
 * The person whose name starts at token `k`, over "the" and lower-case words describing them ("the veteran playwright
 * Tom Hale"), not as a possessive ("Tom Hale's campaign" names no holder).
 */
function describedPersonAt(v: SentenceView, k: number): Mention | undefined {
  if (k < v.tokens.length && lower(v.tokens[k]!) === 'the') {
    let j = k + 1;
    while (j < v.tokens.length && j - k <= 3 && !v.mentionAt[j] && /^\p{Ll}/u.test(v.tokens[j]!.text) && ['ADJ', 'NOUN'].includes(v.tokens[j]!.upos)) j++;
    if (j > k + 1) k = j;
  }
  const m = v.mentionAt[k];
  if (m?.type !== 'Person' || m.start !== v.tokens[k]!.start) return undefined;
  const after = v.tokens[mentionEnd(v, k)];
  return after && (isApostropheS(after.text) || after.text === "'") ? undefined : m;
}

/**
 * "law and ethics at Acme" from token `k`, after a title's "of": lower-case nouns and adjectives naming the post's field
 * (with "and" between them), then "at", "with" or "for" and an organisation. Undefined where an organisation does not follow.
 */
function fieldThenOrg(v: SentenceView, k: number): { words: string[]; org: Mention } | undefined {
  const words: string[] = [];
  let j = k;
  for (; j < v.tokens.length && words.length < 6; j++) {
    const t = v.tokens[j]!;
    if (v.mentionAt[j] || !/^\p{Ll}/u.test(t.text)) break;
    if (lower(t) === 'and' && words.length && v.tokens[j + 1] && ['NOUN', 'ADJ'].includes(v.tokens[j + 1]!.upos)) { words.push('and'); continue; }
    if (!['NOUN', 'ADJ'].includes(t.upos)) break;
    words.push(lower(t));
  }
  if (!words.length || v.tokens[j - 1]!.upos !== 'NOUN' || !['at', 'with', 'for'].includes(lower(v.tokens[j] ?? v.tokens[k]!))) return undefined;
  // (a name the recogniser typed a region is as likely the organisation: "at Zenta's lab"; not a country or a city)
  const org = orgAt(v, j + 1, true);
  return org && org.type !== 'Country' && org.type !== 'City' ? { words, org } : undefined;
}

/** Whether a role phrase of the lexicon starts at token `s`. */
function roleAhead(v: SentenceView, s: number): boolean {
  for (let e = Math.min(v.tokens.length, s + 3); e > s; e--) if (roleOf(v.tokens.slice(s, e).map(lower).join(' '))) return true;
  return false;
}

/**
 * The organisation "its"/"their" at token `k` stands for: the one coreference resolved it to, or none. Not the last
 * organisation named before it: coreference has weighed that one already, and where it left "its" alone or placed it on
 * a common noun the last name is the wrong one ("The museum Acme funds named its director, Ida Lund"). Only a sentence
 * without a parse, which coreference does not read, falls back to the last organisation named before in the sentence
 * (or `earlier`, the last one named in the article before it).
 */
export function itsOwner(v: SentenceView, k: number, earlier?: Mention): Mention | undefined {
  // "Acme and its parent company Zenta": the organisation joined by "and" right before "its" is its owner, whatever
  // coreference made of "its" (fix14d)
  const joined = k >= 2 && lower(v.tokens[k]!) === 'its' && lower(v.tokens[k - 1]!) === 'and' ? v.mentionAt[k - 2] : undefined;
  if (joined && joined.type !== 'Country' && isOrg(joined)) return joined;
  if (v.parsed) return possessiveOwner(v, k);
  for (let i = k - 1; i >= 0; i--) if (isBody(v.mentionAt[i]) && v.mentionAt[i]!.type !== 'Country') return v.mentionAt[i];
  return earlier;
}

/**
 * Posts held for a person rather than a body: "his lawyer", "her spokesman" are the person's. (Not "successor" or
 * "predecessor": who succeeded whom is read apart, as a relation of its own.)
 */
const PERSONAL_POSTS = new Set(['lawyer', 'attorney', 'solicitor', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor',
  'assistant', 'secretary', 'bodyguard', 'driver', 'agent', 'coach', 'doctor', 'biographer', 'deputy']);

/**
 * "her grandson Ana Reis", "his lawyer Ana Reis": a tie or personal post (PERSONAL_TIES, PERSONAL_POSTS; "former" and
 * describing adjectives before it) right before the name at token `end`, after "his"/"her" that coreference resolved to
 * a person: the tie to that person.
 */
function pronounTie(v: SentenceView, end: number): { role: { name: string; label: string }; owner: Mention } | undefined {
  const w = end > 0 ? lower(v.tokens[end - 1]!) : '';
  let role = tieOf(w) ?? (PERSONAL_POSTS.has(w) ? roleOf(w) : undefined);
  if (!role) return undefined;
  let k = end - 2;
  while (k >= 0 && (v.tokens[k]!.upos === 'ADJ' || FORMER.has(lower(v.tokens[k]!))) && !v.mentionAt[k]) {
    if (FORMER.has(lower(v.tokens[k]!))) role = tensed(role);
    k--;
  }
  if (k < 0 || !['his', 'her'].includes(lower(v.tokens[k]!))) return undefined;
  // the owner of "his"/"her" is the last person named before it in the sentence (as for counterparts: "met Tom Hale and
  // his brother Ivo"), of the pronoun's gender where the given name says one
  const gender = lower(v.tokens[k]!) === 'his' ? 'male' : 'female';
  for (let b = k - 1; b >= 0; b--) {
    const m = v.mentionAt[b];
    if (m?.type !== 'Person') continue;
    const given = (m.canonical ?? m.text).split(/\s+/);
    const g = given.length > 1 ? genderOfFirstName(given[0]!) : undefined;
    if (!g || g === gender) return { role, owner: m };
    b = mentionTokens(v, m)[0];
  }
  return undefined;
}

/** The organisation a possessive "its"/"their" at token `k` was resolved to, if any. */
function possessiveOwner(v: SentenceView, k: number): Mention | undefined {
  if (k < 0 || !['its', 'their'].includes(lower(v.tokens[k]!))) return undefined;
  const m = contextOf(v.analysis).anaphors?.get(tokenKey(v.sentence.index, k))?.mention;
  return m && m.type !== 'Country' && isOrg(m) ? m : undefined;
}

/**
 * Whether token `k` says when or how long the title after it is held: "former", "ex-", "newly", "veteran", or the hyphen
 * the tokeniser split off between two such words ("newly - appointed", "long - serving").
 */
function tenureWord(v: SentenceView, k: number): boolean {
  const w = lower(v.tokens[k]!);
  return FORMER.has(w.replace(/-$/, '')) || TENURE.has(w) || (w === '-' && k > 0 && TENURE.has(lower(v.tokens[k - 1]!)));
}

/**
 * The last token of what a title ending before token `end` is of: over words of tenure ("former", "Acme's newly-appointed
 * chief", "Zenta's veteran captain"), nouns that narrow the title and a possessive "'s" ("Acme's former campaign chief").
 * -1 where the sentence starts first.
 */
function ownerEnd(v: SentenceView, end: number): number {
  let k = end - 1;
  while (k >= 0 && tenureWord(v, k)) k--;
  // "Ardanian counterpart Minister Tal": a descriptive noun between the country and the title; "Acme sales and design
  // director": nouns joined by "and" narrowing it
  const lowerNoun = (i: number): boolean => i >= 0 && !v.mentionAt[i] && v.tokens[i]!.upos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[i]!.text);
  for (let n = 0; n < 2 && k >= 0;) {
    if (lowerNoun(k)) { k--; n++; }
    else if (['and', '&'].includes(lower(v.tokens[k]!)) && lowerNoun(k - 1)) k--;
    else break;
  }
  if (k >= 0 && (isApostropheS(v.tokens[k]!.text) || v.tokens[k]!.text === "'")) k--;
  return k;
}

/** The mention that ends just before token `end`, skipping a possessive "'s". */
function orgBefore(v: SentenceView, end: number): Mention | undefined {
  const k = ownerEnd(v, end);
  const m = k >= 0 ? v.mentionAt[k] : undefined;
  return isOrg(m) ? m : undefined;
}

/** Whether the article writes `word` as written here at another place than a sentence's start, or as a mention. */
function capitalisedElsewhere(v: SentenceView, word: string): boolean {
  if (v.analysis.mentions.some((m) => m.text === word)) return true;
  return v.analysis.sentences.some((s) => s.tokens.some((t, i) => i > 0 && t.text === word && !OPENING_QUOTES.has(s.tokens[i - 1]!.text)));
}

/**
 * Whether the article names a person `text` (other than by the mention `self`): a first name, the last word of a longer
 * person's name ("Tom Zenta"), or a one-word person's name after an honorific or a title ("Mr Zenta", "President
 * Zenta"). Such words before a title and another person's name are more likely its holder's ("Hale aide Ana Reis")
 * than an organisation's.
 */
function personNamed(v: SentenceView, text: string, self?: Mention): boolean {
  if (isFirstName(text)) return true;
  for (const o of v.analysis.mentions) {
    if (o.type !== 'Person' || o === self) continue;
    const words = o.text.split(/\s+/);
    if (words.length > 1 && words[words.length - 1] === text) return true;
    const prev = o.tokenStart > 0 ? v.analysis.sentences[o.sentence]!.tokens[o.tokenStart - 1] : undefined;
    if (words.length === 1 && words[0] === text && prev && (isHonorific(prev.text) || !!roleOf(lower(prev)))) return true;
  }
  return false;
}

/** The organisation type (and canonical name) the article gives the words `text` in a mention elsewhere, if any. */
function articleOrgType(v: SentenceView, text: string): Mention | undefined {
  return v.analysis.mentions.find((m) => ORGANISATION_TYPES.has(m.type) && (m.text === text || m.canonical === text));
}

/**
 * The organisation a title before a name is of where the recogniser saw none: "Zenta flanker Ana Reis", "Acme chief
 * executive Ana Reis", "ZBX President Ana Reis". Capitalised words right before a lower-case title (over nouns that
 * narrow it: "Zenta rugby director"), or one acronym before a capitalised one ("Staff Sergeant", "District Judge" are
 * titles, not organisations); typed as the article types the same words elsewhere, or an organisation. A name the
 * recogniser typed a person is taken where the article types it an organisation elsewhere ("Zenta spokesman"), or
 * names nobody by it (see personNamed); words the article names a person by are taken only where it types them an
 * organisation elsewhere ("Hale aide Ana Reis").
 * Not a day or month ("Tuesday coach"), a title word, a portfolio of a minister, a describing adjective ("Ardanian
 * commission president"), a sentence's first word the article writes capitalised nowhere else ("District mayor"), nor
 * words that go on a recognised name or a number before them ("Ardania District Judge", "2nd District mayor"), nor a
 * possessive's ("Ivo's lawyer").
 */
function unnamedOrgBefore(v: SentenceView, role: Role): Mention | undefined {
  // (a teaching occupation's noun before it is the subject taught: "Piano teacher Ana Reis")
  if (FIELD_OCCUPATIONS.has(baseOffice(role.name))) return undefined;
  const k = ownerEnd(v, role.start);
  // (not over a possessive: "Ivo's lawyer Ana Reis" may be a person's)
  if (k < 0 || isApostropheS(v.tokens[k + 1]!.text) || v.tokens[k + 1]!.text === "'") return undefined;
  const seen = v.mentionAt[k];
  if (seen) {
    if (seen.type !== 'Person' || mentionTokens(v, seen)[1] !== k + 1) return undefined;
    const named = articleOrgType(v, seen.text);
    if (named) return { ...seen, type: named.type, canonical: named.canonical };
    // (a one-word name the article names nobody by)
    return mentionTokens(v, seen)[0] === k && !personNamed(v, seen.text, seen) ? { ...seen, type: 'Organization', canonical: undefined } : undefined;
  }
  const word = (i: number): string => lower(v.tokens[i]!);
  // (names, not describing words: "Ardanian commission president" names the commission, not "Ardanian")
  // the article's name for an organisation elsewhere, whatever the tagger made of it here ("Zenta", an adjective too)
  const cap = (i: number): boolean => i >= 0 && !v.mentionAt[i] && /^\p{Lu}/u.test(v.tokens[i]!.text) && (['PROPN', 'NOUN', 'X'].includes(v.tokens[i]!.upos) || !!articleOrgType(v, v.tokens[i]!.text))
    && !FORMER.has(word(i).replace(/-$/, '')) && !SKIPPABLE.has(word(i)) && !RANKS.has(word(i)) && !isHonorific(v.tokens[i]!.text) && !roleOf(word(i));
  let s = k + 1;
  while (s > 0 && k - s < 3 && cap(s - 1)) s--;
  // a sentence's first word is capitalised whatever it is: words taking it in are a name only where the article writes it
  // capitalised elsewhere ("District mayor Ana Reis" opening a sentence: nothing; "Fellow Zenta prop" is read only where
  // the tagger makes "Fellow" no noun, so that the words start at "Zenta")
  if (s === 0 && !capitalisedElsewhere(v, v.tokens[0]!.text)) return undefined;
  // (nor words going on before them: a recognised name, a fifth capitalised word, a number: "the 2nd District mayor")
  if (s > k || (s > 0 && (v.mentionAt[s - 1] || cap(s - 1) || /\d/.test(v.tokens[s - 1]!.text)))) return undefined;
  // (nor a field joined to another by "and": "media and PR strategist" names two fields, no organisation; after a plural
  // ("Times reporters and Zenta correspondent") the "and" joins two phrases)
  if (s > 1 && ['and', '&'].includes(lower(v.tokens[s - 1]!)) && v.tokens[s - 2]!.tag === 'NN' && /^\p{Ll}/u.test(v.tokens[s - 2]!.text)) return undefined;
  const words = v.tokens.slice(s, k + 1);
  // (days and months: a capitalised word before a title that says when, not whose: "Tuesday coach Ana Reis")
  if (isCalendarWord(lower(words[words.length - 1]!))) return undefined;
  if (/^\p{Lu}/u.test(v.tokens[role.start]!.text) && role.start > 0 && !(words.length === 1 && /^[A-Z]{2,}$/.test(words[0]!.text))) return undefined;
  if (PORTFOLIO_OFFICES.test(role.name) && words.some((t) => PORTFOLIOS.has(lower(t)))) return undefined;
  const start = words[0]!.start, end = words[words.length - 1]!.end;
  const text = v.analysis.document.text.slice(start, end);
  const named = articleOrgType(v, text);
  if (!named && personNamed(v, text)) return undefined;
  return { start, end, text, type: named?.type ?? 'Organization', canonical: named?.canonical, sentence: v.sentence.index, tokenStart: s, tokenEnd: k + 1, source: 'rule', confidence: 0.5 };
}

/**
 * A name the recogniser missed and a title closing the phrase, from token `k` after a name and a comma (", Zenta chief
 * executive,", ", ZBX General Secretary."): read as before a name (unnamedOrgBefore, with its guards), where the
 * capitalised words start at `k` and the title ends the phrase (", Zenta head of sales," is another office).
 */
function unnamedOrgTitleAt(v: SentenceView, k: number): { role: Role; org: Mention } | undefined {
  let j = k;
  while (j < v.tokens.length && j - k < 4 && !v.mentionAt[j] && /^\p{Lu}/u.test(v.tokens[j]!.text) && !roleAhead(v, j)) j++;
  const role = j > k ? roleStartingAt(v, j) : undefined;
  if (!role || (role.end < v.tokens.length && v.tokens[role.end]!.upos !== 'PUNCT')) return undefined;
  const org = unnamedOrgBefore(v, role);
  return org?.tokenStart === k ? { role, org } : undefined;
}

/**
 * Occupations a demonym before them gives the holder's nationality, not an office of the state: "Iranian striker Ali Reza",
 * "a French analyst", "the Japanese chief executive of the carmaker". State offices ("the French president", "Iraqi
 * officials") and national teams' captains and coaches keep the country as what the office is of.
 */
const PERSONAL_OCCUPATIONS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'analyst', 'economist', 'chief economist', 'lawyer', 'reporter', 'researcher', 'professor', 'presenter', 'correspondent', 'political correspondent', 'editor', 'whistleblower', 'auditor', 'executive', 'chief executive', 'chief executive officer', 'ceo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'owner', 'director', 'managing director', 'finance director', 'chief operating officer', 'chief financial officer', 'member', 'adviser', 'advisor', 'teacher', 'lecturer', ...PLAYER_POSITIONS, ...TRADE_TITLES].map((r) => roleOf(r)?.name).filter((n): n is string => !!n));
/** Heads after a demonym that stand for the state ("the French government"): there the demonym is the state. */
const STATE_HEADS = new Set(['government', 'authorities', 'administration', 'state', 'side', 'leadership', 'regime', 'parliament', 'army', 'military', 'navy', 'embassy']);

/** Whether a country mention is written as a demonym ("Iranian"), not as the country's name ("Iran"). */
function isDemonym(m: Mention): boolean {
  return m.type === 'Country' && !!demonymCountry(m.text) && !lookupCountry(m.text);
}

/** Lower-case words that may join the capitalised words of a name ("Bank of England", "Doctors without Borders"). */
const NAME_JOINERS = new Set(['of', 'for', '&', 'de', 'du', 'la']);

/**
 * A name the recogniser missed, where a role's preposition says an organisation follows ("an analyst at brokerage Aton",
 * ", from Human Rights Watch,"): the capitalised words from `k`, read as an organisation's name. The name must end the
 * phrase (punctuation, a verb, a lower-case word or the sentence's end) and touch no recognised mention.
 */
function unrecognisedOrg(v: SentenceView, k: number): Mention | undefined {
  const cap = (i: number): boolean => i < v.tokens.length && !v.mentionAt[i] && /^\p{Lu}/u.test(v.tokens[i]!.text) && v.tokens[i]!.upos !== 'PUNCT';
  if (k <= 0 || !cap(k)) return undefined;
  let e = k + 1;
  for (;;) {
    if (cap(e)) e++;
    else if (e + 1 < v.tokens.length && NAME_JOINERS.has(v.tokens[e]!.text) && cap(e + 1)) e += 2;
    else break;
  }
  // the phrase ends with the name: a noun or adjective after it ("the Commons public accounts committee") means the
  // capitalised words were a modifier of a longer description
  const after = v.tokens[e];
  if (e - k > 5 || (after && (v.mentionAt[e] || isApostropheS(after.text) || !['PUNCT', 'VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON'].includes(after.upos)))) return undefined;
  const start = v.tokens[k]!.start, end = v.tokens[e - 1]!.end;
  return { start, end, text: v.analysis.document.text.slice(start, end), type: 'Organization', sentence: v.sentence.index, tokenStart: k, tokenEnd: e, source: 'rule', confidence: 0.5 };
}

/**
 * Whether the phrase starting at token `k` ("the head of Interpol") is what another noun is of: "the wife of the head of
 * Interpol, Ana Reis" and "a lawyer for his Ardanian counterpart, Ana Reis" name the wife and the lawyer, not the holder.
 */
function ofAnother(v: SentenceView, k: number): boolean {
  const prep = k > 0 ? lower(v.tokens[k - 1]!) : '';
  const noun = k > 1 ? v.tokens[k - 2]! : undefined;
  if (!((prep === 'of' || prep === 'for' || prep === 'to') && !!noun && noun.upos === 'NOUN' && !v.mentionAt[k - 2] && /^\p{Ll}/u.test(noun.text))) return false;
  // (only a noun that names a person can be the name's: "the plans of its chairman, Ana Reis" name the chairman)
  const w = lower(noun);
  return !!(roleOf(w) || singularRole([w]) || tieOf(w) || isTitleNoun(w) || PERSON_NOUNS.has(w));
}

/** Nouns of people that are no post nor tie, which a name after "the <noun> of <title>," may be in apposition to. */
const PERSON_NOUNS = new Set(['family', 'children', 'child', 'parents', 'relatives', 'widow', 'widower', 'victim', 'victims', 'killer',
  'murderer', 'lawyers', 'supporters', 'supporter', 'rival', 'rivals', 'opponent', 'critics', 'predecessor', 'successor', 'deputy', 'assistant',
  'secretary', 'bodyguard', 'driver', 'guest', 'guests']);

/** Quotation marks that may open a sentence before its first word. */

/**
 * Whether a name after "<title>," (the title phrase from token `phrase`, the name ending before token `nameEnd`) stands in
 * apposition to the title: the name is closed by punctuation or ends the sentence ("the foreign minister, Ana Reis, said",
 * "said the foreign minister, Ana Reis."), or the title phrase opens the sentence ("The foreign minister, Ana Reis said").
 * A name right after a title that ends a fronted phrase is the subject of the clause, not the holder: "After meeting the
 * foreign minister, Ana Reis flew home", "Asked about the prime minister, Tom Berg said". Read from the punctuation, not
 * the parse.
 */
function appositive(v: SentenceView, phrase: number, nameEnd: number): boolean {
  const after = v.tokens[nameEnd];
  if (!after || after.upos === 'PUNCT' && !OPENING_QUOTES.has(after.text)) return true;
  // (over the phrase's determiner and describing words: "The new chairman of ...")
  let k = phrase - 1;
  while (k >= 0 && (['DET', 'ADJ'].includes(v.tokens[k]!.upos) || v.tokens[k]!.tag === 'PRP$' || SKIPPABLE.has(lower(v.tokens[k]!)) || FORMER.has(lower(v.tokens[k]!)))) k--;
  while (k >= 0 && OPENING_QUOTES.has(v.tokens[k]!.text)) k--;
  return k < 0;
}

/** Whether a person's name starts at token `k`, after an honorific or not. */
function nameAt(v: SentenceView, k: number): boolean {
  if (k < v.tokens.length && HONORIFIC.test(v.tokens[k]!.text)) k++;
  return v.mentionAt[k]?.type === 'Person' && v.mentionAt[k]!.start === v.tokens[k]!.start;
}

/** The token after the end of the mention at token `k`. */
function mentionEnd(v: SentenceView, k: number): number {
  let e = k;
  while (e < v.tokens.length && v.mentionAt[e] === v.mentionAt[k]) e++;
  return e;
}

/** The mention that starts at token `start`, skipping a determiner; with `loose`, also a capitalised name the recogniser missed. */
function orgAt(v: SentenceView, start: number, loose = false): Mention | undefined {
  let k = start;
  if (k < v.tokens.length && lower(v.tokens[k]!) === 'the') k++;
  // "the California-based Institute for the Future": a place joined to "-based" describes the organisation after it
  const placeMod = (i: number): number => {
    if (!v.mentionAt[i]) return 0;
    const e = mentionEnd(v, i);
    return v.tokens[e]?.text === '-' && /^(?:based|born|owned|headquartered|registered|listed|run)$/i.test(v.tokens[e + 1]?.text ?? '') ? e + 2 - i : 0;
  };
  if (k < v.tokens.length) k += placeMod(k);
  // "an analyst at brokerage Aton", "head of fast-food giant McDonald's": lower-case descriptors before the name
  for (let n = 0; n < 4 && k < v.tokens.length && !v.mentionAt[k] && (/^\p{Ll}/u.test(v.tokens[k]!.text) || v.tokens[k]!.text === '-') && ['NOUN', 'ADJ', 'PUNCT'].includes(v.tokens[k]!.upos); n++) k++;
  const m = k < v.tokens.length ? v.mentionAt[k] : undefined;
  // "president of the Spanish FA's committee": a demonym describing what follows it is not the organisation
  if (m && isDemonym(m)) {
    const next = v.tokens[mentionEnd(v, k)];
    if (next && ['NOUN', 'PROPN', 'ADJ'].includes(next.upos) && !STATE_HEADS.has(lower(next))) return undefined;
  }
  // "president of Tom Hale's Zenta Group": a person's possessive before the organisation says whose it is
  if (m?.type === 'Person' && m.start === v.tokens[k]!.start) {
    const e = mentionEnd(v, k);
    const owned = e + 1 < v.tokens.length && isApostropheS(v.tokens[e]!.text) ? v.mentionAt[e + 1] : undefined;
    return isBody(owned) && owned.start === v.tokens[e + 1]!.start ? headOrg(v, owned) : undefined;
  }
  if (isOrg(m) && m.start === v.tokens[k]!.start) return headOrg(v, m);
  return loose && !m ? unrecognisedOrg(v, k) : undefined;
}

/**
 * The organisation a phrase opening with the organisation `m` names: `m`, or a name after lower-case nouns that `m`
 * modifies ("Acme minority investors' group Zenta", "Acme supplier Zenta": the last name is the phrase's head, the first only
 * says whose it is). The later name must close the phrase (punctuation, a verb, a preposition or the end).
 */
function headOrg(v: SentenceView, m: Mention): Mention {
  if (m.type === 'Country' || m.type === 'City') return m;
  let k = mentionEnd(v, mentionTokens(v, m)[0]);
  const from = k;
  while (k < v.tokens.length && k - from < 5 && !v.mentionAt[k] && (/^\p{Ll}/u.test(v.tokens[k]!.text) && ['NOUN', 'ADJ'].includes(v.tokens[k]!.upos) || (k > from && (v.tokens[k]!.text === "'" || v.tokens[k]!.text === '\u2019')))) k++;
  const head = v.mentionAt[k];
  if (k === from || !isBody(head) || head.start !== v.tokens[k]!.start || v.tokens[k - 1]!.upos !== 'NOUN') return m;
  const after = v.tokens[mentionEnd(v, k)];
  return !after || ['PUNCT', 'VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ'].includes(after.upos) ? head : m;
}

/** The mention `m` without a "former"/"ex" its name opens with ("Former National Police"), if it opens with one. */
function withoutFormer(v: SentenceView, m: Mention): Mention | undefined {
  const [s, e] = mentionTokens(v, m);
  if (s < 0 || e - s < 2 || !FORMER.has(lower(v.tokens[s]!).replace(/-$/, ''))) return undefined;
  const start = v.tokens[s + 1]!.start;
  return { ...m, start, text: v.analysis.document.text.slice(start, m.end), tokenStart: s + 1, canonical: undefined };
}

/**
 * The unit of an organisation a role is of, written after it ("head of the Acme's research unit" -> "research unit") or a
 * place that only describes the unit ("head of UK equities for Acme" -> "UK equities"): the words from token `k` up to
 * punctuation, a preposition or a verb, at most four.
 */
function unitWords(v: SentenceView, k: number): [string[], number] {
  const words: string[] = [];
  for (; k < v.tokens.length && words.length < 5; k++) {
    const t = v.tokens[k]!;
    // "intelligence-gathering": a hyphen the tokeniser split off joins the words either side
    if (t.text === '-' && words.length && k + 1 < v.tokens.length && v.tokens[k + 1]!.start === t.end) { words[words.length - 1] += `-${v.tokens[++k]!.text}`; continue; }
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.upos)) break;
    words.push(t.text);
  }
  return words.length > 4 ? [[], k] : [words, k];
}

function mentionTokens(v: SentenceView, m: Mention): [number, number] {
  let s = -1, e = -1;
  v.tokens.forEach((t, i) => { if (t.start >= m.start && t.end <= m.end) { if (s < 0) s = i; e = i + 1; } });
  return [s, e];
}

/** A concept argument of tokens [s, e), its label the lower-cased words. */
function conceptOf(v: SentenceView, s: number, e: number): ConceptArgument {
  const start = v.tokens[s]!.start, end = v.tokens[e - 1]!.end;
  const text = v.analysis.document.text.slice(start, end);
  return { kind: 'concept', text, start, end, label: text.toLowerCase() };
}

/**
 * The office or tie ending just before token `end`, with the common nouns right before its head that narrow it ("spin
 * chief", "campaign manager") and a "former" before them; a tie to a person ("friend") as an office of its own.
 */
function narrowedRoleEndingAt(v: SentenceView, end: number): Role | undefined {
  const w = end > 0 ? lower(v.tokens[end - 1]!) : '';
  // ("Tom Hale's ex-wife Ana Reis": a tie held before)
  const tie = tieOf(w);
  let r: Role | undefined = tie ? { start: end - 1, end, ...tie } : roleEndingAt(v, end);
  if (!r || r.name.startsWith('former')) return r;
  let s = r.start;
  const nouns: string[] = [];
  while (nouns.length < 2 && s > 0 && !v.mentionAt[s - 1] && v.tokens[s - 1]!.upos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[s - 1]!.text) && !SKIPPABLE.has(lower(v.tokens[s - 1]!))) nouns.unshift(lower(v.tokens[--s]!));
  if (nouns.length) r = { ...r, start: s, ...joined(nouns, r) };
  if (s > 0 && FORMER.has(lower(v.tokens[s - 1]!))) r = { ...r, start: s - 1, ...tensed(r) };
  return r;
}

/**
 * "the senator's cousin and former campaign chief Ana Reis", "Tom Hale's spokesman Ana Reis": offices and ties, one or several
 * joined by "and" or commas, that a possessive before them says whose they are: a person, an organisation, or a title
 * standing for its holder ("the minister's" -> the concept "minister"). Undefined where no possessive owns them.
 */
function possessedRoles(v: SentenceView, end: number): { roles: Role[]; owner: EntityArgument | ConceptArgument; ownerToken: number } | undefined {
  const roles: Role[] = [];
  for (let e = end; roles.length < 3;) {
    const r = narrowedRoleEndingAt(v, e);
    if (!r) break;
    roles.unshift(r);
    const j = r.start > 1 ? lower(v.tokens[r.start - 1]!) : '';
    if (j !== 'and' && j !== ',') break;
    e = r.start - 1;
  }
  // (the first of the joined words must be a title: "the firm's profits and chief executive Ana Reis" owns no "profits")
  const k = roles.length ? roles[0]!.start - 1 : -1;
  if (k < 1 || !(isApostropheS(v.tokens[k]!.text) || v.tokens[k]!.text === "'")) return undefined;
  const m = v.mentionAt[k - 1];
  if (m && (m.type === 'Person' || isOrg(m))) return { roles, owner: entityFromMention(m), ownerToken: k - 1 };
  // "the senator's": a title after "the" stands for whoever holds it
  if (!m && roleOf(lower(v.tokens[k - 1]!)) && k >= 2 && lower(v.tokens[k - 2]!) === 'the') return { roles, owner: conceptOf(v, k - 1, k), ownerToken: k - 1 };
  return undefined;
}

/** The subject a teaching occupation at token `start` is of: one or two common nouns right before it ("dance", "maths"). */
function fieldBefore(v: SentenceView, start: number): ConceptArgument | undefined {
  let s = start;
  // (lower-case, or capitalised only as the sentence's first word: "Piano teacher Ana Reis")
  while (start - s < 2 && s > 0 && !v.mentionAt[s - 1] && v.tokens[s - 1]!.upos === 'NOUN' && (/^\p{Ll}/u.test(v.tokens[s - 1]!.text) || s === 1)) s--;
  return s < start ? { ...conceptOf(v, s, start), label: v.tokens.slice(s, start).map(lower).join(' ') } : undefined;
}

/**
 * "Keeper of the Privy Seal Ana Reis", "Chief of Staff Ana Reis": a capitalised title, "of", and capitalised words that
 * no recognised mention covers, right before the name (at token `end`, the "of" at token `of`): the words name the office
 * itself, not an organisation, so the person holds the office so named (holdsRole, the whole title as a concept).
 */
function namedOffice(v: SentenceView, of: number, end: number): { role: { name: string; label: string }; title: ConceptArgument } | undefined {
  if (lower(v.tokens[of]!) !== 'of') return undefined;
  const r = roleEndingAt(v, of);
  if (!r) return undefined;
  let k = of + 1;
  if (k < end && lower(v.tokens[k]!) === 'the') k++;
  if (k >= end || end - k > 3) return undefined;
  for (let i = k; i < end; i++) if (v.mentionAt[i] || !/^\p{Lu}/u.test(v.tokens[i]!.text) || !['PROPN', 'NOUN'].includes(v.tokens[i]!.upos)) return undefined;
  // the title's own words capitalised, as a title is written ("the keeper of Ardania" is a description)
  const first = FORMER.has(lower(v.tokens[r.start]!)) ? r.start + 1 : r.start;
  if (!/^\p{Lu}/u.test(v.tokens[first]!.text)) return undefined;
  const former = r.name.startsWith('former');
  // (the title as written: it is the office's name)
  const title = conceptOf(v, first, end);
  const name = former ? 'heldRole' : 'holdsRole';
  return { role: { name, label: labelOf(name) }, title: { ...title, label: title.text } };
}

/**
 * The title of an apposition that closes on it (", a lawyer,", ", the team's physio" is no such one), as written without
 * its determiner: a single office, not a tie to a person ("a close friend" says whose only with "of"), not a bare
 * relational head ("a member", "the leader"), words only.
 */
function appositionTitle(v: SentenceView, r: Role): ConceptArgument | undefined {
  let s = r.start;
  while (s < r.end && ['a', 'an', 'the'].includes(lower(v.tokens[s]!))) s++;
  if (s >= r.end || PERSONAL_TIES.has(lower(v.tokens[r.end - 1]!)) || ROYAL_TITLES.has(baseOffice(r.name))) return undefined;
  if (RELATIONAL_HEADS.has(baseOffice(r.name)) && v.tokens.slice(s, r.end).filter((t) => !FORMER.has(lower(t)) && !ACTING.has(lower(t))).length === 1) return undefined;
  const title = conceptOf(v, s, r.end);
  return writtenAsWords(title) ? title : undefined;
}

/**
 * The roles of one sentence: read once per view, since the relation extractor asks for every sentence's (speaksFor, who
 * a spokesperson speaks for) before this extractor reads them again. The rows are shared: callers copy, never change them.
 */
export function sentenceRoles(v: SentenceView): Candidate[] {
  let found = rolesByView.get(v);
  if (!found) rolesByView.set(v, (found = readSentenceRoles(v)));
  return found;
}
const rolesByView = new WeakMap<SentenceView, Candidate[]>();

function readSentenceRoles(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  // an office or tie of a person, to an organisation, a person, a title ("the senator") or a subject taught
  const emitTo = (person: Mention, role: { name: string; label: string }, object: EntityArgument | ConceptArgument, confidence: number): void => {
    const key = `${person.start}|${role.name}|${object.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const start = Math.min(person.start, object.start), end = Math.max(person.end, object.end);
    out.push({ subject: entityFromMention(person), predicate: role.name, predicateLabel: role.label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: Math.max(v.sentence.start, start), end: Math.min(v.sentence.end, end), extractor: NAME, confidence });
  };
  const emit = (person: Mention, role: { name: string; label: string }, org: Mention, confidence: number): void => {
    if (org === person || org.start === person.start) return;
    // "the Minister of Health": a portfolio is no organisation the office is of (a party's name before the title, as in
    // "Labour minister", is the minister's party; after "of" it is the portfolio)
    if (PORTFOLIO_OFFICES.test(role.name) && isPortfolio(org.text) && (org.type !== 'PoliticalParty' || afterOf(org))) return;
    emitTo(person, role, entityFromMention(org), confidence);
  };
  const afterOf = (m: Mention): boolean => {
    let k = mentionTokens(v, m)[0] - 1;
    if (k >= 0 && lower(v.tokens[k]!) === 'the') k--;
    return k >= 0 && ['of', 'for'].includes(lower(v.tokens[k]!));
  };
  // the role narrowed to a unit (or, `joiner` "on", to the field it covers), at the organisation, and the employer: "head
  // of research at", "adviser on mobile media at", "work for" (not the employer of an office held before: "who had been
  // head of research at")
  const unitRole = (person: Mention, r: { label: string }, unit: string[], org: Mention, past = false, joiner = 'of'): void => {
    const words = [...labelWords(r.label), joiner, ...unit.map((w) => w.toLowerCase()), 'at'];
    emit(person, past ? tensed({ name: camel(words), label: words.join(' ') }) : { name: camel(words), label: words.join(' ') }, org, 0.75);
    if (!past) emit(person, { name: 'worksFor', label: 'work for' }, org, 0.7);
  };
  // a name right after a title is a person even where the recogniser typed it otherwise ("Ambassador ... Anatoly Antonov")
  const namelike = (m: Mention): boolean => {
    const [s0, e0] = mentionTokens(v, m);
    return (m.type === 'Misc' || m.type === 'Person') && e0 - s0 >= 2 && v.tokens.slice(s0, e0).every((t) => t.upos === 'PROPN');
  };
  const persons = [...new Set(v.mentionAt.filter((m): m is Mention => !!m && (m.type === 'Person' || namelike(m))))];
  for (const p0 of persons) {
    const p: Mention = p0.type === 'Person' ? p0 : { ...p0, type: 'Person' };
    const [ps, pe] = mentionTokens(v, p);
    if (ps < 0) continue;
    // "The BBC's Paul Reynolds": an organisation's own person
    // (a name only the title made a person is none here: "Acme's Spring Cup match")
    if (p0.type === 'Person' && ps >= 2 && isApostropheS(v.tokens[ps - 1]!.text)) {
      const org = v.mentionAt[ps - 2];
      if (org && ['Organization', 'Company', 'NewsAgency', 'GovernmentBody', 'PoliticalParty'].includes(org.type)) {
        // "Acme's Ana Reis and Tom Hale": each of the list
        for (const q of [p, ...listedAfter(v, pe)]) emit(q, { name: 'worksFor', label: 'work for' }, org, 0.7);
      } else if (org?.type === 'Country' && !isDemonym(org) && mentionTokens(v, org)[1] === ps - 1 && personCompetes(v, ps, pe)) {
        // "Ardania's Ana Reis beat ...": a country's own competitor is its national (where the person does not compete the
        // possessive says as often whom the person serves there: an envoy, an administrator; see roles/competition.ts)
        for (const q of [p, ...listedAfter(v, pe)]) emit(q, CITIZEN, org, 0.7);
      }
    }
    // "Hungarian Ana Reis": a demonym right before a name, with no title between, is the person's nationality
    const demonym = ps >= 1 ? v.mentionAt[ps - 1] : undefined;
    if (p0.type === 'Person' && demonym && demonym !== p0 && isDemonym(demonym) && !(ps >= 2 && isApostropheS(v.tokens[ps - 2]!.text))) emit(p, CITIZEN, demonym, 0.7);
    // the title before a comma, over an honorific the recogniser left out of the name ("the Archbishop of Ardania, Dr Ana Reis")
    const pc = titleEnd(v, ps);
    // "his Israeli counterpart, Ariel Sharon", "the Palestinian leader, Mahmoud Abbas"
    if (pc >= 3 && v.tokens[pc - 1]!.text === ',') {
      const r = roleEndingAt(v, pc - 1);
      const org = r ? orgBefore(v, r.start) : undefined;
      // "Acme said ... its founder, Ana Reis": the organisation "its" stands for holds the office
      const its = r && !org && r.start > 0 && ['its', 'their'].includes(lower(v.tokens[r.start - 1]!)) ? itsOwner(v, r.start - 1) : undefined;
      if (r && its && !ofAnother(v, r.start - 1) && appositive(v, r.start - 1, pe)) emit(p, r, its, 0.65);
      if (r && org) {
        const [os, oe] = mentionTokens(v, org);
        const before = os > 0 ? v.tokens[os - 1]! : undefined;
        // "Ardania's president, Ana Reis," opening a clause: the possessive names whose office it is
        const owned = isApostropheS(v.tokens[oe]?.text ?? '') && (!before || before.upos === 'PUNCT' || before.upos === 'CCONJ');
        // "his Israeli counterpart": the title phrase opens at its determiner
        const determined = !!before && (before.upos === 'DET' || before.upos === 'PRON');
        if ((owned || determined) && !ofAnother(v, os - 1) && appositive(v, determined ? os - 1 : os, pe)) emit(p, r, org, 0.7);
      }
    }
    // A: "<org>['s] <role> <person>", "<role> to <country> <person>" (over an honorific: "Green peer Lady Reis")
    const te0 = titleEnd(v, ps);
    let role = roleEndingAt(v, te0);
    if (role) {
      let org = orgBefore(v, role.start) ?? unnamedOrgBefore(v, role);
      // "Former National Police Chief": "former" the recogniser took into the organisation's name qualifies the office
      const inner = org && withoutFormer(v, org);
      if (inner) {
        org = inner;
        role = { ...role, ...tensed(role) };
      }
      // "Former Acme boss Ana Reis": "former" before the organisation qualifies the office after it
      const os = org ? mentionTokens(v, org)[0] : -1;
      // "former Zenta and Ardania midfielder Ana Reis": an organisation joined by "and" shares the office, and a "former"
      // before the first is both offices' (not demonyms: "Dutch and Belgian officials" are of neither state alone)
      const joinedOrg = org && os > 1 && lower(v.tokens[os - 1]!) === 'and' && !role.plural ? v.mentionAt[os - 2] : undefined;
      let also = isOrg(joinedOrg) && !isDemonym(joinedOrg) && !isDemonym(org!) ? joinedOrg : undefined;
      const as = also ? mentionTokens(v, also)[0] : -1;
      // (not a name that ends another phrase: "the minister of Ardania and Zenta president Ana Reis")
      if (as > 0 && ['of', 'for', 'to', 'from', 'in', 'at'].includes(lower(v.tokens[as - 1]!))) also = undefined;
      if (org && ((os > 0 && FORMER.has(lower(v.tokens[os - 1]!))) || (also && as > 0 && FORMER.has(lower(v.tokens[as - 1]!))) || formerBefore(v, os))) role = { ...role, ...tensed(role) };
      if (also) emit(p, role, also, 0.8);
      // "assistant Ardanian attorney general Ana Reis": a rank before the country is the office's
      if (org && os > 0 && RANKS.has(lower(v.tokens[os - 1]!))) role = { ...role, ...withRank(lower(v.tokens[os - 1]!), role) };
      // "Vodafone ... its UK chief executive William Morrow": a country after "its"/"their" says where the owner's
      // office is; the office is the owner's, the organisation "its" stands for
      const owner = org && org.type === 'Country' ? possessiveOwner(v, os - 1) : undefined;
      // "its UK chief executive" with no owner found: the office is not the country's either
      const unowned = org?.type === 'Country' && os > 0 && ['its', 'their'].includes(lower(v.tokens[os - 1]!));
      if (owner) emit(p, role, owner, 0.8);
      else if (org && !unowned) {
        if (isDemonym(org) && (PERSONAL_OCCUPATIONS.has(baseOffice(role.name)) || PERSONAL_OCCUPATIONS.has(headOffice(role)))) emit(p, { name: 'citizenOf', label: 'citizen of' }, org, 0.75);
        // "Zenta Party President Ana Reis" and "Zenta president Ana Reis" name the party's office, but "Liberal President
        // Ana Reis", "Labour Prime Minister Tom Hale": an office of a state, written as a formal title, is no party's;
        // the party is the holder's own
        else if (org.type === 'PoliticalParty' && (isStateOffice(role.name) || (HEAD_OF_STATE.has(baseOffice(role.name)) && /^\p{Lu}/u.test(v.tokens[role.start]!.text))) && !/\bpart(?:y|ies)\b/i.test(org.text)) emit(p, { name: 'memberOf', label: 'member of' }, org, 0.75);
        else for (const q of [p, ...(role.plural ? listedAfter(v, pe) : [])]) emit(q, role, org, 0.85);
      } else if (!org && FIELD_OCCUPATIONS.has(baseOffice(role.name))) {
        // "history teacher Ana Reis": the noun before the occupation is the subject taught
        const field = fieldBefore(v, role.start);
        if (field) emitTo(p, role, field, 0.6);
      }
    } else {
      // "Ambassador to the U.S. Anatoly Antonov": role, "to", a country, then the name
      for (let k = te0 - 1; k >= Math.max(0, te0 - 5); k--) {
        // "Minister for Europe Ana Reis": an office named with its portfolio after "for" is what the person is
        const portfolio = lower(v.tokens[k]!) === 'for' ? portfolioForTitle(v, k, te0) : undefined;
        if (portfolio) { emitTo(p, { name: 'be', label: 'be' }, portfolio, 0.65); break; }
        if (lower(v.tokens[k]!) !== 'to' && lower(v.tokens[k]!) !== 'at' && lower(v.tokens[k]!) !== 'of') continue;
        const target = orgAt(v, k + 1);
        // "Keeper of the Privy Seal Ana Reis", "Chief of Staff Ana Reis": a title whose capitalised words after "of"
        // name no organisation the recogniser knows is the office's own name: the person holds that office
        const office = target ? undefined : namedOffice(v, k, te0);
        if (office) emitTo(p, office.role, office.title, 0.7);
        if (!target) break;
        const [, te] = mentionTokens(v, target);
        // first names the recogniser left out of the person's mention: "... to the U.S. Anatoly Antonov"
        if (te > te0 || v.tokens.slice(te, te0).some((t) => t.upos !== 'PROPN')) break;
        role = roleEndingAt(v, k);
        if (!role) break;
        const prep = lower(v.tokens[k]!);
        if (prep === 'to' && role.name.startsWith('ambassador')) emit(p, { name: 'ambassadorTo', label: 'ambassador to' }, target, 0.8);
        else emit(p, role, target, 0.8);
        const org = orgBefore(v, role.start);
        if (org) emit(p, role, org, 0.8);
        break;
      }
    }
    // "her grandson Ana Reis", "his spokesman Ana Reis": a tie or a personal post of whoever "his"/"her" stands for
    const held = pronounTie(v, te0);
    if (held && held.owner !== p0) emitTo(p, held.role, entityFromMention(held.owner), 0.65);
    // "the senator's cousin and former campaign chief Ana Reis": titles a person or a title owns (an
    // organisation's single title is read above)
    const possessed = possessedRoles(v, te0);
    if (possessed && (possessed.owner.kind !== 'entity' || possessed.roles.length > 1 || !isOrg(v.mentionAt[possessed.ownerToken]))) {
      for (const r of possessed.roles) emitTo(p, r, possessed.owner, possessed.owner.kind === 'entity' ? 0.7 : 0.6);
    }
    // "Ana Reis of Acme": a person of a company works for it; of another organisation, is one of its members
    if (p0.type === 'Person' && pe + 1 < v.tokens.length && lower(v.tokens[pe]!) === 'of') {
      const org = orgAt(v, pe + 1);
      // "President Ana Reis of Ardania", "Archbishop Ana Reis of Ardville": a title before the name that names nothing
      // it is of is of what follows the name
      const bare = roleEndingAt(v, te0);
      if (org && bare && !orgBefore(v, bare.start) && !unnamedOrgBefore(v, bare) && !PERSONAL_TIES.has(bare.label.split(' ')[0]!)) emit(p, bare, org, 0.75);
      else if (org && ['Company', 'NewsAgency'].includes(org.type)) emit(p, { name: 'worksFor', label: 'work for' }, org, 0.7);
      // "Ana Reis of Ardania": a person of a country is its national
      else if (org?.type === 'Country' && !isDemonym(org)) emit(p, CITIZEN, org, 0.7);
      else if (org && ['Organization', 'GovernmentBody', 'PoliticalParty'].includes(org.type)) emit(p, { name: 'memberOf', label: 'member of' }, org, 0.7);
    }
    // after the name: ", [the] [former] <role> of|at|for <org>", ", <org>'s <role>", ", from <org>", ", a <demonym> <role>";
    // a spaced dash sets off the apposition as a comma does ("Ana Reis - a close ally of Tom Hale - said")
    if (p0.type === 'Person' && pe < v.tokens.length && (v.tokens[pe]!.text === ',' || spacedDash(v.tokens, pe))) {
      let next = pe + 1;
      // ", now a lawyer in Leeds", ", also head of ...": an adverb of time before the apposition says it holds now
      if (APPOSITION_ADVERBS.has(lower(v.tokens[next] ?? v.tokens[pe]!))) next++;
      // ", 45, chairman of Acme": an age between the name and the apposition
      if (v.tokens[next]?.upos === 'NUM' && v.tokens[next + 1]?.text === ',') next += 2;
      // ", who is [also] <role> of <org>": the relative clause as an apposition; ", who was ..." an office held before;
      // ", who has been ..." one held until now
      let verb = lower(v.tokens[next + 1] ?? v.tokens[pe]!);
      const perfect = ['has', 'have', 'had'].includes(verb) && lower(v.tokens[next + 2] ?? v.tokens[pe]!) === 'been';
      if (perfect) verb = verb === 'had' ? 'was' : 'is';
      const past = lower(v.tokens[next] ?? v.tokens[pe]!) === 'who' && verb === 'was';
      if (lower(v.tokens[next] ?? v.tokens[pe]!) === 'who' && (verb === 'is' || verb === 'was')) {
        next += perfect ? 3 : 2;
        if (['also', 'now', 'then'].includes(lower(v.tokens[next] ?? v.tokens[pe]!))) next++;
      }
      const now = (r: { name: string; label: string }): { name: string; label: string } => (past ? tensed(r) : r);
      if (next < v.tokens.length && lower(v.tokens[next]!) === 'from' && !past) {
        const org = orgAt(v, next + 1, true);
        // ", from Ardania": a country someone is from is their nationality (not one that goes on into a noun: ", from
        // the US embassy" says where they work)
        if (org?.type === 'Country' && !isDemonym(org)) {
          const after = v.tokens[mentionTokens(v, org)[1]];
          if (!after || !['NOUN', 'PROPN'].includes(after.upos)) emit(p, CITIZEN, org, 0.7);
        }
        else if (isBody(org)) emit(p, { name: 'memberOf', label: 'member of' }, org, 0.75);
        continue;
      }
      // (a title right before another name is that name's: "Ana Reis, Acme's chief Tom Hale and ...")
      const r1 = roleStartingAt(v, next, true);
      // ", president and managing director of Acme": two titles joined by "and" share what the second is of
      // (only a bare first title: "an opposition leader and vice president of X" leads no X)
      const bare1 = !!r1 && !!roleOf(v.tokens.slice(next, r1.end).map(lower).join(' '));
      const second = r1 && lower(v.tokens[r1.end] ?? v.tokens[pe]!) === 'and' ? roleStartingAt(v, r1.end + 1) : undefined;
      const first = second && bare1 ? r1 : undefined;
      const r0 = second ?? r1;
      const r = r0 && !nameAt(v, r0.end) ? r0 : undefined;
      if (r) {
        // a role phrase of the lexicon may end in its preposition ("spokesman for")
        const inside = ['of', 'at', 'for', 'with', 'to'].includes(lower(v.tokens[r.end - 1]!));
        const prep = inside ? lower(v.tokens[r.end - 1]!) : r.end < v.tokens.length ? lower(v.tokens[r.end]!) : '';
        // ", adviser on mobile media at Zenta": the field the post covers, then the organisation
        const covers = prep === 'on' ? fieldThenOrg(v, r.end + 1) : undefined;
        if (covers) { unitRole(p, r, covers.words, covers.org, past, 'on'); continue; }
        // "Ana Reis, a lawyer, said": an apposition that closes on its title says what the person is (see bareTitleRow)
        if (!past && !first && /^\p{Ll}/u.test(v.tokens[r.start]!.text) && (r.end >= v.tokens.length || [',', '.', ')', ';'].includes(v.tokens[r.end]!.text) || spacedDash(v.tokens, r.end))) {
          const title = appositionTitle(v, r);
          if (title) emitTo(p, { name: 'be', label: 'be' }, title, 0.6);
          continue;
        }
        // ", a dentist in Leeds", ", a sergeant in the Zenta Regiment": where the post is held, or the body it is held in
        if (prep === 'in') {
          const place = orgAt(v, r.end + 1);
          if (place) emit(p, now(placed(r)), place, 0.7);
          continue;
        }
        if (['of', 'at', 'for', 'with', 'to'].includes(prep)) {
          const at = inside ? r.end : r.end + 1;
          const org = orgAt(v, at, true);
          // ", a close ally of Tom Hale", ", spokesman for Tom Hale": a post or tie held for a person
          const holder = org ? undefined : describedPersonAt(v, at);
          if (holder && holder !== p) { emitTo(p, now(r), entityFromMention(holder), 0.7); continue; }
          // ", professor of law and ethics at Acme": the field of the post, then the organisation
          const field = org ? undefined : fieldThenOrg(v, at);
          if (prep === 'of' && field) { unitRole(p, r, field.words, field.org, past); continue; }
          const [, oe] = org ? mentionTokens(v, org) : [0, 0];
          const after = org ? v.tokens[oe] : undefined;
          // "A, the chief of Acme, Mr B, and ...": a list where the office may be B's as well as A's (B's is read below)
          if (org && after?.text === ',' && nameAt(v, oe + 1)) continue;
          if (org && prep === 'of' && after && isApostropheS(after.text)) {
            // "head of the Acme's research unit": the role is of the unit, at the organisation
            const [unit] = unitWords(v, oe + 1);
            if (unit.length) unitRole(p, r, unit, org, past);
          } else if (org && prep === 'of' && after && org.type !== 'Organization' && org.type !== 'Company' && ['NOUN', 'PROPN'].includes(after.upos) && !v.mentionAt[oe] && !STATE_HEADS.has(lower(after))) {
            // "head of UK equities for Acme": a place describing the unit; the organisation, if any, follows
            let k = org.tokenStart ?? mentionTokens(v, org)[0];
            if (k > 0 && lower(v.tokens[k - 1]!) === 'the') k--;
            const [unit, ue] = unitWords(v, k);
            const firm = ue < v.tokens.length && ['for', 'at', 'with'].includes(lower(v.tokens[ue]!)) ? orgAt(v, ue + 1, true) : undefined;
            if (unit.length && isBody(firm)) unitRole(p, r, unit, firm, past);
          } else if (org) {
            emit(p, now(prep === 'to' && r.name.startsWith('ambassador') ? { name: 'ambassadorTo', label: 'ambassador to' } : r), org, 0.8);
            if (first) emit(p, now(first), org, 0.75);
          }
          // "Ana Reis, owner of a bakery", "head of the surgery department": no organisation named, the thing held or headed
          else if (prep === 'of') {
            const thing = commonPhraseAt(v, at);
            if (thing) out.push({ subject: entityFromMention(p), predicate: now(r).name, predicateLabel: now(r).label, object: thing, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: p.start, end: Math.min(v.sentence.end, thing.end), extractor: NAME, confidence: 0.65 });
          }
        }
        continue;
      }
      // ", [the|a] <org>['s] [former] <role> [of <department>]"
      let k = next;
      if (k < v.tokens.length && ['the', 'a', 'an'].includes(lower(v.tokens[k]!))) k++;
      const org = orgAt(v, k);
      if (org) {
        const [os, oe] = mentionTokens(v, org);
        let j = oe;
        if (j < v.tokens.length && isApostropheS(v.tokens[j]!.text)) j++;
        let r2 = roleStartingAt(v, j);
        // (the title of a name after it: "Tom Hale, Acme's chief Ana Reis")
        if (r2 && nameAt(v, r2.end)) r2 = undefined;
        // ", European co-ordinator for Acme": the organisation after the title is what it is of; the name before it
        // only says where (a place, a demonym), unless it is a body of its own
        const after = r2 && ['for', 'at', 'with'].includes(lower(v.tokens[r2.end] ?? v.tokens[j]!)) ? orgAt(v, r2.end + 1, true) : undefined;
        if (r2 && isBody(after)) {
          emit(p, now(r2), after, 0.75);
          if (!ORGANISATION_TYPES.has(org.type)) r2 = undefined;
        }
        // "Ana Reis, assistant Ardanian attorney general": a rank before the organisation is the office's
        if (r2 && os > k && RANKS.has(lower(v.tokens[os - 1]!))) r2 = { ...r2, ...withRank(lower(v.tokens[os - 1]!), r2) };
        // "a former Ardanian attorney general": "former" before the organisation qualifies the office after it
        if (r2 && v.tokens.slice(k, os).some((t) => FORMER.has(lower(t)))) r2 = { ...r2, ...tensed(r2) };
        if (r2) {
          // "ex-head of internal accounting": the role is narrower than the lexicon's (head of a department, at the
          // organisation), and the employer is certain
          const dept: string[] = [];
          if (r2.end < v.tokens.length && lower(v.tokens[r2.end]!) === 'of' && org.type !== 'Country') {
            for (let d = r2.end + 1; d < v.tokens.length && dept.length < 3 && !v.mentionAt[d] && ['NOUN', 'ADJ'].includes(v.tokens[d]!.upos) && /^\p{Ll}/u.test(v.tokens[d]!.text); d++) dept.push(lower(v.tokens[d]!));
          }
          if (dept.length) unitRole(p, r2, dept, org, past);
          else emit(p, now(r2), org, 0.75);
        }
      } else {
        // ", Zenta chief executive,", ", ZBX General Secretary."
        const titled = unnamedOrgTitleAt(v, k);
        if (titled) emit(p, now(titled.role), titled.org, 0.7);
      }
    }
    // D: "the <role> of <org>, <person>" (over an honorific: "the Archbishop of Ardania, Dr Ana Reis")
    if (p0.type === 'Person' && pc >= 2 && v.tokens[pc - 1]!.text === ',') {
      const orgM = v.mentionAt[pc - 2];
      if (isOrg(orgM)) {
        const [os] = mentionTokens(v, orgM);
        let k = os - 1;
        if (k >= 0 && lower(v.tokens[k]!) === 'the') k--;
        // (over capitalised words the recogniser left out of the name: "the Hospital Santa Ana")
        for (let n = 0; n < 2 && k >= 1 && !v.mentionAt[k] && /^\p{Lu}/u.test(v.tokens[k]!.text) && lower(v.tokens[k - 1]!) === 'the'; n++) k -= 2;
        if (k >= 0 && ['of', 'at'].includes(lower(v.tokens[k]!))) {
          const r = roleEndingAt(v, k);
          const phrase = r && r.start > 0 && lower(v.tokens[r.start - 1]!) === 'the' ? r.start - 1 : r?.start ?? 0;
          if (r && !ofAnother(v, phrase) && appositive(v, phrase, pe)) emit(p, r, orgM, 0.7);
          // "the head of the cardiology unit at Acme, Ana Reis": the office of a unit, at the organisation
          const unit = !r && lower(v.tokens[k]!) === 'at' ? unitBefore(v, k) : undefined;
          if (unit && !ofAnother(v, unit.phrase) && appositive(v, unit.phrase, pe)) unitRole(p, unit.role, unit.words, orgM);
        }
      }
    }
  }
  return out;
}

/**
 * "the head of the cardiology unit" ending just before token `end`: a role, "of", and the lower-case words of a unit (at
 * most four, a noun last), with where the phrase starts (its "the").
 */
function unitBefore(v: SentenceView, end: number): { role: Role; words: string[]; phrase: number } | undefined {
  let u = end;
  while (u > 0 && end - u < 4 && !v.mentionAt[u - 1] && ['NOUN', 'ADJ'].includes(v.tokens[u - 1]!.upos) && /^\p{Ll}/u.test(v.tokens[u - 1]!.text)) u--;
  if (u === end || v.tokens[end - 1]!.upos !== 'NOUN') return undefined;
  let j = u - 1;
  if (j >= 0 && lower(v.tokens[j]!) === 'the') j--;
  if (j < 1 || lower(v.tokens[j]!) !== 'of') return undefined;
  const role = roleEndingAt(v, j);
  if (!role) return undefined;
  const phrase = role.start > 0 && lower(v.tokens[role.start - 1]!) === 'the' ? role.start - 1 : role.start;
  return { role, words: v.tokens.slice(u, end).map(lower), phrase };
}

/** Determiners a common noun phrase after a title's "of" may open with ("owner of a bakery", "head of the unit"). */
const PHRASE_DETS = new Set(['a', 'an', 'the']);

/**
 * The common noun phrase from token `k` ("a haberdashery", "the infectious diseases department"): an article, then
 * lower-case adjectives and nouns, no name among them, ending in a noun. A concept argument, the article dropped; undefined
 * where the phrase names something (a mention) or has no noun.
 */
function commonPhraseAt(v: SentenceView, k: number): ConceptArgument | undefined {
  if (k >= v.tokens.length || !PHRASE_DETS.has(lower(v.tokens[k]!))) return undefined;
  let e = k + 1;
  while (e < v.tokens.length && e - k <= 4 && !v.mentionAt[e] && ['ADJ', 'NOUN'].includes(v.tokens[e]!.upos) && /^\p{Ll}/u.test(v.tokens[e]!.text)) e++;
  // (the phrase ends at its noun: "a bakery close to ..." is "a bakery"; a name right after it is another phrase's)
  while (e > k + 1 && v.tokens[e - 1]!.upos !== 'NOUN') e--;
  if (e === k + 1 || e < v.tokens.length && (v.tokens[e]!.upos === 'NOUN' || v.mentionAt[e] || isApostropheS(v.tokens[e]!.text))) return undefined;
  const words = v.tokens.slice(k + 1, e);
  // ("chairman of the organisation": a bare noun after "the" points back to something named before, which it does not name)
  if (lower(v.tokens[k]!) === 'the' && words.length < 2) return undefined;
  const text = words.map((t) => t.text).join(' ');
  return { kind: 'concept', text, start: words[0]!.start, end: words[words.length - 1]!.end, label: text.toLowerCase() };
}

/**
 * "<Org>, <Country>'s biggest lender,", "<Org>, <Country>'s largest gas producer": an organisation described in apposition
 * as the most of a kind in a country holds that rank of the country (biggestLenderOf). Only a superlative (a ranked
 * description, not any description of the organisation), closed by punctuation or the end of the sentence.
 */
function superlativeAppositions(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const org of new Set(v.mentionAt)) {
    if (!org || !ORGANISATION_TYPES.has(org.type)) continue;
    let [, oe] = mentionTokens(v, org);
    // "Acme Bank (AB), Ardania's biggest lender": over the short form in brackets
    if (v.tokens[oe]?.text === '(' && v.tokens[oe + 2]?.text === ')') oe += 3;
    if (v.tokens[oe]?.text !== ',') continue;
    const country = v.mentionAt[oe + 1];
    if (country?.type !== 'Country' || isDemonym(country)) continue;
    const [, ce] = mentionTokens(v, country);
    if (!isApostropheS(v.tokens[ce]?.text ?? '')) continue;
    let k = ce + 1;
    const sup = v.tokens[k];
    if (!sup) continue;
    const words: string[] = [];
    // ("second-largest", split at its hyphen)
    if (/^(?:second|third|fourth|fifth)$/.test(lower(sup)) && v.tokens[k + 1]?.text === '-' && v.tokens[k + 2]?.tag === 'JJS') { words.push(`${lower(sup)}-${lower(v.tokens[k + 2]!)}`); k += 2; }
    else if (sup.tag === 'JJS' || sup.tag === 'RBS' || /^(?:biggest|largest|smallest|oldest|leading|top|main)$/.test(lower(sup))) words.push(lower(sup));
    else continue;
    for (k++; k < v.tokens.length && words.length < 5 && !v.mentionAt[k] && ['ADJ', 'NOUN'].includes(v.tokens[k]!.upos) && /^\p{Ll}/u.test(v.tokens[k]!.text); k++) words.push(lower(v.tokens[k]!));
    if (words.length < 2 || v.tokens[k - 1]!.upos !== 'NOUN') continue;
    const last = k - 1;
    // (the measure it is ranked by: "biggest company by capitalisation")
    if (lower(v.tokens[k] ?? sup) === 'by' && v.tokens[k + 1]?.upos === 'NOUN') k += 2;
    // (closed: "ICBC, China's biggest lender, reported"; "China's biggest lender in the north" is a longer description)
    if (k < v.tokens.length && v.tokens[k]!.upos !== 'PUNCT') continue;
    words.push('of');
    out.push({ subject: entityFromMention(org), predicate: camel(words), predicateLabel: words.join(' '), object: entityFromMention(country), polarity: 'asserted', fact: true, sentence: v.sentence.index, start: org.start, end: v.tokens[last]!.end, extractor: NAME, confidence: 0.65 });
  }
  return out;
}

/**
 * "after his predecessor as CEO, Jim Smith, died", "Ana Reis's successor Tom Lee": who succeeded whom. The owner of a
 * "his"/"her" is the last person named before it in the sentence.
 */
function successions(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  v.tokens.forEach((t, i) => {
    const w = lower(t);
    if (w !== 'predecessor' && w !== 'successor') return;
    let k = i - 1;
    while (k >= 0 && v.tokens[k]!.upos === 'ADJ') k--;
    let owner: Mention | undefined;
    if (k >= 0 && ['his', 'her'].includes(lower(v.tokens[k]!))) {
      for (let b = k - 1; b >= 0 && !owner; b--) if (v.mentionAt[b]?.type === 'Person') owner = v.mentionAt[b];
    } else if (k >= 1 && isApostropheS(v.tokens[k]!.text) && v.mentionAt[k - 1]?.type === 'Person') owner = v.mentionAt[k - 1];
    if (!owner) return;
    // the name: right after, or after "as <role>" and a comma
    let j = i + 1;
    if (lower(v.tokens[j] ?? t) === 'as') while (j < v.tokens.length && j - i <= 5 && v.tokens[j]!.text !== ',') j++;
    if (v.tokens[j]?.text === ',') j++;
    const other = v.mentionAt[j];
    if (other?.type !== 'Person' || other === owner || other.start !== v.tokens[j]!.start) return;
    const [subject, object] = w === 'predecessor' ? [owner, other] : [other, owner];
    out.push({
      subject: entityFromMention(subject), predicate: 'succeed', predicateLabel: 'succeed', object: entityFromMention(object),
      polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.7,
    });
  });
  return out;
}

/** Offices held in a company or other organisation, never in a state: an unqualified one is the article's organisation's. */
const COMPANY_OFFICES = new Set(['chief executive', 'chief executive officer', 'ceo', 'chief operating officer', 'coo', 'chief financial officer', 'cfo', 'finance chief', 'financial chief', 'chairman', 'chairwoman', 'founder', 'co-founder', 'managing director', 'finance director'].map((r) => rolePredicate(r)!.name));

/** The name an organisation's mentions share, over a possessive ("Acme's"). */
const orgKey = (m: Mention): string => (m.canonical ?? m.text).replace(/['\u2019]s$/, '');

/**
 * The organisation an article is about: the company or organisation named most often (a name in the headline counting
 * twice more), at least twice and more often than any other. News writing names it in full once and then drops it from titles ("chief executive Ana Reis said").
 */
export function focusOrganisation(analysis: Analysis): Mention | undefined {
  const counts = new Map<string, { n: number; m: Mention }>();
  for (const m of analysis.mentions) {
    if (m.type !== 'Company' && m.type !== 'Organization') continue;
    const key = orgKey(m);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, m });
  }
  // a headline names what the article is about: an organisation it names counts as named twice more
  const title = analysis.document.title ?? '';
  // (a key the title does not contain is not in it as a word either: the pattern is only built for one it contains)
  for (const [key, c] of counts) if (title && title.includes(key) && new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(title)) c.n += 2;
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!ranked[0] || ranked[0].n < 2 || (ranked[1] && ranked[1].n === ranked[0].n)) return undefined;
  return ranked[0].m;
}

/** The persons of a sentence with a title right before the name, and the title: read once a sentence for the rules below. */
function titledHolders(v: SentenceView): Map<Mention, Role> {
  const out = new Map<Mention, Role>();
  for (const p of new Set(v.mentionAt.filter((m): m is Mention => m?.type === 'Person'))) {
    const [ps] = mentionTokens(v, p);
    const role = ps > 0 ? roleEndingAt(v, titleEnd(v, ps)) : undefined;
    if (role) out.set(p, role);
  }
  return out;
}

/** The row of an office a title before a name gives, of an organisation or a country found elsewhere in the article. */
function titleRow(v: SentenceView, p: Mention, role: { name: string; label: string; start: number }, org: Mention, confidence: number): Candidate {
  const start = Math.min(p.start, role.start < v.tokens.length ? v.tokens[role.start]!.start : p.start);
  return {
    subject: entityFromMention(p), predicate: role.name, predicateLabel: role.label, object: entityFromMention(org),
    polarity: 'asserted', fact: true, sentence: v.sentence.index, start: Math.max(v.sentence.start, start), end: p.end, extractor: NAME, confidence,
  };
}

/**
 * A company office before a name with no organisation in the title: "its founder Ana Reis" (the organisation coreference
 * resolved "its" to, itsOwner) and "chief executive Ana Reis said" (the article's
 * organisation). Less certain than a title that names its organisation.
 */
function anchoredOffices(v: SentenceView, titled: Map<Mention, Role>, named: Set<number>, earlier: Mention | undefined, focus: Mention | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const [p, role] of titled) {
    if (named.has(p.start) || !COMPANY_OFFICES.has(role.name.replace(/^former(.)/, (_, c: string) => c.toLowerCase()))) continue;
    const prev = role.start > 0 ? v.tokens[role.start - 1]! : undefined;
    let org: Mention | undefined;
    let confidence = 0.6;
    // "its chief executive": the organisation coreference resolved "its" to, or none (see itsOwner)
    if (prev && lower(prev) === 'its') {
      org = itsOwner(v, role.start - 1, earlier);
      confidence = 0.65;
    } else if (!prev || prev.upos === 'PUNCT' || lower(prev) === 'the' || saying(prev)) org = focus;
    if (org) out.push(titleRow(v, p, role, org, confidence));
  }
  return out;
}

/**
 * Nouns that stand for an organisation the article names ("the company's chief executive", "the charity's director"): the
 * nouns of businesses and others.
 */
const ORG_NOUNS = new Set([...COMPANY_NOUNS, ...INSTITUTION_NOUNS, 'group', 'club', 'charity', 'network', 'broadcaster', 'label', 'studio', 'newspaper', 'magazine', 'channel', 'regulator', 'watchdog', 'maker', 'business', 'corporation', 'trust']);

/** Whether "the <organisation noun>'s" ends just before token `start` ("the company's"); `start` may be past the sentence. */
function orgNounBefore(v: SentenceView, start: number): boolean {
  const t = v.tokens;
  return start >= 3 && start <= t.length && (isApostropheS(t[start - 1]!.text) || t[start - 1]!.text === "'") && !v.mentionAt[start - 2]
    && /^\p{Ll}/u.test(t[start - 2]!.text) && ORG_NOUNS.has(lower(t[start - 2]!)) && lower(t[start - 3]!) === 'the';
}

/** The last organisation (not a place) named before token `k`, in the sentence or, failing that, `earlier`. */
function lastOrgBefore(v: SentenceView, k: number, earlier: Mention | undefined): Mention | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const m = v.mentionAt[i];
    if (isBody(m)) return m;
  }
  return earlier;
}

/**
 * An office "the company's" or "the charity's" says is of an organisation the article names: the one named last before
 * it, where that is also the article's organisation (named most often: see focusOrganisation); where the two differ, the
 * text does not say which ("Zenta ... from Bolt, the carmaker's chief"). Before the name ("the carmaker's chief executive
 * Ana Reis"), before it with a comma ("The charity's director, Ana Reis, said") or after it (", the firm's chairman,"); the
 * title closed by punctuation ("the firm's head of marketing" is another office). Less certain than a title that names
 * its organisation.
 */
function orgNounOffices(v: SentenceView, named: Set<number>, focus: Mention | undefined, earlier: Mention | undefined): Candidate[] {
  if (!focus) return [];
  const out: Candidate[] = [];
  for (const p of new Set(v.mentionAt.filter((m): m is Mention => m?.type === 'Person'))) {
    if (named.has(p.start) || p.start === focus.start) continue;
    const [ps, pe] = mentionTokens(v, p);
    if (ps < 0) continue;
    const comma = ps > 0 && v.tokens[ps - 1]!.text === ',';
    let role = ps > 0 ? roleEndingAt(v, comma ? ps - 1 : titleEnd(v, ps)) : undefined;
    if (role && (!orgNounBefore(v, role.start) || (comma && (ofAnother(v, role.start - 3) || !appositive(v, role.start - 3, pe))))) role = undefined;
    if (!role && v.tokens[pe]?.text === ',' && orgNounBefore(v, pe + 4)) {
      const r = roleStartingAt(v, pe + 4);
      const after = r ? v.tokens[r.end] : undefined;
      if (r && (!after || after.upos === 'PUNCT')) role = r;
    }
    if (!role) continue;
    const last = lastOrgBefore(v, role.start < ps ? role.start : pe, earlier);
    if (last && orgKey(last) === orgKey(focus)) out.push(titleRow(v, p, role, focus, 0.6));
  }
  return out;
}

/**
 * Offices of a state only (never of a company, party or city): "president", "chancellor", "premier" and "secretary of state"
 * are left out, as they name offices of companies, universities, provinces or several states alike.
 */
const STATE_OFFICES = new Set(['prime minister', 'deputy prime minister', 'foreign minister', 'finance minister', 'defence minister', 'defense minister', 'interior minister', 'trade minister', 'health minister', 'economy minister', 'energy minister', 'justice minister', 'oil minister', 'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'health secretary', 'trade secretary', 'culture secretary', 'education secretary', 'transport secretary'].map((r) => rolePredicate(r)!.name));

const baseOffice = (name: string): string => name.replace(/^former(.)/, (_, c: string) => c.toLowerCase());

/** The office of a title's head noun alone ("team member of" -> memberOf), for the tests made of single offices. */
function headOffice(role: { label: string }): string {
  const head = labelWords(role.label).pop()!;
  return roleOf(head)?.name ?? '';
}

/** A state office: one of STATE_OFFICES, or a minister with a portfolio ("Economy and Labour Minister": economyAndLabourMinisterOf). */
function isStateOffice(name: string): boolean {
  const base = baseOffice(name);
  return STATE_OFFICES.has(base) || (/^[a-z]+(?:And[A-Z][a-z]+)*MinisterOf$/.test(base) && base.replace(/MinisterOf$/, '').split(/And/).every((w) => PORTFOLIOS.has(w.toLowerCase())));
}

/**
 * The country an article's state offices belong to: the one country that its titles naming a country ("Norway's prime
 * minister"), its government bodies and places standing for a government named without a country ("the Foreign Office",
 * "Downing Street said") point to, if they all point to the same one and the article names it as a country; else none.
 */
export function focusCountry(analysis: Analysis, found: Candidate[]): Mention | undefined {
  const names = new Set<string>();
  for (const c of found) {
    if (c.object.kind === 'entity' && c.object.type === 'Country' && isStateOffice(c.predicate)) names.add(c.object.canonical ?? c.object.text);
  }
  // only a body named without its country, like the title itself ("the Home Office", "No 10"): a body named with one ("the
  // Palestinian Authority", "Russia's Foreign Ministry") is as likely a foreign state's
  const countries = analysis.mentions.filter((m) => m.type === 'Country');
  const text = analysis.document.text;
  for (const m of analysis.mentions) {
    const country = m.type === 'GovernmentBody' ? m.country : m.standsFor;
    if (!country) continue;
    const words = analysis.sentences[m.sentence]!.tokens.map((t) => t.text);
    const qualified = countryInside(words, m.tokenStart, m.tokenEnd) === country
      || countries.some((c) => (c.start >= m.start && c.end <= m.end) || (c.end <= m.start && /^(?:['\u2019]s)?\s*$/.test(text.slice(c.end, m.start))));
    if (!qualified) names.add(country);
  }
  if (names.size !== 1) return undefined;
  const [name] = names;
  // (an article that names another country more often is about that one: a seat of government named in passing in a
  // story from another country)
  const times = new Map<string, number>();
  for (const c of countries) times.set(c.canonical ?? c.text, (times.get(c.canonical ?? c.text) ?? 0) + 1);
  if ([...times.values()].some((n) => n > (times.get(name!) ?? 0))) return undefined;
  return analysis.mentions.find((m) => m.type === 'Country' && (m.canonical ?? m.text) === name);
}

/**
 * The one country an article names, by its name or a demonym ("Venezuelans"), when it names no other: where no title or
 * body points to the article's state, a state office given without a country ("the Minister of Health, Ana Reis") is of
 * the only country in the article. Undefined when it names none or several.
 */
function soleCountry(analysis: Analysis): Mention | undefined {
  const names = new Set<string>();
  let first: Mention | undefined;
  // an article that names a government body or a counterpart speaks of two states' offices, one perhaps unnamed ("his
  // Dutch counterpart", "the Norwegian Foreign Ministry"): its one country need not be the office's
  if (analysis.mentions.some((m) => m.type === 'GovernmentBody')) return undefined;
  if (analysis.sentences.some((s) => s.tokens.some((t) => /^counterparts?$/i.test(t.text)))) return undefined;
  for (const m of analysis.mentions) {
    const name = m.type === 'Country' ? m.canonical ?? m.text : m.type === 'Group' && m.canonical && lookupCountry(m.canonical) ? m.canonical : undefined;
    if (!name) continue;
    names.add(name);
    if (m.type === 'Country') first ??= m;
    else first ??= { ...m, type: 'Country' };
  }
  return names.size === 1 ? first : undefined;
}

/**
 * A state office before a name with no country in the title ("Prime Minister Ana Reis said", "the foreign minister, Ana
 * Reis,"): the country of the article's other state titles, when they name exactly one. A country word right before the
 * title is already read as the title's country by sentenceRoles. Less certain than a title that names its country.
 */
function anchoredStateOffices(v: SentenceView, titled: Map<Mention, Role>, named: Set<number>, country: Mention | undefined): Candidate[] {
  if (!country) return [];
  const out: Candidate[] = [];
  for (const p of new Set(v.mentionAt.filter((m): m is Mention => m?.type === 'Person'))) {
    if (named.has(p.start)) continue;
    const [ps, pe] = mentionTokens(v, p);
    if (ps < 1) continue;
    // "the foreign minister, Ana Reis": the title before a comma
    const comma = v.tokens[ps - 1]!.text === ',';
    const role = comma ? roleEndingAt(v, ps - 1) : titled.get(p);
    if (!role || !(isStateOffice(role.name) || (!comma && HEAD_OF_STATE.has(baseOffice(role.name)) && formalTitle(v, role)))) continue;
    const prev = role.start > 0 ? v.tokens[role.start - 1]! : undefined;
    // only a bare, "the" or capitalised title ("talks with Culture Secretary Ana Reis"): "his foreign minister", "a
    // former defence secretary" may be anyone's
    if (comma ? !(prev && lower(prev) === 'the') || ofAnother(v, role.start - 1) || !appositive(v, role.start - 1, pe) : !(!prev || prev.upos === 'PUNCT' || lower(prev) === 'the' || saying(prev) || formalTitle(v, role))) continue;
    out.push(titleRow(v, p, role, country, 0.6));
  }
  return out;
}

/** Offices of a state as often as of anything else, a state's where written as a formal title ("President Ana Reis"). */
const HEAD_OF_STATE = new Set(['president', 'vice president', 'chancellor', 'premier'].map((r) => rolePredicate(r)!.name));

/** Words before a title that say whose it is, or that it is one of several: the title then need not be the article's state's. */
const OWNING_WORDS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'another', 'every', 'each', 'any', 'no']);

/**
 * Whether the title `role` is written as a formal title, capitalised right before the name ("talks with Culture Secretary
 * Ana Reis"), after no word that says whose it is ("his", "Tom's", "a") and no name: such a title is the office itself.
 */
function formalTitle(v: SentenceView, role: Role): boolean {
  const first = v.tokens[role.start]!, prev = v.tokens[role.start - 1];
  if (!/^\p{Lu}/u.test(first.text) || FORMER.has(lower(first))) return false;
  return !prev || !(v.mentionAt[role.start - 1] || OWNING_WORDS.has(lower(prev)) || prev.tag === 'PRP$' || isApostropheS(prev.text) || prev.text === "'");
}

/** The office a foreign counterpart of a holder of each office holds: a British secretary of state's peer is a minister. */
const PEER_OFFICE: Record<string, string> = wordTable({ 'foreign secretary': 'foreign minister', 'home secretary': 'interior minister', 'defence secretary': 'defence minister', 'trade secretary': 'trade minister', 'health secretary': 'health minister' });

/** Surname of a person mention: its last word, the key a later "Mr X" or "X" shares. */
const surname = (m: { text: string; canonical?: string }): string => (m.canonical ?? m.text).trim().split(/\s+/).pop()!.toLowerCase();

/**
 * The title a person holds in the article, read from a role right before any mention of them ("Prime Minister Tony
 * Lee", "coach Ana Reis"), with or without an organisation.
 */
function titleOf(views: SentenceView[], person: Mention): Role | undefined {
  const key = surname(person);
  for (const v of views) {
    for (const m of new Set(v.mentionAt)) {
      if (m?.type !== 'Person' || surname(m) !== key) continue;
      const [ps] = mentionTokens(v, m);
      const role = ps > 0 ? roleEndingAt(v, ps) : undefined;
      if (role && !/^former|^counterpart/.test(role.name) && !['memberOf', 'worksFor'].includes(role.name)) return role;
    }
  }
  return undefined;
}

/**
 * "his Israeli counterpart, Ana Reis", "Lee's Spanish counterpart Ana Reis": the counterpart holds, for the named country
 * or organisation, the office the owner of "his"/"Lee's" holds (a peer office where the two states name it differently).
 * The owner of "his" is the last person named before it in the sentence.
 */
function counterparts(views: SentenceView[], found: Candidate[][]): Candidate[][] {
  return found.map((cands, i) => cands.map((c) => {
    if (c.predicate !== 'counterpartOf' || c.subject.kind !== 'entity') return c;
    const v = views[i]!;
    const subject = c.subject;
    const [ps] = mentionTokens(v, { start: subject.start, end: subject.end } as Mention);
    let k = ps - 1;
    while (k >= 0 && lower(v.tokens[k]!) !== 'counterpart') k--;
    while (k >= 0 && !['his', 'her', "'s", '\u2019s'].includes(lower(v.tokens[k]!))) k--;
    if (k < 0) return c;
    let owner: Mention | undefined;
    if (lower(v.tokens[k]!) === 'his' || lower(v.tokens[k]!) === 'her') {
      for (let b = k - 1; b >= 0 && !owner; b--) if (v.mentionAt[b]?.type === 'Person') owner = v.mentionAt[b];
    } else if (v.mentionAt[k - 1]?.type === 'Person') owner = v.mentionAt[k - 1];
    const title = owner ? titleOf(views, owner) : undefined;
    if (!title) return c;
    const plain = title.label.replace(/ of$/, '');
    const words = PEER_OFFICE[plain] ?? plain;
    const office = rolePredicate(words) ?? title;
    return { ...c, predicate: office.name, predicateLabel: office.label, confidence: 0.65 };
  }));
}

/** An office named by a definite title with what it is of, in sentence `sentence`. */
interface DefiniteOffice { org: Mention; sentence: number }

/**
 * Offices the article names by a definite title with what they are of, opening a clause as its subject would ("The
 * governor of Ardania said ...", "Ardania's governor said"): the office the article speaks of, not one merely met
 * ("Tom Hale met the governor of Ardania"). Keyed by the office (governorOf); only offices the article names of one
 * organisation or place (a bare title is read as theirs only then: see heldOffices).
 */
function definiteOffices(views: SentenceView[]): Map<string, DefiniteOffice[]> {
  const out = new Map<string, DefiniteOffice[]>();
  const add = (name: string, org: Mention, sentence: number): void => {
    if (name.startsWith('former')) return;
    const list = out.get(name) ?? [];
    list.push({ org, sentence });
    out.set(name, list);
  };
  for (const v of views) {
    // (the first word, or one after punctuation or a conjunction)
    const opens = (k: number): boolean => k === 0 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(v.tokens[k - 1]!.upos);
    v.tokens.forEach((t, k) => {
      // "The governor of Ardania"
      if (lower(t) === 'of') {
        const r = roleEndingAt(v, k);
        if (!r || r.start < 1 || lower(v.tokens[r.start - 1]!) !== 'the' || !opens(r.start - 1)) return;
        const org = orgAt(v, k + 1);
        if (org) add(r.name, org, v.sentence.index);
      } else if (k > 0 && isApostropheS(t.text) && isOrg(v.mentionAt[k - 1])) {
        // "Ardania's governor": the office right after the possessive, a name after it or not
        const [os] = mentionTokens(v, v.mentionAt[k - 1]!);
        const r = roleStartingAt(v, k + 1);
        if (r && r.start === k + 1 && (opens(os) || (os > 0 && lower(v.tokens[os - 1]!) === 'the' && opens(os - 1)))) add(r.name, v.mentionAt[k - 1]!, v.sentence.index);
      }
    });
  }
  const key = (m: Mention): string => m.canonical ?? m.text.replace(/['\u2019]s$/, '');
  for (const [name, all] of out) if (new Set(all.map((o) => key(o.org))).size !== 1) out.delete(name);
  return out;
}

/** How many sentences apart a bare title and the definite title of the same office may be to be read as one office. */
const OFFICE_WINDOW = 3;

/**
 * A bare title before a name ("Gov. Ana Reis said") whose office the article names nearby with what it is of ("the
 * governor of Ardania said ..."): the person holds that office, when the article names it of one organisation or place
 * only. Less certain than a title that names its organisation.
 */
function heldOffices(v: SentenceView, titled: Map<Mention, Role>, named: Set<number>, offices: Map<string, DefiniteOffice[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const [p, role] of titled) {
    const all = !named.has(p.start) && !role.name.startsWith('former') ? offices.get(role.name) : undefined;
    if (!all || orgBefore(v, role.start)) continue;
    const prev = role.start > 0 ? v.tokens[role.start - 1]! : undefined;
    if (!(!prev || prev.upos === 'PUNCT' || lower(prev) === 'the' || saying(prev) || formalTitle(v, role))) continue;
    // (another sentence's: "Gov. Tom Hale met the governor of Ardania" are two governors)
    const near = all.find((o) => o.sentence !== v.sentence.index && Math.abs(o.sentence - v.sentence.index) <= OFFICE_WINDOW);
    if (near) out.push(titleRow(v, p, role, near.org, 0.6));
  }
  return out;
}

/**
 * Heads that say nothing of what their holder does without what they hold it of ("member", "owner", "head"): a bare title
 * of one alone ("leader Ana Reis") gives no row; narrowed by a noun it does ("opposition leader", "union boss").
 */
const RELATIONAL_HEADS = new Set(['memberOf', 'ownerOf', 'founderOf', 'headOf', 'chiefOf', 'leaderOf', 'counterpartOf', 'shareholderOf',
  'partnerOf', 'employeeOf', 'workerOf', 'staffer', 'deputyOf', 'officialOf', 'representativeOf', 'executiveOf', 'staffOf', 'worksFor']);

/**
 * Occupations news writes before a name that name no post held for an organisation ("actor", "novelist"): not title nouns
 * (roles/title-nouns.ts), since what comes before them is no employer ("Hollywood actor", "US rapper"), but what the
 * person is where nothing else says it.
 */
const OCCUPATIONS = new Set([...PERSON_OCCUPATIONS, 'comic', 'artist', 'singer-songwriter', 'model']);

/**
 * Whether a title as written is words only (letters, spaces, stops, hyphens): a title glued to a quotation or a number by
 * a lost space is no title as written. Asked of every `be` title row (bare titles, appositions, described offices).
 */
function writtenAsWords(title: ConceptArgument): boolean {
  return /^[\p{L}][\p{L} .-]*$/u.test(title.text);
}

/** Titles of kings and princes: written as part of the name, and of buildings and ships named after one. */
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope'].map((r) => rolePredicate(r)!.name));

/**
 * "surgeon Ana Reis", "plans from harbour engineer Ana Reis", "former teacher Ana Reis", "Transport Secretary Ana
 * Reis": a title right before a name that no rule found an organisation, a country or a person for is still what its
 * holder is: `person | be | title`, the title as written (with the common nouns before its head that narrow it,
 * "rugby coach", and "former"), as the gold conventions write occupations. Only a bare title: not one a possessive or
 * a determiner says is someone's or one of several ("his lawyer", "Acme's chief", "a Zenta player"), nor one a name stands
 * right before ("Hale aide"), nor a plural.
 */
function bareTitleRow(v: SentenceView, p: Mention, role: Role): Candidate | undefined {
  if (role.plural || v.tokens[role.start]?.text === '-') return undefined;
  // (a king's, a prince's title is part of how the name is written, and as often a building's: "the Prince Edward")
  if (ROYAL_TITLES.has(baseOffice(role.name))) return undefined;
  let s = role.start;
  // "harbour engineer", "rugby coach", "campaign manager": lower-case nouns before the head narrow it (not a noun of time,
  // which says when: "Last week minister Ana Reis", "by the time coach Ana Reis", "This season striker Ana Reis")
  if (!FORMER.has(lower(v.tokens[s]!).replace(/-$/, ''))) {
    while (role.start - s < 2 && s > 0 && !v.mentionAt[s - 1] && v.tokens[s - 1]!.upos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[s - 1]!.text) && !SKIPPABLE.has(lower(v.tokens[s - 1]!))
      && !TIME_HEADS.has(lower(v.tokens[s - 1]!)) && lower(v.tokens[s - 1]!) !== 'season') s--;
    if (s === role.start && RELATIONAL_HEADS.has(role.name.replace(/^(?:acting|interim|caretaker)(.)/, (_, c: string) => c.toLowerCase()))) return undefined;
    // "writer-director", "two-goal striker": the word a hyphen joins to the title's first is the title's
    if (s >= 2 && v.tokens[s - 1]!.text === '-' && v.tokens[s - 2]!.end === v.tokens[s - 1]!.start && v.tokens[s - 1]!.end === v.tokens[s]!.start && !v.mentionAt[s - 2]) s -= 2;
    // "Former city finance chief": "former" before the narrowing nouns is the office's
    if (s < role.start && s > 0 && FORMER.has(lower(v.tokens[s - 1]!))) s--;
  } else if (RELATIONAL_HEADS.has(baseOffice(role.name))) return undefined;
  const prev = s > 0 ? v.tokens[s - 1]! : undefined;
  // (a demonym before it is the holder's nationality, read apart: "Dutch striker Piet Kuiper")
  if (prev && ((v.mentionAt[s - 1] && !isDemonym(v.mentionAt[s - 1]!)) || OWNING_WORDS.has(lower(prev)) || prev.tag === 'PRP$' || isApostropheS(prev.text) || prev.text === "'" || prev.upos === 'NUM')) return undefined;
  const [, pe] = mentionTokens(v, p);
  // (a possessive after the name makes the title a description of another's: "coach Ana Reis's son")
  const after = v.tokens[pe];
  if (after && (isApostropheS(after.text) || after.text === "'")) return undefined;
  const title = conceptOf(v, s, role.end);
  if (!writtenAsWords(title)) return undefined;
  return {
    subject: entityFromMention(p), predicate: 'be', predicateLabel: 'be', object: title, polarity: 'asserted', fact: true,
    sentence: v.sentence.index, start: title.start, end: p.end, extractor: NAME, confidence: 0.6,
  };
}

/**
 * Whether a person of this surname is described somewhere in the article by an indefinite apposition whose head is another
 * noun than `head` ("Ana Reis, a nurse from Leeds,"): coreference that takes a later "the mayor" to her is then wrong more
 * often than not, since the article introduced her as something else. The apposition's head is the last common noun of
 * the words after ", a" (adjectives and nouns), before any other word.
 */
function describedOtherwise(analysis: Analysis, key: string, head: string): boolean {
  for (const w of contextOf(analysis).views) {
    for (const p of new Set(w.mentionAt)) {
      if (p?.type !== 'Person' || surname(p) !== key) continue;
      const [, pe] = mentionTokens(w, p);
      if (pe < 0 || w.tokens[pe]?.text !== ',' || !['a', 'an'].includes(w.tokens[pe + 1] ? lower(w.tokens[pe + 1]!) : '')) continue;
      let noun = '';
      for (let i = pe + 2; i < w.tokens.length && ['ADJ', 'NOUN'].includes(w.tokens[i]!.upos) && /^\p{Ll}/u.test(w.tokens[i]!.text); i++) if (w.tokens[i]!.upos === 'NOUN') noun = lower(w.tokens[i]!);
      if (noun && noun !== head) return true;
    }
  }
  return false;
}

/**
 * "Ana Reis lost the vote. The Zenta leader conceded ...": a definite description of an office that coreference resolved to a
 * person names that person's office. With an organisation before the title ("the Zenta leader") the office is of it; a
 * state office with no organisation is of the article's country where the titles say which (see focusCountry); else the
 * person is what the title says (`be`, as for a bare title before a name). Only "the" opening the description (not "a
 * leader", "his lawyer"), a single title, and not where the person already holds that office by another row of the article.
 */
function describedOffices(v: SentenceView, country: Mention | undefined): Array<{ row: Candidate; key: string; office: string }> {
  if (!v.parsed) return [];
  const anaphors = contextOf(v.analysis).anaphors;
  const out: Array<{ row: Candidate; key: string; office: string }> = [];
  for (let k = 1; k < v.tokens.length; k++) {
    const a = anaphors?.get(tokenKey(v.sentence.index, k));
    if (a?.mention.type !== 'Person' || !['NOUN', 'PROPN'].includes(v.tokens[k]!.upos)) continue;
    // (not a possessor, "the Director's Guild", nor words a speaker says of someone, "'the premier should act'")
    const after = v.tokens[k + 1];
    if (after && (isApostropheS(after.text) || after.text === "'")) continue;
    if (quotedTokens(v).has(k)) continue;
    const role = roleEndingAt(v, k + 1);
    if (!role || role.plural || ROYAL_TITLES.has(baseOffice(role.name))) continue;
    const org = orgBefore(v, role.start);
    // ("the leader", "the boss": of what, the words do not say)
    if (!org && role.start === k && RELATIONAL_HEADS.has(baseOffice(role.name))) continue;
    const first = org ? mentionTokens(v, org)[0] : role.start;
    if (first < 1 || lower(v.tokens[first - 1]!) !== 'the') continue;
    const m = a.mention;
    const start = v.tokens[first - 1]!.start, end = v.tokens[k]!.end;
    const subject: EntityArgument = { kind: 'entity', text: v.analysis.document.text.slice(start, end), start, end, type: 'Person', canonical: m.canonical ?? m.text, antecedent: { start: m.start, end: m.end, certainty: a.certainty } };
    const key = surname(m);
    // ("Ana Reis, a nurse, complained. The mayor promised ...": the article said what she is, and it is no mayor)
    if (describedOtherwise(v.analysis, key, lower(v.tokens[role.end - 1]!))) continue;
    const row = (predicate: string, label: string, object: EntityArgument | ConceptArgument): Candidate => ({
      subject, predicate, predicateLabel: label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start, end, extractor: NAME, confidence: 0.55,
    });
    const of = org && !(org.type === 'PoliticalParty' && isStateOffice(role.name)) ? org : !org && isStateOffice(role.name) ? country : undefined;
    if (of) out.push({ row: row(role.name, role.label, entityFromMention(of)), key, office: role.name });
    else if (!org) {
      const title = conceptOf(v, role.start, role.end);
      if (writtenAsWords(title)) out.push({ row: row('be', 'be', title), key, office: role.name });
    }
  }
  return out;
}

export function roles(analysis: Analysis): Candidate[] {
  const focus = focusOrganisation(analysis);
  const views = contextOf(analysis).views;
  const own = views.map((v) => sentenceRoles(v));
  // the article's country is read from titles naming theirs, not from a counterpart's, which is by definition another
  const country = focusCountry(analysis, own.flat()) ?? soleCountry(analysis);
  const founds = counterparts(views, own);
  const offices = definiteOffices(views);
  let earlier: Mention | undefined;
  const all = views.flatMap((v, i) => {
    const found = founds[i]!;
    const named = new Set(found.filter((c) => c.predicate !== 'worksFor' && c.subject.kind === 'entity').map((c) => (c.subject as { start: number }).start));
    const titled = titledHolders(v);
    const anchored = [...anchoredOffices(v, titled, named, earlier, focus), ...anchoredStateOffices(v, titled, named, country), ...orgNounOffices(v, named, focus, earlier)];
    for (const c of anchored) if (c.subject.kind === 'entity') named.add(c.subject.start);
    const out = [...found, ...anchored, ...heldOffices(v, titled, named, offices), ...successions(v), ...superlativeAppositions(v), ...orgCompounds(v, NAME)];
    // a title no rule found what it is of for: what the person is (a nationality read from a demonym is no office)
    const held = new Set(out.filter((c) => c.subject.kind === 'entity' && c.predicate !== 'citizenOf').map((c) => (c.subject as { start: number }).start));
    for (const [p, role] of titled) {
      const row = held.has(p.start) ? undefined : bareTitleRow(v, p, role);
      if (row) out.push(row);
    }
    // "actor Tom Hale", "communist playwright Ana Reis": an occupation that is no post held for anyone, before the name
    for (const p of new Set(v.mentionAt)) {
      if (p?.type !== 'Person' || titled.has(p) || held.has(p.start)) continue;
      const [ps] = mentionTokens(v, p);
      const k = ps > 0 ? titleEnd(v, ps) - 1 : -1;
      const w = k >= 0 && !v.mentionAt[k] && (k === 0 || /^\p{Ll}/u.test(v.tokens[k]!.text)) ? lower(v.tokens[k]!) : '';
      if (!OCCUPATIONS.has(w)) continue;
      const row = bareTitleRow(v, p, { start: k, end: k + 1, name: camel([w, 'of']), label: `${w} of` });
      if (row) out.push(row);
    }
    for (const m of v.mentionAt) if (isBody(m)) earlier = m;
    return out;
  });
  // offices of people named by a description coreference resolved, where no other row of the article gives the person that office
  const holds = new Set<string>();
  // (by surname: the description's antecedent may be a later "Mr Lee" of the "Ana Lee" an office row names)
  for (const c of all) if (c.subject.kind === 'entity' && c.subject.type === 'Person') holds.add(`${surname(c.subject)}|${baseOffice(c.predicate)}`);
  for (const v of views) {
    for (const d of describedOffices(v, country)) {
      const id = `${d.key}|${baseOffice(d.office)}`;
      if (holds.has(id)) continue;
      holds.add(id);
      all.push(d.row);
    }
  }
  return all;
}
