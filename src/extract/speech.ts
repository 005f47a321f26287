// Finds reported speech in a sentence: who speaks, with which cue, and which tokens are the content of the claim.
import type { Analysis, EntityType, Token } from '../analyze/analysis.js';
import type { EntityArgument } from './candidate.js';
import { argumentFor, entityFromMention, isPronoun, type Context } from './arguments.js';
import { DENIAL_VERBS, DIRECTIVE_VERBS, REPORT_NOUNS, SPEECH_NOUNS, SPEECH_VERBS } from './predicates/lexicon.js';
import { isRole } from './predicates/index.js';
import { genderOfFirstName } from '../analyze/gazetteer/name-gender.js';
import { HONORIFICS, isHonorific, isRole as isTitleWord } from '../analyze/gazetteer/index.js';
import { anaphor, honorificGender, ORGS } from './anaphora.js';
import { contextOf } from './context.js';
import { ancestors, DOUBLE_QUOTES, kid, kids, lemmaOf, lower, QUOTE_CLOSE, QUOTE_OPEN, subtree, toInfinitive, type SentenceView } from './sentence-view.js';

/** The relation cut off a subtree to read a phrase's words without its punctuation. */
const PUNCT = new Set(['punct']);

export interface SpeechFrame {
  speaker?: EntityArgument;
  /** The reporting word(s) as written: "said", "according to", "denial". */
  cue: string;
  /** Lemma of the reporting verb ("say", "deny"), or of the verb a speech noun stands for. */
  cueLemma: string;
  cueToken: number;
  /** Tokens of the reported content. */
  content: Set<number>;
  /** The speaker rejects the content ("denied that ..."). */
  denied: boolean;
  /**
   * How the frame was found: a clausal complement, a quotation, "according to", a speech noun, or hearsay the article
   * reports with no one named ("is believed to", "allegedly").
   */
  kind: 'complement' | 'quote' | 'according' | 'noun' | 'hearsay';
}

const QUOTE_MARK = new Set([...QUOTE_OPEN, ...QUOTE_CLOSE]);

// Words of the phrase that names or describes one person ("the firm's lawyer", "Arsenal keeper Jens Lehmann").
const NAME_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

// Heads that name an act or state ("decision", "announcement", "appearance"), never someone who speaks.
const ACT_NOUN = /^\p{Ll}{2,}(?:tion|sion|ment|ance|ence)s?$/u;

// Bodies whose names have the same endings: they do speak ("the government said").
const BODY_NOUNS = new Set(['government', 'management', 'parliament', 'administration', 'commission', 'opposition', 'delegation',
  'coalition', 'association', 'federation', 'confederation', 'organisation', 'organization', 'foundation', 'corporation', 'institution',
  'prosecution', 'defence', 'defense', 'presidence', 'agence', 'conference', 'station', 'nation', 'nations', 'population', 'audience',
  'department', 'establishment', 'movement', 'alliance', 'intelligence', 'union', 'convention', 'mission', 'division', 'legislation']);

function namesAnAct(ctx: Context, v: SentenceView, i: number): boolean {
  const word = v.tokens[i]!.text.toLowerCase();
  if (DOCUMENT_NOUNS.has(lemmaOf(v.tokens[i]!).toLowerCase())) return false;
  if (BODY_NOUNS.has(word) || BODY_NOUNS.has(word.replace(/s$/, '')) || !ACT_NOUN.test(word)) return false;
  // (an act the event book holds is as much an act: "the resignation suggests ..." no more speaks than "the decision")
  const kind = argumentFor(ctx, v, i)?.kind;
  return kind === 'concept' || kind === 'event';
}

// Written documents that speak for whoever issued them: "the statement said", "a report which suggested that ...".
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'denunciation', 'communique', 'communiqu\u00e9', 'letter', 'memo', 'memorandum',
  'declaration', 'release', 'study', 'survey', 'document', 'dossier', 'bulletin', 'indictment', 'complaint', 'filing', 'editorial',
  'audit', 'ruling', 'verdict', 'judgment', 'judgement', 'testimony', 'petition']);

/**
 * The one a relative pronoun subject of the verb at `i` stands for, when it can speak: "a woman who claimed", "Tory leader
 * Lee, who said" (the person named right before "who", wherever the parser hung the clause), "the government which
 * claims", "a report which said". Undefined for any other subject, and for a clause on a thing ("the figures that show a rise").
 */
function relativeAntecedent(v: SentenceView, i: number, s: number): number | undefined {
  const t = v.tokens[i]!;
  const w = lower(v.tokens[s]!);
  if (!t.dep.startsWith('acl') || t.head < 0 || t.head >= s || !['NOUN', 'PROPN'].includes(v.tokens[t.head]!.upos)) return undefined;
  if (!WH_RELATIVE.has(w) && w !== 'that') return undefined;
  const before = v.tokens[s - 1]?.text === ',' ? s - 2 : s - 1;
  if (w === 'who' || w === 'whom') return v.mentionAt[before]?.type === 'Person' ? before : t.head;
  const h = t.head, word = lower(v.tokens[h]!);
  const speaks = SPEAKING.has(v.mentionAt[h]?.type ?? '') || BODY_NOUNS.has(word) || DOCUMENT_NOUNS.has(lemmaOf(v.tokens[h]!).toLowerCase());
  return speaks ? h : undefined;
}

/**
 * Who issued the document at `n`, when it speaks: "a statement by/from X", "X's report", the subject of the verb it is
 * the object of ("X published a denunciation which suggested ..."), else for "the statement" the one who last spoke "in a
 * statement" or issued one in the sentences before ("..., the police said in a statement. ... the statement said").
 * Undefined for any other subject, or when nobody is found (the document itself then speaks).
 */
function documentAuthor(ctx: Context, v: SentenceView, n: number): EntityArgument | undefined {
  const t = v.tokens[n]!;
  const lemma = lemmaOf(t).toLowerCase();
  if (t.upos !== 'NOUN' || v.mentionAt[n] || !DOCUMENT_NOUNS.has(lemma)) return undefined;
  const author = issuerIn(ctx, v, n);
  if (author) return author;
  if (!kids(v, n, 'det').some((d) => ['the', 'this', 'that'].includes(lower(v.tokens[d]!)))) return undefined;
  const before = documentsIssued(ctx, v.analysis).filter((d) => d.sentence < v.sentence.index && d.lemma === lemma);
  return before[before.length - 1]?.author;
}

/** The one who issues the document at `n` in its own sentence: "by/from X", "X's", the subject of the verb it is the object or "in" phrase of. */
function issuerIn(ctx: Context, v: SentenceView, n: number): EntityArgument | undefined {
  // ("reports from Russia": a country or place after "from" is where the words come from, not who issued them)
  const issuer = (k: number): boolean => kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'by'
    || lower(v.tokens[c]!) === 'from' && !PLACES.has(v.mentionAt[k]?.type ?? 'Misc') && v.mentionAt[k]?.type !== 'Country');
  const by = kids(v, n, 'nmod', 'nmod:agent').find(issuer);
  const poss = kid(v, n, 'nmod:poss');
  const t = v.tokens[n]!;
  const h = t.head >= 0 ? v.tokens[t.head]! : undefined;
  // ("said in a statement": the "in" phrase of a verb of saying; "issued a statement": the object of any verb)
  const onVerb = h?.upos === 'VERB' && (t.dep === 'obj' || t.dep === 'obl' && SPEECH_VERBS.has(lemmaOf(h)) && kids(v, n, 'case').some((c) => lower(v.tokens[c]!) === 'in'));
  const subject = onVerb ? kid(v, t.head, 'nsubj') : undefined;
  const at = by ?? poss ?? subject;
  if (at === undefined || WH_RELATIVE.has(lower(v.tokens[at]!))) return undefined;
  const a = speakerArg(ctx, v, at);
  return a && (!isPronoun(a) || a.canonical) ? a : undefined;
}

const issuedCache = new WeakMap<Analysis, Array<{ sentence: number; lemma: string; author: EntityArgument }>>();

/** The documents the article's sentences say someone issued or spoke in, with who did, in sentence order. */
function documentsIssued(ctx: Context, analysis: Analysis): Array<{ sentence: number; lemma: string; author: EntityArgument }> {
  let out = issuedCache.get(analysis);
  if (out) return out;
  out = [];
  for (const w of contextOf(analysis).views) {
    if (!w.parsed) continue;
    w.tokens.forEach((u, k) => {
      const lemma = lemmaOf(u).toLowerCase();
      if (u.upos !== 'NOUN' || !DOCUMENT_NOUNS.has(lemma)) return;
      const author = issuerIn(ctx, w, k);
      if (author) out!.push({ sentence: w.sentence.index, lemma, author });
    });
  }
  issuedCache.set(analysis, out);
  return out;
}

function speakerArg(ctx: Context, v: SentenceView, i: number | undefined): EntityArgument | undefined {
  if (i === undefined) return undefined;
  const m = v.mentionAt[i];
  if (m) return (m.type === 'Person' ? undefined : titledPersonAfter(v, i)) ?? entityFromMention(m);
  // "the Russian Ambassador to the U.S. Anatoly Antonov", "a spokesman, John Kirby": the name in the phrase speaks
  if (v.parsed) {
    // (not a name right after a preposition of its own: "the lawyer for Tom Reyes" is not Tom Reyes; the name after "the
    // Ambassador to the U.S." is the ambassador's)
    const afterPreposition = (k: number): boolean => {
      let first = k;
      while (first > 0 && v.mentionAt[first - 1] === v.mentionAt[k]) first--;
      return v.tokens[first - 1]?.upos === 'ADP';
    };
    const named = kids(v, i, 'appos', 'flat', 'compound', 'nmod').find((k) => v.mentionAt[k]?.type === 'Person' && !afterPreposition(k));
    if (named !== undefined) return entityFromMention(v.mentionAt[named]!);
    // a title whose name the recogniser missed or ran into a place ("the Russian Ambassador to the U.S. Anatoly
    // Antonov"): the capitalised words after the title that no mention covers
    if (isRole(lower(v.tokens[i]!))) {
      const name = kids(v, i, 'appos', 'flat', 'nmod').find((k) => k > i && v.tokens[k]!.upos === 'PROPN' && !v.mentionAt[k] && /^\p{Lu}\p{Ll}/u.test(v.tokens[k]!.text));
      if (name !== undefined) {
        let a = name;
        while (a > i + 1 && v.tokens[a - 1]!.upos === 'PROPN' && !v.mentionAt[a - 1] && v.tokens[a - 1]!.head === name) a--;
        const start = v.tokens[a]!.start, end = v.tokens[name]!.end;
        return { kind: 'entity', text: v.analysis.document.text.slice(start, end), start, end, type: 'Person' };
      }
    }
    // "Mr Sullivan, the prosecution's star witness, said": the description is in apposition to the name
    const t = v.tokens[i]!;
    if (t.dep === 'appos' && t.head >= 0 && v.mentionAt[t.head]?.type === 'Person') return entityFromMention(v.mentionAt[t.head]!);
    // the same when the parser made the name depend on the description: "Sullivan , the ... witness"
    let k = i - 1;
    while (k >= 0 && NAME_PHRASE.has(v.tokens[k]!.upos) && !v.mentionAt[k]) k--;
    if (k >= 1 && v.tokens[k]!.text === ',' && v.mentionAt[k - 1]?.type === 'Person') return entityFromMention(v.mentionAt[k - 1]!);
    // "The prosecution's star witness, former finance chief Scott Sullivan, said": the name in the apposition after it
    if (v.tokens[i + 1]?.text === ',') {
      for (let j = i + 2; j < v.tokens.length && v.tokens[j]!.text !== ',' && v.tokens[j]!.upos !== 'VERB' && v.tokens[j]!.upos !== 'AUX'; j++) {
        if (v.mentionAt[j]?.type === 'Person') return entityFromMention(v.mentionAt[j]!);
      }
    }
  }
  // "Thai officials", "US diplomats": people of a country speak for themselves, not for the country their demonym names
  // (the claim is the officials', as the reader has it); a body ("the Russian government") is the country's metonym
  const group = v.parsed ? countryPeople(v, i) : undefined;
  if (group) return group;
  const a = argumentFor(ctx, v, i);
  if (a?.kind === 'entity') return a;
  if (a?.kind === 'concept') {
    // "U.S. officials", "the spokesperson", "prosecution lawyers": a speaker all the same, typed as a group of people
    return { kind: 'entity', text: a.label, start: a.start, end: a.end, type: 'Group' };
  }
  return undefined;
}

