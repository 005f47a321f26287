// Parse repairs: a few facts of English grammar the extractors rely on, restored where a parse breaks them.
import type { TimeExpression, Token } from '../analyze/analysis.js';
import { COURTESY_TITLE } from '../analyze/gazetteer/index.js';
import { verbLemma } from './verb-lemma.js';
import { wordTable } from '../util/word-table.js';
import { BE_WORDS } from './predicates/lexicon.js';
import { datelineDash } from './dashes.js';
import { dependentsOf, dominates, finiteVerb, FINITE_TAGS, retoken, subjectRelation, SUBJECT_DEPS } from './repair-tree.js';
import { agesAsSubjects } from './repair-ages.js';
import { intentNounsAsVerbs } from './repair-intents.js';
import { accordingToNouns, clausesOffObjects, clausesReadAsConjuncts, prepositionsOffClauses, reportsAtTheEnd, reportsUnderTheirClauses, subjectsAroundReports, subjectsOfBareComplements } from './repair-reports.js';

/**
 * Argument relations a preposition cannot head: a preposition with a noun after it is the case marker of that noun
 * ("died of cancer" parsed with "of" as the verb's oblique and "cancer" under it). Adverbial uses of a bare preposition
 * ("came back in") keep their reading, since they have no noun after them.
 */
const ARGUMENT_DEPS = new Set(['obl', 'nmod', 'obj', 'iobj', 'nsubj', 'nsubj:pass', 'advmod', 'obl:tmod', 'nmod:tmod']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
/** Dependents of a preposition that are not its object ("by or at Number 10": "Number" is a conjunct's). */
const NOT_OBJECT = new Set(['conj', 'cc', 'punct', 'appos', 'parataxis', 'list']);
/** Prepositions that put a date on what comes before them ("begins on Monday", "a meeting in March"). */
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'through']);

function isVerbal(t: Token): boolean {
  return t.upos === 'VERB' || t.upos === 'AUX' || t.upos === 'ADJ';
}

/** Whether the heads from `k` up reach the root (no cycle on the way). */
function rooted(tokens: Token[], k: number): boolean {
  for (let steps = 0; steps <= tokens.length; steps++) {
    if (k < 0) return true;
    k = tokens[k]!.head;
  }
  return false;
}

/** The dependents of `from` that `moves` lets through hang on `to` instead. */
function rehang(tokens: Token[], from: number, to: number, moves: (k: number) => boolean): void {
  tokens.forEach((u, k) => { if (u.head === from && moves(k)) tokens[k] = retoken(u, { head: to }); });
}

/** The tokens inside time expression `te`, in order. */
function timeSpan(tokens: Token[], te: TimeExpression): number[] {
  const span: number[] = [];
  tokens.forEach((t, k) => { if (t.start >= te.start && t.end <= te.end) span.push(k); });
  return span;
}

/** The nearest verb from token `k` up its heads (`k` itself included), or -1 when none is above it. */
function verbFrom(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k]!.upos !== 'VERB') k = tokens[k]!.head;
  return k;
}

/** A preposition heading an argument, with a noun among its dependents to its right: the noun heads, the preposition marks it. */
function prepositionsAsCase(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.upos !== 'ADP' || !ARGUMENT_DEPS.has(t.dep) || t.head < 0) return;
    const noun = tokens.findIndex((u, k) => k > i && u.head === i && NOMINAL.has(u.upos) && !NOT_OBJECT.has(u.dep));
    if (noun < 0 || dominates(tokens, noun, t.head)) return;
    const dep = t.dep === 'advmod' ? (isVerbal(tokens[t.head]!) ? 'obl' : 'nmod') : t.dep;
    tokens[noun] = retoken(tokens[noun]!, { head: t.head, dep });
    tokens[i] = retoken(t, { head: noun, dep: 'case' });
    // the preposition's other dependents belong to the noun phrase now
    rehang(tokens, i, noun, (k) => k !== noun);
  });
}

/**
 * A time expression right after a preposition is that preposition's object, in one piece ("begins on 16 December",
 * whatever the parse did with the number and the month): its last token heads it, the preposition marks it, and the
 * phrase hangs where the preposition hung when the parse had the preposition outside it.
 */
function timePhrases(tokens: Token[], times: TimeExpression[]): void {
  for (const te of times) {
    const span = timeSpan(tokens, te);
    // a score or a range of numbers read as a date ("won 5-3") is no phrase to rebuild
    if (!span.length || !/[a-z]|\d{4}/i.test(te.text)) continue;
    const first = span[0]!, last = span[span.length - 1]!;
    const p = first - 1;
    if (p < 0 || tokens[p]!.upos !== 'ADP' || !TIME_PREPS.has(tokens[p]!.text.toLowerCase())) continue;
    const inside = (k: number): boolean => k >= first && k <= last;
    const outsideHeads = span.filter((k) => !inside(tokens[k]!.head));
    const prep = tokens[p]!;
    // the preposition marks a larger phrase the time begins ("at next week's summit")
    if (prep.dep === 'case' && prep.head > last || tokens[last + 1]?.upos === 'PART' || tokens[last + 1]?.upos === 'NOUN') continue;
    // already one phrase marked by the preposition: the parse's attachment stands
    if (outsideHeads.length === 1 && prep.dep === 'case' && inside(prep.head)) continue;
    // where the phrase hangs: the outside head the preposition or the phrase had before the words after the phrase
    // (a preposition read as the marker of a clause after it, "begins on 16 December and is expected", modifies what
    // comes before it: the host is looked for there)
    const forward = prep.dep === 'mark' && prep.head > last;
    let host = prep.dep !== 'case' && !inside(prep.head) && !forward ? prep.head : forward ? -1 : tokens[outsideHeads[0] ?? last]!.head;
    if (host >= first && host <= last) host = -1;
    if (host < 0 || host === p) {
      // the nearest verb or noun before the preposition
      host = -1;
      for (let k = p - 1; k >= 0; k--) if (isVerbal(tokens[k]!) || tokens[k]!.upos === 'NOUN' || tokens[k]!.upos === 'PROPN') { host = k; break; }
      if (host < 0) continue;
    }
    if (span.some((k) => dominates(tokens, k, host))) continue;
    tokens[last] = retoken(tokens[last]!, { head: host, dep: isVerbal(tokens[host]!) ? 'obl' : 'nmod' });
    for (const k of span) if (k !== last) tokens[k] = retoken(tokens[k]!, { head: last, dep: tokens[k]!.upos === 'NUM' ? 'nummod' : 'compound' });
    tokens[p] = retoken(prep, { head: last, dep: 'case' });
    // dependents the preposition had go with the phrase
    rehang(tokens, p, last, (k) => k !== p && !inside(k));
  }
}

