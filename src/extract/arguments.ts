// Turns the head token of a noun phrase into a candidate argument: a named entity, an event, a literal or a concept.
import type { EntityType, Mention } from '../analyze/analysis.js';
import type { Argument, ConceptArgument, EntityArgument, LiteralArgument } from './candidate.js';
import type { Anaphors, Antecedent } from './coreference.js';
import type { EventBook } from './event-book.js';
import { isPronoun as isPronounText } from './anaphora.js';
import { WORK_NOUNS } from '../analyze/mentions/works.js';
import { boundOf, findMoney, numberString, numberValue } from './quantities.js';
import { THIRD_PERSON_POSSESSIVES } from './predicates/lexicon.js';
import { isAgeOld, isInnerHyphen, kids, lemmaOf, lower, subtree, spanText, tokenKey, type SentenceView } from './sentence-view.js';

export interface Context {
  book: EventBook;
  /** The article's resolved pronouns and descriptions by `tokenKey` (coreference.ts). */
  anaphors?: Map<string, Antecedent> & Partial<Pick<Anaphors, 'members'>>;
  /** Set for open extraction: relations keep the verb's other phrases as written (CaRB's third and later arguments). */
  openSurfaces?: boolean;
}

/**
 * Nouns that, modified by a country's name or demonym, stand for that country's government ("the Russian side", "Iraqi
 * officials said"); counted ones are individuals ("13 Venezuelan officials"), not the state.
 */
const METONYM_HEADS = new Set(['side', 'government', 'authorities', 'administration', 'leadership', 'state', 'regime', 'official', 'diplomat']);
/** Third-person pronouns that can only stand for a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['it', 'they', 'them', 'we', 'us', 'i', 'me', 'you']);
const RELATIVE = new Set(['who', 'whom', 'which', 'that', 'whose']);
/** Branches that are not part of a noun phrase's name. */
// (a noun that is a clause's predicate, "the winner was 50 Cent", heads its subject, copula and auxiliaries too: no part of
// its phrase)
const NP_CUT = new Set(['acl', 'acl:relcl', 'appos', 'conj', 'cc', 'parataxis', 'punct', 'advcl', 'ccomp', 'dep', 'discourse', 'list', 'orphan', 'reparandum', 'vocative', 'dislocated',
  'nsubj', 'nsubj:pass', 'csubj', 'cop', 'aux', 'aux:pass', 'expl']);
const NP_CUT_SHORT = new Set([...NP_CUT, 'nmod']);
const SMALL_COUNTS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'some']);
/** Fixed prepositional phrases that say how or how much, never what a verb relates ("were strong up front", "of course"). */
const IDIOM_PHRASES = new Set(['up front', 'at least', 'at most', 'at all', 'at last', 'at first', 'at once', 'at times', 'in fact', 'in particular', 'in general', 'in short', 'in turn', 'in part', 'of course', 'for now', 'for good', 'for example', 'for instance']);
/** Words that are adverbs whatever their tag ("stormed ahead" with "ahead" read as the verb's object noun). */
const ADVERB_ONLY = new Set(['ahead', 'abroad', 'ago', 'apart', 'aside', 'away', 'afterwards', 'overseas', 'instead', 'meanwhile', 'nowadays', 'thereafter']);

export function isRelativePronoun(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  return RELATIVE.has(lower(t)) && (t.upos === 'PRON' || t.upos === 'DET' || t.upos === 'SCONJ');
}

export function entityFromMention(m: Mention): EntityArgument {
  const arg: EntityArgument = { kind: 'entity', text: m.text, start: m.start, end: m.end, type: m.type };
  if (m.canonical && m.canonical !== m.text) arg.canonical = m.canonical;
  return arg;
}