/**
 * The phrase "<country or demonym> <people>" ("Thai officials", "the US authorities", "Russia's diplomats") at the plural
 * noun `i` with no name of its own, as a group of people that speaks; undefined for any other phrase.
 */
function countryPeople(v: SentenceView, i: number): EntityArgument | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN' || v.mentionAt[i] || t.tag !== 'NNS') return undefined;
  const mod = kids(v, i, 'amod', 'compound', 'nmod:poss').find((k) => k < i && v.mentionAt[k]?.type === 'Country');
  if (mod === undefined) return undefined;
  let from = mod;
  while (from > 0 && v.mentionAt[from - 1] === v.mentionAt[mod]) from--;
  const start = v.tokens[from]!.start, end = t.end;
  return { kind: 'entity', text: v.analysis.document.text.slice(start, end), start, end, type: 'Group' };
}

/**
 * "said Microsoft chief executive Steve Ballmer", "BBC correspondent Jane Hill said": an organisation or place named
 * before a title and a person's name is the person's body, not the one who speaks. The person, when the words between
 * the name and the person are a title (one to four words, one of them an office, no punctuation).
 */
function titledPersonAfter(v: SentenceView, i: number): EntityArgument | undefined {
  const m = v.mentionAt[i]!;
  let k = i;
  while (k < v.tokens.length && v.mentionAt[k] === m) k++;
  // "Microsoft's chief executive Steve Ballmer"
  if (v.tokens[k] && /^['\u2019]s?$/.test(v.tokens[k]!.text)) k++;
  let office = false;
  const from = k;
  for (; k < v.tokens.length && k - from < 4 && !v.mentionAt[k]; k++) {
    const u = v.tokens[k]!;
    if (!['NOUN', 'ADJ', 'PROPN'].includes(u.upos) || !/^\p{L}/u.test(u.text)) return undefined;
    if (isRole(lower(u))) office = true;
  }
  const p = v.mentionAt[k];
  // ("Chelsea's William Gallas": a name right after the body's possessive is the body's person, title or none)
  const possessed = k === from && from > 0 && /^['\u2019]s?$/.test(v.tokens[from - 1]!.text);
  return (office && k > from || possessed) && p?.type === 'Person' ? entityFromMention(p) : undefined;
}

// Marks that set an apposition off inside a speaker's phrase: "Lee, the firm's lawyer,", "the firm - the country's largest -".
const SET_OFF = new Set([',', '-', '\u2013', '\u2014']);

/** Whether a word is a title or office ("director", "co-chairman", "superintendent"), by either list of roles. */
function titleWord(w: string): boolean {
  return isRole(w) || isTitleWord(w);
}

/** The last token of the words before the verb at `i`: auxiliaries, adverbs and particles between them skipped. */
function phraseEndBefore(v: SentenceView, i: number): number {
  let end = i - 1;
  while (end >= 0 && ['AUX', 'ADV', 'PART'].includes(v.tokens[end]!.upos)) end--;
  return end;
}

/**
 * The person named right after a title in the speaker's phrase, read from the words as written, since the parser hangs
 * the name anywhere under the title ("Gloucester director of rugby Nigel Melville said", "Former Labour leader Lord
 * Kinnock said"): the words from the subject `s` to the verb `i` are one phrase (no punctuation, no verb), one of them a
 * title, and end in a person's name: a mention right after a word of the title (not after "of", "for": "the lawyer for
 * Lee" is not Lee), or capitalised words the recogniser did not take after an honorific or a title.
 */
function titledNameBefore(v: SentenceView, s: number, i: number): EntityArgument | undefined {
  const end = phraseEndBefore(v, i);
  if (end <= s || v.tokens.slice(s, end + 1).some((u) => !SPEAKER_PHRASE.has(u.upos))) return undefined;
  const m = v.mentionAt[end];
  let from = end;
  if (m) {
    if (m.type !== 'Person') return undefined;
    while (from > s && v.mentionAt[from - 1] === m) from--;
  } else {
    while (from > s && v.tokens[from - 1]!.upos === 'PROPN' && !v.mentionAt[from - 1] && /^\p{Lu}/u.test(v.tokens[from - 1]!.text)) from--;
    if (!/^\p{Lu}\p{Ll}/u.test(v.tokens[end]!.text) || v.tokens[end]!.upos !== 'PROPN') return undefined;
  }
  if (from <= s) return undefined;
  const before = v.tokens[from - 1]!;
  if (!['NOUN', 'PROPN', 'ADJ'].includes(before.upos)) return undefined;
  if (!v.tokens.slice(s, from).some((u) => titleWord(lower(u)))) return undefined;
  if (m) return entityFromMention(m);
  // a name the recogniser missed: after an honorific ("Lord Kinnock", taken in, not alone) or a title ("leader Kinnock")
  if (isHonorific(v.tokens[from]!.text) ? end === from : !titleWord(lower(before))) return undefined;
  const start = v.tokens[from]!.start, stop = v.tokens[end]!.end;
  return { kind: 'entity', text: v.analysis.document.text.slice(start, stop), start, end: stop, type: 'Person' };
}

/**
 * The name a description of the speaker is given in apposition before the verb, read from the words as written:
 * "Leading plaintiff, the University of California, announced", "The head of the unit, Acting Chief Superintendent, Mick
 * Deats, said" (the parser makes the name a conjunct, an object, anything). The words from the subject `s` to the verb
 * `i` are noun phrases set off by commas or dashes, the last mark right before the verb: the last person named among
 * them, else the body named first in the first one set off, when the subject is a common noun.
 */
function appositionName(v: SentenceView, s: number, i: number, quoted: ReadonlySet<number>): EntityArgument | undefined {
  const end = phraseEndBefore(v, i);
  if (end <= s + 2 || !SET_OFF.has(v.tokens[end]!.text)) return undefined;
  let marks = 0;
  for (let k = s + 1; k < end; k++) {
    const u = v.tokens[k]!;
    if (quoted.has(k) || QUOTE_MARK.has(u.text)) return undefined;
    if (SET_OFF.has(u.text)) { marks++; continue; }
    // (a capitalised participle is a word of a title: "Acting Chief Superintendent")
    if (!SPEAKER_PHRASE.has(u.upos) && !(u.upos === 'VERB' && /^\p{Lu}/u.test(u.text))) return undefined;
  }
  if (!marks) return undefined;
  // the segments set off, each as [first, last] token; a name heads one when it ends it and only title words come before
  // it there ("former finance chief Scott Sullivan"; not "a friend of Ann Cole", not "China's biggest supplier")
  const heads: number[] = [];
  let first = s + 1;
  for (let k = s + 1; k <= end; k++) {
    if (!SET_OFF.has(v.tokens[k]!.text)) continue;
    const last = k - 1, m = v.mentionAt[last];
    if (m && first <= last) {
      let start = last;
      while (start > first && v.mentionAt[start - 1] === m) start--;
      if (v.tokens.slice(first, start).every((u) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'VERB'].includes(u.upos))) heads.push(start);
    }
    first = k + 1;
  }
  const person = heads.filter((k) => v.mentionAt[k]!.type === 'Person').pop();
  if (person !== undefined) return entityFromMention(v.mentionAt[person]!);
  // a body only in the first segment, set off after a description ("Leading plaintiff, the University of California,")
  const body = heads[0];
  if (body === undefined || v.mentionAt[s] || v.tokens[s]!.upos !== 'NOUN' || !SPEAKING.has(v.mentionAt[body]!.type)) return undefined;
  return v.tokens.slice(s + 1, body).filter((u) => SET_OFF.has(u.text)).length === 1 ? entityFromMention(v.mentionAt[body]!) : undefined;
}

// Mentions of places: a place does not speak ("doctor Ahmed Ibrahim from the hospital in Baquba said" is the doctor's), and
// a speaker's phrase that names one is no name of that place (resolve: "the Archbishop of Canterbury").
export const PLACES: ReadonlySet<EntityType> = new Set(['City', 'Location', 'Facility']);

/**
 * The one who speaks in a phrase that ends in a place the parser made the subject ("security officials and doctor Ann Cole
 * from the main hospital in Westbury said"): the last person named in the phrase before it (nouns, names, prepositions
 * and "and", back to a comma or the sentence's start), else the body named there.
 */
function speakerBeforePlace(v: SentenceView, s: number): EntityArgument | undefined {
  const place = v.mentionAt[s];
  if (!place || !PLACES.has(place.type)) return undefined;
  let person: number | undefined, body: number | undefined;
  for (let k = s - 1; k >= 0 && (SPEAKER_PHRASE.has(v.tokens[k]!.upos) || v.tokens[k]!.upos === 'CCONJ'); k--) {
    // (the place itself, and every other, is no speaker)
    const m = v.mentionAt[k];
    if (!m || !SPEAKING.has(m.type)) continue;
    if (m.type === 'Person') person ??= k;
    else body ??= k;
  }
  const at = person ?? body;
  return at === undefined ? undefined : entityFromMention(v.mentionAt[at]!);
}

/**
 * A speaker written after the verb, which the parser often takes for the verb's complement or leaves out
 * (`"...," said HMV manager Clive Smith.`, `Instead, said Mr Lee, the plan ...`): the verb right after the quotation's
 * closing mark (with the quotation's own punctuation) or after a comma, and one noun phrase after it up to a comma or the
 * sentence's end. Its speaker's token (a person named in it, else a body, else its first noun run's last noun) and the
 * phrase's tokens, which are not what is said.
 */
function invertedSpeaker(v: SentenceView, i: number, quoted: ReadonlySet<number>): { speaker: number; span: number[] } | undefined {
  const before = v.tokens[i - 1]?.text ?? '';
  const closes = QUOTE_CLOSE.has(before) && (quoted.has(i - 2) || [',', '.', '?', '!'].includes(v.tokens[i - 2]?.text ?? ''));
  if (!closes && before !== ',') return undefined;
  const span: number[] = [];
  let k = i + 1;
  for (; k < v.tokens.length && SPEAKER_PHRASE.has(v.tokens[k]!.upos) && !quoted.has(k); k++) span.push(k);
  const after = v.tokens[k]?.text;
  if (!span.length || span.length > 10 || !(after === undefined || after === ',' || after === '.' || after === '!')) {
    // `"...," said Lee on hearing the verdict`: a person named right after the verb speaks, whatever follows the name
    const m = v.mentionAt[i + 1];
    if (!closes || m?.type !== 'Person' || v.mentionAt[i] === m || quoted.has(i + 1)) return undefined;
    const own: number[] = [];
    for (let j = i + 1; j < v.tokens.length && v.mentionAt[j] === m; j++) own.push(j);
    return { speaker: i + 1, span: own };
  }
  let speaker = span.find((j) => v.mentionAt[j]?.type === 'Person') ?? span.find((j) => speakingAt(v, j) !== undefined);
  if (speaker === undefined) {
    const first = span.findIndex((j) => ['NOUN', 'PROPN'].includes(v.tokens[j]!.upos));
    if (first < 0) return undefined;
    let last = first;
    while (last + 1 < span.length && ['NOUN', 'PROPN'].includes(v.tokens[span[last + 1]!]!.upos)) last++;
    speaker = span[last]!;
  }
  return { speaker, span };
}

/**
 * Whether the straight mark at `i` opens a quotation by its spacing: apart from the word before it and against the
 * word after it (`he said, "and`), where a closing mark leans on the comma (`won," he`).
 */
function opensBySpacing(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i]!, before = tokens[i - 1], after = tokens[i + 1];
  return before !== undefined && after !== undefined && mark.start > before.end && after.start === mark.end;
}

/**
 * The quotation marks of a sentence read in order from a quotation still open at its start or not: the tokens inside,
 * whether one is open at its end, and whether the sentence has any mark. Why: a quotation runs over several sentences
 * ("He is a fine captain. When he talks, we listen," Lee said), and the ones inside it carry no mark of their own.
 * A straight mark opens at the sentence's start or after a colon, closes after the quotation's own punctuation, and
 * otherwise toggles; a quotation a toggled mark left open is not carried on (it may be a stray or a quote within one).
 */
export function quoteRun(v: { readonly tokens: readonly Token[] }, openAtStart: boolean): { inside: Set<number>; open: boolean; marked: boolean } {
  const inside = new Set<number>();
  let open = openAtStart;
  // whether the open quotation was opened by a mark that can only open one (a toggled straight mark may be a stray)
  let clear = openAtStart;
  let marked = false;
  v.tokens.forEach((t, i) => {
    const x = t.text;
    marked ||= DOUBLE_QUOTES.has(x);
    if (x === '\u201c' || x === '``') open = clear = true;
    else if (x === '\u201d' || x === "''") open = false;
    else if (x === '"') {
      const before = v.tokens[i - 1]?.text;
      if (i === 0 || before === ':' || (before === ',' && opensBySpacing(v.tokens, i))) open = clear = true;
      else if (before === ',' || before === '.' || before === '?' || before === '!') open = false;
      else { open = !open; clear = false; }
    } else if (open) inside.add(i);
  });
  return { inside, open: open && clear, marked };
}

// A quotation left open runs on over at most this many sentences without a quotation mark (a stray mark ends somewhere).
const UNMARKED_RUN = 4;
const openCache = new WeakMap<Analysis, boolean[]>();

/** Whether a quotation is open at the start of each of the article's sentences (`"We won.` leaves one open for the next). */
export function quotationsOpen(analysis: Analysis): readonly boolean[] {
  let out = openCache.get(analysis);
  if (out) return out;
  out = [];
  let open = false;
  let unmarked = 0;
  let end = 0;
  for (const sentence of analysis.sentences) {
    // a quotation runs on into a new paragraph only when the paragraph opens with a quotation mark
    if (open && analysis.document.text.slice(end, sentence.start).includes('\n') && !QUOTE_OPEN.has(sentence.tokens[0]?.text ?? '')) open = false;
    end = sentence.end;
    out.push(open);
    const run = quoteRun(sentence, open);
    unmarked = run.marked ? 0 : unmarked + 1;
    open = run.open && unmarked < UNMARKED_RUN;
  }
  openCache.set(analysis, out);
  return out;
}

/**
 * Tokens inside quotation marks, read on from a quotation the sentences before left open: in `It was hard," Lee said.`
 * after `"We lost.` the words before the mark are quoted and "Lee said" is not; a sentence between, with no mark, is
 * quoted throughout.
 */
export function quotedTokens(v: SentenceView): ReadonlySet<number> {
  // asked of one sentence by speech frames, the relation extractor and coreference alike: read once per view
  let inside = quotedByView.get(v);
  if (!inside) quotedByView.set(v, (inside = quotationsOpen(v.analysis)[v.sentence.index] ? quoteRun(v, true).inside : pairedQuotes(v)));
  return inside;
}
const quotedByView = new WeakMap<SentenceView, ReadonlySet<number>>();

/**
 * Whether the straight mark at `i` can only close a quotation: after a comma, stop, question or exclamation mark that it
 * leans on, with words after it (`on the spot," the police said`), and not opening by its spacing.
 */
function closesAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (i < 2 || !before || ![',', '.', '?', '!'].includes(before.text) || tokens[i]!.start !== before.end) return false;
  // (and apart from the word after it: `said,"We` opens one)
  const after = tokens[i + 1];
  return after !== undefined && after.start > tokens[i]!.end;
}

