// Who a verb's subject is: coordination, shared and fronted subjects, relative and reduced clauses, appositions, voice.
import type { EntityType, Mention } from '../../analyze/analysis.js';
import { COURTESY_TITLE } from '../../analyze/gazetteer/index.js';
import { apposedTitle, isRelativePronoun } from '../arguments.js';
import { ORGANISATION_TYPES } from '../anaphora.js';
import { DIRECTIVE_VERBS } from '../predicates/lexicon.js';
import { ancestors, isInnerHyphen, kid, kids, lemmaOf, lower, mentionHead, subtree, toInfinitive, type SentenceView } from '../sentence-view.js';
import { ACCUSE_VERBS, LOCATIVE_TYPES, prepOf } from './words.js';
import { ACTOR_NOUNS } from './confidence.js';
import { isActorNoun } from './objects.js';
import { isTime } from './time-frames.js';
import { DASHES, datelineDash, spacedDash } from '../dashes.js';

/**
 * The items of a list a clause after them can be about: "X, which publishes ..., Y and Z announced" hangs Y and Z on X
 * as conjuncts, but the clause, written before them, is X's alone. The first item stays whatever the parse.
 */
function itemsBefore(items: number[], clause: number): number[] {
  const kept = items.filter((k, n) => n === 0 || k < clause);
  return kept.length === items.length ? items : kept;
}

/** Conjuncts of `i` ("France and Germany"), `i` first. */
export function withConjuncts(v: SentenceView, i: number): number[] {
  // every item of a list is a conjunct of its first, whether the parse hung the items on the first or chained them
  // ("Austria, the Netherlands and Sweden" with the last two on "Austria")
  const conj: number[] = [];
  // (a conjunct hung on the last word of a name parsed head-first, "Ivo Brask and Ada Lind" with "Ada" under "Brask",
  // is the name's all the same)
  const words = [i, ...kids(v, i, 'flat').filter((k) => k > i && v.tokens[k]!.upos === 'PROPN')];
  // (an item with a preposition of its own after one without is a phrase of its own: "launched its platform, with
  // leader X saying ..." is no list of platform and X)
  const firstBare = !kids(v, i, 'case').length;
  const ownCase = (c: number): boolean => firstBare && hasPreposition(v, c);
  // (nor does a list run on past a comma that closes a date inside a phrase: in "On the morning of 1 March, Taliban
  // gunmen and bombers attacked", the gunmen start the clause; a date that is itself the phrase's head, "In August
  // 2004, the court ruled" misparsed as one list, is filtered out as a time where it is used and keeps its items)
  // (read once per list, not per conjunct: isTime scans the article's times)
  const iTime = isTime(v, i);
  const afterDate = (c: number): boolean => {
    if (iTime) return false;
    const first = subtree(v, c).find((k) => v.tokens[k]!.upos !== 'PUNCT') ?? c;
    return first >= 2 && v.tokens[first - 1]!.text === ',' && isTime(v, first - 2) && !isTime(v, c);
  };
  for (let q = words; q.length;) {
    const next = q.flatMap((k) => kids(v, k, 'conj').filter((c) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(v.tokens[c]!.upos) && !conj.includes(c) && !ownCase(c) && !afterDate(c)));
    conj.push(...next);
    q = next;
  }
  // "the UK, France, Germany and Sweden" with "France" read as an apposition: in a list, a name of the same type as
  // the head is one more item, not another name for it
  const m = v.mentionAt[i];
  const listed = conj.length && m ? kids(v, i, 'appos').filter((c) => v.mentionAt[c] && v.mentionAt[c] !== m && v.mentionAt[c]!.type === m.type) : [];
  // "his counterpart, Ariel Sharon, and the Palestinian leader": the list may continue from the name the noun stands for
  const named = appositionTarget(v, i);
  const more = named !== i && !conj.length ? kids(v, named, 'conj').filter((c) => ['NOUN', 'PROPN'].includes(v.tokens[c]!.upos)) : [];
  return [i, ...[...listed, ...conj, ...more].sort((a, b) => a - b)];
}

/** Nouns of a person ("the spokesman for X, which ..." cannot be the spokesman's clause). */
const PERSON_NOUN = /^(?:\w*(?:man|woman|person)|president|chief|boss|executive|minister|leader|official|lawyer|prosecutor|judge|director|governor|mayor|secretary|analyst|founder|owner|editor|correspondent|witness|head|member|manager|captain|coach|player|actor|singer|star)$/;

/** Verbs of harm, whose subject is an act, a weapon or an agent, never the place it happened ("the cafe killed 13"). */
const HARM_VERBS = new Set(['kill', 'wound', 'injure', 'hurt', 'maim', 'destroy', 'damage', 'claim', 'leave']);
const LOCATIVE_PREPS = new Set(['at', 'in', 'on', 'near', 'inside', 'outside', 'outside of', 'off']);

/** Whether a noun names a person: a person's name or a noun of people ("spokesman", "governor"). */
function personNoun(v: SentenceView, n: number): boolean {
  const m = v.mentionAt[n];
  if (m) return m.type === 'Person';
  return PERSON_NOUN.test(lemmaOf(v.tokens[n]!)) || PERSON_NOUN.test(lower(v.tokens[n]!));
}

/** The noun a prepositional phrase on a noun hangs on ("spokesman" for "SSL" in "a spokesman for SSL"), if any. */
function phraseHost(v: SentenceView, n: number): number | undefined {
  const m = v.mentionAt[n];
  let k = m ? mentionHead(v, m.tokenStart, m.tokenEnd) : n;
  // (a list's later items stand in the first item's phrase: "in Calle X, Madrid, Spain")
  while (['conj', 'list', 'appos', 'flat'].includes(v.tokens[k]!.dep) && v.tokens[k]!.head >= 0 && v.tokens[k]!.head < k && !hasPreposition(v, k)) k = v.tokens[k]!.head;
  if (!hasPreposition(v, k) && !(m && inPrepositionalPhrase(v, m))) return undefined;
  const h = v.tokens[k]!.head;
  return h >= 0 && v.tokens[k]!.dep === 'nmod' && ['NOUN', 'PROPN'].includes(v.tokens[h]!.upos) ? h : undefined;
}

