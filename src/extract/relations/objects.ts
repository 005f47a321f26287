// What a verb's objects and a noun's complements are: people nouns, of-phrases, clauses an object opens, light-verb nouns, roles.
import { isApostropheS } from '../../analyze/mentions/candidate.js';
import { isRelativePronoun } from '../arguments.js';
import { LIGHT_VERBS, SMALL_CLAUSE_VERBS } from '../predicates/lexicon.js';
import { rolePredicate } from '../predicates/index.js';
import { formerName } from '../roles.js';
import { isInnerHyphen, kids, lemmaOf, lower, subtree, type SentenceView } from '../sentence-view.js';
import { ACTOR_NOUNS, PEOPLE_NOUNS } from './confidence.js';
import { prepOf } from './words.js';

/** A subjectless participle used as a preposition: "compared with/to", "following" (after) on anything but people. */
export function prepositionalParticiple(v: SentenceView, p: number): boolean {
  const t = v.tokens[p]!;
  if (kids(v, p, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) return false;
  const lemma = lemmaOf(t);
  if (lemma === 'compare') return t.tag === 'VBN' && ['to', 'with'].includes(lower(v.tokens[p + 1] ?? t));
  if (lemma !== 'follow' || t.tag !== 'VBG' || !kids(v, p, 'obj').length) return false;
  const h = t.head;
  const people = h >= 0 && t.dep === 'acl' && (isActorNoun(v, h) || ['Person', 'Group'].includes(v.mentionAt[h]?.type ?? ''));
  return !people;
}

/** Whether a common noun names people ("witnesses", "users"), whose "with" phrase is what they have. */
export function isActorNoun(v: SentenceView, o: number): boolean {
  const t = v.tokens[o]!;
  return ACTOR_NOUNS.has(lower(t)) || ACTOR_NOUNS.has(lemmaOf(t)) || PEOPLE_NOUNS.has(lemmaOf(t));
}

/** Whether a noun has an of-complement of its own ("a series of tricks", "part of the debt"). */
export function hasOfComplement(v: SentenceView, o: number): boolean {
  return kids(v, o, 'nmod').some((k) => k > o && prepOf(v, k) === 'of');
}

/** Whether a noun has a prepositional complement of its own after it ("information about the presence"). */
export function hasComplement(v: SentenceView, o: number): boolean {
  return kids(v, o, 'nmod').some((k) => k > o && prepOf(v, k) !== undefined);
}

/** Whether the phrase headed at `ob` starts right where the phrase headed at `o` ends. */
export function followsDirectly(v: SentenceView, o: number, ob: number): boolean {
  const end = Math.max(...subtree(v, o, new Set(['punct', 'conj', 'cc', 'parataxis', 'acl', 'acl:relcl', 'appos'])));
  return Math.min(...subtree(v, ob, new Set(['punct', 'conj', 'cc']))) === end + 1;
}

/**
 * "acknowledged some people believed ...", "admitted the countries still had to ...": a finite verb after the object with
 * no subject, coordinator or relative word of its own, hung on the object or the verb, is the clause the object is the
 * subject of (a clause with "and" or "who" is another matter).
 */
export function subjectlessClauseAfter(v: SentenceView, p: number, o: number): boolean {
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
export function opensClause(v: SentenceView, o: number): boolean {
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
export function nounMods(v: SentenceView, o: number): number[] {
  const light = LIGHT_VERBS.has(lemmaOf(v.tokens[v.tokens[o]!.head]!));
  return kids(v, o, 'compound', 'amod').filter((k) => k < o && !v.mentionAt[k] && (v.tokens[k]!.dep === 'compound' || light && v.tokens[k]!.upos === 'ADJ'));
}

/**
 * Verbs of handing something over whose first of two objects is the one it goes to ("sold GM a stake", "handed Lee the
 * keys"). The parser often labels both "obj"; read as two things sold, the buyer became the thing sold. ("lend" is left
 * out: the lexicon's lend takes the borrower as its object.)
 */
const GIVING_VERBS = new Set(['sell', 'give', 'hand', 'pass', 'send', 'offer', 'award', 'grant', 'transfer']);

/**
 * A second object of a giving verb that is a phrase of its own (a determiner, possessive or number opens it) after a
 * first object that names someone (a name or a personal pronoun): the first is the one given to. The phrase must start
 * right after the first object's words, so one noun phrase split in two is not read as two.
 */
function givenTo(v: SentenceView, first: number, theme: number): boolean {
  const h = v.tokens[first]!.head;
  if (h < 0 || !GIVING_VERBS.has(lemmaOf(v.tokens[h]!))) return false;
  // (a name, "gave world champion Lee a reward" with the name in apposition to its title, or "him")
  const named = v.mentionAt[first] !== undefined || v.tokens[first]!.upos === 'PROPN' || v.tokens[first]!.upos === 'PRON' && v.tokens[first]!.tag === 'PRP'
    || kids(v, first, 'appos').some((k) => v.mentionAt[k] !== undefined);
  const opener = kids(v, theme, 'det', 'nmod:poss', 'nummod').filter((k) => k < theme)[0];
  return named && opener !== undefined && opener === Math.max(...subtree(v, first, new Set(['punct']))) + 1;
}

/** The common-noun theme ("a veto") beside an indirect object ("parliament" in "give parliament a veto"), if any. */
export function themeOf(v: SentenceView, o: number): number | undefined {
  const first = v.tokens[o]!.dep === 'conj' ? v.tokens[o]!.head : o;
  if (first < 0 || v.tokens[first]!.dep !== 'iobj' && v.tokens[first]!.dep !== 'obj') return undefined;
  const theme = kids(v, v.tokens[first]!.head, 'obj').find((k) => k > first);
  if (theme === undefined || v.tokens[theme]!.upos !== 'NOUN' || v.mentionAt[theme]) return undefined;
  if (v.tokens[first]!.dep === 'obj' && !givenTo(v, first, theme)) return undefined;
  // "vacate his favoured centre forward role" read with "centre" as the one given to: a common noun as the recipient
  // before a theme with no determiner of its own is one noun phrase split in two
  const common = v.tokens[first]!.upos === 'NOUN' && !v.mentionAt[first];
  return common && !kids(v, theme, 'det', 'nmod:poss').length ? undefined : theme;
}

/**
 * The predicate noun of a small clause after a verb of naming or judging ("named X chairman", "declared X the winner",
 * "branded X a coward"): a noun right after the verb's first object with no comma between, whether the parser made it a
 * second object, an open complement or an apposition of the first. It says what the first object is, so it is never a
 * thing acted on; undefined when there is none.
 */
export function smallClausePredicate(v: SentenceView, p: number, objs: readonly number[]): number | undefined {
  if (!objs.length || !SMALL_CLAUSE_VERBS.has(lemmaOf(v.tokens[p]!))) return undefined;
  const first = Math.min(...objs);
  const conjuncts = new Set(kids(v, first, 'conj'));
  const end = Math.max(...subtree(v, first, new Set(['punct', 'conj', 'cc', 'appos', 'acl', 'acl:relcl', 'xcomp'])));
  return [...kids(v, p, 'obj', 'iobj', 'xcomp'), ...kids(v, first, 'appos', 'xcomp')]
    .filter((c) => c > end && !conjuncts.has(c) && ['NOUN', 'PROPN'].includes(v.tokens[c]!.upos) && !kids(v, c, 'case').length
      && !v.tokens.slice(end + 1, c).some((t) => t.upos === 'PUNCT' || t.upos === 'VERB' || t.upos === 'ADP'))
    .sort((a, b) => a - b)[0];
}

/**
 * What a verb's object really is when the parser took a possessor for it ("defeated China's Li Na", "cut Ireland's lead"
 * with "China", "Ireland" as the object): read from the words, not the arcs, the possessor's words (its name, or its
 * nouns and names in a row) end at a possessive "'s", and the object is the last noun or name of the words right after
 * it ("Li Na", "lead", "only try"). The token itself when it is no possessor; undefined when no noun follows.
 */
export function possessedNoun(v: SentenceView, o: number): number | undefined {
  const nominal = (k: number): boolean => ['NOUN', 'PROPN'].includes(v.tokens[k]?.upos ?? '');
  let k = v.mentionAt[o] ? Math.max(o, v.mentionAt[o]!.tokenEnd - 1) : o;
  while (nominal(k + 1) && !isApostropheS(v.tokens[k + 1]!.text)) k++;
  const mark = v.tokens[k + 1];
  if (!mark || !(isApostropheS(mark.text) || mark.text === "'" && /s$/i.test(v.tokens[k]!.text))) return o;
  let last: number | undefined;
  // (the possessed words: adjectives, nouns and names, a hyphen inside a word, "Leinster fly-half Contepomi")
  for (let h = k + 2; h < v.tokens.length; h++) {
    const u = v.tokens[h]!.upos;
    if (nominal(h)) last = h;
    else if (u !== 'ADJ' && !isInnerHyphen(v, h)) break;
  }
  return last;
}

/** The light noun with its modifiers ("a final offer"), as relation words. */
export function subtreeOfLight(v: SentenceView, o: number): number[] {
  return subtree(v, o, new Set(['nmod', 'acl', 'acl:relcl', 'appos', 'conj', 'punct'])).filter((k) => v.tokens[k]!.upos !== 'DET' || k !== subtree(v, o)[0]);
}

export function roleOfNoun(v: SentenceView, p: number): { name: string; label: string } | undefined {
  const words = [...kids(v, p, 'compound', 'amod').filter((k) => k < p), p].map((k) => lower(v.tokens[k]!));
  for (let s = 0; s < words.length; s++) {
    const r = rolePredicate(words.slice(s).join(' '));
    if (r) return words[0] === 'former' ? { name: formerName(r.name), label: `former ${r.label}` } : r;
  }
  if (lemmaOf(v.tokens[p]!) === 'unit' || lemmaOf(v.tokens[p]!) === 'subsidiary' || lemmaOf(v.tokens[p]!) === 'arm') return { name: 'partOf', label: 'part of' };
  return undefined;
}