/** Tokens inside quotation marks, by pairing opening and closing marks within the sentence. */
function pairedQuotes(v: SentenceView): Set<number> {
  const inside = new Set<number>();
  let open = -1;
  const straight: number[] = [];
  v.tokens.forEach((t, i) => { if (t.text === '"' || t.text === "''" || t.text === '``') straight.push(i); });
  v.tokens.forEach((t, i) => {
    if (t.text === '\u201c' || t.text === '``') open = i;
    else if ((t.text === '\u201d') && open >= 0) {
      for (let k = open + 1; k < i; k++) inside.add(k);
      open = -1;
    }
  });
  // a lone straight mark that closes by its place (after the quotation's own comma or stop, leaning on it: `spot," the
  // police said`) ends a quotation the sentence splitter opened in the sentence before: the words before it are quoted
  // (or closes a curly mark left open before it: `Moscow “potentially targeting concerts," as Lee put it`)
  if (straight.length === 1 && closesAlone(v.tokens, straight[0]!) && open < straight[0]!) {
    const curly = v.tokens.some((t) => t.text === '\u201c' || t.text === '\u201d');
    if (open >= 0 || !curly) {
      for (let k = open + 1; k < straight[0]!; k++) inside.add(k);
      return inside;
    }
  }
  // straight quotes pair up in order; an odd one out opens a quote that runs to the end of the sentence
  for (let k = 0; k < straight.length; k += 2) {
    const a = straight[k]!, b = straight[k + 1] ?? v.tokens.length;
    for (let x = a + 1; x < b; x++) inside.add(x);
  }
  // a sentence that starts with a quote but whose closing mark is in the sentence splitter's next sentence
  if (open >= 0) for (let k = open + 1; k < v.tokens.length; k++) inside.add(k);
  return inside;
}

/**
 * "a denial that Moscow received any warning" parsed as a relative clause with "that" as its object: when the
 * clause's verb has a subject and an object of its own besides "that", "that" fills no gap and the clause is
 * the noun's content.
 */
function thatComplement(v: SentenceView, clause: number): boolean {
  const that = v.tokens.findIndex((t, j) => t.head === clause && j < clause && lower(t) === 'that');
  if (that < 0) return false;
  const own = (dep: string): boolean => kids(v, clause, dep).some((k) => k !== that);
  return own('nsubj') && (own('obj') || own('ccomp') || own('xcomp'));
}

/**
 * The subject of a verb, preferring the name when the parser split it from a title or description ("Ms" and
 * "Cooper" both subjects; "the auditors" and "Andersen"), and one outside the quotation.
 */
function namedSubject(v: SentenceView, i: number, quoted: ReadonlySet<number>): number | undefined {
  // `"..., none of us will," said Lee`: a subject inside the quotation the verb reports is not who speaks it
  const all = kids(v, i, 'nsubj');
  // (a quoted phrase that is the verb's only subject still is: 'Lee said "every expert" had warned ...')
  const outside = all.filter((k) => !quoted.has(k));
  const own = quoted.has(i) || !outside.length ? all : outside;
  // "The main risk, the Fund said, is ...", "..., setting off a blast that claimed the lives of all aboard, the statement
  // said": of two subjects, the one between a comma and the verb is who speaks; the one before the comma is the subject
  // of the words said, which the parser hung on the verb of saying
  const last = own[own.length - 1];
  if (own.length > 1 && last !== undefined && last < i && phraseEndBefore(v, i) === last) {
    const start = phraseStart(v, last);
    if (v.tokens[start - 1]?.text === ',' && own[0]! < start) return last;
  }
  const first = own[0];
  if (first === undefined || v.mentionAt[first]) return first;
  const next = own.find((k) => k === first + 1 && v.mentionAt[k]);
  if (next !== undefined) return next;
  if (HONORIFICS.has(lower(v.tokens[first]!)) && v.mentionAt[first + 1]) return first + 1;
  return first;
}

// Words that open an adverbial clause: "when it reported ..., the firm was upbeat".
const SUBORDINATORS = new Set(['when', 'whenever', 'after', 'before', 'as', 'while', 'once', 'since', 'until', 'because', 'if', 'although', 'though']);