/** The time expression covering a token, as a literal (day, month or year), if any. */
function timeLiteral(v: SentenceView, i: number): LiteralArgument | undefined {
  const t = v.tokens[i]!;
  const te = v.analysis.times.find((x) => x.start <= t.start && x.end >= t.end);
  if (!te) return undefined;
  if (te.date) return { kind: 'literal', value: te.date, datatype: 'date', text: te.text };
  if (te.interval) {
    const { start, end } = te.interval;
    if (start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31')) return { kind: 'literal', value: start.slice(0, 4), datatype: 'gYear', text: te.text };
    if (start.slice(0, 7) === end.slice(0, 7)) return { kind: 'literal', value: start.slice(0, 7), datatype: 'gYearMonth', text: te.text };
    return { kind: 'literal', value: te.text, datatype: 'string', text: te.text };
  }
  if (/^\d{4}$/.test(te.text.trim())) return { kind: 'literal', value: te.text.trim(), datatype: 'gYear', text: te.text };
  return { kind: 'literal', value: te.text, datatype: 'string', text: te.text };
}

/**
 * A money literal for a phrase headed at `head`, when the amount is the phrase's head ("$6bn", "6bn dollars"). An amount
 * that only modifies the head ("Britain's £3bn rebate", "a $6bn loan") leaves the phrase what its head names; the money
 * extractor puts the amount on it.
 */
function moneyLiteral(v: SentenceView, tokens: number[], head: number): LiteralArgument | undefined {
  if (!tokens.length) return undefined;
  const text = spanText(v, tokens[0]!, tokens[tokens.length - 1]!);
  const money = findMoney(text)[0];
  if (!money) return undefined;
  const from = v.tokens[tokens[0]!]!.start + money.index, to = from + money.length;
  const h = v.tokens[head]!;
  if (h.start < from || h.end > to) return undefined;
  const before = text.slice(0, money.index);
  return { kind: 'literal', value: money.value, datatype: 'decimal', unit: money.currency, bound: boundOf(before), text: text.slice(money.index, money.index + money.length) };
}

/** A count literal for a number head ("at least 137 people"): value, bound and unit (the counted noun). */
export function countLiteral(v: SentenceView, numberToken: number, unitToken?: number): LiteralArgument | undefined {
  const t = v.tokens[numberToken]!;
  const value = numberValue(t.text);
  if (value === undefined) return undefined;
  const sentText = v.analysis.document.text.slice(v.sentence.start, t.start);
  const lit: LiteralArgument = { kind: 'literal', value: numberString(value), datatype: Number.isInteger(value) ? 'integer' : 'decimal', bound: boundOf(sentText), text: t.text };
  if (unitToken !== undefined) lit.unit = lemmaOf(v.tokens[unitToken]!) === 'person' ? 'people' : lower(v.tokens[unitToken]!);
  return lit;
}

/** Tokens of the noun phrase headed by `i`, without clauses, appositions and conjuncts; shortened when long. */
export function phraseTokens(v: SentenceView, i: number): number[] {
  if (!v.parsed) {
    // no parse: the head with the nouns and adjectives right before it ("accounting fraud")
    let k = i;
    while (k > 0 && i - k < 4 && ['NOUN', 'ADJ', 'PROPN'].includes(v.tokens[k - 1]!.upos)) k--;
    return Array.from({ length: i - k + 1 }, (_, n) => k + n);
  }
  let toks = subtree(v, i, NP_CUT);
  if (toks.length > 8) toks = subtree(v, i, NP_CUT_SHORT);
  toks = withModifierConjuncts(v, i, toks);
  toks = withoutTimes(v, i, toks);
  toks = withInnerHyphens(v, toks);
  // keep the contiguous run around the head: a discontinuous subtree is a parse error more often than not
  const at = toks.indexOf(i);
  let lo = at, hi = at;
  while (lo > 0 && toks[lo - 1] === toks[lo]! - 1) lo--;
  while (hi < toks.length - 1 && toks[hi + 1] === toks[hi]! + 1) hi++;
  toks = toks.slice(lo, hi + 1);
  // a phrase does not end in a preposition, a determiner or a conjunction
  while (toks.length > 1 && ['ADP', 'DET', 'CCONJ', 'PART', 'SCONJ'].includes(v.tokens[toks[toks.length - 1]!]!.upos)) toks.pop();
  // nor begin with its case marker, whatever its tag ("to" tagged as a particle in "pleaded guilty to charges"), except the
  // "at" of a bound on a count ("killed at least 15 soldiers", with "at" hung on "least" as its case)
  while (toks.length > 1 && (['ADP', 'CCONJ', 'PUNCT', 'SCONJ'].includes(v.tokens[toks[0]!]!.upos) || v.tokens[toks[0]!]!.dep === 'case') && !isCountBound(v, toks[0]!)) toks.shift();
  // nor with the wh-adverb opening its clause, hung on a modifier of the noun ("a regime where different people help")
  while (toks.length > 1 && toks[0] !== i && v.tokens[toks[0]!]!.tag === 'WRB') toks.shift();
  return toks;
}

/** Links of a modifier before a noun whose conjuncts are words of the same phrase ("civil and criminal investigations"). */
const COORDINATED_MODIFIERS = new Set(['amod', 'compound', 'nmod:poss', 'nummod']);

/**
 * The phrase's tokens with the conjuncts of a modifier before its head put back ("civil and criminal investigations",
 * "British and American troops", "old, rare and modern maps"): cut with every conjunct,
 * they left the head alone ("investigations"), since the modifier they were coordinated with no longer touched it. A
 * conjunct after the head is another thing ("Ann, Bo and Cy") and stays cut. `toks` ascending.
 */
function withModifierConjuncts(v: SentenceView, i: number, toks: number[]): number[] {
  let added: number[] | undefined;
  for (const k of toks) {
    if (k >= i) break;
    if (!COORDINATED_MODIFIERS.has(v.tokens[k]!.dep)) continue;
    const conjuncts = v.children[k]!.filter((c) => c > k && c < i && v.tokens[c]!.dep === 'conj');
    // (a coordination has its "and"/"or": a conjunct without one, "Ardania's Ana Reis also pleased fans"
    // with the name hung on "Ardania" as its conjunct, is a parse error, and its words no part of the phrase)
    if (!conjuncts.some((c) => v.children[c]!.some((x) => v.tokens[x]!.dep === 'cc'))) continue;
    for (const c of conjuncts) {
      added ??= [];
      added.push(...subtree(v, c, NP_CUT));
      // (the coordinator and commas hang on the conjunct; so may a modifier of it)
      for (const x of v.children[c]!) if (x > k && x < c && ['cc', 'punct'].includes(v.tokens[x]!.dep)) added.push(x);
    }
  }
  if (!added) return toks;
  const inside = new Set(toks);
  return [...toks, ...added.filter((x) => !inside.has(x) && (inside.add(x), true))].sort((a, b) => a - b);
}

/**
 * The phrase's tokens without a time the parser hung on its head after it ("released figures last July", "scored his
 * second goal two minutes later"): a time is the verb's, when it happened, never part of the thing acted on. The run that
 * is left around the head (phraseTokens) then ends before the time. A phrase that is a time itself keeps its words.
 */
function withoutTimes(v: SentenceView, i: number, toks: number[]): number[] {
  if (inTime(v, i)) return toks;
  // (not an of-phrase, which says which one: "the first slam of 2005"); "across the US", "around the world": a spread over
  // places says where the act reaches, not which thing it is ("operates 900 shops across Peru")
  const prep = (k: number): string[] => kids(v, k, 'case').map((c) => lower(v.tokens[c]!));
  const times = v.children[i]!.filter((k) => k > i && ((inTime(v, k) || /^(?:obl|nmod):tmod$/.test(v.tokens[k]!.dep)) && !prep(k).includes('of')
    || prep(k).some((w) => SPREAD_PREPS.has(w))));
  if (!times.length) return toks;
  const cut = new Set(times.flatMap((k) => subtree(v, k)));
  return toks.filter((k) => !cut.has(k));
}

/** Prepositions of a spread over places ("across the country", "throughout Europe"). */
const SPREAD_PREPS = new Set(['across', 'throughout', 'around']);

/** Whether a token is inside one of the sentence's time expressions. */
function inTime(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]!;
  return v.times.some((x) => x.start <= t.start && x.end >= t.end);
}

