// Parse repairs of reported speech: "X said Y" and "Y, X said" read the same (the clause said is the complement of the
// verb of saying, or the verb its parataxis) however a parser hung the verb of saying and the clause.
import type { Token } from '../analyze/analysis.js';
import { verbLemma } from './verb-lemma.js';
import { SPEECH_VERBS } from './predicates/lexicon.js';
import { dependentsOf, dominates, finiteVerb, FINITE_TAGS, retoken, subjectRelation, SUBJECT_DEPS } from './repair-tree.js';

// Verbs whose object a following clause with no subject of its own is, in fact, the subject of ("said no group had claimed
// it", "accepted his side had not played well"): verbs of saying, and a few of knowing and granting.
const CLAUSE_TAKING = new Set([...SPEECH_VERBS, 'accept', 'know', 'feel', 'realise', 'realize', 'show', 'find']);
// Dependents that stand between a subject and its verb: auxiliaries, negation and adverbs ("had not", "never", "had yet").
const BETWEEN_SUBJECT_AND_VERB = new Set(['aux', 'aux:pass', 'advmod', 'neg']);

/** takesClause's answers by lemma, then written form (a pure function of the two, so kept: the passes ask of every verb). */
const TAKES_CLAUSE = new Map<string, Map<string, boolean>>();

/** Whether a verb is one of CLAUSE_TAKING, by its lemma or its written form. */
function takesClause(t: Token): boolean {
  let byForm = TAKES_CLAUSE.get(t.lemma);
  if (byForm === undefined) TAKES_CLAUSE.set(t.lemma, byForm = new Map());
  let takes = byForm.get(t.text);
  if (takes === undefined) byForm.set(t.text, takes = CLAUSE_TAKING.has(t.lemma.toLowerCase()) || CLAUSE_TAKING.has(verbLemma(t.text.toLowerCase()) ?? ''));
  return takes;
}

/**
 * "He said no group had yet claimed it", "X insisted his side never doubted it", "X accepted his side had not played well":
 * a verb of saying with a noun phrase for its object and, right after the phrase, a finite verb with no subject hung on
 * it (as a complement or a conjunct with no "and"). The phrase is that verb's subject, the clause the complement whose
 * "that" is left out: English puts no finite verb of the same clause right after an object without a subject of its own.
 */
export function subjectsOfBareComplements(tokens: Token[]): void {
  tokens.forEach((t, m) => {
    const host = t.head;
    if (t.upos !== 'VERB' || host < 0 || host >= m || !['ccomp', 'conj', 'parataxis'].includes(t.dep)) return;
    const hostToken = tokens[host]!;
    if (!takesClause(hostToken)) return;
    const own = dependentsOf(tokens, m);
    if (own.some((k) => SUBJECT_DEPS.has(tokens[k]!.dep) || tokens[k]!.dep === 'expl' || tokens[k]!.dep === 'mark')) return;
    // ("and"/"or"/"but" make it a conjunct sharing the subject; "yet" tagged as one is an adverb)
    if (own.some((k) => tokens[k]!.dep === 'cc' && ['and', 'or', 'but'].includes(tokens[k]!.text.toLowerCase()))) return;
    const finite = FINITE_TAGS.has(t.tag) || own.some((k) => tokens[k]!.dep.startsWith('aux') && FINITE_TAGS.has(tokens[k]!.tag));
    if (!finite) return;
    let k = m - 1;
    while (k > host && tokens[k]!.head === m && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.dep) || tokens[k]!.dep === 'cc')) k--;
    const noun = tokens[k]!;
    if (k <= host || !['NOUN', 'PROPN', 'PRON'].includes(noun.upos) || noun.dep !== 'obj' || noun.head !== host) return;
    tokens[k] = retoken(noun, { head: m, dep: subjectRelation(tokens, m) });
    tokens[m] = retoken(t, { dep: 'ccomp' });
    for (const x of own) if (tokens[x]!.dep === 'cc' && tokens[x]!.text.toLowerCase() === 'yet') tokens[x] = retoken(tokens[x]!, { dep: 'advmod' });
  });
}

/**
 * "Lane admitted one of his aides paid the official", parsed with "paid" a conjunct of "admitted": a finite verb hung as a
 * conjunct on a verb of saying with no "and", "or" or "but" to join them, its own subject right after the verb of saying
 * (which has no complement or object of its own), is the complement whose "that" is left out: two clauses are joined by a
 * conjunction, and what follows "admitted" at once is what is admitted.
 */
