// Names the recogniser may miss, found by the shape of news names: capitalised runs ending in an organisation or
// venue head word, honorific + surname, titled full names, and armed groups named next to their cue words.
import {
  ARMED_GROUP_CUES, ARMED_GROUP_HEADS, COMPANY_HEADS, FACILITY_NAME_HEADS, GOVERNMENT_HEADS, GROUP_NOUNS, ORGANIZATION_HEADS, ORGANIZATION_NAME_HEADS, STATE_QUALIFIED_HEADS,
  NAME_PARTICLES, demonymCountry, gazetteerKey, isFirstName, isHonorific, lookupCountry, mayOpenTitle, titleLength,
} from '../gazetteer/index.js';
import { isApostropheS, isCapitalWord, opensSentence, type Candidate } from './candidate.js';
import { countryInside, typeByWords } from './typing.js';

// Lower-case words allowed inside a name between capitalised ones ("Ministry of Foreign Affairs", "Bank of England", "Fondation
// de France").
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', '&', 'on', ...NAME_PARTICLES]);
// Joiners that also link two names ("Acme Holdings and Foobar Corp", "Hall for Wembley"): a name ends before one
// when its head came first; "for" and "on" continue an organisation's name ("Centre for Policy Studies").
const LIST_JOINERS = new Set(['and', '&']);
const PLACE_JOINERS = new Set(['for', 'on']);
// Words after which a head word's name goes on ("Ministry of Defence", "Institute for Fiscal Studies").
const NAME_CONTINUES = new Set(['of', 'for']);
const HEADS = new Set([...GOVERNMENT_HEADS, ...COMPANY_HEADS, ...FACILITY_NAME_HEADS, ...STATE_QUALIFIED_HEADS, ...ORGANIZATION_NAME_HEADS, ...ARMED_GROUP_HEADS, 'Party']);
// "the Ukrainian Government", "the US administration": the country acting, already a Country mention.
const GOVERNMENT_OF_COUNTRY = new Set(['Government', 'Administration', 'government', 'administration']);

function capitalRunEnd(words: readonly string[], from: number, attached: readonly boolean[]): number {
  let i = from;
  while (i < words.length) {
    const word = words[i]!;
    if (isCapitalWord(word) && word !== 'I') i++;
    else if (NAME_JOINERS.has(word) && i + 1 < words.length && isCapitalWord(words[i + 1]!) && i > from) i++;
    // "Institute for the Future", "Society for the Protection of Birds"
    // after an organisation's head word only ("Officials of the ..." is no name)
    else if (NAME_CONTINUES.has(word) && words[i + 1] === 'the' && i + 2 < words.length && isCapitalWord(words[i + 2]!) && i > from
      && (HEADS.has(words[i - 1]!) || ORGANIZATION_HEADS.has(words[i - 1]!))) i += 2;
    // A hyphen inside a name ("Guinea-Bissau"), not a dash between two phrases ("Attack - Ministry").
    else if (word === '-' && i > from && i + 1 < words.length && isCapitalWord(words[i + 1]!) && attached[i]) i++;
    else break;
  }
  // Never end on a joiner.
  while (i > from && (NAME_JOINERS.has(words[i - 1]!) || words[i - 1] === '-')) i--;
  return i;
}

// Words capitalised at the start of a sentence that never begin a name ("But", "Yesterday", "Critics of ...").
const OPENERS = new Set(['But', 'And', 'Or', 'So', 'Yet', 'Yesterday', 'Today', 'Meanwhile', 'However', 'Now', 'Then', 'When', 'While',
  'After', 'Before', 'If', 'As', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'This', 'That', 'These', 'Those', 'A', 'An', 'Its',
  'His', 'Her', 'Their', 'Our', 'My', 'Also', 'Both', 'Critics', 'Officials', 'Analysts', 'Earlier', 'Later', 'Last', 'Next']);