/**
 * An age ("aged 44") describes a person, never a common noun in a prepositional phrase of a verb: "died of cancer aged
 * 44" parsed with the age on "cancer" has it on the verb instead (whose subject is the person).
 */
function agesOnVerbs(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.text.toLowerCase() !== 'aged' || tokens[i + 1]?.upos !== 'NUM' || t.head < 0) return;
    const n = tokens[t.head]!;
    if (n.upos !== 'NOUN' || n.dep !== 'obl' || n.head < 0 || tokens[n.head]!.upos !== 'VERB') return;
    if (!tokens.some((u) => u.head === t.head && u.dep === 'case')) return;
    tokens[i] = retoken(t, { head: n.head, dep: 'advcl' });
  });
}

/**
 * English puts adjectives before noun modifiers ("detailed side information", never "side detailed information"): a
 * common noun parsed as a compound of a head it is separated from by that head's adjective ends a phrase of its own.
 * "passed on to the Russian side detailed information" is "to the Russian side" + "detailed information"; "gave the
 * Russian side detailed information" is the recipient + the thing given.
 */
function compoundsBeforeAdjectives(tokens: Token[]): void {
  tokens.forEach((c, ci) => {
    if (c.dep !== 'compound' || c.upos !== 'NOUN' || c.head <= ci) return;
    // the compound may hang on the adjective itself ("side" under "detailed")
    let h = c.head;
    while (h > ci && tokens[h]!.upos === 'ADJ' && tokens[h]!.dep === 'amod' && tokens[h]!.head > h) h = tokens[h]!.head;
    const ht = tokens[h]!;
    if (h <= ci + 1 || ht.upos !== 'NOUN' || ht.head < 0 || !isVerbal(tokens[ht.head]!)) return;
    const between = tokens.slice(ci + 1, h);
    if (!between.every((u) => u.upos === 'ADJ' && u.dep === 'amod' && u.head > ci && u.head <= h)) return;
    const before = tokens.map((u, k) => k).filter((k) => k < ci && tokens[k]!.head === h);
    const cas = before.find((k) => tokens[k]!.dep === 'case');
    if (cas !== undefined && ht.dep === 'obl') {
      tokens[ci] = retoken(c, { head: ht.head, dep: 'obl' });
      const hasObj = tokens.some((u) => u.head === ht.head && u.dep === 'obj');
      tokens[h] = retoken(ht, { dep: hasObj ? ht.dep : 'obj' });
    } else if (cas === undefined && ht.dep === 'obj') {
      tokens[ci] = retoken(c, { head: ht.head, dep: 'iobj' });
    } else return;
    for (const k of before) tokens[k] = retoken(tokens[k]!, { head: ci });
  });
}

/**
 * A that-clause has a finite verb. A to-infinitive parsed as its head, with a subject of its own, is the modifier of
 * that noun, and the finite verb parsed as the infinitive's conjunct heads the clause: "confirmed that a drive to cut
 * costs would start in May" is "a drive (to cut costs) would start", not "a drive cut costs".
 */
function infinitivesHeadingClauses(tokens: Token[]): void {
  // (nothing changes before a subordinator mark is found, so a sentence with none has nothing to repair)
  if (!tokens.some((u) => u.dep === 'mark' && THAT_WORDS.has(u.text.toLowerCase()))) return;
  tokens.forEach((t, i) => {
    // (only a verb right after "to" can be such an infinitive: the scan of its dependents is skipped for the others)
    if (t.upos !== 'VERB' || t.head < 0 || tokens[i - 1]?.text.toLowerCase() !== 'to') return;
    const kidsOf = (h: number, dep: string): number[] => tokens.flatMap((u, k) => u.head === h && u.dep === dep ? [k] : []);
    const to = kidsOf(i, 'mark').find((k) => tokens[k]!.text.toLowerCase() === 'to' && k === i - 1);
    const that = kidsOf(i, 'mark').find((k) => THAT_WORDS.has(tokens[k]!.text.toLowerCase()));
    const subj = kidsOf(i, 'nsubj').find((k) => to !== undefined && k === to - 1 && tokens[k]!.upos === 'NOUN');
    if (to === undefined || that === undefined || subj === undefined || that > subj) return;
    const finite = kidsOf(i, 'conj').find((k) => k > i && !kidsOf(k, 'nsubj').length && !kidsOf(k, 'nsubj:pass').length
      && (kidsOf(k, 'aux').some((a) => tokens[a]!.tag === 'MD') || ['VBD', 'VBZ'].includes(tokens[k]!.tag)));
    if (finite === undefined) return;
    tokens[finite] = retoken(tokens[finite]!, { head: t.head, dep: t.dep });
    tokens[subj] = retoken(tokens[subj]!, { head: finite, dep: 'nsubj' });
    tokens[i] = retoken(t, { head: subj, dep: 'acl' });
    tokens[that] = retoken(tokens[that]!, { head: finite });
  });
}

/** The subordinators of a that-clause. */
const THAT_WORDS = new Set(['that', 'whether', 'if']);

/** Words that quantify a noun and never mark its case ("offered zero evidence", "no warning"). */
const QUANTIFIERS = new Set(['no', 'zero', 'any', 'every', 'each', 'all', 'some', 'several', 'many', 'few']);

/** A case marker that is a quantifier is the noun's determiner: "zero evidence" is no prepositional phrase. */
function quantifiersAsDeterminers(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.dep !== 'case' || !QUANTIFIERS.has(t.text.toLowerCase()) || t.head !== i + 1) return;
    tokens[i] = retoken(t, { upos: 'DET', tag: 'DT', dep: 'det' });
    const n = tokens[t.head]!;
    // the noun was an oblique only because of its "preposition": after a verb it is the object
    if (n.dep === 'obl' && n.head >= 0 && tokens[n.head]!.upos === 'VERB' && !tokens.some((u) => u.head === n.head && u.dep === 'obj')
      && !tokens.some((u, k) => u.head === t.head && u.dep === 'case' && k !== i)) tokens[t.head] = retoken(n, { dep: 'obj' });
  });
}

/**
 * A that-clause with a subject of its own is the complement of the verb, never a modifier of a time noun: "said on
 * Monday that it had warned Russia" parsed with the clause under "Monday" has it under "said".
 */