/**
 * Which noun a relative clause after a prepositional phrase belongs to, when the parse or the nearest noun says one and
 * the relative pronoun, the nouns and the verb say the other: "who" is a person, never a place ("the governor of X, who
 * is ..."); "which" is never a person ("a spokesman for X, which makes ..."), and after a thing with a body's name in its
 * phrase, a "which" that acts on an object is the body's ("shares in X, which makes ..."); a verb of harm is done by the
 * act or the agent, not by the place it happened ("an attack at the cafe in X which killed 13"). `n` is the noun found,
 * `rel` the pronoun, `p` the clause's verb.
 */
function relativeHead(v: SentenceView, rel: number, n: number, p: number): number {
  const word = lower(v.tokens[rel]!);
  const host = phraseHost(v, n);
  const m = v.mentionAt[n];
  if (host !== undefined) {
    if (word === 'who' && !personNoun(v, n) && (personNoun(v, host) || ORGANISATION_TYPES.has(v.mentionAt[host]?.type as EntityType))) return host;
    if (word === 'which' && m && m.type !== 'Person' && personNoun(v, host)) return n;
  }
  // (the name ending the noun's own phrase right before the clause, for a clause the parser hung on the noun)
  if (word === 'which' && !m) {
    const inner = kids(v, n, 'nmod').find((k) => k < rel && v.mentionAt[k] && ORGANISATION_TYPES.has(v.mentionAt[k]!.type) && hasPreposition(v, k)
      && v.tokens.slice(v.mentionAt[k]!.tokenEnd, rel).every((u) => u.text === ','));
    const acts = kids(v, p, 'obj').length > 0 && !kids(v, p, 'aux:pass', 'nsubj:pass').length;
    if (inner !== undefined && (personNoun(v, n) || acts && !isActorNoun(v, n))) return inner;
  }
  if (HARM_VERBS.has(lemmaOf(v.tokens[p]!))) {
    // up from a place to the act or thing it is the place of
    let k = n;
    for (let steps = 0; steps < 4 && place(v, k); steps++) {
      const up = v.tokens[k]!.head;
      if (up < 0 || v.tokens[k]!.dep !== 'nmod' && v.tokens[k]!.dep !== 'appos' && v.tokens[k]!.dep !== 'list' || !['NOUN', 'PROPN'].includes(v.tokens[up]!.upos)) break;
      k = up;
    }
    if (k !== n && !place(v, k)) return k;
  }
  return n;
}

/** Whether a noun is a place: a place's name, or the noun of a phrase of place ("at the cafe"). */
function place(v: SentenceView, k: number): boolean {
  const m = v.mentionAt[k];
  if (m && LOCATIVE_TYPES.has(m.type)) return true;
  return LOCATIVE_PREPS.has(prepOf(v, k) ?? '');
}

/** Verbs of perception and causation: the only English verbs that take an object and a bare infinitive ("saw Lee leave"). */
const BARE_INFINITIVE_VERBS = new Set(['see', 'watch', 'hear', 'feel', 'notice', 'observe', 'let', 'make', 'have', 'help']);

/**
 * A base-form verb with no "to" and no subject of its own under a verb of perception or causation ("receive" in "sees
 * Rosneft receive"); the base form and the present plural look the same, so either tag counts.
 */
export function isBareInfinitive(v: SentenceView, c: number): boolean {
  const t = v.tokens[c]!;
  if (t.head < 0 || !BARE_INFINITIVE_VERBS.has(lemmaOf(v.tokens[t.head]!))) return false;
  return t.upos === 'VERB' && (t.tag === 'VB' || t.tag === 'VBP') && !kids(v, c, 'mark', 'aux', 'nsubj', 'nsubj:pass').length;
}

/**
 * Whether a name is the object of a preposition ("over England", "In Washington"): then a description after the comma
 * that follows it starts the clause ("In Washington, the ministry said"), it is no apposition to the name.
 */
function inPrepositionalPhrase(v: SentenceView, m: Mention): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    if (kids(v, k, 'case').some((c) => v.tokens[c]!.upos === 'ADP' && c < m.tokenStart)) return true;
  }
  return false;
}

/** Relations a description set off after a name can have in a misread parse (it is the name's apposition; a passive's
 * subject only between dashes). */
const DESCRIPTION_DEPS = new Set(['appos', 'nsubj', 'nsubj:pass', 'obj', 'obl', 'nmod', 'conj', 'dep', 'parataxis']);
/** Words a description between dashes may have before its noun: "Lee's 1950s mid-century drama", "the club's owner". */
const DESCRIPTION_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Zenta Road - Lee's 1950s drama about a mill town - was named best film": a description between two spaced dashes
 * right after a name, whatever its words before the noun (names, possessives, numbers, inner hyphens: no determiner
 * needed), stands for the name before the first dash. The dashes must close around it (a second one after the noun,
 * before the verb it depends on when that follows), so a dash that only starts an afterthought is not read this way.
 */