// Tags of a capitalised first word that is not part of a name after it.
const OPENER_TAGS = new Set(['CCONJ', 'SCONJ', 'ADP', 'ADV', 'DET', 'PRON', 'VERB', 'AUX', 'PART', 'INTJ', 'NUM']);

// Words that stay lower case inside a sentence unless the text is in title case.
const MINOR_WORDS = new Set(['Of', 'For', 'To', 'In', 'On', 'At', 'With', 'As', 'And', 'A', 'An', 'The', 'From', 'By', 'Over', 'After', 'Into', 'Is', 'Are', 'Be']);

/** Whether the word begins with a letter; the Unicode test only for a first character outside ASCII. */
function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(word);
}

// At most this share of a title-case line's words are lower case ("Police Arrest Man in Raid On Depot").
const TITLE_CASE_LOWER_SHARE = 0.2;

/**
 * True for a headline or other text in title case ("Canada Warns Brazil Of Possible Attack"), where
 * capitalisation no longer marks names: no lower-case word at all, or a minor word capitalised after another word
 * with hardly any lower-case word. A capitalised minor word alone says nothing: a quotation opens with one
 * ('"The rise is small," she said') and titles of works and names hold them ("fined by The Football Federation").
 */
export function isTitleCase(words: readonly string[]): boolean {
  let letters = 0;
  let lower = 0;
  let minorInside = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!startsWithLetter(word)) continue;
    letters++;
    if (i > 0 && MINOR_WORDS.has(word) && startsWithLetter(words[i - 1]!) && !NAME_JOINERS.has(words[i - 1]!)) minorInside = true;
    if (!isCapitalWord(word)) lower++;
  }
  return letters >= 4 && (lower === 0 || (minorInside && lower <= letters * TITLE_CASE_LOWER_SHARE));
}

/**
 * Capitalised runs whose head word makes them an organisation, government body, company, party or venue.
 * `attached[i]` tells whether word i touches the word before it (no space between); `upos`, when given, the words' tags;
 * `titleCase`, when given, isTitleCase(words) as the caller already knows it.
 */
export function headWordNames(words: readonly string[], attached: readonly boolean[], upos?: readonly string[], titleCase = isTitleCase(words)): Candidate[] {
  const found: Candidate[] = [];
  if (titleCase) return found;
  let i = 0;
  while (i < words.length) {
    if (!isCapitalWord(words[i]!)) {
      i++;
      continue;
    }
    let runEnd = capitalRunEnd(words, i, attached);
    for (let j = i + 1; j < runEnd; j++) {
      const head = words[j - 1]!;
      if (HEADS.has(head) && (LIST_JOINERS.has(words[j]!) || (PLACE_JOINERS.has(words[j]!) && FACILITY_NAME_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)))) {
        runEnd = j;
        break;
      }
    }
    let start = i;
    // "But Human Rights Watch said": a word capitalised because it opens the sentence is no part of the name
    // (a tag counts only there: inside a sentence a capitalised participle opens names, "Chartered Institute of ...")
    while (start < runEnd - 1 && (OPENERS.has(words[start]!) || (upos && opensSentence(words, start) && OPENER_TAGS.has(upos[start]!)))) start++;
    while (start < runEnd && (words[start] === 'The' || titleLength(words, start, runEnd - 1) > 0)) {
      start += Math.max(1, titleLength(words, start, runEnd - 1));
    }
    // The longest prefix of the run that ends in a head word, or the whole run when a head word is followed by
    // "of"/"for" ("Ministry of Foreign Affairs", "European Centre for Disease Prevention and Control").
    let end = runEnd;
    let continued = false;
    for (let h = start; h + 1 < runEnd; h++) if ((HEADS.has(words[h]!) || ORGANIZATION_HEADS.has(words[h]!)) && NAME_CONTINUES.has(words[h + 1]!)) continued = true;
    while (!continued && end - start >= 2 && !HEADS.has(words[end - 1]!)) end--;
    if (end - start >= 2) {
      const bare = end - start === 2 && (lookupCountry(words[start]!) || demonymCountry(words[start]!)) && GOVERNMENT_OF_COUNTRY.has(words[end - 1]!);
      const type = bare ? undefined : typeByWords(words, start, end, undefined);
      if (type) {
        const country = countryInside(words, start, end);
        found.push({ start, end, type, source: 'rule', confidence: 0.75, ...(country && type === 'GovernmentBody' ? { country } : {}) });
      }
    }
    i = Math.max(runEnd, i + 1);
  }
  return found;
}