function thatClausesOffTimes(tokens: Token[], times: TimeExpression[]): void {
  // (nothing changes without a time and a "that" mark, and the pass changes no mark: a sentence without both is left as is)
  if (!times.length || !tokens.some((u) => u.dep === 'mark' && u.text.toLowerCase() === 'that')) return;
  tokens.forEach((t, i) => {
    if (!['VERB', 'AUX', 'ADJ', 'NOUN'].includes(t.upos) || !['acl', 'acl:relcl'].includes(t.dep) || t.head < 0) return;
    const that = tokens.findIndex((u, k) => u.head === i && k < i && u.dep === 'mark' && u.text.toLowerCase() === 'that');
    if (that < 0 || !tokens.some((u, k) => u.head === i && k !== that && (u.dep === 'nsubj' || u.dep === 'nsubj:pass'))) return;
    const h = tokens[t.head]!;
    if (!times.some((x) => x.start <= h.start && x.end >= h.end) || h.head < 0 || !isVerbal(tokens[h.head]!)) return;
    tokens[i] = retoken(t, { head: h.head, dep: 'ccomp' });
  });
}

/** Nouns of multiword prepositions ("in the wake of", "on behalf of", "in response to") and the preposition they end in. */
const PREPOSITION_NOUNS: Record<string, string> = wordTable({ aftermath: 'of', wake: 'of', behalf: 'of', front: 'of', spite: 'of', favour: 'of', favor: 'of', place: 'of', response: 'to', reply: 'to', addition: 'to', relation: 'to', lieu: 'of' });

/**
 * A multiword preposition is one preposition (UD's "fixed"): "imposed in the aftermath of the crackdown" relates the
 * verb to the crackdown through "in the aftermath of", not to "the aftermath". The noun of the preposition and its
 * determiner become fixed parts of the first word, and the noun after it heads the phrase.
 */
function multiwordPrepositions(tokens: Token[]): void {
  tokens.forEach((n, i) => {
    if (n.upos !== 'NOUN' || n.head < 0) return;
    const last = PREPOSITION_NOUNS[n.text.toLowerCase()];
    if (!last) return;
    const det = tokens[i - 1] && tokens[i - 1]!.text.toLowerCase() === 'the' ? i - 1 : -1;
    const first = det >= 0 ? i - 2 : i - 1;
    const p = tokens[first];
    if (!p || !['in', 'on', 'at'].includes(p.text.toLowerCase()) || p.head !== i || tokens[i + 1]?.text.toLowerCase() !== last) return;
    const x = tokens.findIndex((u, k) => k > i + 1 && u.head === i && NOMINAL.has(u.upos) && tokens[i + 1]!.head === k);
    if (x < 0 || dominates(tokens, x, n.head)) return;
    tokens[x] = retoken(tokens[x]!, { head: n.head, dep: n.dep });
    tokens[first] = retoken(p, { head: x, dep: 'case' });
    tokens[i] = retoken(n, { head: first, dep: 'fixed' });
    if (det >= 0) tokens[det] = retoken(tokens[det]!, { head: first, dep: 'fixed' });
    rehang(tokens, i, x, (k) => k !== first && k !== det && k !== x);
  });
}

/** Relations a name's head takes in a sentence that a preposition can mark. */
const MARKED_DEPS = new Set(['obl', 'nmod', 'obl:agent', 'obl:tmod', 'nmod:tmod', 'obl:npmod']);

/**
 * A preposition hung on the first word of a name rather than on the name's head ("against Ivo Brask" with "Ivo" a
 * compound of "Brask" and "against" on "Ivo", or on a describing noun before it, "of software firm Zeta"): parsers
 * differ on which word of a name heads it, and the case marker belongs to the head, where the phrase's relation is.
 */
function caseOnNameHeads(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.dep !== 'case' || t.head <= i) return;
    let g = t.head;
    // climb the words of the name (compound or flat, proper nouns, to the right of the preposition), and a common noun
    // that describes it ("of software firm Zeta" with "of" on "firm", a compound of "Zeta")
    while (((tokens[g]!.upos === 'PROPN' && tokens[g]!.dep === 'flat') || (['PROPN', 'NOUN'].includes(tokens[g]!.upos) && tokens[g]!.dep === 'compound')) && tokens[g]!.head > g) g = tokens[g]!.head;
    if (g === t.head || tokens[g]!.upos !== 'PROPN' || !MARKED_DEPS.has(tokens[g]!.dep)) return;
    if (tokens.some((u) => u.head === g && u.dep === 'case')) return;
    tokens[i] = retoken(t, { head: g });
  });
}

/** Relations by which a noun phrase is a verb's object (a prepositional phrase's noun may be an event with its own date). */
const VERB_ARGUMENT_DEPS = new Set(['obj', 'iobj']);

/**
 * A date after a verb's object is when the act happened, not part of the thing acted on ("announced its results in
 * May", "closed up 4% on Monday"): a time phrase the parse hung on the object (nmod) hangs on the verb (obl), as a
 * parser that reads the other attachment has it, so either parse gives the same relations and the same time qualifier.
 * An event noun's own date ("the attack on Friday") is left where it is when the noun is no verb's argument.
 * So with a date between a subject and its verb ("Police on Monday arrested two men"): it says when the act happened,
 * not which police (an event noun's own date, "the raid on Monday failed", is left alone), and the subject is the same
 * words under either parse.
 */
function timesOffArguments(tokens: Token[], times: TimeExpression[]): void {
  tokens.forEach((t, i) => {
    if (t.dep !== 'nmod' || t.head < 0 || t.head > i) return;
    if (!times.some((x) => x.start <= t.start && x.end >= t.end && (x.date || x.interval))) return;
    const c = tokens.find((u) => u.head === i && u.dep === 'case');
    if (!c || !TIME_PREPS.has(c.text.toLowerCase())) return;
    const n = tokens[t.head]!;
    if (n.head < 0 || tokens[n.head]!.upos !== 'VERB') return;
    const object = ['NOUN', 'NUM', 'SYM'].includes(n.upos) && VERB_ARGUMENT_DEPS.has(n.dep);
    // (a subject: only the time phrase's words between it and the verb, or an auxiliary or adverb; nothing of the subject's)
    const subject = SUBJECT_DEPS.has(n.dep) && n.head > i && ['NOUN', 'PROPN'].includes(n.upos) && !EVENT_NOUN.test(n.text)
      && tokens.slice(i + 1, n.head).every((u) => ['AUX', 'ADV', 'PART'].includes(u.upos));
    if (object || subject) tokens[i] = retoken(t, { head: n.head, dep: 'obl' });
  });
}