function dashedDescription(v: SentenceView, i: number): number | undefined {
  let k = i - 1;
  while (k > 0 && (DESCRIPTION_WORDS.has(v.tokens[k]!.upos) || v.tokens[k]!.tag === 'POS' || isInnerHyphen(v, k)) && !spacedDash(v.tokens, k)) k--;
  if (k < 1 || !spacedDash(v.tokens, k)) return undefined;
  const m = v.mentionAt[k - 1];
  if (!m || m.type === 'Misc' || v.mentionAt[i] || inPrepositionalPhrase(v, m) || k === datelineDash(v.tokens)) return undefined;
  const h = v.tokens[i]!.head;
  const end = h > i ? h : v.tokens.length;
  for (let c = i + 1; c < end; c++) if (spacedDash(v.tokens, c)) return k - 1;
  return undefined;
}

/** appositionTarget's cache mark for a token not read yet (no token's index). */
const UNREAD = -1;

/** A vague noun in apposition to a name, or a name in apposition to it, stands for the name ("ISIS-K, the group"). */
export function appositionTarget(v: SentenceView, i: number): number {
  // read once per token and view (a view never changes). The cache is an Int32Array, which has no undefined: -1 (UNREAD)
  // marks a token not read yet, as every target is a token's index, 0 or more; an index out of range reads undefined
  // and is not kept.
  let known = v.apposition;
  if (known === undefined) v.apposition = known = new Int32Array(v.tokens.length).fill(UNREAD);
  const target = known[i];
  if (target === undefined || target === UNREAD) {
    const found = readAppositionTarget(v, i);
    if (target !== undefined) known[i] = found;
    return found;
  }
  return target;
}