export function clausesReadAsConjuncts(tokens: Token[]): void {
  tokens.forEach((t, m) => {
    const host = t.head;
    if (t.upos !== 'VERB' || t.dep !== 'conj' || host < 0 || host >= m || !finiteVerb(tokens, m)) return;
    const hostToken = tokens[host]!;
    if (hostToken.upos !== 'VERB' || !takesClause(hostToken)) return;
    if (tokens.some((u) => u.head === host && ['ccomp', 'xcomp', 'obj', 'parataxis'].includes(u.dep))) return;
    const own = dependentsOf(tokens, m);
    if (own.some((k) => ['cc', 'mark'].includes(tokens[k]!.dep))) return;
    const subject = own.find((k) => k > host && k < m && SUBJECT_DEPS.has(tokens[k]!.dep));
    if (subject === undefined) return;
    // the subject's phrase opens right after the verb of saying, nothing set off between
    const first = subtreeOf(tokens, subject)[0]!;
    if (first !== host + 1) return;
    tokens[m] = retoken(t, { dep: 'ccomp' });
  });
}

/**
 * "..., according to research from Acme": "according to" takes a noun phrase, never a clause, so a first word after it that
 * the tagger read as a verb under "according" ("research", "estimates") is the phrase's noun: the phrase is a modifier of
 * the clause "according" hung on, its phrases the noun's own. Otherwise the noun's "from Acme" reads as a relation of the
 * clause's subject ("phones research from Acme").
 */
export function accordingToNouns(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const to = tokens[i + 1], n = i + 2, u = tokens[n];
    if (t.text.toLowerCase() !== 'according' || to?.text.toLowerCase() !== 'to' || !u || u.upos !== 'VERB' || u.head !== i || t.head < 0) return;
    tokens[n] = retoken(u, { upos: 'NOUN', tag: /s$/.test(u.text) ? 'NNS' : 'NN', lemma: u.text.toLowerCase(), head: t.head, dep: 'obl' });
    tokens[i] = retoken(t, { head: n, dep: 'case' });
    tokens[i + 1] = retoken(to, { head: i, dep: 'fixed' });
    for (const k of dependentsOf(tokens, n)) {
      if (tokens[k]!.dep.startsWith('obl')) tokens[k] = retoken(tokens[k]!, { dep: 'nmod' });
    }
  });
}

/**
 * "Lane argued the offer from Zed was unfair", parsed with "from" as the subordinator of the clause "Zed was unfair"
 * and "victory" as the object of "admitted": a preposition opens no finite clause, so the noun after it is the object's
 * ("the offer from Zed"), and the object, with it, is the subject of the clause, which is the complement whose "that" is
 * left out. Only a preposition tagged as one, between the object of a verb of saying and the clause's own subject.
 */
export function prepositionsOffClauses(tokens: Token[]): void {
  tokens.forEach((t, m) => {
    const host = t.head;
    if (!['VERB', 'ADJ', 'AUX', 'NOUN'].includes(t.upos) || !['advcl', 'ccomp'].includes(t.dep) || host < 0 || host >= m || !finiteVerb(tokens, m)) return;
    const hostToken = tokens[host]!;
    if (hostToken.upos !== 'VERB' || !takesClause(hostToken)) return;
    const own = dependentsOf(tokens, m);
    const mark = own.find((k) => tokens[k]!.dep === 'mark' && tokens[k]!.upos === 'ADP' && !CLAUSE_OPENERS.has(tokens[k]!.text.toLowerCase()));
    const subject = own.find((k) => SUBJECT_DEPS.has(tokens[k]!.dep));
    if (mark === undefined || subject === undefined || !(mark < subject && subject < m)) return;
    const object = dependentsOf(tokens, host).find((k) => tokens[k]!.dep === 'obj' && k < mark);
    if (object === undefined || subtreeOf(tokens, object).pop() !== mark - 1) return;
    if (dependentsOf(tokens, host).some((k) => k !== m && tokens[k]!.dep === 'ccomp')) return;
    tokens[object] = retoken(tokens[object]!, { head: m, dep: subjectRelation(tokens, m) });
    tokens[subject] = retoken(tokens[subject]!, { head: object, dep: 'nmod' });
    tokens[mark] = retoken(tokens[mark]!, { head: subject, dep: 'case' });
    tokens[m] = retoken(t, { dep: 'ccomp' });
  });
}