/** Nouns of events and acts, whose own date a time phrase may give ("the talks on Monday ended"). */
const EVENT_NOUN = /(?:tion|sion|ment|ing|ings|ance|ence|talks|meeting|meetings|attack|attacks|raid|raids|vote|match|game|race|strike|summit|war|trial|hearing|election|deal|crash|blast|fire|storm)$/i;

/**
 * "Lee, who leads the party, called for calm": a relative clause set off by commas after a noun, with a finite verb
 * right after the closing comma, is the noun's, and that verb is the main clause whose subject is the noun. A parse that
 * makes the relative clause's verb the sentence's root (and the main verb a clause of it) otherwise gives the main verb's
 * relations to a noun inside the relative clause, or to nobody: the commas, not one attachment, decide here.
 */
function commaRelatives(tokens: Token[]): void {
  tokens.forEach((w, i) => {
    if (i < 2 || tokens[i - 1]!.text !== ',' || !SUBJECT_DEPS.has(w.dep) || !RELATIVE_WORDS.has(w.text.toLowerCase())) return;
    const r = w.head;
    if (r <= i || !isVerbal(tokens[r]!)) return;
    // the noun before the comma: the head of its name, then the first of its conjuncts ("Lee and Kim, who ...")
    let n = i - 2;
    while (['flat', 'compound'].includes(tokens[n]!.dep) && tokens[n]!.head > n && tokens[n]!.head < i - 1) n = tokens[n]!.head;
    if (!['NOUN', 'PROPN'].includes(tokens[n]!.upos)) return;
    while (tokens[n]!.dep === 'conj' && tokens[n]!.head >= 0 && tokens[n]!.head < n) n = tokens[n]!.head;
    // the noun opens the main clause: no finite verb before it (a noun after one is likelier its object)
    if (tokens.slice(0, n).some((u) => FINITE_TAGS.has(u.tag))) return;
    if (tokens.slice(n, i).some((u) => u.upos === 'ADP' && u.dep === 'case')) return;
    // (a past participle after the comma may be the main verb's past tense the tagger took for one, "Lee, who ..., called
    // for calm", but not one with an agent after it, "..., backed by the union, ...")
    const finiteAt = (k: number): boolean => ['VERB', 'AUX'].includes(tokens[k]!.upos)
      && (FINITE_TAGS.has(tokens[k]!.tag) || tokens[k]!.tag === 'VBN' && tokens[k + 1]?.text.toLowerCase() !== 'by');
    // the closing comma: the first after the relative verb with a finite verb (or an auxiliary of one) right after it
    let close = -1;
    for (let k = r + 1; k + 1 < tokens.length && close < 0; k++) {
      if (['"', '“', '”', '(', ')', '-', '–', '—', ';', ':'].includes(tokens[k]!.text)) return;
      if (tokens[k]!.text === ',' && finiteAt(k + 1)) close = k;
    }
    if (close < 0) return;
    let m = close + 1;
    // an auxiliary: the verb it serves, the first verb after it before any noun ("has been named", "will lead"), or the
    // predicate a copula links
    if (tokens[m]!.upos === 'AUX') {
      let k = m + 1;
      while (k < tokens.length && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.upos)) k++;
      if (tokens[k]?.upos === 'VERB' && tokens[m]!.head === k) m = k;
      // (a copula's: the predicate it links, "..., is from Sudan")
      else if (tokens[m]!.head > m) m = tokens[m]!.head;
    }
    // a verb with a subject after the comma of its own ("..., said the police") is no main clause of the noun
    if (tokens.some((u, k) => u.head === m && SUBJECT_DEPS.has(u.dep) && k > close)) return;
    const inside = (k: number): boolean => k >= i && k <= close;
    if (tokens[n]!.head === m && SUBJECT_DEPS.has(tokens[n]!.dep) && tokens[r]!.head === n) return;
    // the main verb becomes the root: only when the root is one of the readings' words (the noun, the main verb, or the
    // relative clause's), not a clause around them the parse may have right
    const root = tokens.findIndex((u) => u.head === -1);
    if (root !== m && root !== n && !inside(root)) return;
    if (dominates(tokens, m, n) && tokens[n]!.head !== m) return;
    tokens[m] = retoken(tokens[m]!, { head: -1, dep: 'root' });
    tokens[n] = retoken(tokens[n]!, { head: m, dep: subjectRelation(tokens, m) });
    tokens[r] = retoken(tokens[r]!, { head: n, dep: 'acl:relcl' });
    // what hung inside the relative clause (or on the noun as a clause's word) but lies outside it, before the noun or
    // after the comma (the main clause's words, its final stop), hangs on the main verb
    const clauseWord = (u: Token): boolean => !['det', 'amod', 'compound', 'flat', 'nmod:poss', 'case', 'conj', 'cc', 'appos', 'punct', 'nummod'].includes(u.dep);
    tokens.forEach((u, k) => {
      if (k === m || k === n || inside(k) || k > n && k < i) return;
      if (inside(u.head) || u.head === n && clauseWord(u) || u.head === -1) tokens[k] = retoken(u, { head: m });
    });
    // a subject the main verb had inside the relative clause was the other reading's guess: it is a word of that clause
    tokens.forEach((u, k) => {
      if (u.head !== m || !SUBJECT_DEPS.has(u.dep) || k === n || !inside(k)) return;
      let v = k - 1;
      while (v > r && !isVerbal(tokens[v]!)) v--;
      tokens[k] = retoken(u, { head: v, dep: 'obj' });
    });
  });
}

/**
 * "Ada won the cup while her rival Ben took the plate": a finite verb with no subject, right after a subordinator and a
 * noun phrase, has that phrase for its subject (English has no other reading of "while NP VERBED"), and the clause the
 * subordinator opens is an adverbial clause of the verb it hangs on. A parse that hangs the phrase on a noun before it
 * (or on the other clause) otherwise leaves the verb to share the other clause's subject: one arc changing who did what.
 */