/** "at" of "at least"/"at most" before a number: part of the count's phrase, not a preposition. */
function isCountBound(v: SentenceView, i: number): boolean {
  const next = v.tokens[i + 1], number = v.tokens[i + 2];
  return lower(v.tokens[i]!) === 'at' && next !== undefined && ['least', 'most'].includes(lower(next)) && number !== undefined && number.upos === 'NUM';
}

/**
 * The phrase's tokens with the hyphens written inside its words put back ("two-year ban", "Montreal-based firm"): cut as
 * punctuation, they would split the phrase so that only "year ban" is kept.
 */
function withInnerHyphens(v: SentenceView, toks: number[]): number[] {
  const inside = new Set(toks);
  const added = toks.filter((k) => inside.has(k + 2) && !inside.has(k + 1)).map((k) => k + 1).filter((h) => isInnerHyphen(v, h));
  return added.length ? [...toks, ...added].sort((a, b) => a - b) : toks;
}

function conceptLabel(v: SentenceView, toks: number[]): string {
  let k = 0;
  while (k < toks.length - 1 && DETERMINERS.has(lower(v.tokens[toks[k]!]!))) k++;
  return spanText(v, toks[k]!, toks[toks.length - 1]!);
}

/** The phrase of `toks` (a run of tokens) as a concept: its words as written, labelled without a leading determiner. */
export function conceptArgument(v: SentenceView, toks: number[]): ConceptArgument {
  const start = v.tokens[toks[0]!]!.start, end = v.tokens[toks[toks.length - 1]!]!.end;
  return { kind: 'concept', text: v.analysis.document.text.slice(start, end), start, end, label: conceptLabel(v, toks) };
}