/** Token indices of the subtree of `i`, in order. */
function subtreeOf(tokens: Token[], i: number): number[] {
  return tokens.map((_, k) => k).filter((k) => dominates(tokens, i, k));
}

// Words that make a clause a relative one or an adverbial one, never the complement of a verb of saying before it.
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'what', 'that', 'where', 'when', 'as', 'if', 'like', 'while', 'whilst', 'although', 'though', 'because', 'since', 'after', 'before', 'unless', 'until', 'once']);

/**
 * "The firm said the talks failed", "Lane announced eight people died": a verb of saying with a noun phrase for its
 * object and a finite verb hung on that noun as a reduced relative (acl) is the other reading of the complement whose
 * "that" is left out. English has no finite reduced relative: a clause on a noun with a finite verb and no relative word
 * or subject of its own ("the talks failed") is no description of the noun but a clause with the noun as its subject. The
 * noun becomes the verb's subject and the clause the complement of the verb of saying, as a parse reading the complement
 * has it, so either parse gives the same claim and the same speaker. ("said the deal he signed was void": a clause with a
 * subject of its own is a relative clause on the noun, and is left as it is.)
 */
export function clausesOffObjects(tokens: Token[]): void {
  tokens.forEach((t, m) => {
    const n = t.head;
    if (t.upos !== 'VERB' && t.upos !== 'ADJ' || n < 0 || n >= m || !['acl', 'acl:relcl'].includes(t.dep)) return;
    const noun = tokens[n]!;
    const host = noun.head;
    if (!['NOUN', 'PROPN', 'PRON'].includes(noun.upos) || noun.dep !== 'obj' || host < 0 || host >= n) return;
    const hostToken = tokens[host]!;
    if (hostToken.upos !== 'VERB' || !takesClause(hostToken) || tokens.some((u) => u.head === host && ['ccomp', 'xcomp'].includes(u.dep))) return;
    if (!finiteVerb(tokens, m)) return;
    const own = dependentsOf(tokens, m);
    if (own.some((k) => SUBJECT_DEPS.has(tokens[k]!.dep) || ['expl', 'mark', 'csubj'].includes(tokens[k]!.dep) || k < m && CLAUSE_OPENERS.has(tokens[k]!.text.toLowerCase()))) return;
    // the words between the noun and the verb are the noun's phrase or the verb's auxiliaries and adverbs
    for (let k = n + 1; k < m; k++) {
      const u = tokens[k]!;
      if (CLAUSE_OPENERS.has(u.text.toLowerCase()) || u.text === ',') return;
      if (!dominates(tokens, n, k)) return;
      if (dominates(tokens, m, k) && !(u.head === m && (BETWEEN_SUBJECT_AND_VERB.has(u.dep) || u.dep.startsWith('aux') || u.dep === 'cop'))) return;
    }
    tokens[m] = retoken(t, { head: host, dep: 'ccomp' });
    tokens[n] = retoken(noun, { head: m, dep: subjectRelation(tokens, m) });
  });
}

/**
 * "Lane said Acme sold Zed" parsed with "said" hung on "sold" (as an adverbial clause, an auxiliary, a modifier) and
 * "Lane" perhaps made a second subject of "sold": a finite verb of saying, with no clause of its own, that the clause right
 * after it hangs over, with no word that makes it a clause of that one ("as Lane said", "what Lane said"). English reads
 * "X said Y" one way: the clause is what is said. The verb of saying takes the clause's place in the sentence and the
 * clause becomes its complement; the clause's words before the verb of saying (its subject, "Last month") are its own.
 */