function subjectsAfterSubordinators(tokens: Token[]): void {
  tokens.forEach((t, m) => {
    if (t.upos !== 'VERB' || !FINITE_TAGS.has(t.tag) || t.tag === 'MD' || t.head < 0) return;
    if (tokens.some((u) => u.head === m && (SUBJECT_DEPS.has(u.dep) || u.dep === 'nsubj:outer' || u.dep === 'expl'))) return;
    // the words before the verb back to the subordinator: a noun phrase (with the verb's auxiliaries and adverbs next to it)
    let k = m - 1;
    while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.upos) && tokens[k]!.head === m) k--;
    const end = k;
    while (k >= 0 && (NOUN_PHRASE.has(tokens[k]!.upos) || tokens[k]!.text === '-' || tokens[k]!.upos === 'PART' && /^['’]s?$/.test(tokens[k]!.text))) k--;
    const mark = k, start = k + 1;
    if (mark < 0 || start > end || !SUBORDINATORS.has(tokens[mark]!.text.toLowerCase()) || !['SCONJ', 'ADP', 'ADV'].includes(tokens[mark]!.upos)) return;
    // the phrase ends in a noun, and hangs together: one word whose head is outside it
    if (!['NOUN', 'PROPN', 'PRON'].includes(tokens[end]!.upos)) return;
    const inPhrase = (x: number): boolean => x >= start && x <= end;
    const tops = [];
    for (let x = start; x <= end; x++) if (!inPhrase(tokens[x]!.head)) tops.push(x);
    if (tops.length !== 1) return;
    const top = tops[0]!;
    // the verb's place: where it hangs, unless under the phrase (then where the phrase hung)
    let host = t.head, dep = t.dep;
    if (dominates(tokens, top, m)) { host = tokens[top]!.head; dep = 'advcl'; }
    // (a subordinator the parse made an ancestor of the verb's new head would close a cycle: then the parse stands)
    if (host >= 0 && (dominates(tokens, m, host) || dominates(tokens, mark, host) || inPhrase(host))) return;
    if (['xcomp', 'obj', 'ccomp', 'conj', 'parataxis', 'dep', 'acl', 'acl:relcl'].includes(dep)) dep = host < 0 ? 'root' : 'advcl';
    tokens[m] = retoken(t, { head: host, dep });
    tokens[top] = retoken(tokens[top]!, { head: m, dep: 'nsubj' });
    tokens[mark] = retoken(tokens[mark]!, { head: m, dep: 'mark' });
  });
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const SUBORDINATORS = new Set(['while', 'whilst', 'whereas', 'when', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'unless', 'once']);

const RELATIVE_WORDS = new Set(['who', 'which']);

/**
 * A name with a title ("Mr Lee Hart") is headed by its last word, as a name without one is: a parse that makes the title
 * the head, with the name's words as its flat dependents, has its conjuncts, clauses and case markers on the title, out of
 * reach of the rules that start from the name. The last word takes the title's place and its other dependents.
 */
function titleHeadedNames(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const inName = (k: number, e: number): boolean => tokens[k]?.upos === 'PROPN' && tokens[k]!.head >= i && tokens[k]!.head <= e && (tokens[k]!.dep === 'flat' || tokens[k]!.dep === 'compound');
    // (the cheap test of the word after first)
    if (!inName(i + 1, i) || !COURTESY_TITLE.test(t.text)) return;
    let e = i + 1;
    while (inName(e + 1, e)) e++;
    if (t.head >= i && t.head <= e) return;
    const h = e;
    tokens[h] = retoken(tokens[h]!, { head: t.head, dep: t.dep });
    tokens[i] = retoken(t, { head: h, dep: 'compound' });
    for (let k = i + 1; k < h; k++) tokens[k] = retoken(tokens[k]!, { head: h, dep: 'compound' });
    rehang(tokens, i, h, (k) => k < i || k > h);
  });
}

/** Subordinators of time and means that open a gerund clause of the verb ("after making", "by selling", "before leaving"). */
const ADVERBIAL_MARKS = new Set(['after', 'before', 'since', 'while', 'whilst', 'when', 'by', 'without', 'upon']);

/**
 * "was handed the fine after making remarks", "launched an inquiry before informing the SEC": a gerund clause opened by
 * a subordinator of time or means is the verb's adverbial clause (advcl), not a modifier of the noun before it (acl),
 * whichever the parse chose: the noun does not do what the gerund says.
 */
function gerundClausesOnVerbs(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.upos !== 'VERB' || t.tag !== 'VBG' || t.dep !== 'acl' || t.head < 0) return;
    if (!tokens.some((u, k) => k < i && u.head === i && (u.dep === 'mark' || u.dep === 'case') && ADVERBIAL_MARKS.has(u.text.toLowerCase()))) return;
    const h = verbFrom(tokens, t.head);
    if (h < 0 || dominates(tokens, i, h)) return;
    tokens[i] = retoken(t, { head: h, dep: 'advcl' });
  });
}

/**
 * "died of an illness aged 60" parsed with the age's number heading the prepositional phrase ("of" and "illness" under
 * "60"): the noun after the preposition heads the phrase, and the age ("aged 60") describes it, as a parse that reads
 * the phrase right has it (agesOnVerbs then puts the age on the verb).
 */
function numbersHeadingAges(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const n = i + 1;
    if (t.text.toLowerCase() !== 'aged' || tokens[n]?.upos !== 'NUM' || tokens[n]!.head < 0 || !['obl', 'nmod'].includes(tokens[n]!.dep)) return;
    const c = tokens.findIndex((u, k) => k < i && u.head === n && u.dep === 'case');
    if (c < 0) return;
    const x = tokens.findIndex((u, k) => k > c && k < i && u.head === n && u.upos === 'NOUN');
    if (x < 0 || dominates(tokens, x, tokens[n]!.head)) return;
    tokens[x] = retoken(tokens[x]!, { head: tokens[n]!.head, dep: tokens[n]!.dep });
    rehang(tokens, n, x, (k) => k < i && k !== x);
    tokens[i] = retoken(t, { head: x, dep: 'amod' });
    tokens[n] = retoken(tokens[n]!, { head: i, dep: 'flat' });
  });
}

/** Forms of "be" that make a participle after them passive. */
const BE_FORMS = new Set([...BE_WORDS, "'re"]);
/**
 * Verbs whose participle after "be" reports what was done to the subject, with or without an agent ("were wounded", "was
 * alerted", "were arrested"): never a state the subject is in, as "tired" or "interested" are.
 */
const DONE_TO = new Set(['kill', 'wound', 'injure', 'hurt', 'alert', 'arrest', 'detain', 'charge', 'convict', 'sentence', 'accuse', 'warn', 'attack', 'target', 'abduct', 'kidnap', 'shoot', 'stab', 'evacuate', 'rescue', 'release', 'free', 'jail', 'fine', 'sack', 'fire', 'suspend', 'ban', 'bar', 'appoint', 'elect', 'hospitalise', 'hospitalize', 'deport', 'expel', 'inform', 'notify', 'summon', 'question', 'interrogate', 'identify', 'name', 'found', 'discover', 'destroy', 'damage']);