/**
 * "Mr Straw", "Dr. Jane Roe", "spokesperson Anna Lee": the name after an honorific, or a titled first + last name.
 * `titleCase`, when given, is isTitleCase(words) as the caller already knows it.
 */
export function titledPersons(words: readonly string[], titleCase = isTitleCase(words)): Candidate[] {
  const found: Candidate[] = [];
  if (titleCase) return found;
  for (let i = 0; i < words.length - 1; i++) {
    // most words open no title (nor is any honorific such a word): one lookup settles them
    if (!mayOpenTitle(words[i]!)) continue;
    const honorific = isHonorific(words[i]!);
    const title = honorific ? 1 : titleLength(words, i);
    if (!title) continue;
    const start = i + title;
    let end = start;
    while (end < words.length && end - start < 4 && isCapitalWord(words[end]!) && !lookupCountry(words[end]!)) end++;
    if (end === start) continue;
    // After a role title only a first name makes it a person ("President Vladimir Putin", not "President Trump Tower").
    if (honorific || (end - start >= 2 && isFirstName(words[start]!))) {
      found.push({ start, end, type: 'Person', source: 'rule', confidence: honorific ? 0.85 : 0.75 });
      i = end - 1;
    }
  }
  return found;
}

/** True when the words around [start, end) describe it as an armed group. */
export function armedGroupContext(words: readonly string[], start: number, end: number): boolean {
  const k = (i: number) => (i >= 0 && i < words.length ? gazetteerKey(words[i]!) : '');
  // "Hamas militants", "the Taliban fighters"
  if (ARMED_GROUP_CUES.has(k(end))) return true;
  // "the militant group X", "the terrorist organisation X", "jihadist X"
  if (GROUP_NOUNS.has(k(start - 1)) && ARMED_GROUP_CUES.has(k(start - 2))) return true;
  if (ARMED_GROUP_CUES.has(k(start - 1)) && k(start - 1).endsWith('ist')) return true;
  // Apposition: "X, the terrorist group responsible ...", "X, a militant organisation"
  if (words[end] === ',' || words[end] === '—' || words[end] === '–' || words[end] === '(') {
    for (let i = end + 1; i < Math.min(words.length, end + 6); i++) {
      if (GROUP_NOUNS.has(k(i)) && ARMED_GROUP_CUES.has(k(i - 1))) return true;
      if (words[i] === ',' || words[i] === '.') break;
    }
  }
  // "X, which/who ... claimed responsibility" is left to the extractors.
  return false;
}

// Nouns that make the organisation before them ("X's correspondent") a news organisation.
// ("a committee's questions" or "report" would say nothing: committees ask and report too).
const PRESS_NOUNS = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists', 'editor', 'newsroom', 'newscast']);

/** True when the words around [start, end) describe an organisation as a news organisation. */
export function newsAgencyContext(words: readonly string[], start: number, end: number): boolean {
  const k = (i: number) => (i >= 0 && i < words.length ? gazetteerKey(words[i]!) : '');
  // "the X news agency", "X agency reported"
  if (k(end) === 'news' && (k(end + 1) === 'agency' || k(end + 1) === 'service')) return true;
  // "news agency X", "the state news agency X"
  if (k(start - 1) === 'agency' && k(start - 2) === 'news') return true;
  // "X's correspondent", "X's reporter"
  if ((k(end) === "'s" || k(end) === '’s') && PRESS_NOUNS.has(k(end + 1))) return true;
  // "in an interview with X", "speaking to X's reporter" is covered above
  return k(start - 1) === 'with' && k(start - 2) === 'interview';
}