export function reportsUnderTheirClauses(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const h = t.head;
    if (t.upos !== 'VERB' || h <= i || !takesClause(t) || !finiteVerb(tokens, i)) return;
    if (['ccomp', 'xcomp', 'csubj', 'conj', 'root', 'compound', 'flat'].includes(t.dep)) return;
    const head = tokens[h]!;
    // (a copula's noun heads its clause too: "she vowed tourism will be a lifeline" with "lifeline" over "vowed")
    const copular = ['NOUN', 'PROPN'].includes(head.upos) && tokens.some((u) => u.head === h && u.dep === 'cop');
    if (!['VERB', 'AUX', 'ADJ'].includes(head.upos) && !copular || !finiteVerb(tokens, h)) return;
    const own = dependentsOf(tokens, i);
    // (a conjunction that opens the sentence, "And he said ...", joins it to the one before, not the verb to a clause)
    const joins = (k: number): boolean => tokens[k]!.dep === 'cc' && k > 0;
    if (own.some((k) => ['ccomp', 'xcomp', 'parataxis', 'mark', 'csubj'].includes(tokens[k]!.dep) || joins(k) || CLAUSE_OPENERS.has(tokens[k]!.text.toLowerCase()))) return;
    // the verb's own words end where the clause starts: every word after them up to the clause's verb is the clause's
    const mine = subtreeOf(tokens, i);
    const end = mine[mine.length - 1]!;
    if (end >= h) return;
    for (let k = end + 1; k < h; k++) if (!dominates(tokens, h, k) && !(k === end + 1 && tokens[k]!.text.toLowerCase() === 'that')) return;
    // no word before the verb of saying opens a clause around it ("as Lane said", "what Lane said", "when he said")
    const start = mine[0]!;
    const before = tokens.map((_, k) => k).filter((k) => k < i && tokens[k]!.head === h);
    const first = Math.min(start, ...before);
    if (first > 0 && CLAUSE_OPENERS.has(tokens[first - 1]!.text.toLowerCase())) return;
    if (tokens.slice(first, i).some((u) => CLAUSE_OPENERS.has(u.text.toLowerCase()) && u.upos !== 'DET')) return;
    let hasSubject = own.some((k) => SUBJECT_DEPS.has(tokens[k]!.dep));
    tokens[i] = retoken(t, { head: head.head, dep: head.dep });
    tokens[h] = retoken(head, { head: i, dep: 'ccomp' });
    // (of the clause's subjects, one before the verb of saying is the speaker, when the verb has none)
    for (const k of before) {
      const u = tokens[k]!;
      if (!SUBJECT_DEPS.has(u.dep)) tokens[k] = retoken(u, { head: i });
      else if (!hasSubject) { tokens[k] = retoken(u, { head: i, dep: 'nsubj' }); hasSubject = true; }
    }
    // the sentence's last stop is the main clause's
    const last = tokens.length - 1;
    if (last > h && tokens[last]!.head === h && tokens[last]!.upos === 'PUNCT') tokens[last] = retoken(tokens[last]!, { head: i });
  });
}