/**
 * A past participle the tagger read as an adjective after "be" ("two officers were wounded by the gunmen", "the police were
 * alerted by a neighbour") is a passive verb where an agent follows ("by" and a noun) or the verb is one of things done to
 * someone: the verb, its "be" the passive auxiliary, its subject the passive subject, its by-phrase the agent, so the
 * relation is read as the verb it is.
 */
function participlesAsVerbs(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.upos !== 'ADJ') return;
    const w = t.text.toLowerCase();
    if (!/[a-z](?:ed|en)$/.test(w)) return;
    const cop = tokens.findIndex((u, k) => k < i && u.head === i && u.dep === 'cop' && BE_FORMS.has(u.text.toLowerCase()));
    if (cop < 0) return;
    const lemma = verbLemma(w);
    if (!lemma) return;
    const agent = tokens.findIndex((u, k) => k > i && u.head === i && (u.dep === 'obl' || u.dep === 'nmod') && NOMINAL.has(u.upos)
      && tokens.some((c) => c.head === k && c.dep === 'case' && c.text.toLowerCase() === 'by'));
    if (agent < 0 && !DONE_TO.has(lemma)) return;
    tokens[i] = retoken(t, { upos: 'VERB', tag: 'VBN', lemma });
    tokens[cop] = retoken(tokens[cop]!, { upos: 'AUX', dep: 'aux:pass' });
    tokens.forEach((u, k) => { if (u.head === i && u.dep === 'nsubj') tokens[k] = retoken(u, { dep: 'nsubj:pass' }); });
    if (agent >= 0) tokens[agent] = retoken(tokens[agent]!, { dep: 'obl:agent' });
  });
}

/** Words a noun phrase can open with after a verb but not after an adjective ("wounded at least 20", "charged another two"). */
const PHRASE_OPENERS = new Set(['at', 'more', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'another', 'dozens', 'hundreds', 'thousands', 'scores']);

/**
 * A past participle the tagger read as an adjective after "and"/"or", coordinated with a verb of the same form before it
 * ("killed seven people and wounded 29", "arrested three men and charged two"), with the parse making the number or phrase
 * after it a conjunct of the first verb's object: the participle is a verb coordinated with the first, and the phrase
 * its object. Only where that phrase opens with a number, determiner, name or pronoun, which an adjective cannot
 * precede ("rescued survivors and injured people" keeps its adjective).
 */
function coordinatedParticiples(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.upos !== 'ADJ' || t.dep !== 'amod' || i < 1) return;
    const cc = tokens[i - 1]!;
    if (cc.upos !== 'CCONJ' || !['and', 'or'].includes(cc.text.toLowerCase())) return;
    const w = t.text.toLowerCase();
    if (!/[a-z](?:ed|en)$/.test(w)) return;
    const h = t.head;
    const phrase = tokens[h];
    if (h <= i || !phrase || phrase.dep !== 'conj' || !NOMINAL.has(phrase.upos)) return;
    const next = tokens[i + 1]!;
    if (!['NUM', 'DET', 'PROPN', 'PRON'].includes(next.upos) && !PHRASE_OPENERS.has(next.text.toLowerCase())) return;
    const c = phrase.head;
    const object = tokens[c];
    if (c >= i - 1 || !object || (object.dep !== 'obj' && object.dep !== 'iobj')) return;
    const v = object.head;
    const verb = tokens[v];
    if (!verb || v >= c || verb.upos !== 'VERB' || (verb.tag !== 'VBD' && verb.tag !== 'VBN')) return;
    const lemma = verbLemma(w);
    if (!lemma) return;
    // the words between the participle and the phrase's head are the phrase's own ("wounded at least 22 others")
    for (let k = i + 1; k < h; k++) if (!dominates(tokens, h, k)) return;
    tokens[i] = retoken(t, { upos: 'VERB', tag: verb.tag, lemma, dep: 'conj', head: v });
    tokens[i - 1] = retoken(cc, { head: i });
    tokens[h] = retoken(phrase, { dep: 'obj', head: i });
  });
}

/** A score as written in one word: "18-17", "2-1", "24–20". */
const SCORE_WORD = /^\d{1,3}[-\u2013]\d{1,3}$/;

/**
 * The last token of a score that starts at token `i`: "18 - 17" (three tokens, a number, a dash, a number) or "18-17" (one).
 * Undefined when no score starts there.
 */
function scoreEnd(tokens: Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.upos !== 'NUM' && t.upos !== 'X' && t.upos !== 'SYM') return undefined;
  if (SCORE_WORD.test(t.text)) return i;
  const dash = tokens[i + 1], second = tokens[i + 2];
  if (!/^\d{1,3}$/.test(t.text) || !dash || !second || !/^[-\u2013]$/.test(dash.text) || !/^\d{1,3}$/.test(second.text)) return undefined;
  // (glued as written: "18-17", not "18 - 17 of them")
  return dash.start === t.end && second.start === dash.end ? i + 2 : undefined;
}

/**
 * "France beat England 18-17", "lost to Scotland 24-20": a match result parsed with the score heading the phrase and the
 * team hung on it (nmod:unmarked or compound), so the score read as what the verb acts on. The team right before the score
 * takes the score's place (its relation, head and preposition), and the score describes the verb (obl:npmod), as a parse
 * reading the words right has it: "beat England", "lost to Scotland".
 */
function teamsBeforeScores(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (!ARGUMENT_DEPS.has(t.dep) && t.dep !== 'compound' || t.head < 0 || i < 1) return;
    const end = scoreEnd(tokens, i);
    if (end === undefined) return;
    const name = i - 1;
    const n = tokens[name]!;
    const verb = t.head;
    // ("Gloucester's 17-16 win": a score before the noun it describes is its number, and the possessor is the noun's)
    if (t.dep === 'compound') {
      if (verb <= end || tokens[verb]!.upos !== 'NOUN') return;
      rehang(tokens, i, verb, (k) => k < i && ['nmod:poss', 'det'].includes(tokens[k]!.dep));
      tokens[i] = retoken(t, { dep: 'nummod' });
      return;
    }
    if (!isVerbal(tokens[verb]!)) return;
    // "won 7-5", "was leading 5-4", "losing 6-3": a score with no team before it is no argument either
    if (n.head !== i || !['PROPN', 'NOUN'].includes(n.upos) || !['nmod:unmarked', 'compound', 'nmod', 'nmod:npmod', 'appos', 'flat'].includes(n.dep)) {
      if (t.dep === 'obj' && !tokens.some((u) => u.head === i && u.dep === 'case')) tokens[i] = retoken(t, { dep: 'obl:npmod' });
      return;
    }
    if (dominates(tokens, name, verb)) return;
    tokens[name] = retoken(n, { head: verb, dep: t.dep });
    // the preposition and the words of the team's phrase before it ("to", "the") go with the team
    rehang(tokens, i, name, (k) => k < name);
    tokens[i] = retoken(t, { head: verb, dep: 'obl:npmod' });
  });
}