// Words that open a relative clause on the noun before them.
const WH_RELATIVE = new Set(['who', 'whose', 'whom', 'which']);
// Speech verbs whose "of" clause is the claim: "accused X of lying".
const ACCUSING = new Set(['accuse']);

// Mentions that can speak: people and bodies, not places or things.
const SPEAKING = new Set(['Person', ...ORGS, 'Group', 'Country']);
// Words a noun phrase naming a speaker is made of: "the International Monetary Fund (IMF)", "a spokesman for the firm".
const SPEAKER_PHRASE = new Set([...NAME_PHRASE, 'ADP', 'NUM']);

/** The speaking mention whose first token is `k`, and the token after it. */
function speakingAt(v: SentenceView, k: number): number | undefined {
  const m = v.mentionAt[k];
  if (!m || !SPEAKING.has(m.type) || (k > 0 && v.mentionAt[k - 1] === m)) return undefined;
  let e = k;
  while (e < v.tokens.length && v.mentionAt[e] === m) e++;
  return e;
}

/**
 * A speaker set off from the speech verb by commas, which the parser often reads as the verb's subject clause or leaves
 * the verb without a subject: "Lee, whose son was hurt in the crash, said ...", `"...," Lee, the firm's lawyer, said.`
 * (a name, after a title or none, opening the sentence or the words after the quotation, then a comma, and a comma right
 * before the verb), or `..., the Fund has said.` (the phrase between the last comma and a verb that ends the sentence).
 * The speaker's token and the first token of the words that are not the content (the speaker's phrase and what is set off).
 */
function setOffSpeaker(v: SentenceView, i: number, quoted: ReadonlySet<number>): { speaker: number; from: number } | undefined {
  const k = phraseEndBefore(v, i);
  if (k < 2 || quoted.has(k)) return undefined;
  if (v.tokens[k]!.text === ',') {
    const comma = k;
    // the phrase opens the sentence (after "But", "And"), or follows the closing mark of the quotation it speaks
    const starts = [0];
    if (['CCONJ', 'ADV'].includes(v.tokens[0]!.upos)) starts.push(1);
    for (let q = 1; q < comma; q++) if (QUOTE_MARK.has(v.tokens[q]!.text) && quoted.has(q - 1)) starts.push(q + 1);
    // ("In a book published this week, Ann Lee QC, a member of ..., says": after a phrase the sentence opens with a
    // preposition or a subordinator, up to its comma)
    const fronted = ['ADP', 'SCONJ'].includes(v.tokens[0]!.upos) ? v.tokens.findIndex((u, q) => q > 1 && q < comma && u.text === ',') : -1;
    if (fronted > 0) starts.push(fronted + 1);
    for (const s of starts) {
      // the name, after a title ("Arsenal keeper Jens Lehmann") and up to the first comma
      let p = s;
      while (p < comma && NAME_PHRASE.has(v.tokens[p]!.upos) && v.tokens[speakingAt(v, p) ?? p]?.text !== ',') p++;
      const end = speakingAt(v, p);
      if (end === undefined || end >= comma || v.tokens[end]!.text !== ',') continue;
      // what is set off holds no quotation
      const between = v.tokens.slice(end + 1, comma);
      if (between.length < 2 || between.some((u, n) => QUOTE_MARK.has(u.text) || quoted.has(end + 1 + n))) continue;
      return { speaker: p, from: s };
    }
    return appositionAtEnd(v, i, comma, quoted);
  }
  return speakerAtEnd(v, i, quoted);
}

/**
 * `..., the Fund has said.`, `..., security officials said.`: a noun phrase between a comma and a verb that ends the
 * sentence is who speaks the words before the comma: the first person named in it, else the first body, else its last
 * noun before a preposition ("the statement", "a spokesman for the firm"). The speaker's token and the comma's. Not a
 * passive's: "..., the staff were told." names who heard the words.
 */
function speakerAtEnd(v: SentenceView, i: number, quoted: ReadonlySet<number>): { speaker: number; from: number } | undefined {
  const k = phraseEndBefore(v, i);
  if (k < 2 || quoted.has(k) || v.tokens.slice(i + 1).some((u) => u.upos !== 'PUNCT')) return undefined;
  // (a passive's phrase is who was told: "..., the staff were told.")
  if (kids(v, i, 'aux:pass').length || v.tokens[i]!.tag === 'VBN' && kids(v, i, 'aux').some((a) => lemmaOf(v.tokens[a]!) === 'be')) return undefined;
  let p = k;
  // (speakers joined by "and": "..., security officials and doctor Ann Cole from the hospital said.")
  while (p > 0 && (SPEAKER_PHRASE.has(v.tokens[p]!.upos) || ['(', ')'].includes(v.tokens[p]!.text) || ['and', '&'].includes(lower(v.tokens[p]!)))) p--;
  if (p === 0 || p === k || v.tokens[p]!.text !== ',' || quoted.has(p)) return undefined;
  let speaker = speakerBetween(v, p + 1, k + 1);
  if (speaker === undefined) {
    // the last noun before a preposition: "security and medical officials", "a spokesman (for the firm)"
    for (let n = p + 1; n <= k && v.tokens[n]!.upos !== 'ADP'; n++) if (['NOUN', 'PROPN'].includes(v.tokens[n]!.upos)) speaker = n;
  }
  return speaker === undefined ? undefined : { speaker, from: p };
}

/** The first person named from `from` to before `to`, else the first body or group that can speak there. */
function speakerBetween(v: SentenceView, from: number, to: number): number | undefined {
  let body: number | undefined;
  for (let j = from; j < to; j++) {
    if (speakingAt(v, j) === undefined) continue;
    if (v.mentionAt[j]!.type === 'Person') return j;
    body ??= j;
  }
  return body;
}

/**
 * `The main risk, the Fund said, is ...`: the span from the comma before the speaker's phrase to the comma right after the
 * verb, when both are there, with words before and after the span that are no quotation (a quotation has its own reading).
 */
function parentheticalSpan(v: SentenceView, i: number, subj: number | undefined, quoted: ReadonlySet<number>): { from: number; to: number } | undefined {
  if (subj === undefined || subj >= i || v.tokens[i + 1]?.text !== ',' || quoted.size) return undefined;
  const first = subtree(v, subj, new Set(['punct', 'acl:relcl', 'appos']))[0]!;
  const from = first - 1;
  if (from < 1 || v.tokens[from]!.text !== ',' || i + 2 >= v.tokens.length - 1) return undefined;
  // (the speaker's phrase is a noun phrase: "The plan, which Lee said was cheap," is a relative clause, not an aside)
  if (v.tokens.slice(first, i).some((u) => !SPEAKER_PHRASE.has(u.upos) && !['PRON', 'AUX', 'ADV', 'PART'].includes(u.upos))) return undefined;
  return { from, to: i + 1 };
}

/**
 * `..., her lawyer, Ann Lee, said.`: a description and the name set off by commas between the words said and a verb that
 * ends the sentence: the person named there (the `comma` is the one right before the verb), else the body.
 */
function appositionAtEnd(v: SentenceView, i: number, comma: number, quoted: ReadonlySet<number>): { speaker: number; from: number } | undefined {
  if (v.tokens.slice(i + 1).some((u) => u.upos !== 'PUNCT')) return undefined;
  let p = comma - 1, marks = 0;
  for (; p > 0; p--) {
    const u = v.tokens[p]!;
    if (quoted.has(p)) return undefined;
    if (u.text === ',') { if (++marks > 1) break; continue; }
    if (!SPEAKER_PHRASE.has(u.upos) && u.upos !== 'PRON') return undefined;
  }
  if (p <= 0 || marks !== 2) return undefined;
  const speaker = speakerBetween(v, p + 1, comma);
  return speaker === undefined ? undefined : { speaker, from: p };
}

/**
 * A described speaker set off from its verb by dashes or commas, the verb left without a subject by the parser ("Of the
 * payment, the firm - the country's biggest supplier - said it would ..."): the noun phrase before the set-off words, from
 * the sentence's start or a comma, headed by a description the article's bodies or people answer to ("the firm", "the
 * minister"). The speaker's token and the first token of the words that are not the content.
 */
function describedSetOff(v: SentenceView, i: number, quoted: ReadonlySet<number>): { speaker: number; from: number } | undefined {
  const close = phraseEndBefore(v, i);
  const mark = v.tokens[close]?.text;
  if (mark === undefined || !SET_OFF.has(mark) || quoted.has(close)) return undefined;
  // the opening mark of the same kind, with a noun phrase and no verb or quotation between
  let open = close - 1;
  while (open > 0 && v.tokens[open]!.text !== mark && (SPEAKER_PHRASE.has(v.tokens[open]!.upos) || v.tokens[open]!.text === ',') && !quoted.has(open)) open--;
  if (open <= 1 || v.tokens[open]!.text !== mark || close - open < 3) return undefined;
  const head = open - 1;
  let from = head;
  while (from > 0 && NAME_PHRASE.has(v.tokens[from - 1]!.upos)) from--;
  if (from > 0 && v.tokens[from - 1]!.text !== ',') return undefined;
  const word = lower(v.tokens[head]!);
  const described = v.tokens[head]!.upos === 'NOUN' && (anaphor(`the ${word}`)?.kind === 'description' || isRole(word));
  const named = v.mentionAt[head] && SPEAKING.has(v.mentionAt[head]!.type);
  if (described || named) return { speaker: head, from: from > 0 ? from - 1 : from };
  // "The firm's star witness, former finance chief Ann Lee, said": whatever the description, a person's name that ends
  // the words set off, after title words only, names who it describes
  const person = v.mentionAt[close - 1];
  if (person?.type !== 'Person' || mark !== ',' || v.tokens[head]!.upos !== 'NOUN') return undefined;
  let start = close - 1;
  while (start > open + 1 && v.mentionAt[start - 1] === person) start--;
  if (v.tokens.slice(open + 1, start).some((u) => !NAME_PHRASE.has(u.upos))) return undefined;
  return { speaker: close - 1, from: from > 0 ? from - 1 : from };
}

/**
 * The clauses of what the verb at `i` asks someone to do: "urged Congress to act", "called on the firm to act", "asked for
 * the talks to resume" (an infinitive clause with "to" under the verb, or under the noun of its "on"/"for" phrase).
 */