// Words of the noun phrase that names a speaker.
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * `The rebate is not negotiable, Lane said.`, `..., reports say.`: a verb of saying at the end of the sentence, its subject
 * set off from the words before by a comma (or a quotation's closing mark), with no clause or object of its own, reports
 * those words, however the parse hung it on them (an adverbial clause, a relative clause on their last noun, a conjunct).
 * UD's reading: the verb of saying is a parataxis of the clause said. A parse that made the verb of saying the root with the
 * clause said as its adverbial clause has the clause as its complement.
 */
export function reportsAtTheEnd(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.upos !== 'VERB' || !takesClause(t) || ['parataxis', 'ccomp'].includes(t.dep)) return;
    const own = dependentsOf(tokens, i);
    const subject = own.find((k) => k < i && tokens[k]!.dep === 'nsubj');
    // (no clause or object of its own after it, no subordinator or conjunction at all)
    if (subject === undefined || own.some((k) => ['mark', 'cc'].includes(tokens[k]!.dep) || k > i && ['ccomp', 'xcomp', 'obj', 'parataxis', 'csubj'].includes(tokens[k]!.dep))) return;
    // the speaker's phrase as written: the words before the verb (its auxiliaries and adverbs aside) back to a comma or a
    // quotation's closing mark, however the parse hung them ("chief Ann Lee said" with "said" on "chief"); the subject in it
    let end = i - 1;
    while (end >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[end]!.upos) && tokens[end]!.head === i) end--;
    let from = end;
    const speakerWord = (u: Token): boolean => (SPEAKER_WORDS.has(u.upos) || u.upos === 'PART' && /^['’]s?$/.test(u.text)) && !CLAUSE_OPENERS.has(u.text.toLowerCase());
    while (from > 0 && speakerWord(tokens[from - 1]!)) from--;
    if (subject < from || subject > end || !tokens.slice(from, end + 1).every(speakerWord)) return;
    // the sentence ends with the verb's own words (read after the speaker's phrase: this walks up from every later token)
    if (tokens.some((u, k) => k > i && u.upos !== 'PUNCT' && !dominates(tokens, i, k))) return;
    // ("the console, which fans had been hoping for": a relative clause, whatever the parse)
    if (subtreeOf(tokens, i).some((k) => k > i && CLAUSE_OPENERS.has(tokens[k]!.text.toLowerCase()) && tokens[k]!.upos !== 'SCONJ')) return;
    const mark = tokens[from - 1]?.text ?? '';
    const closed = ['"', '\u201d', "''"].includes(mark) && [',', '.', '?', '!'].includes(tokens[from - 2]?.text ?? '');
    if (mark !== ',' && !closed || from < 3) return;
    if (t.dep === 'root') {
      // the words said: the one dependent of the verb that covers them
      const said = own.filter((k) => k < from && !['punct', 'advmod', 'aux'].includes(tokens[k]!.dep));
      if (said.length !== 1 || subtreeOf(tokens, said[0]!).length < 3) return;
      const c = said[0]!;
      if (!['VERB', 'AUX', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[c]!.upos) || !finiteVerb(tokens, c) || tokens.slice(0, from - 1).some((_, k) => !dominates(tokens, c, k) && tokens[k]!.upos !== 'PUNCT')) return;
      tokens[c] = retoken(tokens[c]!, { dep: 'ccomp' });
      return;
    }
    const root = tokens.findIndex((u) => u.head === -1);
    // (what is said is a finite clause: "Stung by the score, the team replied" reports nothing)
    if (root < 0 || root > i || dominates(tokens, i, root) || !finiteVerb(tokens, root)) return;
    tokens[i] = retoken(t, { head: root, dep: 'parataxis' });
    // a prepositional phrase of the words said that the parse hung on the verb of saying ("continuing in western Europe,"
    // Ann Lee told) is the nearest verb's before it
    for (const k of own) {
      // (a clause of the words said, "If Lee goes, the deal fails or stalls, Ann said", is the main clause's)
      if (k < from - 1 && ['VERB', 'AUX'].includes(tokens[k]!.upos) && !dominates(tokens, k, root)) {
        tokens[k] = retoken(tokens[k]!, { head: root, dep: tokens[k]!.dep === 'ccomp' || tokens[k]!.dep === 'parataxis' ? 'conj' : tokens[k]!.dep });
        continue;
      }
      if (k >= from - 1 || !tokens[k]!.dep.startsWith('obl') && !tokens[k]!.dep.startsWith('nmod')) continue;
      let verb = k - 1;
      while (verb >= 0 && tokens[verb]!.upos !== 'VERB') verb--;
      if (verb >= 0 && !dominates(tokens, k, verb)) tokens[k] = retoken(tokens[k]!, { head: verb });
    }
    // a word of the speaker's phrase the parse hung outside it ("chief" over "said") describes the speaker
    for (let k = from; k <= end; k++) {
      const h = tokens[k]!.head;
      if (k === subject || h === i || h >= from && h <= end || dominates(tokens, k, subject)) continue;
      tokens[k] = retoken(tokens[k]!, { head: subject, dep: 'compound' });
    }
  });
}

// Words a clause set off after a parenthetical report cannot open with and still be the report's subject's predicate:
// a conjunction, a subordinator or a relative word starts a clause of its own ("..., he said, but ...").
const NOT_A_PREDICATE_START = new Set(['CCONJ', 'SCONJ']);
/** Parts of speech that head a noun phrase: the subject before a parenthetical report, and its speaker. */
const NOMINAL_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** The tokens of `from`..`to` (inclusive) whose head lies outside that span, punctuation aside. */
function spanHeads(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) {
    const h = tokens[k]!.head;
    if (tokens[k]!.upos !== 'PUNCT' && (h < from || h > to)) out.push(k);
  }
  return out;
}

/**
 * "The deal, he said, will cut costs", "Prices, analysts warned, could rise further": a report set off by commas inside
 * the clause it reports, between that clause's subject and its predicate. Parsers hang the subject on the verb of saying
 * (a second subject, or the speaker a conjunct of it) and the predicate under it with no subject, so the claim loses its
 * subject. English reads it as "he said (that) the deal will cut costs": the sentence is exactly a noun phrase, a comma,
 * a speaker and a verb of saying, a comma, and a finite predicate with no subject of its own. The verb of saying becomes
 * the root with the predicate as its complement, and the noun phrase the predicate's subject, as the other report
 * repairs leave "X said Y". ("However, he said, ..." opens with no noun phrase; "Profits rose, he said, and ..." has a
 * clause before the report and a conjunction after it: both are left as they are.)
 */