function readAppositionTarget(v: SentenceView, i: number): number {
  const t = v.tokens[i]!;
  // "beat Sweden's Thomas Enqvist" parsed with the possessor heading the phrase: the name after "'s" is its head
  // (also after a plural's bare apostrophe, "The Producers' Nathan Lane", and with the name's head anywhere in it)
  const owned = v.mentionAt[i + 2];
  if (v.mentionAt[i] && owned && owned !== v.mentionAt[i] && /^['\u2019]s?$/.test(v.tokens[i + 1]?.text ?? '') && v.tokens[i + 1]!.head === i
    && v.tokens[mentionHead(v, owned.tokenStart, owned.tokenEnd)]!.head === i && (owned.type === 'Person' || ORGANISATION_TYPES.has(owned.type))) return i + 2;
  if (v.mentionAt[i]) return demonymAfterName(v, v.mentionAt[i]!) ?? i;
  // "David Yarnton, Nintendo UK general manager, told ...": a description set off by commas after a person's name, parsed
  // with the name inside the description's phrase, stands for that name
  if (t.upos === 'NOUN' && v.tokens[i + 1]?.text === ',') {
    const first = subtree(v, i)[0]!, m = v.mentionAt[first];
    if (m && m.type === 'Person' && m.tokenStart === first && v.tokens[m.tokenEnd]?.text === ',' && m.tokenEnd < i
      && v.tokens.slice(m.tokenEnd + 1, i).every((u) => ['PROPN', 'NOUN', 'ADJ', 'DET'].includes(u.upos))) return first;
  }
  // "Mr"/"Ms" heading the phrase, the name after it
  if (COURTESY_TITLE.test(t.text) && v.mentionAt[i + 1]?.type === 'Person') return i + 1;
  // "met Deputy Prime Minister John Prescott" with the title's first word read as the phrase and the name hung elsewhere:
  // a capitalised common noun inside the sentence running through capitalised words into a person's name is that person
  if (t.upos === 'NOUN' && i > 0 && /^\p{Lu}/u.test(t.text) && !v.mentionAt[i]) {
    let k = i + 1;
    while (k < v.tokens.length && k - i <= 4 && !v.mentionAt[k] && /^\p{Lu}/u.test(v.tokens[k]!.text) && ['NOUN', 'PROPN', 'ADJ'].includes(v.tokens[k]!.upos)) k++;
    const m = v.mentionAt[k];
    if (m && m.type === 'Person' && m.tokenStart === k) return k;
  }
  if (t.dep === 'appos' && t.head >= 0 && v.mentionAt[t.head]) return t.head;
  // "external auditors Arthur Andersen", "the group, ISIS-K,": a name right after a common noun is what it names
  // (not one with a preposition of its own, "the cafe in X street" hung on the noun as an apposition: a place it is in)
  // (a Misc name is as often a demonym as a name, but one a work noun says is a title, "low-budget movie Vera Drake", is the work)
  const named = kids(v, i, 'appos', 'flat').find((k) => k > i && v.mentionAt[k] && (v.mentionAt[k]!.type !== 'Misc' || k > 0 && apposedTitle(v, k - 1) === v.mentionAt[k]) && !inPrepositionalPhrase(v, v.mentionAt[k]!));
  if (named !== undefined) return named;
  // "world number one Roger Federer" with the name hung deeper in the description: a person's name right after the
  // description's words, inside its phrase, is what it names
  if (t.upos === 'NOUN') {
    let k = i + 1;
    while (k < v.tokens.length && k - i <= 3 && !v.mentionAt[k] && ['NUM', 'NOUN', 'ADJ'].includes(v.tokens[k]!.upos)) k++;
    const m = v.mentionAt[k];
    if (m && m.type === 'Person' && m.tokenStart === k && nominalPath(v, mentionHead(v, m.tokenStart, m.tokenEnd), i)) return k;
  }
  // "his Israeli counterpart, Ariel Sharon, and ...": a name set off by commas right after a description
  if (t.upos === 'NOUN' && v.tokens[i + 1]?.text === ',' && v.mentionAt[i + 2] && (v.mentionAt[i + 2]!.type === 'Person' || ORGANISATION_TYPES.has(v.mentionAt[i + 2]!.type))) {
    const m = v.mentionAt[i + 2]!;
    let e = i + 2;
    while (e < v.tokens.length && v.mentionAt[e] === m) e++;
    const after = v.tokens[e];
    if (!after || [',', '.', ')', ';'].includes(after.text) || after.upos === 'CCONJ') return i + 2;
  }
  if (t.upos === 'NOUN' && DESCRIPTION_DEPS.has(t.dep)) {
    const dashed = dashedDescription(v, i);
    if (dashed !== undefined) return dashed;
    // "ISIS-K — the terrorist group responsible ...": a description set off by a dash or comma right after a name (not a
    // passive's subject, which after a comma opens its own clause: "According to Lee, the funds will be spent")
    if (t.dep === 'nsubj:pass') return i;
    let k = i - 1;
    while (k >= 0 && ['DET', 'ADJ', 'NOUN'].includes(v.tokens[k]!.upos) && !v.mentionAt[k]) k--;
    // (not a dateline's dash: "LIMA - A farmer from ..." says where the story was filed, the farmer is no Lima)
    if (k >= 1 && (DASHES.has(v.tokens[k]!.text) || v.tokens[k]!.text === ',') && v.mentionAt[k - 1] && ['DET'].includes(v.tokens[k + 1]?.upos ?? '')
      && !inPrepositionalPhrase(v, v.mentionAt[k - 1]!) && k !== datelineDash(v.tokens)) {
      const m = v.mentionAt[k - 1]!;
      if (m.type !== 'Person' || ['spokesman', 'spokeswoman', 'spokesperson'].includes(lower(t)) || /^(man|woman|leader|president|minister)$/.test(lower(t))) return k - 1;
    }
  }
  return i;
}

/** Branches that keep a word inside the noun phrase above it (a name in "world number one Roger Federer"). */
const NOMINAL_DEPS = new Set(['compound', 'flat', 'nmod', 'nmod:unmarked', 'nmod:desc', 'appos', 'nummod', 'amod']);

/** Whether `i` hangs under `top` through nominal branches only (not through a clause: "the problems Vogts had"). */
function nominalPath(v: SentenceView, i: number, top: number): boolean {
  for (let k = i, steps = 0; steps < 6; k = v.tokens[k]!.head, steps++) {
    if (k === top) return true;
    if (k < 0 || !NOMINAL_DEPS.has(v.tokens[k]!.dep)) return false;
  }
  return false;
}

/**
 * "Salman Abedi, the British-Libyan who ...": a demonym used as a noun right after a person's name and a comma is that
 * person, not the country the recogniser took it for. The name's token, or undefined.
 */
function demonymAfterName(v: SentenceView, m: Mention): number | undefined {
  if (m.type !== 'Country' || !m.canonical || m.canonical === m.text) return undefined;
  let k = m.tokenStart - 1;
  // (over other demonyms and hyphens of the same phrase: "the British-Libyan")
  while (k >= 0 && (v.tokens[k]!.tag === 'HYPH' || v.tokens[k]!.text === '-' || v.mentionAt[k]?.type === 'Country' && v.mentionAt[k] !== m)) k--;
  if (k < 2 || lower(v.tokens[k]!) !== 'the' || v.tokens[k - 1]!.text !== ',') return undefined;
  return v.mentionAt[k - 2]?.type === 'Person' ? k - 2 : undefined;
}

// Taken off a subject shared with a verb coordinated without a conjunction.
export const UNCOORDINATED_SHARE = 0.15;

/** Personal pronouns that can be a finite verb's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she']);

/**
 * "In the final, X beat Y", "In 2001, X won the seat", "In an e-mail, X calls it ...": a phrase put before the clause's
 * subject and set off by a comma sets the scene for the whole clause; it is no party to the verb's act. A place named in
 * it is still where the act happened ("In Baghdad, a bomb exploded").
 */
export function frontedAdjunct(v: SentenceView, p: number, o: number): boolean {
  if (o > p) return false;
  const subject = kids(v, p, 'nsubj', 'nsubj:pass', 'expl')[0];
  if (subject === undefined || o > subject) return false;
  const phrase = subtree(v, o, new Set(['punct']));
  const start = Math.min(...phrase), end = Math.max(...phrase);
  const opening = Math.min(...subtree(v, subject));
  // the phrase opens the sentence (after a coordinator, an adverb or a quotation mark at most) and a comma closes it
  if (end >= opening || !v.tokens.slice(end + 1, opening).some((u) => u.text === ',')) return false;
  if (!v.tokens.slice(0, start).every((u) => ['PUNCT', 'CCONJ', 'ADV'].includes(u.upos))) return false;
  // ("In May, she was arrested": a time is still the date of a verb that has nothing else after it)
  if (isTime(v, o) && !v.children[p]!.some((k) => k > p && ['obj', 'iobj', 'xcomp', 'ccomp', 'obl', 'compound:prt', 'advmod'].includes(v.tokens[k]!.dep))) return false;
  return !phrase.some((k) => v.mentionAt[k] && LOCATIVE_TYPES.has(v.mentionAt[k]!.type));
}

/**
 * How a verb with no auxiliary that "with"/"without" marks reads. "With" opens no finite clause: a participle, or a past
 * form without an object, is a passive participle whatever its tag ("with X ruled out of the game"; "with X given a ban"
 * keeps its object); a present tense, or a past one with an object, is finite ("talks with American representatives
 * took place"), a phrase the parser read as a clause with the parse gone wrong around it.
 */
function afterWith(v: SentenceView, p: number): 'participle' | 'finite' | undefined {
  if (kids(v, p, 'aux').length || !kids(v, p, 'mark').some((k) => ['with', 'without'].includes(lower(v.tokens[k]!)))) return undefined;
  const tag = v.tokens[p]!.tag;
  if (tag === 'VBN' || tag === 'VBD' && !kids(v, p, 'obj').length) return 'participle';
  return tag === 'VBZ' || tag === 'VBP' || tag === 'VBD' ? 'finite' : undefined;
}

/** Whether a noun has a preposition of its own ("after" in "after the bombing"; not the possessive 's). */
function hasPreposition(v: SentenceView, i: number): boolean {
  return kids(v, i, 'case').some((k) => v.tokens[k]!.upos === 'ADP');
}

/** Whether a conjunct verb's list has a coordinator ("arrived, met Kim and left": "and" on the last conjunct). */
export function coordinated(v: SentenceView, p: number): boolean {
  const head = v.tokens[p]!.head;
  return [p, ...kids(v, head, 'conj')].some((c) => kids(v, c, 'cc').length > 0);
}

/**
 * The verb's subjects, less any inside a clause set off by dashes that closes before the verb ("the division - whose
 * brands include X and Y - made a profit": X and Y are no subjects of "made", whatever the parser hung them on).
 */
export function subjectsOf(v: SentenceView, p: number): number[] {
  return subjectsFound(v, p).filter((s) => !inDashedClause(v, s, p) && !pastSentenceEnd(v, s, p));
}

/**
 * Whether a question or exclamation mark stands between a subject before the verb and the verb: "'Is there any doubt?'
 * asked the lawyer" read with "doubt" as the subject of "asked". The mark ends the quoted sentence; its words are what
 * was said, never who said it.
 */
function pastSentenceEnd(v: SentenceView, s: number, p: number): boolean {
  for (let k = s + 1; k < p; k++) if (v.tokens[k]!.text === '?' || v.tokens[k]!.text === '!') return true;
  return false;
}

/** Whether a token before the verb lies between two spaced dashes, with a verb of its own between them, that close before it. */
function inDashedClause(v: SentenceView, s: number, p: number): boolean {
  if (s > p) return false;
  let open = -1;
  for (let k = s - 1; k >= 0 && open < 0; k--) if (spacedDash(v.tokens, k)) open = k;
  let close = -1;
  for (let k = s + 1; k < p && close < 0; k++) if (spacedDash(v.tokens, k)) close = k;
  if (open < 0 || close < 0) return false;
  for (let k = open + 1; k < close; k++) if (v.tokens[k]!.upos === 'VERB' || v.tokens[k]!.upos === 'AUX') return true;
  return false;
}

/** Subjects of a predicate token: its own, shared from a coordinated verb, a controller, or a relative clause's noun. */
function subjectsFound(v: SentenceView, p: number, depth = 0): number[] {
  if (depth > 4) return [];
  // a "subject" with a preposition of its own is a phrase the parser took in ("after the bombing, patrols were seen" with
  // "bombing" as the subject and the patrols as its conjuncts): the first conjunct without one is the subject
  // (nor is the first half of a hyphenated modifier, "Oscar-winning films": the films won, not the Oscar)
  const own = kids(v, p, 'nsubj', 'nsubj:pass', 'nsubj:outer')
    .filter((k) => !(k === p - 2 && isInnerHyphen(v, p - 1)))
    .flatMap((k) => hasPreposition(v, k) ? kids(v, k, 'conj').filter((c) => c > k && !hasPreposition(v, c)).slice(0, 1) : [k]);
  const t = v.tokens[p]!;
  // "talks with American representatives took place": "with" opens no finite clause, so a finite verb it seems to mark has
  // taken the "with" phrase's noun for its subject; the subject is the noun the clause hangs on, or none is known
  if (own.length && afterWith(v, p) === 'finite') return t.dep === 'acl' && v.tokens[t.head]!.upos === 'NOUN' ? withConjuncts(v, t.head) : [];
  if (own.length) {
    // two subjects ("external auditors Arthur Andersen had approved"): the parser split a description from its name
    // when the description's head noun is right before the name ("Tries from Lee" is another thing)
    const named = own.find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc' && v.mentionAt[k]!.tokenStart === own[0]! + 1);
    // several subjects in one run of words before the verb ("Britain 's £3bn EU rebate is ..." with "Britain", "£" and
    // "rebate" all read as subjects): the phrase's head is the last, nearest the verb
    const last = own[own.length - 1]!;
    // "I played with guys like X ... so I do know a few of them" with X read as a second subject of "know": a personal
    // pronoun right before the verb (auxiliaries and adverbs between) is its subject; a name further back is not
    // (a "he"/"she" after a person's name most likely stands for that name, which says more)
    const pronoun = lower(v.tokens[last]!);
    if (own.length > 1 && last < p && SUBJECT_PRONOUNS.has(pronoun) && own.every((k) => v.tokens[k]!.dep === v.tokens[last]!.dep) && v.tokens.slice(last + 1, p).every((u) => ['AUX', 'ADV', 'PART'].includes(u.upos))
      && !(THIRD_PERSON_SUBJECTS.has(pronoun) && v.mentionAt[own[0]!]?.type === 'Person')) return [last];
    // (the words from the first subject to the last, when there are several before the verb)
    const between = own.length > 1 && last < p ? v.tokens.slice(own[0]!, last) : [];
    const oneRun = between.length > 0 && between.every((u) => !['VERB', 'AUX', 'CCONJ', 'SCONJ', 'ADP'].includes(u.upos) && (u.upos !== 'PUNCT' || u.text === '-'));
    const s = named !== undefined && !v.mentionAt[own[0]!] ? named : oneRun ? last : own[0]!;
    // "The UK, France, Austria, the Netherlands and Sweden want ..." with the list split into two subject heads: one list
    if (between.length && between.some((u) => u.text === ',' || u.upos === 'CCONJ') && own.every((k) => v.mentionAt[k])
      && between.every((u) => ['PROPN', 'NOUN', 'DET', 'CCONJ', 'ADJ'].includes(u.upos) || u.text === ',')) {
      return [...new Set(own.flatMap((k) => withConjuncts(v, appositionTarget(v, k))))].sort((a, b) => a - b);
    }
    // "relations with the US, which is opposed to ...": "who"/"which" right after a comma and a name is that name, wherever
    // the parser hung the clause
    // (not a name inside a prepositional phrase: in "Schnyder of Switzerland, who ..." the clause is on the phrase's head)
    if (['who', 'which'].includes(lower(v.tokens[s]!)) && s >= 2 && v.tokens[s - 1]!.text === ',' && v.mentionAt[s - 2] && v.mentionAt[s - 2]!.type !== 'Misc') {
      // ("Magnier and McManus, who own": every name of the list; "of Serbia and Montenegro, who": the list is in a phrase)
      const m = v.mentionAt[s - 2]!;
      // the words from the name to the comma: the first whose head is outside them heads them
      let top = mentionHead(v, m.tokenStart, s - 1);
      while (v.tokens[top]!.dep === 'conj' && v.tokens[top]!.head >= 0 && v.tokens[top]!.head < top) top = v.tokens[top]!.head;
      if (!hasPreposition(v, top)) return itemsBefore(withConjuncts(v, appositionTarget(v, top)), p);
    }
    if (isRelativePronoun(v, s) && (t.dep === 'acl:relcl' || t.dep === 'acl') && t.head >= 0) return itemsBefore(withConjuncts(v, appositionTarget(v, relativeHead(v, s, t.head, p))), p);
    // "Lee, who will hold talks ...," hung on the name as parataxis (or elsewhere): "who"/"which" after a comma is the
    // noun just before the comma
    if (['who', 'which'].includes(lower(v.tokens[s]!)) && s >= 2 && v.tokens[s - 1]!.text === ',') {
      let k = s - 2;
      while (k > 0 && v.tokens[k]!.dep === 'flat' && v.tokens[k]!.head < k) k = v.tokens[k]!.head;
      if (['NOUN', 'PROPN'].includes(v.tokens[k]!.upos)) return [appositionTarget(v, relativeHead(v, s, k, p))];
    }
    return withConjuncts(v, appositionTarget(v, s));
  }
  const described = reducedRelative(v, p);
  if (described !== undefined) return withConjuncts(v, appositionTarget(v, described));
  if (t.head < 0) return [];
  const dep = t.dep;
  // (a nominal predicate with its copula is a clause too: "Lee is from Lima but is trying to ...")
  if (dep === 'conj' && (['VERB', 'AUX', 'ADJ'].includes(v.tokens[t.head]!.upos) || kids(v, t.head, 'cop').length > 0)) {
    // "... after his predecessor, Jim Smith, died": with no coordinator, a name set off by commas right before the
    // verb is its subject, which the parser attached elsewhere
    if (!coordinated(v, p) && v.tokens[p - 1]?.text === ',') {
      const m = v.mentionAt[p - 2];
      if (m && m.type !== 'Misc' && v.tokens[m.tokenStart - 1]?.text === ',') return [m.tokenStart];
    }
    const infinitive = coordinatedInfinitive(v, p);
    if (infinitive !== undefined) return subjectsFound(v, infinitive, depth + 1);
    return subjectsFound(v, t.head, depth + 1);
  }
  // the same with the verb read as a clause of its own, beside the sentence ("..., Jim Smith, died suddenly")
  if (dep === 'parataxis' && v.tokens[p - 1]?.text === ',') {
    const m = v.mentionAt[p - 2];
    if (m && m.type !== 'Misc' && v.tokens[m.tokenStart - 1]?.text === ',' && !kids(v, p, 'ccomp').length) return [m.tokenStart];
  }
  if (dep === 'xcomp') {
    const obj = kid(v, t.head, 'obj');
    // the parser labels the one told, urged or ordered "iobj" as often as "obj" ("telling him to cut costs")
    const controller = obj ?? kid(v, t.head, 'iobj');
    if (controller !== undefined && OBJECT_CONTROL_VERBS.has(lemmaOf(v.tokens[t.head]!))) return withConjuncts(v, appositionTarget(v, controller));
    // "saw Lee leave", "let them go": a bare infinitive after an object is the object's act
    if (obj !== undefined && isBareInfinitive(v, p) && obj < p) return withConjuncts(v, appositionTarget(v, obj));
    return subjectsFound(v, t.head, depth + 1);
  }
  // "a drive to reform the party": an infinitive on a noun of an act says what the act is for, not who does it;
  // on a noun of someone ("the first leader to visit") that someone acts
  if (dep === 'acl' && toInfinitive(v, p)) {
    const h = t.head;
    const someone = v.mentionAt[h] || ['PRON', 'PROPN'].includes(v.tokens[h]!.upos) || ACTOR_NOUNS.has(lower(v.tokens[h]!)) || ACTOR_NOUNS.has(lemmaOf(v.tokens[h]!));
    return someone ? withConjuncts(v, appositionTarget(v, h)) : [];
  }
  // "was a stand-up before hosting the show" hung on the noun: a clause opened by "before"/"after"/"while" says when or how
  // the clause around the noun happened, not what the noun does; its subject is that clause's
  if (dep === 'acl' && adverbialMark(v, p, TIME_MARKS)) {
    const clause = [t.head, ...ancestors(v, t.head)].find((a) => kids(v, a, 'nsubj', 'nsubj:pass').length > 0);
    return clause === undefined ? [] : subjectsFound(v, clause, depth + 1);
  }
  // "was released in the US, and reached number 13" read as a clause on "US": a finite verb opened by "and" with no
  // relative word is the verb above's conjunct, and has its subject
  if (dep === 'acl:relcl' && kids(v, p, 'cc').some((k) => k < p) && ['VBD', 'VBZ', 'VBP', 'VBN'].includes(t.tag)) {
    const verb = ancestors(v, p).find((a) => ['VERB', 'AUX'].includes(v.tokens[a]!.upos) || kids(v, a, 'cop').length > 0);
    return verb === undefined ? [] : subjectsFound(v, verb, depth + 1);
  }
  if (dep === 'acl:relcl' || dep === 'acl') return itemsBefore(withConjuncts(v, appositionTarget(v, t.head)), p);
  // "accused X of orchestrating ...": the accused is the subject of the gerund
  if (dep === 'advcl' && ACCUSE_VERBS.has(lemmaOf(v.tokens[t.head]!))) {
    const obj = kid(v, t.head, 'obj');
    if (obj !== undefined) return [appositionTarget(v, obj)];
  }
  // "Hoddle began his career at Swindon before moving to Chelsea", "ended speculation by agreeing a contract": a gerund
  // clause of time or manner with no subject of its own is done by the subject of the clause it modifies (one with no
  // conjunction, "Speaking in London, Lee said", too; a past participle, "Founded in 1990, the firm", is not its act)
  if (dep === 'advcl' && ['VERB', 'AUX'].includes(v.tokens[t.head]!.upos) && (adverbialMark(v, p) || t.tag === 'VBG' && sharedMarkless(v, p))) {
    return subjectsFound(v, t.head, depth + 1);
  }
  if (dep === 'amod' && t.upos === 'ADJ') return [appositionTarget(v, t.head)];
  return [];
}

// Verbs whose object does the act of the infinitive after it ("urged Congress to pass", "ordered staff to hide"): the
// directives, and verbs of making or letting someone act.
const OBJECT_CONTROL_VERBS = new Set([...DIRECTIVE_VERBS, 'force', 'allow', 'persuade', 'help', 'require', 'compel', 'authorise', 'authorize', 'permit',
  'enable', 'oblige']);

/**
 * Whether a verb is an open complement whose subject its governor fixes: a "to" infinitive or an -ing form under a verb
 * with a subject of its own ("X refused to comment", "X has begun incorporating") or under a verb of making or letting
 * with an object ("allowed the firm to write off", not a directive's "urged the firm to sell"), or under such a complement in turn ("will seek to reassure"). Its
 * subject is the grammar's, not one guessed from a neighbouring verb as a coordinated verb's is.
 */
export function controlledComplement(v: SentenceView, p: number): boolean {
  for (let n = p, steps = 0; steps < 4; steps++) {
    const t = v.tokens[n]!;
    if (t.dep !== 'xcomp' || t.head < 0 || v.tokens[t.head]!.upos !== 'VERB') return false;
    if (t.tag !== 'VBG' && !toInfinitive(v, n)) return false;
    const h = t.head;
    // (a directive's object is only asked to act, "urged the firm to sell": its act is only wished, and keeps the lower
    // confidence of a guessed subject)
    if (OBJECT_CONTROL_VERBS.has(lemmaOf(v.tokens[h]!))) return !DIRECTIVE_VERBS.has(lemmaOf(v.tokens[h]!)) && (kid(v, h, 'obj') !== undefined || kid(v, h, 'iobj') !== undefined);
    if (kids(v, h, 'nsubj', 'nsubj:pass').length) return true;
    n = h;
  }
  return false;
}

/**
 * "ordering staff to hide costs and inflate profits" with "inflate" hung on a finite verb further back: a bare infinitive
 * with no subject, marker or auxiliary of its own cannot be coordinated with a finite or -ing verb; it is the conjunct of
 * the nearest "to" infinitive between them. That infinitive, or undefined when the parse is already consistent.
 */
function coordinatedInfinitive(v: SentenceView, p: number): number | undefined {
  const t = v.tokens[p]!, head = v.tokens[t.head]!;
  if (t.tag !== 'VB' || head.tag === 'VB' || !kids(v, p, 'cc').length || kids(v, p, 'nsubj', 'nsubj:pass', 'mark', 'aux', 'aux:pass').length) return undefined;
  for (let k = p - 1; k > t.head; k--) {
    const u = v.tokens[k]!;
    if (u.tag === 'VB' && u.upos === 'VERB' && toInfinitive(v, k)) return k;
  }
  return undefined;
}

// Conjunctions and prepositions that open a gerund clause of time or manner sharing the subject of the clause above it
// ("after suffering", "by agreeing"). Not "to": a purpose clause is as often the act of the object ("called on rich
// nations to fund", "left the school to go") and read wrongly half the time on news; not "in"/"on", which as often open a
// noun's phrase ("difficulty in getting").
const SHARING_MARKS = new Set(['after', 'before', 'while', 'when', 'whilst', 'since', 'until', 'by', 'without', 'despite']);
// Those that say when, which alone turn a gerund hung on a noun into the clause's adverbial ("was a stand-up before hosting").
const TIME_MARKS = new Set(['after', 'before', 'while', 'when', 'whilst', 'since', 'until']);

/**
 * Whether a gerund clause without a subject is opened by a conjunction of time or manner ("before hosting", "by cutting").
 * A finite verb after such a word is a clause whose subject the parser put elsewhere; a past participle ("when asked")
 * is not the subject's act.
 */
function adverbialMark(v: SentenceView, p: number, marks: ReadonlySet<string> = SHARING_MARKS): boolean {
  if (v.tokens[p]!.tag !== 'VBG' || kids(v, p, 'nsubj', 'nsubj:pass', 'expl').length) return false;
  const own = kids(v, p, 'mark').filter((k) => k < p);
  return own.length === 1 && marks.has(lower(v.tokens[own[0]!]!));
}

/** A subjectless clause with no conjunction at all: "Speaking in London, Lee said", "..., killing three people". */
function sharedMarkless(v: SentenceView, p: number): boolean {
  return !kids(v, p, 'mark', 'nsubj', 'nsubj:pass', 'expl', 'aux', 'aux:pass', 'cop').length;
}

/**
 * "the rebate, secured by Thatcher in 1984, was ...": a past participle right after a comma and a noun, with no subject,
 * auxiliary or object of its own, describes that noun (a reduced relative clause) wherever the parser hung it. The noun.
 */
function reducedRelative(v: SentenceView, p: number): number | undefined {
  const t = v.tokens[p]!;
  const bare = bareParticiple(v, p);
  if (bare !== undefined) return bare;
  if (t.tag !== 'VBN' || t.upos !== 'VERB' || lower(t) === lemmaOf(t) || p < 2 || v.tokens[p - 1]!.text !== ',' || ['acl', 'amod', 'xcomp', 'conj', 'compound', 'fixed'].includes(t.dep)) return undefined;
  const n = p - 2;
  // ("walked in at 0900 GMT, accompanied by aides": a time is not what the participle describes)
  if (!['NOUN', 'PROPN'].includes(v.tokens[n]!.upos) || isTime(v, n)) return undefined;
  if (kids(v, p, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'iobj', 'ccomp').length) return undefined;
  // the noun is a phrase's head, not a word inside one ("the party's leader, ...")
  if (['compound', 'flat', 'nmod:poss', 'amod', 'fixed'].includes(v.tokens[n]!.dep) && v.tokens[n]!.head > n) return undefined;
  // nor in an adverbial phrase ("walked into the shop at 9am, accompanied by aides": the walker is accompanied)
  for (let k = n, steps = 0; k >= 0 && steps < 3; k = v.tokens[k]!.head, steps++) {
    if (kids(v, k, 'case').length) return undefined;
    if (!['nmod', 'compound', 'flat', 'appos'].includes(v.tokens[k]!.dep)) break;
  }
  return n;
}

/**
 * "agreed to pay more for gas supplied by Turkmenistan": a past participle right after a noun, with a "by" phrase and no
 * subject, auxiliary or object of its own, describes that noun however the parser hung it (as the verb's complement, "pay
 * ... supplied", it would make Ukraine the supplier). The noun, the head of its phrase.
 */
function bareParticiple(v: SentenceView, p: number): number | undefined {
  const t = v.tokens[p]!;
  if (t.tag !== 'VBN' || t.upos !== 'VERB' || p < 1 || !['xcomp', 'advcl', 'conj', 'ccomp', 'dep'].includes(t.dep)) return undefined;
  if (!kids(v, p, 'obl:agent', 'obl').some((k) => k > p && prepOf(v, k) === 'by')) return undefined;
  if (kids(v, p, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'iobj', 'cop', 'mark').length) return undefined;
  let n = p - 1;
  if (!['NOUN', 'PROPN'].includes(v.tokens[n]!.upos) || isTime(v, n)) return undefined;
  // a name's or compound's last word stands for the phrase it ends
  while (['flat', 'compound'].includes(v.tokens[n]!.dep) && v.tokens[n]!.head > n && v.tokens[n]!.head < p) n = v.tokens[n]!.head;
  if (['compound', 'flat', 'nmod:poss'].includes(v.tokens[n]!.dep) && v.tokens[n]!.head > p) return undefined;
  return n;
}


/**
 * "failed to win the championship - Jimmy White - has admitted": an object whose phrase opens right after a dash that
 * follows its verb begins a parenthetical (an apposition of something earlier), whatever the parser made of it.
 */
export function dashedOff(v: SentenceView, p: number, o: number): boolean {
  if (o < p) return false;
  const first = Math.min(...subtree(v, o, new Set(['punct', 'conj', 'cc', 'acl:relcl', 'appos'])));
  return first - 1 > p && DASHES.has(v.tokens[first - 1]!.text);
}

/** Verbs mostly said of what their subject does by itself, with no object ("expanded into Asia", "reopened in July"). */
const SELF_ACTS = new Set(['expand', 'grow', 'rise', 'fall', 'collapse', 'recover', 'retire', 'resign', 'die', 'flee', 'continue',
  'remain', 'emerge', 'shrink', 'expire', 'resume', 'rebound', 'thrive', 'prosper', 'flourish', 'diversify', 'struggle', 'evolve',
  'arrive', 'travel', 'reopen']);

export function isPassive(v: SentenceView, p: number): boolean {
  if (kids(v, p, 'nsubj:pass', 'aux:pass').length) return true;
  if (reducedRelative(v, p) !== undefined) return true;
  const t = v.tokens[p]!;
  // "with X ruled out of the game": its subject is the one acted on
  if (afterWith(v, p) === 'participle') return true;
  // a participle with a subject of its own is a past tense the tagger took for a participle ("when gunmen struck the hall")
  if (kids(v, p, 'nsubj').length) return false;
  // "the mural was painted in 1932 and restored by X": a participle coordinated with a passive, with no subject,
  // auxiliary or object of its own, shares the passive's subject and its "was", so it is a passive too ("was fined and
  // stripped of its licence"). A verb that is mostly said of what its subject does by itself needs a "by" agent of its
  // own for that: without one the tagger's VBN is a past tense the coordination misled it into ("was founded in 1921 and
  // expanded into Asia": the firm's own act)
  if (t.tag === 'VBN' && t.dep === 'conj' && t.head >= 0 && t.head < p && !kids(v, p, 'aux', 'obj').length
    && (!SELF_ACTS.has(lemmaOf(t)) || kids(v, p, 'obl:agent', 'obl').some((k) => k > p && prepOf(v, k) === 'by')) && isPassive(v, t.head)) return true;
  return t.tag === 'VBN' && (t.dep === 'acl' || kids(v, p, 'aux').some((a) => lemmaOf(v.tokens[a]!) === 'be') && !kids(v, p, 'obj').length);
}