/** Relations by which a bare time phrase may hang on a noun ("province Friday night"). */
const BARE_TIME_DEPS = new Set(['nmod:unmarked', 'nmod:tmod', 'nmod:npmod', 'appos']);

/**
 * "killed in two blasts in the province Friday night": a time phrase with no preposition, hung on the noun of a place
 * phrase before it, says when the clause's act happened, not which place: it hangs on the nearest verb above the noun
 * (obl:tmod), as a parse that reads "Friday night" as the verb's has it, so the place is the words without the time.
 */
function bareTimesOffPlaces(tokens: Token[], times: TimeExpression[]): void {
  for (const te of times) {
    const span = timeSpan(tokens, te);
    if (!span.length) continue;
    const first = span[0]!;
    const outside = span.filter((k) => !span.includes(tokens[k]!.head));
    if (outside.length !== 1) continue;
    const h = outside[0]!;
    const t = tokens[h]!;
    const n = t.head;
    // (a preposition before the time makes it a phrase of its own, which other repairs place)
    if (n < 0 || n > first || !BARE_TIME_DEPS.has(t.dep) || first > 0 && tokens[first - 1]!.upos === 'ADP') continue;
    const noun = tokens[n]!;
    if (noun.upos !== 'NOUN' && noun.upos !== 'PROPN' || !tokens.some((u) => u.head === n && u.dep === 'case')) continue;
    const verb = verbFrom(tokens, noun.head);
    if (verb < 0 || dominates(tokens, h, verb)) continue;
    tokens[h] = retoken(t, { head: verb, dep: 'obl:tmod' });
  }
}

// Relations by which a noun phrase is a verb's argument that a coordinated noun phrase after it may share.
const SHARED_ARGUMENT_DEPS = new Set(['obj', 'iobj', 'obl', 'obl:tmod', 'obl:npmod']);
// Dependents a noun phrase has, not a clause: a conjunct with any other (a subject, an auxiliary, a copula) is a clause.
const NOUN_PHRASE_DEPS = new Set(['det', 'amod', 'compound', 'flat', 'nmod', 'nmod:poss', 'nummod', 'appos', 'cc', 'punct', 'case', 'acl', 'acl:relcl', 'conj', 'advmod', 'nmod:desc', 'nmod:unmarked', 'fixed']);

/**
 * "held talks with his counterpart, Tom Reyes, and the Italian leader, Marco Bellini": coordination joins like with like,
 * so a noun phrase parsed as a conjunct of a verb (with no subject, auxiliary or copula of its own, so no clause) is a
 * conjunct of the verb's nearest noun argument before it (object or oblique), which it shares the verb with, as a parse that
 * reads the coordination right has it.
 */
function nounConjunctsOffVerbs(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const h = t.head;
    if (t.dep !== 'conj' || !['NOUN', 'PROPN'].includes(t.upos) || h < 0 || h > i || tokens[h]!.upos !== 'VERB') return;
    const own = dependentsOf(tokens, i);
    if (own.some((k) => !NOUN_PHRASE_DEPS.has(tokens[k]!.dep))) return;
    if (!own.some((k) => tokens[k]!.dep === 'cc' && ['and', 'or'].includes(tokens[k]!.text.toLowerCase()))) return;
    let prev = -1;
    for (let k = i - 1; k > h && prev < 0; k--) {
      const u = tokens[k]!;
      // (a verb of the same clause between them: the conjunct may be that verb's, leave it)
      if (u.head === h && (u.upos === 'VERB' || u.upos === 'AUX') && u.dep !== 'aux') return;
      if (u.head === h && SHARED_ARGUMENT_DEPS.has(u.dep) && NOMINAL.has(u.upos)) prev = k;
    }
    if (prev < 0 || dominates(tokens, i, prev)) return;
    // (a preposition of its own other than the argument's makes it no conjunct of that argument: "let the firm grow
    // and, according to Lee, ...")
    const caseOf = (k: number): string => tokens.filter((u) => u.head === k && u.dep === 'case').map((u) => u.text.toLowerCase()).join(' ');
    const prep = caseOf(i);
    if (prep && prep !== caseOf(prev)) return;
    // (a noun with a finite verb right after its phrase is that verb's subject: "collapsed in 2002 and prosecutors claim")
    const after = Math.max(...tokens.map((_, k) => k).filter((k) => dominates(tokens, i, k))) + 1;
    if (after < tokens.length && ['VERB', 'AUX'].includes(tokens[after]!.upos) && FINITE_TAGS.has(tokens[after]!.tag)) return;
    tokens[i] = retoken(t, { head: prev });
  });
}

/** Relations the phrase after a dateline may have been given under it: the subject the parse took for its apposition. */
const UNDER_DATELINE = new Set(['appos', 'nmod', 'dep', 'conj', 'flat', 'compound', 'list']);
const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that)$/i;

/**
 * "LIMA \u2014 A farmer from the north pleaded not guilty", parsed with the dateline as the subject of the sentence's verb
 * and the subject as its apposition, or with the dateline as the root and the sentence's clause under it (or the subject
 * under it and the clause's verb a relative clause of the subject's): a dateline only says where the story was filed, so
 * the noun phrase after its dash takes the relation the dateline had (the subject), the clause's verb is the root, and the
 * dateline hangs on that verb as a bare dependent ('dep').
 */
