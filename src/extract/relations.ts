// Verb-mediated relations from the dependency parse: active and passive voice, particles, prepositions, shared subjects,
// control verbs, relative clauses, copulas and post-nominal adjectives; with claims, negation and modality attached.
import type { Analysis, EntityType, Mention } from '../analyze/analysis.js';
import { COURTESY_TITLE } from '../analyze/gazetteer/index.js';
import type { Argument, Candidate, EntityArgument, Modality } from './candidate.js';
import { argumentFor, countLiteral, entityFromMention, isNamed, isPronoun, isRelativePronoun, isResolved, phraseTokens, type Context } from './arguments.js';
import { ORGS } from './anaphora.js';
import { contextOf } from './context.js';
import { formerName, sentenceRoles } from './roles.js';
import { DENIAL_VERBS, LIGHT_VERBS, MODAL_ADJECTIVES, MODAL_AUX, NOMINAL_ACTS, PART_NOUNS, PLAN_VERBS, RELATION_NOUNS, SPEECH_VERBS } from './predicates/lexicon.js';
import { camel, labelOf, rolePredicate, verbEntry, verbPredicate } from './predicates/index.js';
import { frameOf, quotedTokens, SpeakerMemory, speechFrames, type SpeechFrame } from './speech.js';
import { ancestors, base, isInnerHyphen, kid, kids, lemmaOf, lower, mentionHead, spanText, subtree, writtenSpan, type SentenceView } from './sentence-view.js';

export const NAME = 'dependency-relations';

/** Branches left out of an argument's phrase as written: punctuation and clauses of their own. */
const SURFACE_CUT = new Set(['punct', 'parataxis', 'advcl', 'ccomp', 'conj', 'cc', 'discourse', 'dep']);

/** Heads of prepositional phrases that are adverbials, not arguments ("in turn", "of course", "with respect to"). */
const ADVERBIAL_HEADS = new Set(['turn', 'course', 'respect', 'addition', 'fact', 'contrast', 'general', 'particular', 'short', 'total', 'return', 'order', 'part', 'spite', 'case', 'effect', 'terms', 'view', 'light', 'way', 'time', 'end', 'meantime', 'response', 'attempt', 'bid', 'effort', 'hope', 'order', 'statement', 'interview', 'recent', 'least', 'most', 'first', 'last', 'aftermath', 'wake', 'face', 'midst', 'name', 'behalf', 'connection', 'occasion', 'example', 'instance', 'accordance']);

/** Prepositions that open a gerund clause after a participle ("opposed to ending", "banned from driving", "accused of taking"). */
const GERUND_PREPS = new Set(['to', 'from', 'of', 'with', 'for', 'about', 'against']);

/** Verbs whose "of"/"for" clause says what their object is claimed to have done. */
const ACCUSE_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticise', 'criticize', 'condemn', 'praise', 'thank', 'convict', 'sue', 'fine', 'punish']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
// Verbs whose "to" infinitive names an act that did not happen ("failed to pay", "refused to sign", "declined to
// comment"), and verbs whose infinitive's act did not happen when they are themselves denied ("did not manage to
// score", "was never allowed to speak").
const FAILED_ACT_VERBS = new Set(['fail', 'refuse', 'decline']);
const ENABLING_VERBS = new Set(['manage', 'allow', 'permit']);
const LOCATIVE_TYPES = new Set(['Country', 'City', 'Location', 'Facility']);
// Parts of speech that can head a copula clause ('X is the leader', 'X is responsible for ...').
const COPULA_HEADS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Prepositions of ranking and sequence ("among the countries", "ahead of", "following the defeat"): no relation of a state. */
const STATE_PREPS_SKIP = new Set(['among', 'amongst', 'following', 'ahead', 'behind', 'beyond', 'below', 'above', 'around']);
/** Prepositions of time and manner whose phrase is rarely a relation's argument on its own. */
const SKIP_PREPS = new Set(['during', 'after', 'before', 'since', 'until', 'despite', 'as', 'like', 'than', 'because', 'while', 'including', 'amid', 'via', 'per', 'through', 'throughout', 'without', 'within',
  // time ("competed well following a drugs ban"), example ("stars who appear, such as X") and company or addition
  // ("along with Y", "in addition to Z"): the phrase is no party to the verb's act
  'following', 'such as', 'along with', 'together with', 'in addition to', 'prior to', 'ahead of', 'rather than', 'unlike', 'except', 'besides',
  'apart from', 'aside from']);
/** Adverbs that make a following "from" an exception ("apart from", "aside from"). */
const EXCEPTIVE_ADVERBS = new Set(['apart', 'aside']);

interface Frame {
  speaker?: EntityArgument;
  cue?: string;
  denied: boolean;
  modality?: Modality;
  /** True when the content is the speaker's own act or the article's voice: then it is also a fact. */
  fact: boolean;
}

/** The preposition words of an oblique or nominal modifier ("on", "out of", "according to"). */
export function prepOf(v: SentenceView, i: number): string | undefined {
  const cs = kids(v, i, 'case');
  if (!cs.length) return undefined;
  const words: string[] = [];
  // "apart from X", "aside from X": the parser hangs the adverb on the verb, but the phrase is an exception, not the verb's
  // "from" argument ("all grew apart from X" is no "grow from X")
  const before = v.tokens[cs[0]! - 1];
  if (before && before.upos === 'ADV' && EXCEPTIVE_ADVERBS.has(lower(before)) && lower(v.tokens[cs[0]!]!) === 'from') words.push(lower(before));
  for (const c of cs) {
    if (v.tokens[c]!.upos === 'PART' && v.tokens[c]!.text.includes("'")) continue; // possessive 's
    words.push(lower(v.tokens[c]!));
    for (const f of kids(v, c, 'fixed')) words.push(lower(v.tokens[f]!));
  }
  return words.length ? words.join(' ') : undefined;
}

/**
 * The items of a list a clause after them can be about: "X, which publishes ..., Y and Z announced" hangs Y and Z on X
 * as conjuncts, but the clause, written before them, is X's alone. The first item stays whatever the parse.
 */
function itemsBefore(items: number[], clause: number): number[] {
  const kept = items.filter((k, n) => n === 0 || k < clause);
  return kept.length === items.length ? items : kept;
}