function demanded(v: SentenceView, i: number): number[] {
  const infinitive = (k: number): boolean => v.tokens[k]!.upos === 'VERB' && toInfinitive(v, k);
  // (not a purpose clause: "called a meeting to discuss it")
  const own = kids(v, i, 'xcomp', 'ccomp').filter(infinitive);
  // "asked to point him out": with no one asked, an infinitive under "ask"/"urge" still is; under "tell" or "warn" the
  // asked one must be there ("warned to expect delays" aside, "told to leave" is passive and has its subject)
  const asked = kids(v, i, 'obj', 'iobj', 'nsubj:pass').length > 0;
  const under = kids(v, i, 'obl').filter((o) => kids(v, o, 'case').some((c) => ['on', 'upon', 'for'].includes(lower(v.tokens[c]!))))
    .flatMap((o) => kids(v, o, 'acl', 'xcomp').filter(infinitive));
  return asked || !['tell', 'warn', 'call'].includes(lemmaOf(v.tokens[i]!)) ? [...own, ...under] : under;
}

/** The first word of the phrase of `i`, its punctuation aside. */
function phraseStart(v: SentenceView, i: number): number {
  return subtree(v, i, PUNCT)[0]!;
}

/** Whether the phrase of `i` opens right after a comma: "..., arguing that ...", "..., the firm said". */
function setOffByComma(v: SentenceView, i: number): boolean {
  return v.tokens[phraseStart(v, i) - 1]?.text === ',';
}

/**
 * "X said ..., arguing that ...", "he said, urging voters to ...": the subject of a participle adjunct is the reporting
 * verb's above it when there is one (the parser may hang it on the reported clause), else its head's.
 */
export function participleSubject(v: SentenceView, i: number): number | undefined {
  const t = v.tokens[i]!;
  if (t.tag !== 'VBG' || kids(v, i, 'mark').length || t.head < 0) return undefined;
  // (or a participle the parser made a complement or a conjunct: "he said, urging ...", "responded by calling ..., asking ...";
  // or a modifier of the noun before its comma: "said she was unaware of the plan, arguing that ...")
  if (!['advcl', 'ccomp', 'conj', 'xcomp'].includes(t.dep) && !(t.dep.startsWith('acl') && setOffByComma(v, i))) return undefined;
  const ups = ancestors(v, i).filter((a) => v.tokens[a]!.upos === 'VERB' && kid(v, a, 'nsubj') !== undefined);
  const up = ups.find((a) => SPEECH_VERBS.has(lemmaOf(v.tokens[a]!))) ?? ups[0];
  return up === undefined ? undefined : kid(v, up, 'nsubj');
}

// States of belief whose clause is the believer's claim, not a fact: "were convinced that", "is sure that", "suspect that".
const BELIEF_WORDS = new Set(['convince', 'convinced', 'persuade', 'persuaded', 'sure', 'certain', 'confident', 'adamant', 'suspect', 'assume', 'presume', 'reckon']);

/** "Republicans were convinced that ...", "Lee is sure the deal will fail", "police suspect he fled": a belief with its clause. */
function belief(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (!['VERB', 'ADJ'].includes(t.upos) || !BELIEF_WORDS.has(lemmaOf(t).toLowerCase()) && !BELIEF_WORDS.has(lower(t))) return false;
  return kids(v, i, 'ccomp').some((c) => ['VERB', 'ADJ', 'NOUN', 'PROPN'].includes(v.tokens[c]!.upos));
}

// Verbs of saying and believing whose passive, with a "to" infinitive, reports a claim without naming who makes it:
// "is believed to have fled", "was said to be ill", "a man thought to be the leader".
const HEARSAY_VERBS = new Set(['believe', 'say', 'think', 'allege', 'report', 'rumour', 'rumor', 'suspect', 'understand', 'claim', 'reckon', 'presume']);
// Adverbs that report a clause as someone's claim: "X reportedly paid", "the allegedly stolen car".
const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);

/**
 * A claim the sentence reports with no one named who makes it, as a frame without a speaker (its relations are claims, not
 * facts): the "to" infinitive of a passive verb of saying or believing ("the attack is widely believed to have been carried
 * out by X"; a reduced relative, "a suspect believed to have left a bag"), or the clause of a reporting adverb ("X
 * reportedly paid Y"). "believed by police to be": the agent is the speaker.
 */
function hearsay(ctx: Context, v: SentenceView, i: number): SpeechFrame | undefined {
  const t = v.tokens[i]!;
  const lemma = lemmaOf(t).toLowerCase();
  if (t.upos === 'ADV' && HEARSAY_ADVERBS.has(lower(t)) && t.dep === 'advmod' && t.head >= 0 && v.tokens[t.head]!.upos === 'VERB') {
    const content = new Set(subtree(v, t.head, new Set(['acl:relcl'])));
    content.delete(i);
    return { cue: t.text, cueLemma: 'say', cueToken: i, content, denied: false, kind: 'hearsay' };
  }
  if (t.upos !== 'VERB' || t.tag !== 'VBN' || !HEARSAY_VERBS.has(lemma)) return undefined;
  const passive = kids(v, i, 'aux:pass').length > 0 && kids(v, i, 'nsubj:pass').length > 0 || t.dep === 'acl' && t.head >= 0 && ['NOUN', 'PROPN', 'PRON'].includes(v.tokens[t.head]!.upos);
  if (!passive) return undefined;
  const inf = kids(v, i, 'xcomp').filter((c) => toInfinitive(v, c));
  if (!inf.length) return undefined;
  const agent = kids(v, i, 'obl:agent', 'obl').find((k) => kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'by'));
  // (a relative clause in it describes a thing in the article's own voice: "carried out by X, which also ...")
  const content = new Set(inf.flatMap((c) => subtree(v, c, new Set(['acl:relcl']))));
  return { speaker: agent === undefined ? undefined : speakerArg(ctx, v, agent), cue: t.text, cueLemma: lemma, cueToken: i, content, denied: false, kind: 'hearsay' };
}

/**
 * "allegations the club made an illegal approach": a clause on a report noun with no "that" is its content when nothing
 * in it is missing (its verb has a subject and an object of its own, neither a relative pronoun); "the allegations the
 * club made" is a relative clause.
 */
function gapless(v: SentenceView, n: number, c: number): boolean {
  const u = v.tokens[c]!;
  if (u.upos !== 'VERB' || c < n || kids(v, c, 'mark').length) return false;
  // (the clause right after the noun, and no "these claims", which points back to claims already told)
  if (phraseStart(v, c) !== n + 1 || kids(v, n, 'det').some((d) => ['these', 'those', 'this', 'that'].includes(lower(v.tokens[d]!)))) return false;
  const own = (dep: string): boolean => kids(v, c, dep).some((k) => k > n && !WH_RELATIVE.has(lower(v.tokens[k]!)) && lower(v.tokens[k]!) !== 'that');
  return own('nsubj') && own('obj');
}

/**
 * "dismissed rumours that the disease was X", "rejected claims that the bank had collapsed": a verb of rejecting
 * ("dismiss", "reject", not itself a verb of saying) whose object is someone's report denies the report's content
 * (the "that" clause, on the noun or, as the parser often has it, on the verb); "dismissed the coach" reports nothing.
 */
function rejectsReport(v: SentenceView, i: number): boolean {
  // (only with the clause: "dismissed the report", "X said Y rejected the claims" reject no words of the sentence)
  const that = (c: number): boolean => kids(v, c, 'mark').some((k) => lower(v.tokens[k]!) === 'that');
  return kids(v, i, 'obj').some((o) => REPORT_NOUNS.has(lemmaOf(v.tokens[o]!).toLowerCase()) && (kids(v, i, 'ccomp').some(that) || kids(v, o, 'acl', 'ccomp').some(that)));
}

/**
 * Speech frames of a parsed sentence, innermost content last. Read once per view: the relations and the events of a
 * sentence both ask, each with its own speaker memory, so each copies a frame before it resolves the frame's speaker.
 */
export function speechFrames(ctx: Context, v: SentenceView): readonly SpeechFrame[] {
  let frames = framesByView.get(v);
  if (!frames) framesByView.set(v, (frames = readFrames(ctx, v)));
  return frames;
}
const framesByView = new WeakMap<SentenceView, readonly SpeechFrame[]>();