/** What a conjunct of a name is read with: its own words, not the list's punctuation, conjunction or further conjuncts. */
const CONJUNCT_CUT: ReadonlySet<string> = new Set(['cc', 'punct', 'conj']);

/**
 * "works by A, B and C": the common-noun phrase once for each maker after the first ("works by B", "works by C").
 * phraseTokens cuts a phrase's conjuncts, so the "by" phrase keeps only its first name and the others were lost; a
 * work's maker is part of what the phrase names, so each is a thing of its own. Only a "by" phrase right on the noun
 * and names as its conjuncts; empty otherwise.
 */
export function byPhraseConjuncts(v: SentenceView, o: number): ConceptArgument[] {
  if (!v.parsed || v.tokens[o]!.upos !== 'NOUN' || v.mentionAt[o]) return [];
  const by = kids(v, o, 'nmod').find((k) => k > o && kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'by'));
  if (by === undefined) return [];
  const names = kids(v, by, 'conj').filter((c) => v.mentionAt[c] !== undefined);
  if (!names.length) return [];
  const first = Math.min(...subtree(v, by));
  const before = phraseTokens(v, o).filter((k) => k < first);
  if (!before.includes(o)) return [];
  const text = v.analysis.document.text;
  return names.map((c) => {
    const own = subtree(v, c, CONJUNCT_CUT);
    const words = [...before, first, ...own];
    const start = v.tokens[before[0]!]!.start, end = v.tokens[own[own.length - 1]!]!.end;
    const said = (ks: number[]): string => ks.map((k) => text.slice(v.tokens[k]!.start, v.tokens[k]!.end)).join(' ');
    let d = 0;
    while (d < words.length - 1 && DETERMINERS.has(lower(v.tokens[words[d]!]!))) d++;
    return { kind: 'concept', text: said(words), start, end, label: said(words.slice(d)) };
  });
}

/** Pronoun type guess: he/she are people; the rest are left for the resolver to type. */
function pronounType(word: string): EntityType {
  return PERSON_PRONOUNS.has(word) ? 'Person' : 'Misc';
}