// Nouns after a name that only an organisation has ("Acme spokesman", "Acme shares"), and the phrases before one that
// only an organisation follows ("a spokesman for Acme", "shares in Acme").
const ORGANISATION_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'chairman', 'chairwoman', 'shares', 'shareholders', 'directors', 'executives',
  'investors', 'subsidiary', 'subsidiaries',
]);
const ORGANISATION_OPENERS = new Set(['spokesman for', 'spokeswoman for', 'spokesperson for', 'shares in', 'stake in',
  // "chief economist at X", "an analyst at X": the bank or firm they work for (a town they work in takes "in")
  'analyst at', 'analysts at', 'economist at', 'economists at', 'strategist at']);

/** True when the words around [start, end) say it is an organisation ("a spokesman for X", "X shareholders", "X's directors"). */
export function organisationContext(words: readonly string[], start: number, end: number): boolean {
  const k = (i: number) => (i >= 0 && i < words.length ? words[i]!.toLowerCase() : '');
  const after = isApostropheS(words[end] ?? '') ? end + 1 : end;
  return ORGANISATION_NOUNS.has(k(after)) || ORGANISATION_OPENERS.has(`${k(start - 2)} ${k(start - 1)}`);
}

/**
 * Nouns of businesses: written right before a company's name ("carmaker Fiat", "Budget airline Ryanair", "accountancy firm
 * Ernst & Young") they make it a company. Not "group", "giant" or "operator", which as often name a club, a movement or a
 * person's trade. The roles' organisation nouns ("the firm's chairman") and the anaphora's business descriptions ("the
 * lender") take them in.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'company', 'carmaker', 'automaker', 'retailer', 'manufacturer', 'airline', 'insurer', 'conglomerate', 'supplier',
  'brewer', 'chain', 'bank', 'lender', 'supermarket', 'telecoms', 'utility',
]);
// Makers are companies unless a person's name follows ("film maker Ken Loach").
const MAKER_NOUNS = new Set(['maker', 'carmaker', 'chipmaker', 'drugmaker', 'automaker']);
// Words after a name that only a listed company has ("Barclays shares rose").
const SHARE_NOUNS = new Set(['shares', 'shareholders']);
// Nouns of trade after a name's possessive that only a business has ("Acme's profits", "Acme's share price"); a body or
// a party reports no profits, sales or turnover.
const TRADE_NOUNS = new Set(['profits', 'profit', 'sales', 'revenues', 'revenue', 'earnings', 'turnover', 'takeover', 'shares', 'shareholders', 'share']);
// Plural company nouns that head a list of companies ("technology firms Acme, Brix and Corvo", "rival firms such as Acme").
const COMPANY_PLURALS = new Set([
  'firms', 'companies', 'carmakers', 'automakers', 'retailers', 'manufacturers', 'airlines', 'insurers', 'conglomerates', 'suppliers',
  'brewers', 'chains', 'banks', 'lenders', 'supermarkets', 'makers',
]);
// Words before "giant" that make it a sports club's ("football giants", "rugby giant"), not a company's.
const SPORT_WORDS = new Set(['football', 'soccer', 'rugby', 'sporting', 'sports', 'cricket', 'basketball', 'hockey', 'baseball', 'league', 'premiership', 'club', 'tennis']);
// Hyphenated words before a name that only a business is ("state-owned Acme", "loss-making Acme"), as the tokeniser splits them.
const BUSINESS_MODIFIERS = new Set(['state-owned', 'government-owned', 'family-owned', 'privately-owned', 'foreign-owned', 'loss-making', 'profit-making']);
// Nouns of a deal for which only a company is bought or merged ("the takeover of Acme", "a merger with Acme").
const DEAL_OPENERS = new Set(['takeover of', 'merger with', 'merger between', 'acquisition of']);

/** Whether word `k` names an industry before "giant": a noun or adjective ("oil", "agrochemical"), capitalised only when it opens the sentence, and no sport's word. */
export function industryWord(words: readonly string[], upos: readonly string[], k: number): boolean {
  const w = words[k]!;
  const lower = w.toLowerCase();
  if (!/^\p{Ll}+$/u.test(lower) || SPORT_WORDS.has(lower)) return false;
  if (w !== lower) return opensSentence(words, k);
  return upos[k] === 'NOUN' || upos[k] === 'ADJ';
}