function datelinesOffClauses(tokens: Token[]): void {
  const dash = datelineDash(tokens);
  if (dash < 0) return;
  const tops = tokens.map((_, k) => k).filter((k) => k < dash && (tokens[k]!.head < 0 || tokens[k]!.head >= dash));
  if (tops.length !== 1) return;
  const d = tops[0]!, dt = tokens[d]!;
  const after = tokens.map((_, k) => k).filter((k) => k > dash && tokens[k]!.head === d);
  let top: number | undefined;
  if (dt.head >= 0) {
    // the dateline a dependent (the subject) of the clause's verb, the phrase after the dash under it
    const phrase = after.find((k) => UNDER_DATELINE.has(tokens[k]!.dep) && NOMINAL.has(tokens[k]!.upos));
    if (phrase === undefined) return;
    tokens[phrase] = retoken(tokens[phrase]!, { head: dt.head, dep: dt.dep });
    top = dt.head;
    for (const k of after) if (k !== phrase) tokens[k] = retoken(tokens[k]!, { head: phrase });
  } else {
    // the dateline the root, the clause's verb under it, or the subject under it with the verb a relative clause of the
    // subject (with no subject or relative word of its own: "LIMA - A farmer from the north pleaded ...")
    let verb = after.find((k) => ['VERB', 'AUX'].includes(tokens[k]!.upos) || tokens.some((u) => u.head === k && SUBJECT_DEPS.has(u.dep)));
    const phrase = verb === undefined ? after.find((k) => UNDER_DATELINE.has(tokens[k]!.dep) && NOMINAL.has(tokens[k]!.upos)) : undefined;
    if (phrase !== undefined) {
      verb = tokens.findIndex((u, k) => k > phrase && u.head === phrase && ['acl', 'acl:relcl'].includes(u.dep) && ['VERB', 'AUX'].includes(u.upos)
        && FINITE_TAGS.has(u.tag) && !tokens.some((w) => w.head === k && (SUBJECT_DEPS.has(w.dep) || w.dep === 'mark' || RELATIVE_PRONOUN.test(w.text))));
      if (verb < 0) return;
      tokens[phrase] = retoken(tokens[phrase]!, { head: verb, dep: subjectRelation(tokens, verb) });
    }
    if (verb === undefined) return;
    tokens[verb] = retoken(tokens[verb]!, { head: -1, dep: 'root' });
    top = verb;
    for (const k of after) if (k !== verb && k !== phrase) tokens[k] = retoken(tokens[k]!, { head: verb });
  }
  tokens[d] = retoken(dt, { head: top, dep: 'dep' });
  if (tokens[dash]!.head === d) tokens[dash] = retoken(tokens[dash]!, { head: top });
}

/**
 * "Lane, who sold Zed, also sued Acme", parsed with the noun and its relative word both subjects of the
 * relative clause's verb and the sentence's own verb hung on that one: a clause's verb has one subject, and "who"/"which"
 * right after a noun opens a relative clause on it. The clause becomes the noun's relative clause (acl:relcl) and the noun
 * the subject of the verb after the clause (finite, with no subject or subordinator of its own), which takes its place.
 */
function relativesSharingSubjects(tokens: Token[]): void {
  tokens.forEach((r, ri) => {
    if (!RELATIVE_WORDS.has(r.text.toLowerCase()) || !SUBJECT_DEPS.has(r.dep)) return;
    const v = r.head;
    let n = ri - 1;
    if (n >= 0 && tokens[n]!.text === ',') n--;
    const nt = tokens[n];
    if (!nt || nt.head !== v || !SUBJECT_DEPS.has(nt.dep) || !['NOUN', 'PROPN', 'PRON'].includes(nt.upos) || v <= ri) return;
    // the verb after the relative clause: a clause hung on its verb, finite, with no subject or subordinator of its own
    const m = tokens.findIndex((u, k) => k > v && u.head === v && ['parataxis', 'conj', 'ccomp', 'advcl', 'xcomp'].includes(u.dep)
      && ['VERB', 'AUX', 'ADJ'].includes(u.upos) && finiteVerb(tokens, k)
      && !tokens.some((w) => w.head === k && (SUBJECT_DEPS.has(w.dep) || w.dep === 'mark' || w.dep === 'expl' || w.dep === 'cc')));
    if (m < 0) return;
    const vt = tokens[v]!;
    tokens[m] = retoken(tokens[m]!, { head: vt.head, dep: vt.dep });
    tokens[n] = retoken(nt, { head: m, dep: subjectRelation(tokens, m) });
    tokens[v] = retoken(vt, { head: n, dep: 'acl:relcl' });
    // what the sentence's verb had after the clause (its final stop) is the new verb's
    tokens.forEach((u, k) => { if (u.head === v && k > m) tokens[k] = retoken(u, { head: m }); });
  });
}

/** The repairs, in the order they run: each reads the tree the ones before it left. */
const REPAIRS: ReadonlyArray<(tokens: Token[], times: TimeExpression[]) => void> = [
  datelinesOffClauses,
  teamsBeforeScores,
  intentNounsAsVerbs,
  participlesAsVerbs,
  coordinatedParticiples,
  titleHeadedNames,
  commaRelatives,
  quantifiersAsDeterminers,
  prepositionsAsCase,
  multiwordPrepositions,
  caseOnNameHeads,
  timePhrases,
  timesOffArguments,
  bareTimesOffPlaces,
  numbersHeadingAges,
  agesOnVerbs,
  agesAsSubjects,
  compoundsBeforeAdjectives,
  infinitivesHeadingClauses,
  gerundClausesOnVerbs,
  subjectsAfterSubordinators,
  accordingToNouns,
  prepositionsOffClauses,
  clausesOffObjects,
  subjectsAroundReports,
  reportsUnderTheirClauses,
  reportsAtTheEnd,
  nounConjunctsOffVerbs,
  relativesSharingSubjects,
  subjectsOfBareComplements,
  clausesReadAsConjuncts,
  thatClausesOffTimes,
];

/**
 * The tokens of a sentence with its parse repaired (copies; the analysis is left as it is). Each repair rewires heads
 * from local evidence, and a parse unlike the ones its rules were written against can lead one to hang a word under
 * its own dependent. Every later step walks the tree from word to head, so a repair whose result is not a tree (a
 * word that no longer reaches the root) is not applied: the sentence keeps the reading it had before it.
 */
export function repairedTokens(tokens: Token[], times: TimeExpression[]): Token[] {
  // Two arrays for a sentence instead of a copy per repair: each repair works on `next`, which holds what `out` holds.
  // Most repairs change nothing, and then there is nothing to copy; a kept change is copied into the other array, a
  // dropped one is undone from `out`.
  let out = tokens.slice();
  let next = tokens.slice();
  const n = tokens.length;
  for (const repair of REPAIRS) {
    repair(next, times);
    let changed = false;
    let tree = true;
    for (let k = 0; k < n; k++) {
      if (next[k] === out[k]) continue;
      changed = true;
      if (!rooted(next, k)) {
        tree = false;
        break;
      }
    }
    if (!changed) continue;
    if (tree) {
      const kept = next;
      next = out;
      out = kept;
    }
    for (let k = 0; k < n; k++) next[k] = out[k]!;
  }
  return out;
}