/** The argument for the phrase headed by token `i`, or undefined where nothing usable is there (expletives, clauses). */
export function argumentFor(ctx: Context, v: SentenceView, i: number): Argument | undefined {
  const t = v.tokens[i]!;
  const w = lower(t);
  if (t.dep === 'expl' || t.upos === 'PUNCT' || t.upos === 'VERB' || t.upos === 'AUX') return undefined;
  const time = timeLiteral(v, i);
  if (time) return time;
  const m = v.mentionAt[i];
  // "the Frenchman" taken by the recogniser for a name of its own: the person the resolver placed it on (as the phrase
  // with its "the", which is no name's span)
  const placed = m && m.type !== 'Person' ? ctx.anaphors?.get(tokenKey(v.sentence.index, i)) : undefined;
  if (placed) {
    const toks = phraseTokens(v, i);
    const start = v.tokens[toks[0]!]!.start, end = v.tokens[toks[toks.length - 1]!]!.end;
    return resolvedArgument(v.analysis.document.text.slice(start, end), start, end, placed);
  }
  if (m) {
    // "the Russian side": a demonym naming its country's government
    return entityFromMention(m);
  }
  if (t.upos === 'NOUN' && METONYM_HEADS.has(lemmaOf(t)) && v.parsed && !kids(v, i, 'nummod').length) {
    const mod = kids(v, i, 'amod', 'compound', 'nmod:poss').find((k) => v.mentionAt[k]?.type === 'Country');
    if (mod !== undefined) {
      const mm = v.mentionAt[mod]!;
      const toks = phraseTokens(v, i);
      const start = v.tokens[toks[0]!]!.start, end = v.tokens[toks[toks.length - 1]!]!.end;
      return { kind: 'entity', text: v.analysis.document.text.slice(start, end).replace(/^(the|a)\s+/i, ''), start, end, type: 'Country', canonical: mm.canonical ?? mm.text };
    }
  }
  // "outlined what he thinks should be the key themes": a free relative naming a thing by what it is, that thing
  const named = freeRelativePredicate(v, i);
  if (named !== undefined) return argumentFor(ctx, v, named);
  if (t.upos === 'PRON' || (PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w)) && t.upos !== 'NOUN') {
    if (!PERSON_PRONOUNS.has(w) && !OTHER_PRONOUNS.has(w)) return undefined; // "this", "something", "which": not an argument
    const resolved = ctx.anaphors?.get(tokenKey(v.sentence.index, i));
    if (resolved) return resolvedArgument(t.text, t.start, t.end, resolved);
    // "Ann Roe and Tom Hale ... they": the people coreference gave "they" (plural-members.ts makes it one per person), as
    // sure an argument as a pronoun resolved to one name
    const people = ctx.anaphors?.members?.get(tokenKey(v.sentence.index, i));
    if (people) return resolvedArgument(t.text, t.start, t.end, { mention: people[0]!, certainty: 1 });
    return { kind: 'entity', text: t.text, start: t.start, end: t.end, type: pronounType(w) };
  }
  // "Queen's anthem The Show Must Go On", "their new album, Ode,": the work noun only says what the title after it is
  const title = apposedTitle(v, i);
  if (title) return entityFromMention(title);
  if (v.parsed) {
    const marker = kids(v, i, 'case').find((k) => k === i - 1);
    if (marker !== undefined && IDIOM_PHRASES.has(`${lower(v.tokens[marker]!)} ${w}`)) return undefined;
  }
  if (ADVERB_ONLY.has(w)) return undefined;
  const toks = phraseTokens(v, i);
  // a phrase holding an expletive is a clause parsed as a noun phrase ("but there was room"): no argument
  if (v.parsed && toks.some((k) => v.tokens[k]!.dep === 'expl')) return undefined;
  const money = moneyLiteral(v, toks, i);
  if (money) return money;
  if (t.upos === 'NUM') {
    // "starred in nine of the films": a number with an of-phrase counts what that phrase names, which is the argument
    const of = v.parsed ? kids(v, i, 'nmod', 'obl').find((k) => k > i && kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'of')) : undefined;
    if (of !== undefined) return argumentFor(ctx, v, of);
    // "Mary Poppins won two": a small count written as a word with nothing counted stands for a noun left out, no value
    // of its own (a value such as "cut to zero" stays)
    if (SMALL_COUNTS.test(t.text) && !v.children[i]!.some((k) => v.tokens[k]!.upos === 'NOUN')) return undefined;
    const lit = countLiteral(v, i);
    if (lit) return lit;
  }
  const ev = v.analysis && ctx.book.at(v.sentence.index, i);
  if (ev && !ev.verbal) return ev.arg;
  if (t.upos !== 'NOUN' && t.upos !== 'PROPN' && t.upos !== 'NUM' && t.upos !== 'ADJ' && t.upos !== 'X' && t.upos !== 'SYM') return undefined;
  // "the company": the organisation named before it
  const described = ctx.anaphors?.get(tokenKey(v.sentence.index, i));
  if (described) {
    const start = v.tokens[toks[0]!]!.start, end = v.tokens[toks[toks.length - 1]!]!.end;
    return resolvedArgument(v.analysis.document.text.slice(start, end), start, end, described);
  }
  // an unresolved age ("the 28-year-old won") names nobody: its relations would hang on the word "old"
  if (isAgeOld(v, i)) return undefined;
  // a phrase with a named entity as its possessor or compound and a vague head keeps its words: "WorldCom directors"
  return conceptArgument(v, toks);
}

/** Least certainty of the resolver's choice for a possessive to be written as its owner's name. */
const OWNER_CERTAINTY = 0.5;

/**
 * A concept's label with each possessive pronoun the resolver placed on a name written as that name's possessive: "his
 * handling of the economy" is "Brown's handling of the economy", which says whose handling out of its sentence. Not a
 * pronoun whose owner `skip` says is the relation's other argument ("Lee fulfilled her potential": whose is plain, and an
 * idiom, "stuck to his guns", stays one). The words as written (`text`) are kept.
 */