function readFrames(ctx: Context, v: SentenceView): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  const quoted = quotedTokens(v);
  v.tokens.forEach((t, i) => {
    // every cue below is a verb, an adjective of belief, an adverb of hearsay, a noun of speech or "according": the other
    // words (about half a sentence) are passed over before their lemma is asked for
    const u = t.upos;
    if (u !== 'VERB' && u !== 'NOUN' && u !== 'ADJ' && u !== 'ADV' && !(t.text.length === 9 && lower(t) === 'according')) return;
    const lemma = lemmaOf(t);
    const demand = v.parsed && t.upos === 'VERB' && DIRECTIVE_VERBS.has(lemma) ? demanded(v, i) : [];
    // what is asked, kept apart until the verb's speech frame is read: a verb both of asking and of saying ("urged",
    // "warned") makes one frame, not the same frame twice
    let asked: SpeechFrame | undefined;
    if (demand.length && !quoted.has(i)) {
      const content = new Set(demand.flatMap((c) => subtree(v, c)));
      asked = { speaker: speakerArg(ctx, v, namedSubject(v, i, quoted) ?? participleSubject(v, i)), cue: t.text, cueLemma: lemma, cueToken: i, content, denied: false, kind: 'complement' };
      frames.push(asked);
    }
    // "is widely believed to have been carried out by X", "a suspect believed to have left", "allegedly took": a claim
    // the article reports with no one named who makes it
    const heard = v.parsed && !quoted.has(i) ? hearsay(ctx, v, i) : undefined;
    if (heard) { frames.push(heard); return; }
    const believes = v.parsed && belief(v, i);
    if (v.parsed && (t.upos === 'VERB' && (SPEECH_VERBS.has(lemma) || DENIAL_VERBS.has(lemma) && rejectsReport(v, i)) || believes)) {
      // "X acknowledged ... but said ...": a coordinated speech verb shares its subject
      // ("X said ..., arguing that ..."): so does a participle, with participleSubject's subject
      let subj = namedSubject(v, i, quoted);
      // ("Republicans were convinced that ...": the believer is the passive's subject)
      if (subj === undefined && believes) subj = kid(v, i, 'nsubj:pass');
      if (subj === undefined && t.dep === 'conj' && t.head >= 0 && v.tokens[t.head]!.upos === 'VERB') subj = kid(v, t.head, 'nsubj');
      subj ??= participleSubject(v, i);
      // a speaker set off from the verb by commas, whom the parser did not make its subject
      const setOff = subj === undefined ? setOffSpeaker(v, i, quoted) ?? describedSetOff(v, i, quoted) : undefined;
      if (setOff) subj = setOff.speaker;
      // `The bomb killed 12 people, security officials said.` with "people" read as the subject of "said": the noun
      // phrase between the last comma and a verb that ends the sentence speaks, and the words before the comma are said,
      // whatever the parse made the verb's subject before them
      const atEnd = subj !== undefined && subj < i && !quoted.has(i) ? speakerAtEnd(v, i, quoted) : undefined;
      const misread = atEnd !== undefined && subj! < atEnd.from && !quoted.has(subj!);
      if (misread) subj = atEnd.speaker;
      // a speaker written after the verb (`"...," said HMV manager Clive Smith`), when no subject outside the quotation is
      const inverted = (subj === undefined || quoted.has(subj)) && !quoted.has(i) ? invertedSpeaker(v, i, quoted) : undefined;
      if (inverted) subj = inverted.speaker;
      // "a report which said ...": a relative pronoun speaks for the noun its clause is on
      if (subj !== undefined) subj = relativeAntecedent(v, i, subj) ?? subj;
      // "the decision suggests that ...", "the move signals ...": an act as subject makes the verb mean "indicate", not speech;
      // so does an event named as subject ("the massacre revealed a side to the group that ...")
      if (subj !== undefined && !v.mentionAt[subj] && namesAnAct(ctx, v, subj)) return;
      if (subj !== undefined && v.mentionAt[subj]?.type === 'Event') return;
      // the name a title or description before the verb is given, as written, before the parse's reading of the phrase
      const written = subj !== undefined && subj < i && v.mentionAt[subj]?.type !== 'Person' && !quoted.has(subj)
        ? titledNameBefore(v, subj, i) ?? appositionName(v, subj, i, quoted) ?? speakerBeforePlace(v, subj) : undefined;
      // "the statement said", "a denunciation which suggested": a document speaks for whoever issued it
      const speaker = (subj !== undefined && !written ? documentAuthor(ctx, v, subj) : undefined) ?? written ?? speakerArg(ctx, v, subj);
      // "you might recall that ...", "you know ...": the addressee is no source; the words are the speaker's own
      if (speaker && ['you', 'ya'].includes(speaker.text.toLowerCase())) return;
      // ("said Lee, who will ...": a relative clause on a speaker after the verb, read as the verb's complement, is not)
      const relativeOnSpeaker = (c: number): boolean => {
        const first = phraseStart(v, c);
        return first > i && WH_RELATIVE.has(lower(v.tokens[first]!)) && v.tokens[first - 1]?.text === ',' && subj !== undefined && subtree(v, subj).includes(first - 2);
      };
      // ("when it reported the results, the firm was upbeat": a verb in a clause opened by a subordinator reports
      // nothing of the main clause the parser hung on it as parataxis)
      const subordinate = kids(v, i, 'mark', 'advmod').some((k) => k < i && SUBORDINATORS.has(lower(v.tokens[k]!)));
      const comp = kids(v, i, 'ccomp', 'parataxis').filter((c) => (!quoted.has(i) || quoted.has(c)) && !relativeOnSpeaker(c)
        && !(subordinate && v.tokens[c]!.dep === 'parataxis'));
      // "X accused Y of lying", "Y, whom X accused of lying": the act one is accused of is the accuser's claim
      if (ACCUSING.has(lemma)) {
        const of = (k: number): boolean => kids(v, k, 'mark', 'case').some((c) => lower(v.tokens[c]!) === 'of') && v.tokens[k]!.upos === 'VERB';
        comp.push(...kids(v, i, 'advcl', 'acl').filter(of), ...kids(v, i, 'obj').flatMap((o) => kids(v, o, 'acl').filter(of)));
      }
      const content = new Set<number>();
      for (const c of comp) for (const k of subtree(v, c)) content.add(k);
      // "told Reyes that the price was lower because two firms had pulled out": a finite adverbial clause after the
      // complement, with a subordinator and a subject of its own, is read with the complement (a parse may hang it on either
      // verb, and the words said run on to it)
      if (comp.length && !quoted.has(i)) {
        const last = Math.max(...content);
        for (const a of kids(v, i, 'advcl')) {
          if (a < last || !kids(v, a, 'mark').some((k) => k < a && v.tokens[k]!.upos === 'SCONJ') || !kids(v, a, 'nsubj', 'nsubj:pass').length) continue;
          for (const k of subtree(v, a)) content.add(k);
        }
      }
      // `"...," he said`: the quoted clause is the head, the speech verb hangs off it as parataxis
      // (not when the verb has a complement of its own: "X acknowledged some people believed he ...")
      // ("the rebate is not negotiable, Straw said" with the verb read as a conjunct of the clause: no "and", after it)
      // the speaker's phrase set off by a comma right before it, and the verb at the sentence's end
      const tagged = t.dep === 'conj' && t.head >= 0 && t.head < i && !kids(v, i, 'cc', 'mark', 'obj', 'ccomp').length && subj !== undefined && subj < i
        && setOffByComma(v, subj) && v.tokens.slice(i + 1).filter((u) => u.upos !== 'PUNCT').length <= 3;
      // (not a passive verb with a subject of its own: "the man he has been accused of killing" read as a complement;
      // "..., it has been revealed" has none)
      const passive = kids(v, i, 'nsubj:pass').some((k) => lower(v.tokens[k]!) !== 'it');
      if (!comp.length && (t.dep === 'parataxis' || t.dep === 'ccomp' || tagged) && t.head >= 0 && !quoted.has(i) && !passive) {
        const mine = new Set(subtree(v, i));
        for (const k of subtree(v, t.head)) if (!mine.has(k)) content.add(k);
      }
      if (setOff) {
        // the speaker's phrase and what sets it off are not what is said; `..., the Fund said.`: what is before them is
        for (let k = setOff.from; k <= i; k++) content.delete(k);
        if (!content.size && v.tokens[setOff.from]!.text === ',') for (let k = 0; k < setOff.from; k++) content.add(k);
      }
      // `Two ferries were cancelled and the port shut at noon, the coastguard reported.`: the same speaker at the end,
      // found as the verb's subject or set off, says every word before its comma too, however the parser split them (it
      // often hangs the verb on the last clause only); not a sentence that is only the speaker's own phrases ("Ann Lee, a
      // nurse, said."), nor words another speaker's verb already reports ("Police said two men were held, and the mayor
      // confirmed.")
      const saysAll = misread || atEnd !== undefined && subj! > atEnd.from && v.tokens.some((u, k) => k < atEnd.from && (u.upos === 'VERB' || u.upos === 'AUX'))
        && !v.tokens.some((u, k) => k < atEnd.from && u.upos === 'VERB' && SPEECH_VERBS.has(lemmaOf(u)));
      if (saysAll) {
        content.clear();
        for (let k = 0; k < atEnd!.from; k++) content.add(k);
      }
      // "The main risk, the Fund said, is the housing market": a verb of saying set off by commas with its speaker in the
      // middle of a sentence says the whole sentence around it, however the parser hung the words on it
      const aside = parentheticalSpan(v, i, subj, quoted);
      if (aside) v.tokens.forEach((_, k) => { if (k < aside.from || k > aside.to) content.add(k); else content.delete(k); });
      if (!content.size && subj !== undefined && subj < i) {
        // the parser lost the complement ("said on Monday that it had warned ..."): the clause after "that"
        // ("told a jury in New York on Wednesday that ...": a conjunction "that" with only the verb's own phrases before it)
        // (a "that" tagged as a determiner or pronoun may open it too, unless it is the relative pronoun of a verb after it)
        const relative = (u: Token, k: number): boolean => u.upos !== 'SCONJ' && u.head > k && v.tokens[u.head]!.upos === 'VERB' && v.tokens[u.head]!.dep.startsWith('acl');
        const that = v.tokens.findIndex((u, k) => k > i && lower(u) === 'that' && !relative(u, k) && (k - i <= 6
          || ['SCONJ', 'DET', 'PRON'].includes(u.upos) && !v.tokens.slice(i + 1, k).some((w) => ['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ'].includes(w.upos) && w.text !== ',')));
        // (a clause with a verb, or a copula's: "admitted at last that the firm was liable for ...")
        if (that > 0 && v.tokens.slice(that + 1).some((u) => u.upos === 'VERB' || u.upos === 'AUX')) for (let k = that + 1; k < v.tokens.length; k++) content.add(k);
      }
      if (inverted) for (const k of inverted.span) content.delete(k);
      if (!content.size && quoted.size && !quoted.has(i)) for (const k of quoted) content.add(k);
      if (content.size && asked) {
        // one frame for the verb: what is asked and what is said, by the speaker the speech reading found
        for (const k of content) asked.content.add(k);
        asked.speaker = speaker ?? asked.speaker;
      } else if (content.size) frames.push({ speaker, cue: t.text, cueLemma: lemma, cueToken: i, content, denied: DENIAL_VERBS.has(lemma), kind: comp.length ? 'complement' : 'quote' });
    }
    // "according to X, ..."
    if (lower(t) === 'according' && i + 1 < v.tokens.length && lower(v.tokens[i + 1]!) === 'to') {
      const { head, end } = accordingTo(v, i);
      const speaker = speakerArg(ctx, v, head);
      const content = new Set<number>();
      const own = new Set(Array.from({ length: end - i }, (_, n) => i + n));
      v.tokens.forEach((_, k) => { if (!own.has(k)) content.add(k); });
      frames.push({ speaker, cue: 'according to', cueLemma: 'say', cueToken: i, content, denied: false, kind: 'according' });
    }
    // "a denial by X that ...", "X's claim that ..."
    // ("investigating allegations the club made an approach", "reports that ... had received": someone's report, no one named)
    const nounLemma = SPEECH_NOUNS[lemma];
    if (v.parsed && t.upos === 'NOUN' && nounLemma) {
      const by = kids(v, i, 'nmod', 'nmod:agent').find((k) => kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'by'));
      const poss = kid(v, i, 'nmod:poss');
      const isContent = (k: number): boolean => kids(v, k, 'mark').some((c) => lower(v.tokens[c]!) === 'that') || thatComplement(v, k)
        || REPORT_NOUNS.has(lemma) && gapless(v, i, k);
      let clause = kids(v, i, 'acl', 'ccomp', 'acl:relcl').find(isContent);
      // "a denial by the ambassador to the US that ...": the parser may hang the clause on a noun of the by-phrase
      if (clause === undefined && by !== undefined) clause = subtree(v, by).flatMap((k) => kids(v, k, 'acl', 'acl:relcl', 'ccomp')).find((k) => k > by && thatComplement(v, k));
      // "denied charges that she forged the will": a "that" right after the noun opens its content, wherever the
      // parse hung the clause (a conjunction "that", not the relative pronoun of "charges that carry ...")
      const that = v.tokens[i + 1];
      if (clause === undefined && that && lower(that) === 'that' && that.upos === 'SCONJ' && that.dep === 'mark' && that.head > i + 1
        && kids(v, that.head, 'nsubj', 'nsubj:pass').some((k) => k > i + 1 && k < that.head)) clause = that.head;
      if (clause !== undefined) {
        frames.push({ speaker: speakerArg(ctx, v, by ?? poss), cue: t.text, cueLemma: nounLemma, cueToken: i, content: new Set(subtree(v, clause)), denied: nounLemma === 'deny', kind: 'noun' });
      }
    }
  });
  ownWords(frames, quoted);
  // a claim of no one named inside someone's words is that speaker's ("Lee said X allegedly took it"): the words are his
  // (so is a report of no one named: `Lee said "reports that X left" were false` keeps Lee's word; a denial stays its own)
  const kept = frames.filter((f) => f.speaker || f.denied || !['hearsay', 'noun'].includes(f.kind) || !frames.some((g) => g !== f && g.speaker && g.content.has(f.cueToken)));
  return kept.sort((a, b) => b.content.size - a.content.size);
}