/** Conjuncts of `i` ("France and Germany"), `i` first. */
function withConjuncts(v: SentenceView, i: number): number[] {
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

/** Verbs of perception and causation: the only English verbs that take an object and a bare infinitive ("saw Lee leave"). */
const BARE_INFINITIVE_VERBS = new Set(['see', 'watch', 'hear', 'feel', 'notice', 'observe', 'let', 'make', 'have', 'help']);

/**
 * A base-form verb with no "to" and no subject of its own under a verb of perception or causation ("receive" in "sees
 * Rosneft receive"); the base form and the present plural look the same, so either tag counts.
 */
function isBareInfinitive(v: SentenceView, c: number): boolean {
  const t = v.tokens[c]!;
  if (t.head < 0 || !BARE_INFINITIVE_VERBS.has(lemmaOf(v.tokens[t.head]!))) return false;
  return t.upos === 'VERB' && (t.tag === 'VB' || t.tag === 'VBP') && !kids(v, c, 'mark', 'aux', 'nsubj', 'nsubj:pass').length;
}

/** Types of a body of people, which a description or a possessed name can stand for as a person's can. */
const ORG_LIKE: ReadonlySet<EntityType> = new Set(ORGS);

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

/** A vague noun in apposition to a name, or a name in apposition to it, stands for the name ("ISIS-K, the group"). */
function appositionTarget(v: SentenceView, i: number): number {
  const t = v.tokens[i]!;
  // "beat Sweden's Thomas Enqvist" parsed with the possessor heading the phrase: the name after "'s" is its head
  // (also after a plural's bare apostrophe, "The Producers' Nathan Lane", and with the name's head anywhere in it)
  const owned = v.mentionAt[i + 2];
  if (v.mentionAt[i] && owned && owned !== v.mentionAt[i] && /^['\u2019]s?$/.test(v.tokens[i + 1]?.text ?? '') && v.tokens[i + 1]!.head === i
    && v.tokens[mentionHead(v, owned.tokenStart, owned.tokenEnd)]!.head === i && (owned.type === 'Person' || ORG_LIKE.has(owned.type))) return i + 2;
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
  const named = kids(v, i, 'appos', 'flat').find((k) => k > i && v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc');
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
  if (t.upos === 'NOUN' && v.tokens[i + 1]?.text === ',' && v.mentionAt[i + 2] && (v.mentionAt[i + 2]!.type === 'Person' || ORG_LIKE.has(v.mentionAt[i + 2]!.type))) {
    const m = v.mentionAt[i + 2]!;
    let e = i + 2;
    while (e < v.tokens.length && v.mentionAt[e] === m) e++;
    const after = v.tokens[e];
    if (!after || [',', '.', ')', ';'].includes(after.text) || after.upos === 'CCONJ') return i + 2;
  }
  if (t.upos === 'NOUN' && (t.dep === 'appos' || t.dep === 'nsubj' || t.dep === 'obj' || t.dep === 'obl' || t.dep === 'nmod' || t.dep === 'conj' || t.dep === 'dep' || t.dep === 'parataxis')) {
    // "ISIS-K — the terrorist group responsible ...": a description set off by a dash or comma right after a name
    let k = i - 1;
    while (k >= 0 && ['DET', 'ADJ', 'NOUN'].includes(v.tokens[k]!.upos) && !v.mentionAt[k]) k--;
    if (k >= 1 && ['—', '–', '-', '--', ','].includes(v.tokens[k]!.text) && v.mentionAt[k - 1] && ['DET'].includes(v.tokens[k + 1]?.upos ?? '')
      && !inPrepositionalPhrase(v, v.mentionAt[k - 1]!)) {
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
const UNCOORDINATED_SHARE = 0.15;

/** Personal pronouns that can be a finite verb's subject. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she']);

/**
 * "In the final, X beat Y", "In 2001, X won the seat", "In an e-mail, X calls it ...": a phrase put before the clause's
 * subject and set off by a comma sets the scene for the whole clause; it is no party to the verb's act. A place named in
 * it is still where the act happened ("In Baghdad, a bomb exploded").
 */
function frontedAdjunct(v: SentenceView, p: number, o: number): boolean {
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
function coordinated(v: SentenceView, p: number): boolean {
  const head = v.tokens[p]!.head;
  return [p, ...kids(v, head, 'conj')].some((c) => kids(v, c, 'cc').length > 0);
}

/**
 * The verb's subjects, less any inside a clause set off by dashes that closes before the verb ("the division - whose
 * brands include X and Y - made a profit": X and Y are no subjects of "made", whatever the parser hung them on).
 */
function subjectsOf(v: SentenceView, p: number): number[] {
  return subjectsFound(v, p).filter((s) => !inDashedClause(v, s, p));
}

/** Whether a token before the verb lies between two spaced dashes, with a verb of its own between them, that close before it. */
function inDashedClause(v: SentenceView, s: number, p: number): boolean {
  if (s > p) return false;
  const spaced = (k: number): boolean => DASHES.has(v.tokens[k]!.text) && k > 0 && v.tokens[k]!.start > v.tokens[k - 1]!.end && k + 1 < v.tokens.length && v.tokens[k + 1]!.start > v.tokens[k]!.end;
  let open = -1;
  for (let k = s - 1; k >= 0 && open < 0; k--) if (spaced(k)) open = k;
  let close = -1;
  for (let k = s + 1; k < p && close < 0; k++) if (spaced(k)) close = k;
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
    if (isRelativePronoun(v, s) && (t.dep === 'acl:relcl' || t.dep === 'acl') && t.head >= 0) return itemsBefore(withConjuncts(v, appositionTarget(v, t.head)), p);
    // "Lee, who will hold talks ...," hung on the name as parataxis (or elsewhere): "who"/"which" after a comma is the
    // noun just before the comma
    if (['who', 'which'].includes(lower(v.tokens[s]!)) && s >= 2 && v.tokens[s - 1]!.text === ',') {
      let k = s - 2;
      while (k > 0 && v.tokens[k]!.dep === 'flat' && v.tokens[k]!.head < k) k = v.tokens[k]!.head;
      if (['NOUN', 'PROPN'].includes(v.tokens[k]!.upos)) return [appositionTarget(v, k)];
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
  if (dep === 'acl' && kids(v, p, 'mark').some((k) => lower(v.tokens[k]!) === 'to')) {
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

// Verbs whose object does the act of the infinitive after it ("urged Congress to pass", "ordered staff to hide").
const OBJECT_CONTROL_VERBS = new Set(['urge', 'ask', 'tell', 'force', 'order', 'allow', 'persuade', 'call', 'warn', 'invite', 'encourage', 'help',
  'instruct', 'advise', 'require', 'compel', 'press', 'pressure', 'direct', 'authorise', 'authorize', 'permit', 'enable', 'oblige']);

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
    if (u.tag === 'VB' && u.upos === 'VERB' && kids(v, k, 'mark').some((m) => lower(v.tokens[m]!) === 'to')) return k;
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

const DASHES = new Set(['-', '–', '—', '--']);

/**
 * "failed to win the championship - Jimmy White - has admitted": an object whose phrase opens right after a dash that
 * follows its verb begins a parenthetical (an apposition of something earlier), whatever the parser made of it.
 */
function dashedOff(v: SentenceView, p: number, o: number): boolean {
  if (o < p) return false;
  const first = Math.min(...subtree(v, o, new Set(['punct', 'conj', 'cc', 'acl:relcl', 'appos'])));
  return first - 1 > p && DASHES.has(v.tokens[first - 1]!.text);
}

function isPassive(v: SentenceView, p: number): boolean {
  if (kids(v, p, 'nsubj:pass', 'aux:pass').length) return true;
  if (reducedRelative(v, p) !== undefined) return true;
  const t = v.tokens[p]!;
  // "with X ruled out of the game": its subject is the one acted on
  if (afterWith(v, p) === 'participle') return true;
  // a participle with a subject of its own is a past tense the tagger took for a participle ("when gunmen struck the hall")
  if (kids(v, p, 'nsubj').length) return false;
  return t.tag === 'VBN' && (t.dep === 'acl' || kids(v, p, 'aux').some((a) => lemmaOf(v.tokens[a]!) === 'be') && !kids(v, p, 'obj').length);
}

function negated(v: SentenceView, p: number): boolean {
  const own = kids(v, p, 'advmod', 'neg', 'det', 'aux').some((k) => NEGATORS.has(lower(v.tokens[k]!))) || notYet(v, p);
  // "failed to provide", "refused to pay or sign": the act the infinitive names did not happen, unless the failing is
  // itself denied ("did not fail to pay"); "did not manage to score", "was never allowed to speak": an act let happen
  // did not when the letting is denied. A negated infinitive ("refused not to pay") turns it round again.
  const gov = infinitiveGovernor(v, p);
  if (gov === undefined) return own;
  const lemma = lemmaOf(v.tokens[gov]!);
  if (FAILED_ACT_VERBS.has(lemma)) return own !== !negated(v, gov);
  return ENABLING_VERBS.has(lemma) ? own !== negated(v, gov) : own;
}

/** An open relation named by its words, empty ones left out: [give, , veto, to] -> giveVetoTo, "give veto to". */
function openRelation(words: ReadonlyArray<string | undefined>): { name: string; label: string; known: boolean } {
  const kept = words.filter((w): w is string => !!w);
  return { name: camel(kept), label: kept.join(' '), known: false };
}

/** The open complement `p` is, or is a conjunct of ("pay" for "sign" in "failed to pay or sign"); undefined if none. */
function openComplement(v: SentenceView, p: number): number | undefined {
  const n = v.tokens[p]!.dep === 'conj' && v.tokens[p]!.head >= 0 ? v.tokens[p]!.head : p;
  return v.tokens[n]!.dep === 'xcomp' && v.tokens[n]!.head >= 0 ? n : undefined;
}

/** The verb governing a "to" infinitive (or a conjunct of one): "failed" in "failed to pay or sign". */
function infinitiveGovernor(v: SentenceView, p: number): number | undefined {
  const n = openComplement(v, p);
  return n !== undefined && kids(v, n, 'mark').some((k) => lower(v.tokens[k]!) === 'to') ? v.tokens[n]!.head : undefined;
}

/** "have yet to confirm or deny the meeting", "is yet to sign": an act not done so far (a conjunct's too). */
function notYet(v: SentenceView, p: number): boolean {
  const n = openComplement(v, p);
  if (n === undefined) return false;
  const h = v.tokens[n]!.head;
  if (!['have', 'be'].includes(lemmaOf(v.tokens[h]!))) return false;
  const mods = kids(v, h, 'advmod', 'neg', 'aux').map((k) => lower(v.tokens[k]!));
  return mods.includes('yet') && !mods.some((w) => NEGATORS.has(w));
}

/** Conjunctions opening a clause whose content is supposed or asked, not asserted. */
const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);
/** Clause links through which a clause is part of the one above it (not an adverbial or relative clause of its own). */
const INNER_CLAUSE = new Set(['conj', 'xcomp', 'ccomp', 'csubj']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether the clause of `p` is under "if"/"unless"/"whether": its own mark, or that of a clause it is part of ("If X
 * wins and fulfils his promise": "fulfils" too; "if X ratifies its offer for Y to cooperate": "cooperate" too;
 * "investigating whether lyrics incite ...").
 */
function conditional(v: SentenceView, p: number): boolean {
  for (let n = p, depth = 0; n >= 0 && depth < 6; depth++) {
    if (kids(v, n, 'mark').some((k) => CONDITIONAL_MARKS.has(lower(v.tokens[k]!)))) return true;
    const t = v.tokens[n]!;
    // (a clause on a noun, "its offer for Y to cooperate", is part of the clause the noun is in)
    if (!INNER_CLAUSE.has(base(t.dep)) && t.dep !== 'acl' && !(n !== p && NOMINALS.has(t.upos))) return false;
    n = t.head;
  }
  return false;
}

/** Modality from auxiliaries, conditionals and governing verbs of planning ("plans to buy"). */
function modalityOf(v: SentenceView, p: number): Modality | undefined {
  for (const a of kids(v, p, 'aux')) {
    const m = MODAL_AUX[lower(v.tokens[a]!)];
    if (m) return m;
  }
  if (conditional(v, p)) return 'hypothetical';
  let n = p;
  while (v.tokens[n]!.dep === 'xcomp' && v.tokens[n]!.head >= 0) {
    n = v.tokens[n]!.head;
    const m = PLAN_VERBS[lemmaOf(v.tokens[n]!)];
    if (m) return m;
    const aux = kids(v, n, 'aux').map((a) => MODAL_AUX[lower(v.tokens[a]!)]).find(Boolean);
    if (aux) return aux;
  }
  return undefined;
}

/** Argument denied by its own determiner: "no evidence", "zero evidence". */
function argumentNegated(v: SentenceView, i: number): boolean {
  // "zero evidence": the tagger may read "zero" as an adjective or a compound noun
  return kids(v, i, 'det', 'nummod', 'advmod', 'amod', 'compound').some((k) => ['no', 'zero', 'none'].includes(lower(v.tokens[k]!)));
}

/** Whether token `i` lies in a time expression ("in 2004", "on Thursday", "early this month"). */
function isTime(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  return v.analysis.times.some((x) => x.sentence === v.sentence.index && x.start <= t.start && x.end >= t.end);
}

/**
 * A direct object takes no preposition: an "obj" with one ("visited the tomb of X" with "X" read as a second object)
 * is a modifier the parser attached to the verb, not something the verb acts on.
 */
function trueObject(v: SentenceView, o: number): boolean {
  // the preposition may hang on the name's first word ("of Yasser Arafat": "of" on "Yasser")
  const heads = [o, ...kids(v, o, 'compound', 'flat').filter((k) => k < o)];
  return !heads.some((h) => kids(v, h, 'case').some((c) => c < o && v.tokens[c]!.upos === 'ADP' && !v.tokens[c]!.text.includes("'")));
}

/** "aged 44": an age, whatever the parser attached it to. */
function isAge(v: SentenceView, i: number): boolean {
  return v.tokens[i]!.upos === 'NUM' && i > 0 && ['aged', 'age'].includes(lower(v.tokens[i - 1]!));
}

/**
 * The real object of a preposition whose phrase the parser headed with an age ("died of cancer aged 44": "of" on
 * "44"): the noun before "aged" in that phrase, or nothing when the phrase holds no other noun.
 */
function ageRepaired(v: SentenceView, o: number): number | undefined {
  if (!isAge(v, o)) return o;
  // the noun may hang on the number or on "aged" itself
  const near = [o, o - 1].flatMap((h) => kids(v, h, 'compound', 'nmod', 'amod', 'obl'));
  return near.filter((k) => k < o - 1 && ['NOUN', 'PROPN'].includes(v.tokens[k]!.upos)).sort((a, b) => a - b).pop();
}

/**
 * Whether a pronoun in a speaker's content can stand for the speaker. The first person always can ("I" for a person,
 * "we"/"us" for a body or a group of people); the third person only in reported speech outside quotation marks ("X said
 * it had warned Y"): inside a quotation the speaker says "I" or "we", and "he", "it" or "they" are someone else
 * (`"They will fire us," a worker said`).
 */
function agrees(pronoun: string, speaker: EntityArgument, quoted: boolean): boolean {
  if (isPronoun(speaker)) return false;
  if (speaker.type === 'Person') return ['i', 'me'].includes(pronoun) || !quoted && ['he', 'she', 'him', 'her'].includes(pronoun);
  if (['we', 'us'].includes(pronoun)) return true;
  if (quoted) return false;
  if (speaker.type === 'Group') return ['they', 'them'].includes(pronoun);
  return ['it', 'they', 'them'].includes(pronoun);
}

/** Verbs of saying and thinking that take a clause without "that" ("said the plan had failed"). */
const THAT_VERBS = new Set(['say', 'acknowledge', 'admit', 'believe', 'think', 'claim', 'insist', 'argue', 'suggest', 'note', 'confirm',
  'reveal', 'fear', 'hope', 'expect', 'predict', 'estimate', 'concede', 'assert', 'declare', 'maintain', 'allege', 'add', 'state', 'feel', 'know', 'realise', 'realize', 'recognise', 'recognize', 'accept', 'understand', 'agree', 'announce', 'report', 'explain', 'stress', 'indicate', 'show', 'find', 'mean']);

/**
 * Verbs of saying and thinking whose direct object in news is the subject of the clause they report ("said the plan had
 * failed"): "say something" or "think it" as a relation says nothing an analyst would keep.
 */
const CLAUSE_VERBS = new Set(['say', 'argue', 'insist', 'believe', 'think', 'state', 'feel', 'maintain', 'reckon',
  'assert', 'contend', 'stress', 'note', 'explain', 'concede', 'suggest', 'hope', 'fear']);

// Confidence taken off a verb's object that follows a comma after another noun (a likely misattached apposition).
const COMMA_OBJECT = 0.2;

// Confidence taken off a relation read from an act written as a noun.
const NOMINAL_ACT = 0.05;

// Confidence taken off a relation on a pronoun inside a quotation.
const QUOTED_PRONOUN = 0.1;

// Roles whose holder speaks for the body: their "we" is that body.
const SPEAKS_FOR = new Set(['spokespersonOf', 'ambassadorOf', 'chiefExecutiveOf']);
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
const THIRD_PERSON = new Set(['he', 'she', 'him', 'her']);
const sidesCache = new WeakMap<Analysis, Array<{ person: EntityArgument; side: EntityArgument }>>();

/** The one organisation or country a person speaking is spokesperson or ambassador of in this article, if just one. */
function speaksFor(analysis: Analysis, speaker: EntityArgument): EntityArgument | undefined {
  if (speaker.type !== 'Person' || isPronoun(speaker)) return undefined;
  let sides = sidesCache.get(analysis);
  if (!sides) {
    sides = [];
    for (const v of contextOf(analysis).views) {
      for (const c of sentenceRoles(v)) {
        if (SPEAKS_FOR.has(c.predicate) && c.subject.kind === 'entity' && c.object.kind === 'entity') sides.push({ person: c.subject, side: c.object });
      }
    }
    sidesCache.set(analysis, sides);
  }
  const found = new Map<string, EntityArgument>();
  for (const { person, side } of sides) if (sameEntity(person, speaker)) found.set((side.canonical ?? side.text).toLowerCase(), side);
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function sameEntity(a: Argument | undefined, b: Argument | undefined): boolean {
  if (!a || !b || a.kind !== 'entity' || b.kind !== 'entity') return false;
  const na = (a.canonical ?? a.text).toLowerCase(), nb = (b.canonical ?? b.text).toLowerCase();
  return na === nb || na.endsWith(` ${nb}`) || nb.endsWith(` ${na}`);
}

/** Nouns for people and bodies that act ("gunmen", "prosecutors", "the company"): stronger arguments than other phrases. */
const ACTOR_NOUNS = new Set(['militants', 'militant', 'gunmen', 'gunman', 'attackers', 'attacker', 'rebels', 'insurgents', 'fighters', 'soldiers', 'troops', 'police', 'officers', 'officials', 'official', 'lawyers', 'lawyer', 'prosecutors', 'prosecutor', 'prosecution', 'investigators', 'protesters', 'demonstrators', 'activists', 'analysts', 'critics', 'residents', 'workers', 'employees', 'directors', 'shareholders', 'investors', 'voters', 'leaders', 'leader', 'ministers', 'minister', 'diplomats', 'journalists', 'witnesses', 'witness', 'victims', 'citizens', 'students', 'auditors', 'regulators', 'judge', 'judges', 'jury', 'whistleblower', 'company', 'firm', 'group', 'government', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chief', 'boss', 'executive', 'court', 'bank', 'army', 'military', 'parliament', 'committee', 'commission', 'council', 'ministry', 'agency', 'union', 'party', 'opposition', 'administration', 'embassy', 'side', 'bidder', 'buyer', 'owner', 'founder', 'correspondent', 'editor']);

/** Nouns of people in general, beside the actors above: their "with" phrase describes them ("people with disabilities"). */
const PEOPLE_NOUNS = new Set(['people', 'person', 'user', 'customer', 'member', 'fan', 'child', 'family', 'patient', 'owner', 'visitor', 'passenger', 'consumer', 'player', 'man', 'woman']);

function isActor(a: Argument): boolean {
  if (a.kind !== 'concept') return false;
  const head = a.label.toLowerCase().split(/\s+(?:of|in|at|for|from|on)\s+/)[0]!.split(/\s+/).pop() ?? '';
  return ACTOR_NOUNS.has(head);
}

// Heads that name an act or state rather than who acts ("the decision", "his retirement", "wrangling").
const NOMINALISATION = /(?:tion|sion|ment|ing|ance|ence)$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'your', 'my', 'our']);

/**
 * A subject that hides its agent: a common noun naming an act ("the decision undermined ...") or owned by
 * someone left as a pronoun ("his bid", "your endeavour"). The relation is about who acted, which it does not say.
 */
function hidesAgent(a: Argument): boolean {
  if (a.kind !== 'concept' || isActor(a)) return false;
  const words = a.text.trim().toLowerCase().split(/\s+/);
  if (POSSESSIVE_PRONOUNS.has(words[0]!)) return true;
  const head = a.label.toLowerCase().split(/\s+(?:of|in|at|for|from|on)\s+/)[0]!.split(/\s+/).pop() ?? '';
  return head.length > 5 && NOMINALISATION.test(head.replace(/s$/, ''));
}

// What a pronoun resolved to a name adds: no more than a common noun, as a relation on a pronoun seldom carries an
// article's main facts and the antecedent may be wrong; a description ("the company") counts as an actor noun.
const RESOLVED = -0.04;
const RESOLVED_DESCRIPTION = 0.02;

/** Confidence of one relation from what the pattern rests on: argument kinds, voice, length, frame. */
export function relationConfidence(subject: Argument, object: Argument, opts: { known: boolean; passive: boolean; shared: boolean; tokens: number; fallback?: boolean }): number {
  let c = 0.5;
  const score = (a: Argument): number => (isNamed(a) ? 0.12 : isResolved(a) ? (/\s/.test(a.kind === 'entity' ? a.text.trim() : '') ? RESOLVED_DESCRIPTION : RESOLVED) : a.kind === 'event' ? 0.06 : a.kind === 'literal' ? 0.06 : isPronoun(a) ? -0.12 : isActor(a) ? 0.02 : -0.04);
  c += score(subject) + score(object);
  if (opts.known) c += 0.08;
  if (opts.passive) c -= 0.03;
  if (opts.shared) c -= 0.05;
  if (opts.tokens > 30) c -= 0.06;
  if (opts.tokens > 45) c -= 0.06;
  if (opts.fallback) c -= 0.12;
  // a relation between two vague phrases ("the move", "relations") rarely says something an analyst would keep
  const vague = (a: Argument): boolean => a.kind === 'concept' && !isActor(a) || isPronoun(a);
  if (hidesAgent(subject)) c -= 0.08;
  if (vague(subject) && vague(object)) c -= 0.15;
  // a vague phrase acting on a happening ("the attempt prevented the takeover", "his efforts led to the talks"):
  // neither side says who did what
  else if (vague(subject) && object.kind === 'event') c -= 0.1;
  else if (object.kind === 'concept' && !opts.known) c -= 0.05;
  return Math.max(0.05, Math.min(0.95, Number(c.toFixed(3))));
}

/**
 * A relation's label in words only, as its name is: a symbol or stop the words took along ("announce % rise to", "built
 * in.") is no part of it.
 */
export function labelWords(label: string): string {
  if (!/[^\p{L}\p{N}\s'-]/u.test(label)) return label;
  return label.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean).join(' ');
}

/** The words from `from` to `to` as written, as a phrase argument (a clause or gerund a relation is about). */
function spanPhrase(v: SentenceView, from: number, to: number): Argument {
  const text = spanText(v, from, to);
  return { kind: 'concept', text, start: v.tokens[from]!.start, end: v.tokens[to]!.end, label: text };
}

/** Token positions of a relation as written: subject head, relation words, object head. */
interface Surface { s: number; rel: number[]; o: number }

interface Emit {
  (subject: Argument | undefined, name: string, label: string, object: Argument | undefined, at: number, extra?: { known?: boolean; passive?: boolean; shared?: boolean; nominal?: boolean; polarity?: 'asserted' | 'denied'; modality?: Modality; frameOverride?: Frame; surface?: Surface }): void;
}

/** Relations of one sentence. */
export function sentenceRelations(ctx: Context, v: SentenceView, memory: SpeakerMemory): Candidate[] {
  const out: Candidate[] = [];
  if (!v.parsed) return out;
  const frames = speechFrames(ctx, v).map((f) => ({ ...f, speaker: memory.resolve(f.speaker) }));
  const continued = memory.continuedQuote(v, frames);
  const quoted = quotedTokens(v);
  if (continued) frames.push({ ...continued, speaker: continued.speaker });
  const frameAt = (i: number): Frame => {
    const t = v.tokens[i]!;
    if (t.dep === 'advcl' && t.head >= 0 && ACCUSE_VERBS.has(lemmaOf(v.tokens[t.head]!)) && kid(v, t.head, 'obj') !== undefined) {
      // what X is accused of is the accuser's claim
      const accuser = kid(v, t.head, 'nsubj');
      const speaker = accuser !== undefined ? argumentFor(ctx, v, appositionTarget(v, accuser)) : undefined;
      if (speaker?.kind === 'entity') return { speaker, cue: v.tokens[t.head]!.text, denied: false, fact: false };
      if (speaker?.kind === 'concept') return { speaker: { kind: 'entity', text: speaker.label, start: speaker.start, end: speaker.end, type: 'Group' }, cue: v.tokens[t.head]!.text, denied: false, fact: false };
    }
    const f: SpeechFrame | undefined = frameOf(frames, i);
    if (!f) return { denied: false, fact: true };
    return { speaker: f.speaker, cue: f.cue, denied: f.denied, fact: false };
  };

  const emit: Emit = (subject, name, label, object, at, extra = {}) => {
    if (!subject || !object || !name) return;
    if (subject.kind === 'literal') return;
    // "the third biggest in Nigeria", "higher in 2005": a graded adjective's relation drops its degree, which is the claim
    // (a comparison with its standard, "more popular than", keeps it)
    if (!/\bthan$/.test(label) && gradedAdjective(v, at)) return;
    // "it", "them": too often an event or a clause for the resolver to place; a relation on it is noise
    // (resolved or not: the resolver's "it" stands for a name more often as a subject than as an object)
    if (object.kind === 'entity' && (isPronoun(object) || isResolved(object)) && ['it', 'them', 'this', 'that'].includes(object.text.toLowerCase())) return;
    if (subject.kind === object.kind && 'start' in subject && 'start' in object && subject.start === object.start && subject.end === object.end) return;
    const frame = extra.frameOverride ?? frameAt(at);
    let polarity = extra.polarity ?? 'asserted';
    if (frame.denied) polarity = polarity === 'denied' ? 'asserted' : 'denied';
    const modality = extra.modality;
    // what a speaker says of their own acts is also a fact; what they say of others is only their claim
    // "X said it had warned Y", `"I will not resign," X said`: a pronoun agreeing with the speaker is the speaker
    // (an object only in the first person, "X said Y had warned it" is more often about something else, and only with a
    // subject that names someone: `"the day this club is not happy with me"` says nothing of the speaker's relations)
    if (frame.speaker) {
      subject = asSpeaker(subject, frame.speaker, false);
      if (subject.kind === 'entity' && !isPronoun(subject)) object = asSpeaker(object, frame.speaker, true);
    }
    // "we"/"us" in the words of a spokesperson or ambassador: the one body they speak for
    const side = frame.speaker ? speaksFor(v.analysis, frame.speaker) : undefined;
    if (side && subject.kind === 'entity' && isPronoun(subject) && ['we', 'us'].includes(subject.text.toLowerCase())) subject = { ...subject, canonical: side.canonical ?? side.text, type: side.type };
    if (side && object.kind === 'entity' && isPronoun(object) && ['we', 'us'].includes(object.text.toLowerCase())) object = { ...object, canonical: side.canonical ?? side.text, type: side.type };
    // "Lee's lawyers said he was unaware ...": "he"/"she" with one person named before it in the sentence is that person
    subject = boundPronoun(subject, object, frame.speaker);
    object = boundPronoun(object, subject, frame.speaker);
    const selfReport = frame.speaker && sameEntity(subject, frame.speaker);
    // "according to the newspaper X, ... would pay": the source of an "according to" is not an actor in what it reports;
    // a subject that is the source is a misparse
    if (selfReport && frame.cue === 'according to') return;
    if (subject.kind === 'entity' && isPronoun(subject) && ['this', 'that'].includes(subject.text.toLowerCase())) return;
    const fact = polarity === 'asserted' && !modality && (frame.fact || !!selfReport) && !frame.denied;
    const c: Candidate = {
      subject, predicate: name, predicateLabel: labelWords(label), object, polarity, fact,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME,
      confidence: relationConfidence(subject, object, { known: !!extra.known, passive: !!extra.passive, shared: !!extra.shared, tokens: v.tokens.length }),
    };
    // "took over ... after his predecessor, Jim Smith": an object set off by a comma after another noun is more
    // often that noun's apposition, attached to the verb by the parser, than the verb's object.
    const o = extra.surface?.o;
    if (o !== undefined && o > at + 2 && v.tokens[o - 1]?.text === ',' && ['NOUN', 'PROPN'].includes(v.tokens[o - 2]?.upos ?? '')
      && v.tokens[o]!.dep === 'obj' && !v.tokens.slice(at + 1, o - 1).some((t) => t.dep === 'obj' || t.dep === 'iobj')) {
      // when that noun sits in an adverbial phrase of the same verb ("took over after his predecessor, Jim Smith"), the
      // verb has no object there at all
      const chain = [o - 2, ...ancestors(v, o - 2)];
      const top = chain[chain.indexOf(at) - 1];
      if (top !== undefined && ['obl', 'advcl', 'obl:tmod'].includes(v.tokens[top]!.dep) && kids(v, top, 'case', 'mark').length) return;
      c.confidence = Math.max(0.05, Number((c.confidence - COMMA_OBJECT).toFixed(3)));
    }
    // "his predecessor, Jim Smith, died": a verb the parser coordinated with no "and"/"or" anywhere in the list is more
    // often a clause of its own, whose subject the parser missed, than one more act of the first verb's subject.
    if (extra.shared && v.tokens[at]!.dep === 'conj' && !coordinated(v, at)) {
      c.confidence = Math.max(0.05, Number((c.confidence - UNCOORDINATED_SHARE).toFixed(3)));
    }
    // A pronoun inside a quotation refers within the speaker's words ("They understand ..."), which the
    // resolver, looking back through the article's narration, often gets wrong.
    const pronounArg = [subject, object].some((a) => a.kind === 'entity' && (isPronoun(a) || isResolved(a) && !/\s/.test(a.text)));
    if (pronounArg && quoted.has(at)) c.confidence = Math.max(0.05, Number((c.confidence - QUOTED_PRONOUN).toFixed(3)));
    // an act written as a noun ("its purchase of X") is read from fewer words than a clause, and less surely
    if (extra.nominal) c.confidence = Math.max(0.05, Number((c.confidence - NOMINAL_ACT).toFixed(3)));
    if (modality) c.modality = modality;
    if (extra.surface) c.surface = surfaceText(extra.surface, at);
    if (frame.speaker) c.speaker = frame.speaker;
    if (frame.cue) c.cue = frame.cue;
    out.push(c);
  };

  /** Whether an argument's first word is inside quotation marks. */
  function inQuote(a: Argument): boolean {
    if (a.kind !== 'entity') return false;
    const k = v.tokens.findIndex((t) => t.start === a.start);
    return k >= 0 && quoted.has(k);
  }

  /**
   * A pronoun as the speaker it stands for, or not resolved when the resolver gave a quotation's "he"/"she" the speaker
   * itself: in the speaker's own words the third person is someone else (`"He lied," Lee said` is not about Lee).
   */
  function asSpeaker(a: Argument, speaker: EntityArgument, firstPersonOnly: boolean): Argument {
    if (a.kind !== 'entity') return a;
    const w = a.text.toLowerCase();
    // (inQuote scans the sentence's tokens: asked only of the pronouns it decides for, not of every name a speaker's words hold)
    if (isPronoun(a)) {
      if ((!firstPersonOnly || FIRST_PERSON.has(w)) && agrees(w, speaker, inQuote(a))) return { ...a, canonical: speaker.canonical ?? speaker.text, type: speaker.type };
      return a;
    }
    if (a.antecedent && THIRD_PERSON.has(w) && inQuote(a) && sameEntity(a, speaker)) return { kind: 'entity', text: a.text, start: a.start, end: a.end, type: 'Person' };
    return a;
  }

  function boundPronoun(a: Argument, other: Argument, speaker: EntityArgument | undefined): Argument {
    if (a.kind !== 'entity' || !THIRD_PERSON.has(a.text.toLowerCase())) return a;
    // (a pronoun the resolver bound stays bound: coreference already refuses a person the sentence's quotation names to a
    // pronoun outside it, `"I met Tan," he said`)
    if (a.canonical) return a;
    const quotedA = inQuote(a);
    // in a quotation, "he" is not the one quoted (`Lee said: "He lied."`); outside it, not one the quotation names
    const notSpeaker = speaker && quotedA ? speaker : undefined;
    const quotedName = (m: Mention): boolean => !quotedA && quoted.has(m.tokenStart);
    const before = new Map<string, Mention>();
    for (const m of v.mentionAt) {
      if (m?.type === 'Person' && m.end <= a.start && !(other.kind === 'entity' && other.start === m.start) && !(notSpeaker && sameEntity(entityFromMention(m), notSpeaker)) && !quotedName(m)) {
        before.set((m.canonical ?? m.text).toLowerCase(), m);
      }
    }
    if (before.size !== 1) return a;
    const m = [...before.values()][0]!;
    return { ...a, canonical: m.canonical ?? m.text, type: 'Person' };
  }

  /** The relation's words: the verb group (auxiliaries, negation, particle, a governing control verb) and extra tokens. */
  const relTokens = (p: number, extra: number[]): number[] => {
    // the verb group in text order, then the words after it (object noun, preposition) in text order
    const prepLike = (k: number): boolean => v.tokens[k]!.upos === 'ADP' || v.tokens[k]!.dep === 'fixed';
    const after = extra.filter((k) => !prepLike(k) || k > p).sort((a, b) => a - b);
    const toks = new Set<number>([p]);
    const group = (n: number): void => {
      for (const k of kids(v, n, 'aux', 'aux:pass', 'cop', 'compound:prt')) toks.add(k);
      for (const k of kids(v, n, 'advmod')) if (NEGATORS.has(lower(v.tokens[k]!)) || k === adverbParticle(v, n)) toks.add(k);
    };
    group(p);
    if (v.tokens[p]!.dep === 'xcomp' && v.tokens[p]!.head >= 0) {
      const h = v.tokens[p]!.head;
      toks.add(h);
      group(h);
      for (const k of kids(v, p, 'mark')) if (lower(v.tokens[k]!) === 'to') toks.add(k);
    }
    const group0 = [...toks].sort((a, b) => a - b);
    const nouns = after.filter((k) => !prepLike(k) && !toks.has(k));
    const preps = after.filter((k) => prepLike(k) && !toks.has(k));
    return [...group0, ...nouns, ...preps];
  };
  // a preposition's fixed words belong to it, whatever their tags ("in the aftermath of")
  const caseOf = (i: number): number[] => kids(v, i, 'case').flatMap((c) => [c, ...kids(v, c, 'fixed')]).filter((c) => !v.tokens[c]!.text.includes("'") && (v.tokens[c]!.upos === 'ADP' || v.tokens[c]!.dep === 'fixed')).sort((a, b) => a - b);
  /** The whole phrase as written (modifiers, prepositional phrases, relative clauses), for open extraction. */
  const phrase = (i: number): string => {
    const head = appositionTarget(v, i);
    const own = new Set(kids(v, head, 'case', 'mark').flatMap((c) => subtree(v, c)));
    let toks = subtree(v, head, SURFACE_CUT).filter((k) => !own.has(k));
    const at = toks.indexOf(head);
    let lo = at, hi = at;
    while (lo > 0 && toks[lo - 1] === toks[lo]! - 1) lo--;
    while (hi < toks.length - 1 && toks[hi + 1] === toks[hi]! + 1) hi++;
    toks = toks.slice(lo, hi + 1);
    while (toks.length > 1 && ['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(v.tokens[toks[toks.length - 1]!]!.upos)) toks.pop();
    while (toks.length > 1 && ['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(v.tokens[toks[0]!]!.upos)) toks.shift();
    if (toks.length > 25) toks = phraseTokens(v, head);
    return spanText(v, toks[0]!, toks[toks.length - 1]!);
  };
  const surfaceText = (x: Surface, at: number): NonNullable<Candidate['surface']> => {
    const out: NonNullable<Candidate['surface']> = { subject: phrase(x.s), relation: x.rel.map((k) => v.tokens[k]!.text).join(' '), object: phrase(x.o) };
    // only open extraction prints them: the graph's build does not pay for them
    if (ctx.openSurfaces) {
      const more = morePhrases(at, x);
      if (more.length) out.more = more;
    }
    return out;
  };
  /**
   * The verb's prepositional and time phrases that are neither the relation's object nor in its words, whole and with their
   * prepositions, in sentence order: "joined the firm | as a clerk | at Kettering | in 1941".
   */
  const morePhrases = (at: number, x: Surface): string[] => {
    const t = v.tokens[at]!;
    if (t.upos !== 'VERB' && !kids(v, at, 'cop').length) return [];
    const used = new Set<number>([...x.rel, ...subtree(v, x.o), ...subtree(v, x.s)]);
    const out: string[] = [];
    for (const k of kids(v, at, 'obl', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'obl:unmarked')) {
      if (used.has(k)) continue;
      const toks = writtenSpan(v, k, SURFACE_CUT);
      if (!toks || toks.some((q) => used.has(q))) continue;
      out.push(spanText(v, toks[0]!, toks[toks.length - 1]!));
    }
    return out;
  };

  const arg = (i: number): Argument | undefined => {
    const target = appositionTarget(v, i);
    return argumentFor(ctx, v, target);
  };

  // "a denial by X that ...": the speech act is a fact, its content (a phrase) the object
  for (const f of frames) {
    if (f.kind !== 'noun' || !f.speaker || f.cueLemma !== 'deny') continue;
    const toks = [...f.content].sort((a, b) => a - b).filter((k) => !(v.tokens[k]!.dep === 'mark' && lower(v.tokens[k]!) === 'that'));
    if (!toks.length || toks.length > 12) continue;
    emit(f.speaker, 'deny', 'deny', spanPhrase(v, toks[0]!, toks[toks.length - 1]!), f.cueToken, { known: true, frameOverride: { denied: false, fact: true } });
  }

  v.tokens.forEach((t, p) => {
    const u = t.upos;
    // only these can head a copula clause; most tokens skip the child scan
    const hasCop = COPULA_HEADS.has(u) && kids(v, p, 'cop').length > 0;
    if (u === 'VERB' && !hasCop) verbRelations(p);
    else if (hasCop && u !== 'VERB') copulaRelations(p);
    else if (u === 'ADJ' && (t.dep === 'amod' || t.dep === 'acl' || t.dep === 'appos')) adjectiveRelations(p);
    if (u === 'NOUN' && RELATION_NOUNS[lemmaOf(t)]) nominalRelation(p);
    if (u === 'NOUN' && (NOMINAL_ACTS[lemmaOf(t)] ?? NOMINAL_ACTS[lower(t)])) nominalAct(p);
    if (u === 'NOUN' && PART_NOUNS.includes(lemmaOf(t))) partRelation(p);
    if (isAge(v, p)) ageRelation(p);
  });

  function ageRelation(p: number): void {
    // "X died aged 44" -> X | aged | 44; "a man aged 30" -> man | aged | 30: the first noun or verb above the age
    let h = v.tokens[p]!.head;
    while (h >= 0 && (h === p - 1 || !['NOUN', 'PROPN', 'VERB', 'PRON'].includes(v.tokens[h]!.upos))) h = v.tokens[h]!.head;
    if (h < 0) return;
    const age = countLiteral(v, p);
    if (!age) return;
    const ht = v.tokens[h]!;
    // the age is the person's whatever the verb ("died aged 44", "was described as aged 30")
    if (ht.upos === 'VERB') for (const s of subjectsOf(v, h)) emit(arg(s), 'aged', 'aged', age, h, { known: true, surface: { s, rel: [p - 1], o: p } });
    else emit(arg(h), 'aged', 'aged', age, p, { known: true, surface: { s: h, rel: [p - 1], o: p } });
  }

  function verbRelations(p: number): void {
    const t = v.tokens[p]!;
    if (t.dep === 'amod' || t.dep === 'compound') return; // a participle used as an adjective ("a planned attack")
    const lemma = lemmaOf(t);
    // ", compared with 14,738 for ...", "closed up following a new offer": a participle doing a preposition's work relates
    // no one ("fans following the team" is a verb: people follow)
    if (prepositionalParticiple(p)) return;
    const subjects = subjectsOf(v, p);
    // (a name set off by commas right before the verb is its own subject, not one shared from another verb)
    const commaName = subjects.length === 1 && v.tokens[p - 1]?.text === ',' && v.mentionAt[p - 2]?.tokenStart === subjects[0];
    const shared = !kids(v, p, 'nsubj', 'nsubj:pass').length && !commaName;
    const passive = isPassive(v, p);
    // "arrived back from", "took over at": a particle right after the verb is its particle, whether parsed as one or as
    // an adverb ("with up to six unions": "up to" after a preposition bounds a number, it is no particle of the verb)
    // (find, not filter + map + [0]: map's array is packed or holey as this function runs unoptimised or optimised, and
    // indexing it flipped V8's optimised code for this function between the two)
    const prt = kids(v, p, 'compound:prt').find((k) => !boundingUpTo(v, k)) ?? adverbParticle(v, p);
    const particle = prt === undefined ? undefined : lower(v.tokens[prt]!);
    // ("Local favourite Lleyton Hewitt will meet ...": a noun before the subject is no object; only a relative pronoun,
    // "the deal which Acme signed", comes before its verb's subject as its object)
    const ownSubjects = kids(v, p, 'nsubj', 'nsubj:pass');
    const beforeSubject = (o: number): boolean => o < p && !isRelativePronoun(v, o) && ownSubjects.some((k) => o < k && k < p);
    const objs = kids(v, p, 'obj', 'iobj').filter((o) => trueObject(v, o) && !timeBeforeAfter(v, o) && !beforeSubject(o) && !dashedOff(v, p, o)).flatMap((o) => withConjuncts(v, o));
    // "put them on hold": with its object a pronoun the relation drops, a phrase of a common noun is no relation of the verb
    // ("put on" hold); the act's theme is missing from it
    const droppedObject = objs.some((o) => v.tokens[o]!.upos === 'PRON' && !isRelativePronoun(v, o) && ['it', 'them', 'this', 'that'].includes(lower(v.tokens[o]!)));
    // "died suddenly of a heart attack" with the phrase hung on the manner adverb: the verb's phrase all the same
    const manner = kids(v, p, 'advmod').filter((a) => v.tokens[a]!.upos === 'ADV' && /ly$/i.test(v.tokens[a]!.text));
    const obls = [...kids(v, p, 'obl', 'obl:agent', 'nmod', 'obl:npmod'), ...manner.flatMap((a) => kids(v, a, 'obl'))].filter((o) => !kids(v, o, 'case').length ? false : true);
    // what the verb relates besides its subject and a time: a time is the qualifier of those relations, not one of its own
    const timeFree = (o: number): boolean => !isTime(v, o) && !isAge(v, o);
    const argObjs = objs.filter(timeFree);
    const argObls = obls.filter((o) => {
      const prep = prepOf(v, o);
      return timeFree(o) && !!prep && !SKIP_PREPS.has(prep) && prep !== 'according to' && !ADVERBIAL_HEADS.has(lemmaOf(v.tokens[o]!)) && !(passive && prep === 'by') && !timeFrame(v, o, prep);
    });
    let pol: 'asserted' | 'denied' = negated(v, p) ? 'denied' : 'asserted';
    // "no deal was offered in the meeting": a common-noun subject denied by its own determiner denies what the verb says
    // of it (a name such as "No 10" is no determiner)
    if (subjects.length === 1 && !v.mentionAt[subjects[0]!] && argumentNegated(v, subjects[0]!)) pol = pol === 'denied' ? 'asserted' : 'denied';
    const modality = modalityOf(v, p);

    let agents: number[] = [];
    let patients: number[] = [];
    if (passive) {
      agents = obls.filter((o) => v.tokens[o]!.dep === 'obl:agent' || prepOf(v, o) === 'by').flatMap((o) => withConjuncts(v, o));
      patients = subjects;
    } else {
      agents = subjects;
    }
    // (open extraction keeps a fronted phrase: its tuples carry a clause's adjuncts as arguments, a graph's relation does not)
    const restObls = obls.filter((o) => !agents.includes(o) && !objs.includes(o) && !timeFrame(v, o, prepOf(v, o) ?? '') && (ctx.openSurfaces || !frontedAdjunct(v, p, o)));

    // light verb + noun + preposition: "pin responsibility on X", "hold talks with X"
    for (const o of objs) {
      const noun = lemmaOf(v.tokens[o]!);
      for (const ob of restObls) {
        const prep = prepOf(v, ob);
        if (!prep || isTime(v, ob) || SKIP_PREPS.has(prep) || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!))) continue;
        const entry = verbEntry(`${lemma} ${lower(v.tokens[o]!)} ${prep}`) ?? verbEntry(`${lemma} ${noun} ${prep}`);
        if (entry || (LIGHT_VERBS.has(lemma) && v.tokens[o]!.upos === 'NOUN' && !v.mentionAt[o] && !ctx.book.at(v.sentence.index, o))) {
          // the noun's own modifiers are part of the phrase: "give the green light to" is not "give light to"
          const mods = kids(v, o, 'amod', 'compound').filter((k) => k < o && !v.mentionAt[k] && ['ADJ', 'NOUN'].includes(v.tokens[k]!.upos)).slice(-2).map((k) => lower(v.tokens[k]!));
          const name = entry ? entry.predicate : camel([lemma, ...mods, noun, prep]);
          const label = [lemma, ...mods, noun, prep].join(' ');
          for (const s of (passive ? agents : subjects)) for (const x of withConjuncts(v, ob)) emit(arg(s), name, entry ? labelOf(entry.predicate) : label, arg(x), p, { known: !!entry, shared, polarity: pol, modality, surface: { s, rel: relTokens(p, [...subtreeOfLight(o), ...caseOf(ob)]), o: x } });
          objs.splice(objs.indexOf(o), 1);
          restObls.splice(restObls.indexOf(ob), 1);
          return verbRest();
        }
      }
    }
    return verbRest();


    function verbRest(): void {
      const pred = verbPredicate(lemma, particle, undefined);
      const speech = SPEECH_VERBS.has(lemma) && kids(v, p, 'ccomp').length > 0;
      if (passive) {
        // "Yugansk was sold for $9.3bn", "he was diagnosed with cancer", "the rebate, secured by Thatcher in 1984":
        // the patient with the participle and preposition
        if (patients.some((s) => v.tokens[s]!.upos === 'NUM' || kids(v, s, 'nummod').length)) return; // counts go to events
        for (const ob of restObls.filter((o) => !agents.includes(o))) {
          const prep = prepOf(v, ob);
          if (!prep || SKIP_PREPS.has(prep) || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!))) continue;
          const name = camel([lower(t), particle ?? '', prep]);
          for (const s of patients) for (const x of withConjuncts(v, ob)) emit(arg(s), name, [lower(t), particle, prep].filter(Boolean).join(' '), arg(x), p, { passive: true, polarity: pol, modality, shared, surface: { s, rel: relTokens(p, caseOf(ob)), o: x } });
        }
        // "the US, which is opposed to ending the ban", "banned from driving": a gerund clause after the participle's
        // preposition is what the relation is about, as a phrase
        if (!agents.length) {
          for (const g of kids(v, p, 'advcl')) {
            // the preposition right after the participle ("opposed to ending"), not one of a phrase between ("in return for")
            const mark = kids(v, g, 'mark').filter((k) => k === p + 1).map((k) => lower(v.tokens[k]!)).find((w) => GERUND_PREPS.has(w));
            if (!mark || v.tokens[g]!.tag !== 'VBG') continue;
            const marks = kids(v, g, 'mark');
            const toks = writtenSpan(v, g, SURFACE_CUT)?.filter((k) => v.tokens[k]!.dep !== 'mark' || k !== marks[0]);
            if (!toks?.length || toks.length > 8) continue;
            const phrase = spanPhrase(v, toks[0]!, toks[toks.length - 1]!);
            for (const s of patients) emit(arg(s), camel([lower(t), mark]), `${lower(t)} ${mark}`, phrase, p, { passive: true, polarity: pol, modality, shared, surface: { s, rel: [p, ...marks], o: g } });
          }
        }
        if (!agents.length) return;
        restObls.splice(0, restObls.length);
      }
      // "X blamed the attack on Y": X blames Y; that Y is responsible for the attack is X's claim (a date, "X on Friday
      // blamed ...", is when, not whom)
      const blamedOn = (o: number): boolean => prepOf(v, o) === 'on' && !isTime(v, o);
      const onObl = restObls.find(blamedOn) ?? (pred.frame === 'blame-on' ? objs.flatMap((o) => kids(v, o, 'nmod')).find(blamedOn) : undefined);
      if (pred.frame === 'blame-on' && onObl !== undefined) {
        for (const a of agents) {
          const blamer = arg(a);
          for (const x of withConjuncts(v, onObl)) {
            const blamed = arg(x);
            emit(blamer, pred.name, pred.label, blamed, p, { known: true, passive, polarity: pol, modality, shared, surface: { s: a, rel: relTokens(p, caseOf(onObl)), o: x } });
            for (const o of (passive ? patients : objs)) {
              if (blamer?.kind === 'entity') emit(blamed, 'responsibleFor', 'responsible for', arg(o), p, { frameOverride: { speaker: blamer, cue: t.text, denied: pol === 'denied', fact: false } });
            }
          }
        }
        return;
      }
      // "X pleaded not guilty to Y", "X remained committed to Y": the adjective complement joins the relation
      // ("went bankrupt in 2001", "grew tired of his life in Buenos Aires": the verb's own phrase with the adjective only;
      // "go in" 2001 without it says something else)
      const withAdjective = new Set<number>();
      for (const adj of kids(v, p, 'xcomp').filter((k) => v.tokens[k]!.upos === 'ADJ')) {
        for (const ob of [...kids(v, adj, 'obl', 'nmod'), ...restObls]) {
          const prep = prepOf(v, ob);
          if (!prep || SKIP_PREPS.has(prep)) continue;
          const neg = kids(v, adj, 'advmod').filter((k) => NEGATORS.has(lower(v.tokens[k]!)));
          const words = [lemma, ...neg.map((k) => lower(v.tokens[k]!)), lemmaOf(v.tokens[adj]!), prep];
          const made = out.length;
          for (const a of agents) emit(arg(a), camel(words), words.join(' '), arg(ob), p, { shared, polarity: negated(v, p) ? 'denied' : 'asserted', modality, surface: { s: a, rel: relTokens(p, [...neg, adj, ...caseOf(ob)]), o: ob } });
          // (with an object, "left the way open for X", the adjective describes the object: the verb's phrase stays)
          if (out.length > made && !objs.length) withAdjective.add(ob);
        }
      }
      // "signed a supply deal with China": a preposition the parser hung on the common-noun object belongs to the verb
      if (!passive && !argObls.some((o) => restObls.includes(o))) {
        for (const o of objs) {
          if (v.tokens[o]!.upos !== 'NOUN' || v.mentionAt[o]) continue;
          for (const nm of kids(v, o, 'nmod')) {
            const prep = prepOf(v, nm);
            // "told a jury in New York": a place named after the object is where the act happened, one relation with it
            const place = (prep === 'in' || prep === 'at') && v.mentionAt[nm] && LOCATIVE_TYPES.has(v.mentionAt[nm]!.type);
            if (!prep || !(['with', 'to', 'on', 'against', 'from', 'into'].includes(prep) || place)) continue;
            const entry = verbEntry(`${lemma} ${lower(v.tokens[o]!)} ${prep}`) ?? verbEntry(`${lemma} ${lemmaOf(v.tokens[o]!)} ${prep}`);
            // an event noun's own preposition ("the attack on the hall") belongs to the event, unless the verb is light
            if (!entry && !LIGHT_VERBS.has(lemma) && ctx.book.at(v.sentence.index, o)) continue;
            const nounToks = [...nounMods(o), o];
            const words = [lemma, particle, ...nounToks.map((k) => lower(v.tokens[k]!)), prep].filter((w): w is string => !!w);
            for (const a of agents) for (const x of withConjuncts(v, nm)) emit(arg(a), entry?.predicate ?? camel(words), entry ? labelOf(entry.predicate) : words.join(' '), arg(x), p, { known: !!entry, shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, [...nounToks, ...caseOf(nm)]), o: x } });
          }
        }
      }
      // "want the budget to be capped at 1%": the object and the passive infinitive after it are one relation with the
      // infinitive's phrase ("want budget capped at" 1%); the object alone is not what is wanted
      const stated = new Set<number>();
      if (!passive) {
        for (const o of objs) {
          if (v.tokens[o]!.upos !== 'NOUN' || v.mentionAt[o]) continue;
          const infinitives = [...kids(v, o, 'acl', 'xcomp'), ...kids(v, p, 'xcomp')].filter((c) => v.tokens[c]!.tag === 'VBN'
            && kids(v, c, 'mark').some((m) => lower(v.tokens[m]!) === 'to') && kids(v, c, 'aux:pass').length > 0);
          for (const c of infinitives) {
            for (const ob of kids(v, c, 'obl')) {
              const prep = prepOf(v, ob);
              if (!prep || SKIP_PREPS.has(prep) || isTime(v, ob)) continue;
              // the object's words, names included ("the EU budget"): they are part of what is wanted
              const noun = [...kids(v, o, 'compound', 'amod').filter((k) => k < o), o];
              const words = [lemma, ...noun.map((k) => v.mentionAt[k] ? v.tokens[k]!.text : lower(v.tokens[k]!)), lower(v.tokens[c]!), prep];
              for (const a of agents) emit(arg(a), camel(words), words.join(' '), arg(ob), p, { shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, [...noun, c, ...caseOf(ob)]), o: ob } });
              stated.add(o);
            }
          }
        }
      }
      // ("ravaged the coast last September": a time read as the object dates the act, it is not what was acted on)
      const objects = passive ? patients : objs.filter((o) => !stated.has(o) && timeFree(o));
      // ReVerb's "verb + noun + preposition" when the object is a common noun: "signed a supply deal with X"
      // (not a noun that stands for a name, "met Deputy Prime Minister John Prescott at ..."); the same for every agent
      // and phrase, so found once
      const commonObj = restObls.length ? objs.find((o) => v.tokens[o]!.upos === 'NOUN' && !v.mentionAt[o] && !argumentNegated(v, o) && appositionTarget(v, o) === o) : undefined;
      for (const a of agents) {
        for (const o of objects) {
          const negObj = argumentNegated(v, o);
          // "lent Russia $6bn", "paid Vexa $2m for ...": like a time, an amount beside a named party is that relation's
          // quantity (the money extractor keeps it on the loan or deal), not a relation of its own
          // "Lee said his time there had not hurt him": what a verb of saying or thinking seems to take as its object is
          // the subject of the clause after it (a finite verb follows the phrase)
          if (!passive && THAT_VERBS.has(lemma) && (opensClause(o) || subjectlessClauseAfter(p, o))) continue;
          // "Cairn said estimates had been revised" parsed with "estimates" as the object: a verb that only ever reports a
          // clause has no object of its own, whatever the parse says (its phrasal uses, "say farewell to", are other paths)
          if (!passive && CLAUSE_VERBS.has(lemma)) continue;
          // "had the chance to tackle", "has the gift of being able to", "had a goal chopped off": what is had is the clause
          // after the noun; "have" with the bare noun says nothing
          if (!passive && lemma === 'have' && kids(v, o, 'acl').length) continue;
          // "the deal sees Rosneft receive $6bn": an object with a bare infinitive after it is that clause's subject
          if (!passive && kids(v, p, 'xcomp').some((c) => c > o && isBareInfinitive(v, c))) continue;
          const oa = arg(o);
          if (!passive && oa?.kind === 'literal' && oa.unit && [...objects, ...argObls].some((x) => x !== o && v.mentionAt[x])) continue;
          const surface = passive ? { s: o, rel: relTokens(p, caseOf(a)), o: a } : { s: a, rel: relTokens(p, []), o };
          // "strike a deal": a verb the lexicon reads as an attack does not attack an agreement; the verb's own words
          let said = pred.name === 'attack' && ctx.book.at(v.sentence.index, o)?.arg.eventType === 'Agreement'
            ? openRelation([lemma, particle]) : pred;
          // "give parliament a veto", "sent the board a letter": the one given to is given the theme, which joins the
          // relation ("give veto to" parliament) rather than being lost
          const theme = passive ? undefined : themeOf(o);
          let rel = surface.rel;
          if (theme !== undefined) {
            const nounToks = [...nounMods(theme), theme];
            said = openRelation([lemma, particle, ...nounToks.map((k) => lower(v.tokens[k]!)), 'to']);
            rel = relTokens(p, nounToks);
          }
          emit(arg(a), said.name, said.label, arg(o), p, { known: said.known, passive, shared, polarity: negObj ? 'denied' : pol, modality, surface: { ...surface, rel } });
        }
        if (speech && !objects.length && DENIAL_VERBS.has(lemma)) {
          // "X denied that ...": the speech act with its content as a phrase
          const c = kid(v, p, 'ccomp')!;
          const clause = subtree(v, c);
          const toks = clause.filter((k) => v.tokens[k]!.dep !== 'mark' || k !== clause[0]);
          const first = toks.find((k) => v.tokens[k]!.dep !== 'mark' && v.tokens[k]!.upos !== 'PUNCT')!;
          if (toks.length <= 12) emit(arg(a), pred.name, pred.label, spanPhrase(v, first, toks[toks.length - 1]!), p, { known: true, polarity: pol, shared });
        }
        for (const ob of restObls) {
          const prep = prepOf(v, ob);
          if (!prep || SKIP_PREPS.has(prep) || prep === 'by' && passive || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!)) || withAdjective.has(ob)) continue;
          // "Half of the money put aside by the government" read with "put" as the sentence's active verb: a "by" agent or a
          // bare participle's "by" phrase says who did the act, never a party the subject acts "by"
          if (prep === 'by' && (v.tokens[ob]!.dep === 'obl:agent' || t.tag === 'VBN' && !kids(v, p, 'aux').length)) continue;
          if (SPEECH_VERBS.has(lemma) && !['to', 'with', 'about', 'of', 'against'].includes(prep)) continue; // "said in a statement", "said on Tuesday"
          // "with China and India filling the top spots": a "with" whose noun has a clause of its own is a circumstance
          if (prep === 'with' && kids(v, ob, 'acl').some((k) => ['VBG', 'VBN'].includes(v.tokens[k]!.tag))) continue;
          // (a bare noun, "on hold", "in place", "into account": a phrase with a determiner, "uploaded it to a web page", still
          // names a party)
          if (droppedObject && !v.mentionAt[ob] && !ctx.book.at(v.sentence.index, ob) && ['NOUN', 'ADJ'].includes(v.tokens[ob]!.upos)
            && !kids(v, ob, 'det', 'nmod:poss', 'nummod').length) continue;
          // "moved to the US in 1999", "approved the accounts in 2002": the year dates the other relation. Only a time that
          // is the verb's one complement ("collapsed in 2002"), or follows a phrase that names no entity ("emerged from
          // bankruptcy protection in 2004", read as one relation), is a relation of its own.
          let timeWords: number[] = [];
          if (isTime(v, ob) && !passive) {
            // "there is no sign of it in 2005": being at a time is no relation
            if (argObjs.length || argObls.length > 1 || lemma === 'be') continue;
            const other = argObls[0];
            if (other !== undefined) {
              if (v.mentionAt[other] || ctx.book.at(v.sentence.index, other) || v.tokens[other]!.upos !== 'NOUN' || other > ob) continue;
              // (a state, "bankruptcy protection", not a thing pointed to: "spoke on the BBC's Today programme on Tuesday" is
              // no relation "speak on programme on" with Tuesday)
              if (kids(v, other, 'det', 'nmod:poss').length) continue;
              timeWords = [...caseOf(other), ...kids(v, other, 'compound', 'amod').filter((k) => k < other && !v.mentionAt[k]), other];
            }
          }
          const target = ageRepaired(v, ob);
          if (target === undefined) continue;
          if (target !== ob) {
            // "died of cancer aged 44": the preposition's noun, read from before the age
            const x = arg(target);
            const pr = verbPredicate(lemma, particle, prep);
            emit(arg(a), pr.name, pr.label, x, p, { known: pr.known, shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, caseOf(ob)), o: target } });
            continue;
          }
          const obArg = arg(ob);
          if (!obArg) continue;
          if (prep === 'according to') continue;
          let withPrep: { name: string; label: string; known: boolean } = verbPredicate(lemma, particle, prep);
          let nounToks: number[] = [];
          // "For the study, Acme interviewed 14,000 owners": a phrase put before the verb frames the whole clause; it is no
          // "interview owners for" relation. "urged any witnesses with tips to call": "with" after people says what they
          // have, not what the act is done with.
          if (commonObj !== undefined && !passive && !timeWords.length && (ob < p || prep === 'with' && isActorNoun(commonObj))) continue;
          // "beat Czink in the last round", "sent Sidoli over in the corner": beside an object the relation leaves out, a
          // phrase of place or time that names nothing says where or when; "beat in round" has lost who was beaten
          if (!passive && commonObj === undefined && argObjs.length && !timeWords.length && ['in', 'at', 'on'].includes(prep)
            && !v.mentionAt[ob] && !ctx.book.at(v.sentence.index, ob)) continue;
          // "orchestrated a series of tricks at X": after an object with an of-complement, the phrase right after it is
          // read with that complement; the container noun ("series", "number") is no part of a relation of the verb. So is a
          // place phrase right after any complement ("provide information about the presence of commanders in the territory")
          if (commonObj !== undefined && !passive && !timeWords.length && followsDirectly(commonObj, ob)
            && (hasOfComplement(commonObj) || ['in', 'at', 'on'].includes(prep) && hasComplement(commonObj) && !v.mentionAt[ob])
            && !(v.mentionAt[ob] && LOCATIVE_TYPES.has(v.mentionAt[ob]!.type))) continue;
          if (timeWords.length) {
            withPrep = openRelation([lemma, particle, ...timeWords.map((k) => lower(v.tokens[k]!)), prep]);
            nounToks = timeWords;
          } else if (!withPrep.known && commonObj !== undefined && !passive) {
            nounToks = [...nounMods(commonObj), commonObj];
            withPrep = openRelation([lemma, particle, ...nounToks.map((k) => lower(v.tokens[k]!)), prep]);
          }
          for (const x of withConjuncts(v, ob)) {
            emit(arg(a), withPrep.name, withPrep.label, x === ob ? obArg : arg(x), p, { known: withPrep.known, passive, shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, [...nounToks, ...caseOf(ob)]), o: x } });
          }
          // "agreed to a buyout by Verizon", "arrived back from a mission to the Middle East": a common noun's own phrase
          // that names an entity or an event continues the relation (the fuller one makes the bare one redundant)
          // ("left with a win against X": a "with" of accompaniment or means is no step to a party)
          // (nor after a direct object: "destroyed X in the scrum at Twickenham" is no relation "destroy in scrum at")
          // (an event's phrase still continues it: "warned Russia about an attack in Moscow")
          if (nounToks.length || passive || prep === 'with' || objs.length && !ctx.book.at(v.sentence.index, ob)) continue;
          for (const [m2, pr2] of chained(ob)) {
            const noun = [...kids(v, ob, 'compound').filter((k) => k < ob && !v.mentionAt[k]), ob];
            const words = [lemma, particle, prep, ...noun.map((k) => lower(v.tokens[k]!)), pr2].filter((w): w is string => !!w);
            const rel = [...relTokens(p, []), ...caseOf(ob), ...noun, ...caseOf(m2)];
            for (const x of withConjuncts(v, m2)) emit(arg(a), camel(words), words.join(' '), arg(x), p, { shared, polarity: pol, modality, surface: { s: a, rel, o: x } });
          }
        }
      }
    }
  }

  /** A subjectless participle used as a preposition: "compared with/to", "following" (after) on anything but people. */
  function prepositionalParticiple(p: number): boolean {
    const t = v.tokens[p]!;
    if (kids(v, p, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) return false;
    const lemma = lemmaOf(t);
    if (lemma === 'compare') return t.tag === 'VBN' && ['to', 'with'].includes(lower(v.tokens[p + 1] ?? t));
    if (lemma !== 'follow' || t.tag !== 'VBG' || !kids(v, p, 'obj').length) return false;
    const h = t.head;
    const people = h >= 0 && t.dep === 'acl' && (isActorNoun(h) || ['Person', 'Group'].includes(v.mentionAt[h]?.type ?? ''));
    return !people;
  }

  /** Whether a common noun names people ("witnesses", "users"), whose "with" phrase is what they have. */
  function isActorNoun(o: number): boolean {
    const t = v.tokens[o]!;
    return ACTOR_NOUNS.has(lower(t)) || ACTOR_NOUNS.has(lemmaOf(t)) || PEOPLE_NOUNS.has(lemmaOf(t));
  }

  /** Whether a noun has an of-complement of its own ("a series of tricks", "part of the debt"). */
  function hasOfComplement(o: number): boolean {
    return kids(v, o, 'nmod').some((k) => k > o && prepOf(v, k) === 'of');
  }

  /** Whether a noun has a prepositional complement of its own after it ("information about the presence"). */
  function hasComplement(o: number): boolean {
    return kids(v, o, 'nmod').some((k) => k > o && prepOf(v, k) !== undefined);
  }

  /** Whether the phrase headed at `ob` starts right where the phrase headed at `o` ends. */
  function followsDirectly(o: number, ob: number): boolean {
    const end = Math.max(...subtree(v, o, new Set(['punct', 'conj', 'cc', 'parataxis', 'acl', 'acl:relcl', 'appos'])));
    return Math.min(...subtree(v, ob, new Set(['punct', 'conj', 'cc']))) === end + 1;
  }

  /**
   * "acknowledged some people believed ...", "admitted the countries still had to ...": a finite verb after the object with
   * no subject, coordinator or relative word of its own, hung on the object or the verb, is the clause the object is the
   * subject of (a clause with "and" or "who" is another matter).
   */
  function subjectlessClauseAfter(p: number, o: number): boolean {
    for (let c = o + 1; c < v.tokens.length; c++) {
      const u = v.tokens[c]!;
      if (!['VERB', 'AUX'].includes(u.upos) || !['VBD', 'VBZ', 'VBP', 'MD'].includes(u.tag)) continue;
      const hung = (u.head === p && ['conj', 'parataxis', 'ccomp', 'advcl'].includes(u.dep)) || (u.head === o && ['acl', 'acl:relcl'].includes(u.dep));
      if (!hung) continue;
      if (kids(v, c, 'nsubj', 'nsubj:pass', 'expl', 'cc', 'mark').length) continue;
      if (v.children[c]!.some((k) => k < c && isRelativePronoun(v, k))) continue;
      return true;
    }
    return false;
  }

  /** Whether the phrase headed at `o` opens a clause: a finite verb follows it (adverbs between), or it has a copula. */
  function opensClause(o: number): boolean {
    // a noun with a copula or a subject of its own is the predicate of a clause ("claims its downfall was punishment")
    if (kids(v, o, 'cop', 'nsubj', 'nsubj:pass').length) return true;
    let k = Math.max(...subtree(v, o, new Set(['punct', 'conj', 'cc', 'parataxis']))) + 1;
    while (k < v.tokens.length && v.tokens[k]!.upos === 'ADV') k++;
    const t = v.tokens[k];
    return !!t && ['VERB', 'AUX'].includes(t.upos) && ['VBD', 'VBZ', 'VBP', 'MD'].includes(t.tag);
  }

  /**
   * Modifiers of a verb's common-noun object that belong in a relation's name: its compounds ("supply deal"), and after
   * a light verb its adjectives too ("gave the green light to": the verb means little without them).
   */
  function nounMods(o: number): number[] {
    const light = LIGHT_VERBS.has(lemmaOf(v.tokens[v.tokens[o]!.head]!));
    return kids(v, o, 'compound', 'amod').filter((k) => k < o && !v.mentionAt[k] && (v.tokens[k]!.dep === 'compound' || light && v.tokens[k]!.upos === 'ADJ'));
  }

  /** The common-noun theme ("a veto") beside an indirect object ("parliament" in "give parliament a veto"), if any. */
  function themeOf(o: number): number | undefined {
    const first = v.tokens[o]!.dep === 'conj' ? v.tokens[o]!.head : o;
    if (v.tokens[first]!.dep !== 'iobj' || first < 0) return undefined;
    const theme = kids(v, v.tokens[first]!.head, 'obj').find((k) => k > first);
    if (theme === undefined || v.tokens[theme]!.upos !== 'NOUN' || v.mentionAt[theme]) return undefined;
    // "vacate his favoured centre forward role" read with "centre" as the one given to: a common noun as the recipient
    // before a theme with no determiner of its own is one noun phrase split in two
    const common = v.tokens[first]!.upos === 'NOUN' && !v.mentionAt[first];
    return common && !kids(v, theme, 'det', 'nmod:poss').length ? undefined : theme;
  }

  /** The light noun with its modifiers ("a final offer"), as relation words. */
  function subtreeOfLight(o: number): number[] {
    return subtree(v, o, new Set(['nmod', 'acl', 'acl:relcl', 'appos', 'conj', 'punct'])).filter((k) => v.tokens[k]!.upos !== 'DET' || k !== subtree(v, o)[0]);
  }

  function copulaRelations(p: number): void {
    const t = v.tokens[p]!;
    const subjects = subjectsOf(v, p);
    const pol = negated(v, p) ? 'denied' : 'asserted';
    const modality = modalityOf(v, p);
    const prep = prepOf(v, p);
    if (prep && ['in', 'at', 'inside', 'near'].includes(prep)) {
      // "The summit is in Brussels"
      const place = arg(p);
      if (place?.kind === 'entity' && LOCATIVE_TYPES.has(place.type)) {
        for (const s of subjects) emit(arg(s), 'locatedIn', 'located in', place, p, { known: true, polarity: pol, modality, surface: { s, rel: relTokens(p, caseOf(p)), o: p } });
        return;
      }
    }
    if (prep) {
      // "X is on trial for fraud", "X is in talks with Y", "X is under investigation by Y": a predicate that is a
      // prepositional phrase of a common noun relates the subject to that noun's own prepositional object
      // Only a bare noun, as in those set phrases: a determiner, a number or an adjective ("at number 1 in the list", "in
      // upbeat mood") makes a description of the subject's state, not a relation
      if (t.upos !== 'NOUN' || v.mentionAt[p] || ADVERBIAL_HEADS.has(lemmaOf(t)) || STATE_PREPS_SKIP.has(prep)) return;
      if (kids(v, p, 'det', 'nummod', 'amod', 'nmod:poss').length || v.children[p]!.some((k) => v.tokens[k]!.upos === 'NUM')) return;
      const mods = kids(v, p, 'compound').filter((k) => k < p && !v.mentionAt[k]);
      for (const m of kids(v, p, 'nmod', 'obl')) {
        const pr = prepOf(v, m);
        if (!pr || SKIP_PREPS.has(pr) || STATE_PREPS_SKIP.has(pr) || pr === 'of' || isTime(v, m)) continue;
        // "out of action for six weeks": a duration or count is no party to a relation
        if (v.tokens[m]!.upos === 'NUM' || kids(v, m, 'nummod').length || arg(m)?.kind === 'literal') continue;
        const words = [prep, ...mods.map((k) => lower(v.tokens[k]!)), lower(t), pr];
        const rel = [...kids(v, p, 'aux', 'cop'), ...kids(v, p, 'advmod').filter((k) => NEGATORS.has(lower(v.tokens[k]!))), ...caseOf(p), ...mods, p, ...caseOf(m)].sort((a, b) => a - b);
        for (const s of subjects) for (const x of withConjuncts(v, m)) emit(arg(s), camel(words), words.join(' '), arg(x), p, { polarity: pol, modality, surface: { s, rel, o: x } });
      }
      return;
    }
    const mods = kids(v, p, 'obl', 'nmod').filter((k) => prepOf(v, k));
    if (t.upos === 'ADJ') {
      for (const m of mods) {
        const pr = prepOf(v, m)!;
        // "the code is more effective than the ban", "sales were higher than in 2003": a comparison between two things
        // is a relation; one with a time or amount is not
        const degree = kids(v, p, 'advmod').filter((k) => ['more', 'less', 'far', 'much'].includes(lower(v.tokens[k]!)));
        const comparison = pr === 'than' && (degree.some((k) => ['more', 'less'].includes(lower(v.tokens[k]!))) || t.tag === 'JJR') && !isTime(v, m) && v.tokens[m]!.upos !== 'NUM';
        if (SKIP_PREPS.has(pr) && !comparison) continue;
        const words = comparison ? [...degree.filter((k) => ['more', 'less'].includes(lower(v.tokens[k]!))).map((k) => lower(v.tokens[k]!)), lower(t), pr] : [lemmaOf(t), pr];
        const name = camel(words);
        for (const s of subjects) emit(arg(s), name, words.join(' '), arg(m), p, { known: name === 'responsibleFor', polarity: pol, modality, surface: { s, rel: relTokens(p, [...degree, ...caseOf(m)]), o: m } });
        // "is not up for renegotiation at the summit": a common noun in the phrase with a name or an event in a phrase of
        // its own continues the relation ("up for renegotiation at" the summit)
        if (comparison) continue;
        for (const [m2, pr2] of chained(m)) {
          const more = [lemmaOf(t), pr, lower(v.tokens[m]!), pr2];
          const rel = [...kids(v, p, 'aux', 'cop'), ...kids(v, p, 'advmod').filter((k) => NEGATORS.has(lower(v.tokens[k]!))), p, ...caseOf(m), m, ...caseOf(m2)].sort((a, b) => a - b);
          for (const s of subjects) emit(arg(s), camel(more), more.join(' '), arg(m2), p, { polarity: pol, modality, surface: { s, rel, o: m2 } });
        }
      }
      return;
    }
    // "X is the chief executive of Y", "X is a unit of Y"
    const role = roleOfNoun(p);
    if (role) for (const m of mods) if (['of', 'at', 'for', 'to'].includes(prepOf(v, m)!)) for (const s of subjects) emit(arg(s), role.name, role.label, arg(m), p, { known: true, polarity: pol, modality, surface: { s, rel: relTokens(p, [...kids(v, p, 'amod', 'compound').filter((k) => k < p), ...caseOf(m)]), o: m } });
  }

  /**
   * The prepositional phrases of a common noun that name an entity or an event ("renegotiation at the summit", "a buyout
   * by Verizon"): with the noun, they continue a relation. A noun that is itself a name, an event, a time or a vague
   * adverbial ("in turn") has none.
   */
  function chained(m: number): Array<[number, string]> {
    const mt = v.tokens[m]!;
    if (mt.upos !== 'NOUN' || v.mentionAt[m] || isTime(v, m) || ADVERBIAL_HEADS.has(lemmaOf(mt))) return [];
    const out: Array<[number, string]> = [];
    for (const m2 of kids(v, m, 'nmod')) {
      const pr2 = prepOf(v, m2);
      if (!pr2 || SKIP_PREPS.has(pr2) || pr2 === 'of' || isTime(v, m2)) continue;
      const a2 = arg(m2);
      // (a day or month the recogniser took for a name is no party: "headed to the city on Monday")
      if (a2 && (isNamed(a2) && !(a2.kind === 'entity' && a2.type === 'Misc') || a2.kind === 'event')) out.push([m2, pr2]);
    }
    return out;
  }

  function roleOfNoun(p: number): { name: string; label: string } | undefined {
    const words = [...kids(v, p, 'compound', 'amod').filter((k) => k < p), p].map((k) => lower(v.tokens[k]!));
    for (let s = 0; s < words.length; s++) {
      const r = rolePredicate(words.slice(s).join(' '));
      if (r) return words[0] === 'former' ? { name: formerName(r.name), label: `former ${r.label}` } : r;
    }
    if (lemmaOf(v.tokens[p]!) === 'unit' || lemmaOf(v.tokens[p]!) === 'subsidiary' || lemmaOf(v.tokens[p]!) === 'arm') return { name: 'partOf', label: 'part of' };
    return undefined;
  }

  function adjectiveRelations(p: number): void {
    // "ISIS-K, the group responsible for the assault"; "companies close to the Kremlin"
    const t = v.tokens[p]!;
    const mods = kids(v, p, 'obl', 'nmod').filter((k) => prepOf(v, k));
    if (!mods.length || t.head < 0 || !['NOUN', 'PROPN', 'PRON'].includes(v.tokens[t.head]!.upos)) return;
    const subject = arg(t.head);
    for (const m of mods) {
      const pr = prepOf(v, m)!;
      // "the telecoms giant in 2002": a time on an attributive adjective dates the sentence's event, not the adjective
      if (SKIP_PREPS.has(pr) || isTime(v, m)) continue;
      const name = camel([lemmaOf(t), pr]);
      emit(subject, name, `${lemmaOf(t)} ${pr}`, arg(m), p, { known: name === 'responsibleFor', polarity: negated(v, p) ? 'denied' : 'asserted', surface: { s: t.head, rel: relTokens(p, caseOf(m)), o: m } });
    }
  }

  function partRelation(p: number): void {
    // "the Yuganskneftegas unit of oil group Yukos", "Yukos's Yugansk unit": a named part and its whole
    const part = kids(v, p, 'compound', 'flat', 'appos').find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Person');
    const of = kids(v, p, 'nmod').find((k) => prepOf(v, k) === 'of');
    const poss = kids(v, p, 'nmod:poss').find((k) => v.mentionAt[k]);
    const whole = of ?? poss;
    if (part === undefined || whole === undefined) return;
    const w = arg(whole);
    if (w?.kind !== 'entity') return;
    emit(entityFromMention(v.mentionAt[part]!), 'partOf', 'part of', w, p, { known: true, surface: { s: part, rel: [p, ...caseOf(whole)], o: whole } });
  }

  /**
   * "its surprise purchase of Yugra", "Oslo's attack on Lima", "US objections to the plan": an act written as a noun, with
   * its agent in the possessor, a demonym or a "by" phrase and what it acts on in its own preposition's phrase. "its" is
   * the last organisation named before it in the sentence, "his"/"her" the last person; else no agent is read.
   */
  function nominalAct(p: number): void {
    const t = v.tokens[p]!;
    const act = (NOMINAL_ACTS[lemmaOf(t)] ?? NOMINAL_ACTS[lower(t)])!;
    const themes = kids(v, p, 'nmod').filter((k) => k > p && act.preps.includes(prepOf(v, k) ?? '') && !isTime(v, k));
    if (!themes.length) return;
    let agent: Argument | undefined;
    let at = -1;
    const by = kids(v, p, 'nmod', 'nmod:agent').find((k) => prepOf(v, k) === 'by' && v.mentionAt[k]);
    const poss = kids(v, p, 'nmod:poss', 'amod', 'compound').filter((k) => k < p);
    const named = poss.find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc' && v.mentionAt[k]!.type !== 'Person' || v.mentionAt[k]?.type === 'Person' && v.tokens[k]!.dep === 'nmod:poss');
    if (by !== undefined) { agent = arg(by); at = by; }
    else if (named !== undefined) { agent = entityFromMention(v.mentionAt[named]!); at = named; }
    else {
      const pron = poss.find((k) => ['its', 'their', 'his', 'her'].includes(lower(v.tokens[k]!)));
      if (pron === undefined) return;
      const people = ['his', 'her'].includes(lower(v.tokens[pron]!));
      for (let b = pron - 1; b >= 0 && !agent; b--) {
        const m = v.mentionAt[b];
        if (m && (people ? m.type === 'Person' : ['Organization', 'Company', 'GovernmentBody', 'Country', 'ArmedGroup', 'PoliticalParty', 'Group'].includes(m.type))) agent = entityFromMention(m);
      }
      at = pron;
    }
    if (!agent || agent.kind === 'literal' || agent.kind === 'concept') return;
    // "a planned purchase", "the possible sale": the act is not (yet) real
    const modal = kids(v, p, 'amod').map((k) => MODAL_ADJECTIVES[lower(v.tokens[k]!)]).find(Boolean);
    const [verb, particle] = act.verb.split(' ');
    const pred = verbPredicate(verb!, particle === 'down' || particle === 'over' ? particle : undefined, act.verb.split(' ').length > 1 && !['down', 'over'].includes(particle!) ? particle : act.verb === 'crack down on' ? 'on' : undefined);
    for (const th of themes) for (const x of withConjuncts(v, th)) {
      const theme = arg(x);
      if (!theme || theme.kind === 'literal') continue;
      emit(agent, pred.name, pred.label, theme, p, { known: pred.known, modality: modal, nominal: true, polarity: argumentNegated(v, p) ? 'denied' : 'asserted', surface: { s: at, rel: [p, ...caseOf(th)], o: x } });
    }
  }

  function nominalRelation(p: number): void {
    // "Ukrainian involvement", "Iran's role in the attack": the modifier is the actor; "no ..." denies it
    const rel = RELATION_NOUNS[lemmaOf(v.tokens[p]!)]!;
    const actorTok = kids(v, p, 'amod', 'nmod:poss', 'compound').find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc' || lower(v.tokens[k]!) === 'his' || lower(v.tokens[k]!) === 'their');
    if (actorTok === undefined || !v.mentionAt[actorTok]) return;
    const actor = entityFromMention(v.mentionAt[actorTok]!);
    const inObl = kids(v, p, 'nmod').find((k) => ['in', 'for', 'with'].includes(prepOf(v, k) ?? ''));
    const target = inObl !== undefined ? arg(inObl) : ctx.book.main();
    if (!target) return;
    let denied = argumentNegated(v, p);
    for (const a of ancestors(v, p).slice(0, 3)) {
      if (argumentNegated(v, a)) denied = true;
      if (v.tokens[a]!.upos === 'VERB' && negated(v, a)) denied = true;
      if (v.tokens[a]!.upos === 'VERB') break;
    }
    if (lemmaOf(v.tokens[p]!) === 'role' && inObl === undefined) return;
    emit(actor, rel.predicate, rel.label, target, p, { known: true, polarity: denied ? 'denied' : 'asserted' });
  }

  return out;
}

/**
 * The person a following "he"/"she" most likely names: the subject of the main clause when a person is ("Mr Lee
 * met Ivo Tan and Ana Ruiz. He said ..." -> Lee), else the last person named.
 */
function salientPerson(v: SentenceView): Mention | undefined {
  if (v.parsed) {
    const root = v.tokens.findIndex((t) => t.head < 0);
    // the subject's own words: "Mr Lee" may be headed by the title, the name hanging off it
    const named = (k: number): Mention | undefined => [k, ...kids(v, k, 'flat', 'compound', 'appos')].map((x) => v.mentionAt[x]).find((m) => m?.type === 'Person');
    const subj = root >= 0 ? kids(v, root, 'nsubj', 'nsubj:pass').map(named).find(Boolean) : undefined;
    if (subj) return subj;
  }
  return [...v.mentionAt].reverse().find((m) => m?.type === 'Person');
}

/** The extractor: every sentence with a parse. */
export function dependencyRelations(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const views = ctx.views;
  const memory = new SpeakerMemory();
  const out: Candidate[] = [];
  for (const v of views) {
    out.push(...sentenceRelations(ctx, v, memory));
    const person = salientPerson(v);
    if (person) memory.notePerson(entityFromMention(person));
  }
  return out;
}

/** Adverbs that, right after their verb, are its particle ("took over", "brought out", "stepped down"). */
const PARTICLE_ADVERBS = new Set(['back', 'out', 'over', 'off', 'up', 'down', 'away']);

/**
 * The token right after a verb that the parser made an adverb of it (or a preposition tagged as a particle) but is
 * its particle ("the Spaniard took over at the club": "take over at", not "take at"), if any.
 */
export function adverbParticle(v: SentenceView, p: number): number | undefined {
  const k = p + 1, t = v.tokens[k];
  return t && t.head === p && (t.upos === 'ADV' || t.tag === 'RP') && PARTICLE_ADVERBS.has(lower(t)) && !boundingUpTo(v, k) ? k : undefined;
}

/** Whether a particle "up" is the "up to" bounding a number after a preposition ("with up to six other unions"). */
function boundingUpTo(v: SentenceView, k: number): boolean {
  const after = v.tokens[k + 1];
  return lower(v.tokens[k]!) === 'up' && v.tokens[k - 1]?.upos === 'ADP' && !!after && lower(after) === 'to' && v.tokens[k + 2]?.upos === 'NUM';
}

const DEGREE_WORDS = new Set(['more', 'less', 'most', 'least']);

/**
 * Whether a relation's word is a graded adjective: comparative, superlative, or one with a degree word ("less keen on").
 * The relation is named by the adjective's lemma, so read without its degree or standard ("big in Nigeria") it says
 * something else. (An ordinal place, "third in Boston", names its own degree.)
 */
function gradedAdjective(v: SentenceView, at: number): boolean {
  const t = v.tokens[at];
  if (!t || t.upos !== 'ADJ') return false;
  if (t.tag === 'JJR' || t.tag === 'JJS') return true;
  return v.parsed && kids(v, at, 'advmod').some((k) => DEGREE_WORDS.has(lower(v.tokens[k]!)));
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'season', 'night']);
const FRAME_PREPS = new Set(['in', 'over', 'during', 'within', 'throughout', 'on', 'at']);
// (an ordinal or "same" picks one span out of a sequence: "in his first year", "on the same day")
const FRAME_MODIFIERS = new Set(['last', 'past', 'recent', 'next', 'coming', 'previous', 'few', 'several', 'first', 'second', 'third', 'final', 'opening', 'same']);

/**
 * Whether a prepositional phrase is a span of time the act falls in ("in the last six years", "over the past two
 * years", "in recent years", "within 14 days"), which the date parser leaves unread: it dates the relation, it is not
 * what the verb relates.
 */
function timeFrame(v: SentenceView, o: number, prep: string): boolean {
  const t = v.tokens[o]!;
  if (!FRAME_PREPS.has(prep) || t.upos !== 'NOUN' || !TIME_UNITS.has(lemmaOf(t))) return false;
  return kids(v, o, 'amod', 'nummod', 'det', 'advmod').some((k) => FRAME_MODIFIERS.has(lower(v.tokens[k]!)) || v.tokens[k]!.upos === 'NUM');
}

/** "clashed just days after the launch", "resigned two weeks later": a length of time measuring "after"/"ago", no object. */
function timeBeforeAfter(v: SentenceView, o: number): boolean {
  const next = v.tokens[o + 1];
  return TIME_UNITS.has(lemmaOf(v.tokens[o]!)) && !!next && ['after', 'before', 'ago', 'later', 'earlier'].includes(lower(next));
}