export function subjectsAroundReports(tokens: Token[]): void {
  const n = tokens.length;
  for (let v = 2; v < n - 2; v++) {
    const t = tokens[v]!;
    if (t.upos !== 'VERB' || !takesClause(t) || !FINITE_TAGS.has(t.tag)) continue;
    // the commas around the report: the speaker's phrase between the first and the verb, anything of the verb's after it
    let c1 = v - 1;
    while (c1 > 0 && tokens[c1]!.text !== ',' && (SPEAKER_WORDS.has(tokens[c1]!.upos) || ['ADV', 'AUX', 'ADP', 'PART'].includes(tokens[c1]!.upos))) c1--;
    if (c1 < 1 || c1 === v - 1 || tokens[c1]!.text !== ',') continue;
    let c2 = v + 1;
    while (c2 < n && tokens[c2]!.text !== ',' && tokens[c2]!.upos !== 'PUNCT') c2++;
    if (c2 >= n - 1 || tokens[c2]!.text !== ',') continue;
    // the noun phrase before it: the whole of the sentence up to the first comma, one phrase headed by a noun
    const before = spanHeads(tokens, 0, c1 - 1);
    if (before.length !== 1) continue;
    const subject = before[0]!;
    const head = tokens[subject]!;
    if (!NOMINAL_HEADS.has(head.upos) || CLAUSE_OPENERS.has(head.text.toLowerCase())) continue;
    // the predicate after it: the rest of the sentence but its closing marks, one finite clause with no subject
    let end = n - 1;
    while (end > c2 && tokens[end]!.upos === 'PUNCT') end--;
    if (end <= c2 + 1 || NOT_A_PREDICATE_START.has(tokens[c2 + 1]!.upos) || CLAUSE_OPENERS.has(tokens[c2 + 1]!.text.toLowerCase())) continue;
    const after = spanHeads(tokens, c2 + 1, end);
    if (after.length !== 1) continue;
    const pred = after[0]!;
    const p = tokens[pred]!;
    const copular = ['NOUN', 'PROPN', 'ADJ'].includes(p.upos) && tokens.some((u) => u.head === pred && u.dep === 'cop');
    if (!['VERB', 'AUX'].includes(p.upos) && !copular || !finiteVerb(tokens, pred)) continue;
    // (a subject the parse gave it from the report's words is the report's: "Ann Lee told reporters, will sell")
    if (dependentsOf(tokens, pred).some((k) => (SUBJECT_DEPS.has(tokens[k]!.dep) && !(k > v && k < c2)) || ['expl', 'csubj', 'mark'].includes(tokens[k]!.dep))) continue;
    // the report's own words: what the parse hung outside them hangs on the verb of saying, its one noun before it the speaker
    let speaker = -1;
    const moved: Array<[number, Token]> = [];
    for (const k of spanHeads(tokens, c1 + 1, c2 - 1)) {
      if (k === v) continue;
      const u = tokens[k]!;
      if (k < v && NOMINAL_HEADS.has(u.upos)) {
        if (speaker >= 0) { speaker = -2; break; }
        speaker = k;
        moved.push([k, retoken(u, { head: v, dep: 'nsubj' })]);
      } else moved.push([k, retoken(u, { head: v, dep: k > v && SUBJECT_DEPS.has(u.dep) ? 'obj' : u.dep })]);
    }
    if (speaker === -2) continue;
    if (speaker < 0) speaker = dependentsOf(tokens, v).find((k) => k > c1 && k < v && tokens[k]!.dep === 'nsubj') ?? -1;
    if (speaker < 0) continue;
    for (const [k, u] of moved) tokens[k] = u;
    tokens[v] = retoken(t, { head: -1, dep: 'root' });
    tokens[subject] = retoken(head, { head: pred, dep: subjectRelation(tokens, pred) });
    tokens[pred] = retoken(p, { head: v, dep: 'ccomp' });
    tokens[c1] = retoken(tokens[c1]!, { head: v, dep: 'punct' });
    tokens[c2] = retoken(tokens[c2]!, { head: v, dep: 'punct' });
    for (let k = end + 1; k < n; k++) tokens[k] = retoken(tokens[k]!, { head: v, dep: 'punct' });
    return;
  }
}