/**
 * The noun phrase after "according to" at `i` (its end, exclusive) and who speaks in it: a person named in it, else a
 * name that ends it ("research from analysts Gartner"), else a body named in it that is no modifier of a noun after it
 * ("the UK-based journal Digest" is the journal's word, not the UK's), else its last noun ("the report"). The phrase
 * runs to punctuation or a verb of its own; a participle that modifies a noun ("-based") or has an agent ("compiled by")
 * is in it, and so is a first word tagged as a verb ("according to research", "according to estimates").
 */
function accordingTo(v: SentenceView, i: number): { head: number | undefined; end: number } {
  const inPhrase = (k: number): boolean => {
    const u = v.tokens[k]!;
    if (u.upos === 'PUNCT') return u.tag === 'HYPH';
    // (and a participle with its agent: "reports compiled by the Bureau" are the Bureau's)
    const byAgent = u.tag === 'VBN' && lower(v.tokens[k + 1] ?? u) === 'by';
    return !['VERB', 'AUX'].includes(u.upos) || k === i + 2 || u.dep === 'amod' || u.dep === 'compound' || byAgent;
  };
  let end = i + 2;
  while (end < v.tokens.length && inPhrase(end)) end++;
  const span = Array.from({ length: end - i - 2 }, (_, n) => i + 2 + n);
  const named = span.filter((k) => v.mentionAt[k] && SPEAKING.has(v.mentionAt[k]!.type));
  const person = named.filter((k) => v.mentionAt[k]!.type === 'Person').pop();
  const last = span.filter((k) => ['NOUN', 'PROPN', 'PRON'].includes(v.tokens[k]!.upos) || k === i + 2 && v.tokens[k]!.upos === 'VERB').pop();
  const ending = last !== undefined && named.includes(last) ? last : undefined;
  // (a name followed by a hyphen is a modifier: "UK-based", "Paris-listed")
  const body = named.find((k) => v.tokens[k + 1]?.tag !== 'HYPH' && !(v.mentionAt[k + 1] === v.mentionAt[k] && v.tokens[k + 2]?.tag === 'HYPH'));
  return { head: person ?? ending ?? body ?? last, end };
}

// The modals a report shifts "will", "can", "may" and "shall" to: "said taxes would rise", and the sentences that go on with it.
const REPORTED_MODALS = new Set(['would', 'could', 'might', 'should']);

/** What SpeakerMemory reads of a sentence's frames (its own, or a caller's with the same fields). */
type ReadFrame = { content: Set<number>; speaker?: EntityArgument | undefined; cueToken: number; kind?: SpeechFrame['kind'] };

// Who says "I" or "we" in a quotation ("I think ...", "we believe ...") is the one whose words it is.
const FIRST_PERSON = new Set(['i', 'we']);
/** The speaker's own pronouns in any case; relations/speakers.ts gives them on as its FIRST_PERSON. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'we', 'us']);
/**
 * Whether a word is a pronoun of the speaker or the listener (SPEAKER_PRONOUNS, or "you"): as the subject of a sentence
 * after a report it makes it a quotation, not the report going on (continuedReport).
 */
function quotationPerson(w: string): boolean {
  return w === 'you' || SPEAKER_PRONOUNS.has(w);
}

function firstPerson(speaker: EntityArgument | undefined): boolean {
  return !!speaker && FIRST_PERSON.has(speaker.text.toLowerCase());
}

/**
 * `Lee said: "I think the deal is dead"`: a speech verb inside the quotation whose speaker is "I" or "we" is the
 * quotation's own speaker speaking, and its claim is Lee's: the frame takes the speaker of the smallest frame outside the
 * quotation marks whose content holds its verb.
 */
function ownWords(frames: SpeechFrame[], quoted: ReadonlySet<number>): void {
  for (const f of frames) {
    if (!firstPerson(f.speaker) || !quoted.has(f.cueToken)) continue;
    let outer: SpeechFrame | undefined;
    for (const g of frames) {
      if (g === f || !g.speaker || firstPerson(g.speaker) || quoted.has(g.cueToken) || !g.content.has(f.cueToken)) continue;
      if (!outer || g.content.size < outer.content.size) outer = g;
    }
    if (outer) f.speaker = outer.speaker;
  }
}

/**
 * Speech frames of a sentence without a parse: a speech verb with the noun phrase before it ("Smith said ...") or
 * after it ('..., said Smith'), its content the quotation or the clause after the verb.
 */
export function patternFrames(ctx: Context, v: SentenceView): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  const quoted = quotedTokens(v);
  const isNominal = (k: number): boolean => ['NOUN', 'PROPN', 'PRON'].includes(v.tokens[k]?.upos ?? '');
  v.tokens.forEach((t, i) => {
    if (t.upos !== 'VERB' || !SPEECH_VERBS.has(lemmaOf(t)) || quoted.has(i)) return;
    // the speaker: the noun phrase ending just before the verb (auxiliaries and adverbs between), else right after it
    let k = i - 1;
    while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(v.tokens[k]!.upos)) k--;
    let head: number | undefined = k >= 0 && isNominal(k) ? k : undefined;
    if (head === undefined && i + 1 < v.tokens.length && isNominal(i + 1)) {
      let e = i + 1;
      while (e + 1 < v.tokens.length && (v.tokens[e + 1]!.upos === 'PROPN' || v.tokens[e + 1]!.upos === 'NOUN')) e++;
      head = e;
    }
    if (head === undefined) return;
    const m = v.mentionAt[head];
    const speaker = m ? entityFromMention(m) : speakerArg(ctx, v, head);
    const content = new Set<number>();
    if (quoted.size) for (const q of quoted) content.add(q);
    else {
      // reported clause: "said (that) <clause>" up to the end of the sentence
      let start = i + 1;
      if (start < v.tokens.length && lower(v.tokens[start]!) === 'that') start++;
      const hasVerb = v.tokens.slice(start).some((u) => u.upos === 'VERB' || u.upos === 'AUX');
      if (hasVerb && head < i) for (let x = start; x < v.tokens.length; x++) content.add(x);
      // "..., he said": the clause before the speech verb
      if (head > i || (i > 1 && v.tokens[k]?.text === ',')) for (let x = 0; x < Math.min(i, head) - 1; x++) content.add(x);
      if (head < i && k > 0 && v.tokens[k - 1]?.text === ',') {
        let b = k - 1;
        while (b > 0 && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(v.tokens[b - 1]!.upos)) b--;
        for (let x = 0; x < b - 1; x++) content.add(x);
      }
    }
    if (content.size) frames.push({ speaker, cue: t.text, cueLemma: lemmaOf(t), cueToken: i, content, denied: DENIAL_VERBS.has(lemmaOf(t)), kind: quoted.size ? 'quote' : 'complement' });
  });
  return frames;
}

/** The innermost frame whose content holds token `i`, if any. */
export function frameOf(frames: SpeechFrame[], i: number): SpeechFrame | undefined {
  let best: SpeechFrame | undefined;
  for (const f of frames) if (f.content.has(i) && (!best || f.content.size < best.content.size)) best = f;
  return best;
}

/**
 * "A party spokesman said ... He said": a speaker described by one person's role (not a name, typed as a group of people)
 * is who a following "he" or "she" is, of the gender the role word says ("spokeswoman") or of either; undefined when the
 * speaker is no such description (a body, "officials").
 */
function roleGender(p: EntityArgument): 'male' | 'female' | undefined | null {
  if (p.type !== 'Group' || p.canonical) return null;
  const word = (p.text.split(/\s+/).pop() ?? '').toLowerCase();
  if (!isRole(word) || /s$/.test(word) && !/(?:man|woman|person)$/.test(word)) return null;
  return /woman$/.test(word) ? 'female' : /man$/.test(word) ? 'male' : undefined;
}

/** Whether a role's gender (undefined: either; null: no role) fits a pronoun's. */
function roleFits(role: 'male' | 'female' | undefined | null, gender: 'male' | 'female' | undefined): boolean {
  return role !== null && (role === undefined || role === gender);
}

/** The gender a person's name says: an honorific before it, or the given name of a name of several words. */
function nameGender(name: string): 'male' | 'female' | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase().replace(/\.$/, '');
  return honorificGender(first) ?? (words.length > 1 ? genderOfFirstName(words[0]!) : undefined);
}

/**
 * Who is named as speaking a quotation that a sentence opens and leaves open, in the sentence that closes it (`..., said
 * Lee.`, `..." Lee told reporters.`): the named subject of a speech verb outside the marks. Undefined when that sentence
 * names nobody ("he said" is left to the speaker before).
 */
function closingSpeaker(v: SentenceView): EntityArgument | undefined {
  const analysis = v.analysis;
  const open = quotationsOpen(analysis);
  for (let t = v.sentence.index + 1; t < analysis.sentences.length && open[t]; t++) {
    if (open[t + 1]) continue;
    const tokens = analysis.sentences[t]!.tokens;
    const inside = quoteRun(analysis.sentences[t]!, true).inside;
    for (let k = 0; k < tokens.length; k++) {
      if (inside.has(k) || tokens[k]!.upos !== 'VERB' || !SPEECH_VERBS.has(lemmaOf(tokens[k]!))) continue;
      const subject = tokens.findIndex((u, j) => u.head === k && u.dep === 'nsubj' && !inside.has(j));
      const m = subject < 0 ? undefined : analysis.mentions.find((x) => x.sentence === t && x.tokenStart <= subject && subject < x.tokenEnd);
      if (m && m.type !== 'Country' && m.type !== 'City' && m.type !== 'Location' && m.type !== 'Facility') return entityFromMention(m);
    }
    return undefined;
  }
  return undefined;
}