export function withOwners(ctx: Context, v: SentenceView, concept: ConceptArgument, skip: (owner: EntityArgument) => boolean): ConceptArgument {
  let label = concept.label;
  let changed = false;
  for (let k = 0; k < v.tokens.length; k++) {
    const t = v.tokens[k]!;
    // ("His Dark Lamps" inside a sentence is a title's first word)
    if (t.start < concept.start || t.end > concept.end || !THIRD_PERSON_POSSESSIVES[t.text] && !(k === 0 && THIRD_PERSON_POSSESSIVES[lower(t)]) || t.tag !== 'PRP$') continue;
    const owner = ctx.anaphors?.get(tokenKey(v.sentence.index, k));
    // (only an owner the resolver was sure of: half of those it chose with less were wrong, and "his" is no error)
    if (!owner || owner.certainty < OWNER_CERTAINTY || skip(entityFromMention(owner.mention))) continue;
    const name = owner.mention.canonical ?? owner.mention.text;
    const at = new RegExp(`(^|\\s)${t.text}(?=\\s)`);
    if (!at.test(label)) continue;
    label = label.replace(at, `$1${name}${/s$/.test(name) ? "'" : "'s"}`);
    changed = true;
  }
  return changed ? { ...concept, label } : concept;
}

/**
 * The title written right after a work noun, or set off from it by a comma ("the anthem The Show Must Go On", "their new
 * album, Ode, ..."), whatever the parser hung it on: the work the noun's phrase names. The mention rules (works.ts) typed
 * such titles as works (Misc); undefined for any other noun or name.
 */
export function apposedTitle(v: SentenceView, i: number): Mention | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN' || v.mentionAt[i] || !WORK_NOUNS.has(t.text)) return undefined;
  const apposed = v.tokens[i + 1]?.text === ',';
  const k = apposed ? i + 2 : i + 1;
  const m = v.mentionAt[k];
  if (!m || m.type !== 'Misc' || m.start !== v.tokens[k]!.start) return undefined;
  // (set off by commas, the title closes as it opened: "their album, Ode, sold", not "the show, European viewers said")
  const after = v.tokens.findIndex((x) => x.start >= m.end);
  return !apposed || after < 0 || [',', '.', ';', ':', ')', '-'].includes(v.tokens[after]!.text) ? m : undefined;
}

/**
 * The predicate noun of a free relative "what" that says what the thing is ("outlined what he thinks should be the key
 * themes", "delivered what is thought to be the last copy"): the first noun after "what" inside its clause with a copula
 * of its own, when no comma or other clause opener comes between. Undefined for any other word or a "what" that asks
 * ("asked what the plan was": the noun is the subject there, before the copula).
 */
function freeRelativePredicate(v: SentenceView, i: number): number | undefined {
  const t = v.tokens[i]!;
  if (!v.parsed || lower(t) !== 'what' || t.upos !== 'PRON' || !['obj', 'nsubj', 'nsubj:pass', 'obl'].includes(t.dep)) return undefined;
  const inside = new Set(subtree(v, i));
  for (let k = i + 1; k < v.tokens.length && inside.has(k); k++) {
    const u = v.tokens[k]!;
    if (u.upos === 'PUNCT' || lower(u) === 'what') return undefined;
    if ((u.upos === 'NOUN' || u.upos === 'PROPN') && kids(v, k, 'cop').some((c) => c < k && lemmaOf(v.tokens[c]!) === 'be')) return k;
  }
  return undefined;
}

/** A pronoun or description standing for the name it was resolved to. */
function resolvedArgument(text: string, start: number, end: number, a: Antecedent): EntityArgument {
  const m = a.mention;
  return { kind: 'entity', text, start, end, type: m.type, canonical: m.canonical ?? m.text, antecedent: { start: m.start, end: m.end, certainty: a.certainty } };
}

/**
 * Whether a word is a personal pronoun as written: "US" or "IT" in capitals is a name's short form (the United States),
 * not "us" or "it"; "I" stays the pronoun (anaphora's isPronoun, which the resolver reads, holds that rule).
 */
function pronounWord(text: string): boolean {
  const w = text.toLowerCase();
  return (PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w)) && isPronounText(text);
}

/** Whether an argument is a named entity (not a pronoun or a vague noun): the strongest kind of argument. */
export function isNamed(a: Argument): boolean {
  return a.kind === 'entity' && !a.antecedent && !pronounWord(a.text);
}

/** Whether an argument is a pronoun or description resolved to a name of the article ("he" -> Jack Straw). */
export function isResolved(a: Argument): boolean {
  return a.kind === 'entity' && !!a.antecedent;
}

export function isPronoun(a: Argument): boolean {
  return a.kind === 'entity' && pronounWord(a.text) && !a.canonical;
}

/** Text a reader would use for an argument (for tests, the CLI and OpenIE output). */
export function argumentText(a: Argument): string {
  switch (a.kind) {
    case 'entity': return a.canonical ?? a.text;
    case 'event': return a.label;
    case 'literal': return a.value;
    case 'concept': return a.label;
  }
}