/**
 * Whether the name at `start`, or the list of names it is in (a run of capitalised words, commas, "and", "&", "or" and an
 * "of" inside a name), follows a plural
 * company noun, directly or through "such as": "technology firms Acme, Brix and Corvo", "rival firms such as Brix and Acme".
 */
function companyList(words: readonly string[], upos: readonly string[], start: number): boolean {
  let i = start - 1;
  // "of" only inside a name ("Bank of Tarnwell and Coastal Bank")
  const inList = (k: number): boolean => {
    const w = words[k]!;
    if (w === ',' || w === 'and' || w === '&' || w === 'or') return true;
    if (w === 'of') return k > 0 && isCapitalWord(words[k - 1]!) && isCapitalWord(words[k + 1] ?? '');
    return isCapitalWord(w) && !opensSentence(words, k);
  };
  while (i >= 0 && inList(i)) i--;
  if (i >= 1 && words[i] === 'as' && words[i - 1] === 'such') i -= 2;
  return i >= 0 && COMPANY_PLURALS.has(words[i]!) && upos[i] === 'NOUN';
}

/**
 * True when the words around [start, end) say it is a company: a company noun right before it ("carmaker Fiat"), a maker
 * before a name that is no person's, an industry's "giant" ("oil giant Acme"), a business's modifier ("state-owned Acme"), a plural company noun heading the list
 * it is in ("firms such as Acme and Brix"), a deal's noun ("the takeover of Acme"), or its shares, profits or sales after
 * it ("Acme shares", "Acme's profits"). `upos` tells the noun from an adjective ("a firm Blair ally").
 */
export function companyContext(words: readonly string[], upos: readonly string[], start: number, end: number, person: boolean): boolean {
  const before = start > 0 ? words[start - 1]! : '';
  if (upos[start - 1] === 'NOUN' && (COMPANY_NOUNS.has(before) || (!person && MAKER_NOUNS.has(before)))) return true;
  if (SHARE_NOUNS.has(words[end] ?? '')) return true;
  if (person) return false;
  // "oil giant Acme", "the agrochemical giant Acme": an industry's word before "giant" (a sport's makes it a club)
  if (before === 'giant' && start >= 2 && industryWord(words, upos, start - 2)) return true;
  // "state-owned Acme", "loss-making Acme": what only a business is, written right before its name
  if (start >= 3 && words[start - 2] === '-' && BUSINESS_MODIFIERS.has(`${words[start - 3]!.toLowerCase()}-${before}`)) return true;
  if (start >= 2 && DEAL_OPENERS.has(`${words[start - 2]!.toLowerCase()} ${before.toLowerCase()}`)) return true;
  // "Acme's profits", "Acme's share price"
  if (isApostropheS(words[end] ?? '') && TRADE_NOUNS.has(words[end + 1] ?? '') && (words[end + 1] !== 'share' || words[end + 2] === 'price')) return true;
  return companyList(words, upos, start) || companyApposition(words, end);
}

/**
 * "Acme, Japan's third-largest bank, said": an apposition right after the name, of at most six words, that ends in a
 * company noun before its closing comma or the sentence's end.
 */
function companyApposition(words: readonly string[], end: number): boolean {
  if (words[end] !== ',') return false;
  for (let i = end + 2; i < Math.min(words.length, end + 8); i++) {
    if (words[i] !== ',' && words[i] !== '.' && i + 1 < words.length) continue;
    const at = words[i] === ',' || words[i] === '.' ? i - 1 : i;
    // a central bank is the state's ("the Fed, the US central bank")
    return COMPANY_NOUNS.has(words[at]!) && words[at - 1] !== 'central';
  }
  return false;
}