/** Speaker pronouns ("he said") resolved to the last named speaker or person in the article, when there is one. */
export class SpeakerMemory {
  private lastSpeaker?: EntityArgument;
  private lastPerson?: EntityArgument;
  /** Who spoke the quotation of the sentence before, while quotations follow one another. */
  private quoteSpeaker?: EntityArgument;
  /** Whose words, outside quotation marks, the sentence (its index) before reported, while reports go on. */
  private report?: { speaker: EntityArgument; sentence: number };

  /**
   * A sentence that opens with a quotation mark (or ends one it did not open) and has no reporting verb
   * of its own continues the quotation before it (`"They understand ..." ` after `"...," said Lukashov.`): a frame for its quoted
   * words, spoken by the same speaker. A sentence without quotation marks ends the run.
   */
  continuedQuote(v: SentenceView, frames: ReadonlyArray<ReadFrame>): SpeechFrame | undefined {
    const report = this.continuedReport(v, frames);
    if (report) return report;
    const carried = quotationsOpen(v.analysis)[v.sentence.index] ?? false;
    let quoted = quotedTokens(v);
    // the tail of a quotation the sentence splitter cut: no opening mark, one closing mark at the end
    const marks = v.tokens.map((t, i) => (QUOTE_MARK.has(t.text) ? i : -1)).filter((i) => i >= 0);
    const tail = !carried && marks.length === 1 && marks[0]! >= v.tokens.length - 2 && marks[0]! > 0 && !QUOTE_OPEN.has(v.tokens[0]!.text);
    if (tail) quoted = new Set(v.tokens.map((_, i) => i).filter((i) => i < marks[0]!));
    // a speech verb inside the quotation ("I think ...", "Lee, who told MPs that ...") is not who speaks it
    const outside = frames.filter((f) => !quoted.has(f.cueToken));
    const own = outside.find((f) => f.speaker && !isPronoun(f.speaker) && [...f.content].some((k) => quoted.has(k)));
    if (own) { this.quoteSpeaker = own.speaker; return undefined; }
    if (!quoted.size) { this.quoteSpeaker = undefined; return undefined; }
    const opens = QUOTE_OPEN.has(v.tokens[0]?.text ?? '');
    if (outside.length || !(tail || opens || carried)) return undefined;
    // `"We lost. It was hard," said Lee.`: a quotation that opens here and closes in a sentence after is the words of the
    // one named there, whoever spoke before
    if (opens && !carried) this.quoteSpeaker = closingSpeaker(v) ?? this.quoteSpeaker;
    if (!this.quoteSpeaker) return undefined;
    // `"I think it will work."` after `"...," said Lee.`: his "I" speaks for him
    for (const f of frames) if (firstPerson(f.speaker)) f.speaker = this.quoteSpeaker;
    return { speaker: this.quoteSpeaker, cue: 'said', cueLemma: 'say', cueToken: 0, content: new Set(quoted), denied: false, kind: 'quote' };
  }

  /**
   * `Lee said the levy would go. Taxes would rise to 40%.`: a sentence that reports nothing itself, quotes nothing and
   * whose main clause has a modal of reported speech ("would", "could", "might", "should": the tense a report shifts
   * "will" and "can" to), right after a sentence whose main clause reports someone's words outside quotation marks, goes
   * on with those words: a frame of its whole, spoken by the same speaker. A sentence that does not ends the run.
   */
  private continuedReport(v: SentenceView, frames: ReadonlyArray<ReadFrame>): SpeechFrame | undefined {
    const last = this.report;
    this.report = undefined;
    if (!v.parsed) return undefined;
    const quoted = quotedTokens(v);
    const root = v.tokens.findIndex((t) => t.head < 0);
    if (root < 0) return undefined;
    // this sentence's own report of someone's words, which later ones may go on with
    const own = frames.find((f) => f.speaker && !isPronoun(f.speaker) && (f.kind === 'complement' || f.kind === 'according') && !quoted.has(f.cueToken)
      && (f.cueToken === root || f.content.has(root)) && ![...f.content].some((k) => quoted.has(k)));
    if (own) { this.report = { speaker: own.speaker!, sentence: v.sentence.index }; return undefined; }
    if (!last || last.sentence !== v.sentence.index - 1 || frames.length || quoted.size || v.tokens.some((t) => QUOTE_MARK.has(t.text))) return undefined;
    const modal = kids(v, root, 'aux').some((k) => REPORTED_MODALS.has(lower(v.tokens[k]!)));
    // (the speaker's own "I" or "we", or "you" to the listener, would be a quotation: a report speaks of others in the
    // third person)
    const firstPerson = kids(v, root, 'nsubj', 'nsubj:pass').some((k) => quotationPerson(lower(v.tokens[k]!)));
    if (!modal || firstPerson) return undefined;
    // a person named here as the subject, other than the speaker, is the article's narration going on, not the report
    // ("The minister said the ward would close. Tom Hale, its surgeon, could not be reached.")
    const speakerName = last.speaker.canonical ?? last.speaker.text;
    const otherPerson = kids(v, root, 'nsubj', 'nsubj:pass').some((k) => {
      const m = v.mentionAt[k];
      return m?.type === 'Person' && !sameName(m.canonical ?? m.text, speakerName);
    });
    if (otherPerson) return undefined;
    this.report = { speaker: last.speaker, sentence: v.sentence.index };
    return { speaker: last.speaker, cue: 'said', cueLemma: 'say', cueToken: root, content: new Set(v.tokens.map((_, k) => k)), denied: false, kind: 'complement' };
  }

  resolve(speaker: EntityArgument | undefined): EntityArgument | undefined {
    if (!speaker) return undefined;
    if (isPronoun(speaker)) {
      const w = speaker.text.toLowerCase();
      const gender = w === 'he' ? 'male' : w === 'she' ? 'female' : undefined;
      // the last speaker, else the last person named, whose name does not say the other gender ("she said" is no Mr Lee)
      const fits = (p: EntityArgument | undefined): p is EntityArgument => !!p && (p.type === 'Person' && (nameGender(p.canonical ?? p.text) ?? gender) === gender
        || p === this.lastSpeaker && roleFits(roleGender(p), gender));
      const pick = gender ? [this.lastSpeaker, this.lastPerson].find(fits) : undefined;
      // (a role's description is no name to resolve the pronoun by: it speaks as itself)
      if (pick && pick.type === 'Group') return pick;
      if (pick) return { ...speaker, canonical: pick.canonical ?? pick.text, type: pick.type };
      return speaker;
    }
    this.lastSpeaker = speaker;
    if (speaker.type === 'Person') this.lastPerson = speaker;
    return speaker;
  }

  notePerson(p: EntityArgument): void {
    this.lastPerson = p;
  }
}

// What a phrase naming the content of a speech act may hold: more words name a claim, not one thing said.
const ACT_CONTENT_WORDS = 12;
// The parts of a clause cut from the content when it is too long: its relative clauses, asides and tags.
const CONTENT_ASIDES = new Set(['acl:relcl', 'parataxis', 'advcl', 'punct']);

/**
 * The content of a speech act that is a relation of its own (CONTENT_ACTS: "denied (that) the council had sold land",
 * "vowed (that) the ferry would resume", "recommended raising the levy", "recommends that there be a review of the prison"),
 * as one phrase's first and last token: the clause after the verb without its "that", the noun an existential "there
 * should be" puts forward, or a gerund clause. A clause longer than ACT_CONTENT_WORDS loses its relative clauses and
 * asides ("land that the farmers had used for grazing since 1950" is the land); undefined when it is still longer, or there is none.
 */
export function actContent(v: SentenceView, p: number): { first: number; last: number } | undefined {
  const clause = kids(v, p, 'ccomp').find((c) => c > p);
  // ("recommended raising the levy", "admitted taking bribes": a gerund with no "to" of its own)
  const gerund = clause === undefined ? kids(v, p, 'xcomp').find((c) => c > p && v.tokens[c]!.tag === 'VBG' && !kids(v, c, 'mark').length) : undefined;
  let head = clause ?? gerund;
  if (head === undefined) return undefined;
  // "there should be an independent review of the prison": what is put forward is the noun, not its being
  const there = kids(v, head, 'expl').some((k) => lower(v.tokens[k]!) === 'there');
  const noun = there && lemmaOf(v.tokens[head]!) === 'be' ? kid(v, head, 'nsubj') : undefined;
  if (noun !== undefined) head = noun;
  const words = (cut?: ReadonlySet<string>): number[] | undefined => {
    // the unbroken run of the head's words, without a leading "that" and edge punctuation or conjunctions
    const all = subtree(v, head!, cut).filter((k) => !(v.tokens[k]!.dep === 'mark' && lower(v.tokens[k]!) === 'that' && v.tokens[k]!.head === head));
    let lo = all.indexOf(head!), hi = lo;
    while (lo > 0 && all[lo - 1] === all[lo]! - 1) lo--;
    while (hi < all.length - 1 && all[hi + 1] === all[hi]! + 1) hi++;
    const run = all.slice(lo, hi + 1);
    const edge = (k: number): boolean => ['PUNCT', 'CCONJ', 'SCONJ', 'ADP'].includes(v.tokens[k]!.upos) && !QUOTE_MARK.has(v.tokens[k]!.text);
    while (run.length > 1 && edge(run[run.length - 1]!)) run.pop();
    while (run.length > 1 && edge(run[0]!)) run.shift();
    return run.length ? run : undefined;
  };
  // (the whole clause, cutting nothing, unless its head is the noun of "there should be")
  const whole = words(noun !== undefined ? CONTENT_ASIDES : undefined);
  const toks = whole && whole.length <= ACT_CONTENT_WORDS ? whole : words(CONTENT_ASIDES);
  // (nor a phrase cut inside a hyphenated word: "will have a built(-in camera)")
  if (!toks || toks.length > ACT_CONTENT_WORDS || v.tokens[toks[toks.length - 1]! + 1]?.tag === 'HYPH') return undefined;
  return { first: toks[0]!, last: toks[toks.length - 1]! };
}

/**
 * Who performs a speech act whose subject is the token `a`, for the act's own relation: a document's author ("the report
 * suggests ..." is its authors' proposal), else the subject as it is; undefined when the subject names an act or an
 * event ("the decision suggests ...", "the attack confirmed ..."), which makes the verb mean "indicate", not speech.
 */
export function actSpeaker(ctx: Context, v: SentenceView, a: number): EntityArgument | undefined | 'as-is' {
  if (v.mentionAt[a]?.type === 'Event' || !v.mentionAt[a] && namesAnAct(ctx, v, a)) return undefined;
  return documentAuthor(ctx, v, a) ?? 'as-is';
}

/**
 * Whether two names name the same one as a reader takes them: equal, or one the other's last word(s) ("Ann Lane",
 * "Lane"), in any case ("Ann de Villiers", "De Villiers"). relations/speakers.ts' sameEntity asks it of two arguments.
 */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}
