// The relations a verb heads: its subjects and objects, its particle, phrases and clauses, active or passive, with the
// light verbs, small clauses, adjective complements and passive infinitives that join the verb's words.
import type { Token } from '../../analyze/analysis.js';
import type { Argument, Candidate, Modality } from '../candidate.js';
import { byPhraseConjuncts, conceptArgument, isRelativePronoun, phraseTokens } from '../arguments.js';
import { CONTENT_ACTS, LIGHT_VERBS, SPEECH_VERBS } from '../predicates/lexicon.js';
import { actContent, actSpeaker } from '../speech.js';
import { camel, labelOf, verbEntry, verbPredicate } from '../predicates/index.js';
import { kid, kids, lemmaOf, lower, subtree, toInfinitive, writtenSpan, type SentenceView } from '../sentence-view.js';
import { adverbParticle, boundingUpTo, boundingUpToAfterVerb, LOCATIVE_TYPES, prepOf, SURFACE_CUT } from './words.js';
import { FAILED_ACT_VERBS, NEGATORS, negated, modalityOf, argumentNegated } from './modality.js';
import { isTime, timeFrame, timeBeforeAfter } from './time-frames.js';
import { withConjuncts, isBareInfinitive, appositionTarget, controlledComplement, frontedAdjunct, subjectsOf, dashedOff, isPassive } from './subjects.js';
import { followsDirectly, hasComplement, hasOfComplement, isActorNoun, nounMods, opensClause, possessedNoun, prepositionalParticiple, smallClausePredicate, subjectlessClauseAfter, subtreeOfLight, themeOf } from './objects.js';
import type { SentenceState } from './sentence-state.js';
import { ADVERBIAL_HEADS, chained, isAge, SKIP_PREPS, spanPhrase, STATE_PREPS_SKIP } from './phrases.js';

/** Prepositions that open a gerund clause after a participle ("opposed to ending", "banned from driving", "accused of taking"). */
const GERUND_PREPS = new Set(['to', 'from', 'of', 'with', 'for', 'about', 'against']);

/** An open relation named by its words, empty ones left out: [give, , veto, to] -> giveVetoTo, "give veto to". */
function openRelation(words: ReadonlyArray<string | undefined>): { name: string; label: string; known: boolean } {
  const kept = words.filter((w): w is string => !!w);
  return { name: camel(kept), label: kept.join(' '), known: false };
}

/** The open relation of the verb's words with the words of `toks` (a noun and its modifiers) and a preposition: "give veto to". */
function relationWith(v: SentenceView, lemma: string, particle: string | undefined, toks: readonly number[], prep?: string): ReturnType<typeof openRelation> {
  return openRelation([lemma, particle, ...toks.map((k) => lower(v.tokens[k]!)), prep]);
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

/** Verbs of saying and thinking that take a clause without "that" ("said the plan had failed"). */
const THAT_VERBS = new Set(['say', 'acknowledge', 'admit', 'believe', 'think', 'claim', 'insist', 'argue', 'suggest', 'note', 'confirm',
  'reveal', 'fear', 'hope', 'expect', 'predict', 'estimate', 'concede', 'assert', 'declare', 'maintain', 'allege', 'add', 'state', 'feel', 'know', 'realise', 'realize', 'recognise', 'recognize', 'accept', 'understand', 'agree', 'announce', 'report', 'explain', 'stress', 'indicate', 'show', 'find', 'mean']);

/**
 * Verbs of saying and thinking whose direct object in news is the subject of the clause they report ("said the plan had
 * failed"): "say something" or "think it" as a relation says nothing an analyst would keep.
 */
const CLAUSE_VERBS = new Set(['say', 'argue', 'insist', 'believe', 'think', 'state', 'feel', 'maintain', 'reckon',
  'assert', 'contend', 'stress', 'note', 'explain', 'concede', 'suggest', 'hope', 'fear']);

/** What the verb relates besides its subject and a time: a time is the qualifier of those relations, not one of its own. */
function timeFree(v: SentenceView, o: number): boolean {
  return !isTime(v, o) && !isAge(v, o);
}

/** The verb's own reading in the lexicon ("blame" with its frame), or its words. */
type Predicate = ReturnType<typeof verbPredicate>;

/** What a verb's relations are read from: its subjects, objects and phrases, polarity, modality, agents and patients. */
interface VerbFrame {
  readonly p: number;
  readonly t: Token;
  readonly lemma: string;
  readonly particle: string | undefined;
  /** whether the subject is shared from another verb */
  readonly shared: boolean;
  readonly passive: boolean;
  /** the noun of a small clause after the object ("declared X the winner") */
  readonly predicateNoun: number | undefined;
  /** the objects (a light verb's noun is taken out when its phrase is read) */
  readonly objs: number[];
  readonly droppedObject: boolean;
  readonly argObjs: number[];
  readonly argObls: number[];
  readonly pol: 'asserted' | 'denied';
  readonly modality: Modality | undefined;
  /** who acts: the subjects of an active verb, the "by" phrases of a passive one */
  readonly agents: number[];
  /** what a passive verb acts on: its subjects (none for an active verb) */
  readonly patients: number[];
  /** the phrases not read as an agent, an object or a time frame (taken out as they are read) */
  readonly restObls: number[];
}

/** The relations a verb heads: its subjects with its objects, prepositional phrases, clauses and infinitives. */
export function verbRelations(state: SentenceState, p: number): void {
  const f = verbFrame(state, p);
  if (!f) return;
  const from = state.out.length;
  verbOwnRelations(state, f);
  refusals(state, p, from);
  helpedActs(state, p, from);
}

/**
 * "The new planes will help (to) cut costs", "the grant helped the town rebuild its bridge": "help" with an infinitive
 * says its subject had a part in the act, not that it did the act alone. The infinitive's relations (those from `from`
 * on) are read with "help" before their label, as the refusals are: with no object of "help" the infinitive's subject is
 * the helper's, and its rows become the helper's ("planes | help cut | costs"); with an object, the one helped does the
 * act (town | rebuild | bridge, kept) and the helper has a part in it beside (grant | help rebuild | bridge).
 */
function helpedActs(state: SentenceState, p: number, from: number): void {
  const { v, out } = state;
  const t = v.tokens[p]!;
  if (t.dep !== 'xcomp' && t.dep !== 'ccomp' || t.head < 0 || out.length === from) return;
  const h = t.head;
  const help = v.tokens[h]!;
  if (help.upos !== 'VERB' || lemmaOf(help) !== 'help') return;
  // ("helped the town rebuild" read as a clause with "town" its subject: no marker or auxiliary, the subject right after
  // "help", is the same infinitive; "helps ensure that ..." is the xcomp's)
  const own = kids(v, p, 'nsubj');
  const clause = t.dep === 'ccomp' && own.length === 1 && own[0]! > h && !kids(v, p, 'mark', 'aux', 'aux:pass', 'cop').length
    && Math.min(...subtree(v, own[0]!)) === h + 1;
  if (t.dep === 'ccomp' && !clause || t.dep === 'xcomp' && !(toInfinitive(v, p) || t.tag === 'VB')) return;
  const helped = clause || kids(v, h, 'obj', 'iobj').some((k) => k < p);
  if (!helped) {
    for (let i = from; i < out.length; i++) out[i] = withVerbBefore(out[i]!, 'help');
    return;
  }
  const helpers = subjectsOf(v, h).map((k) => state.arg(k)).filter((a): a is Argument => a !== undefined);
  const acts = out.slice(from);
  for (const a of helpers) for (const c of acts) out.push({ ...withVerbBefore(c, 'help'), subject: a });
}

/** A relation read with a governing verb's words before its label: "help" + "cut" is "help cut", "refuse to" + "pay". */
function withVerbBefore(c: Candidate, words: string): Candidate {
  const label = `${words} ${c.predicateLabel}`;
  return { ...c, predicate: camel(label.split(' ')), predicateLabel: label };
}

/** A verb's relations with its arguments. */
function verbOwnRelations(state: SentenceState, f: VerbFrame): void {
  lightVerbPhrase(state, f);
  const pred = verbPredicate(f.lemma, f.particle, undefined);
  if (f.passive && passiveRelations(state, f)) return;
  if (blameOnRelations(state, f, pred)) return;
  const withAdjective = adjectiveComplements(state, f);
  const splitOff = objectPhrases(state, f);
  const stated = passiveInfinitives(state, f);
  agentRelations(state, f, pred, withAdjective, splitOff, stated);
}

/** Verbs of saying and thinking whose passive raises the subject of an infinitive ("is understood to be", "was said to have"). */
const RAISING_VERBS = new Set(['understand', 'think', 'believe', 'say', 'report', 'know', 'consider', 'rumour', 'rumor', 'allege', 'suppose', 'estimate', 'expect', 'feel', 'reckon', 'presume', 'assume', 'claim', 'see', 'find']);

/**
 * "X refused to comment on the reports": besides the act not done (X | comment on | reports, denied), the refusal (or
 * failure: "X failed to pay the fee", X | fail to pay | fee) itself, with the act's own argument (X | refuse to comment
 * on | reports). Read from the relations the infinitive gave (those from `from` on), so the refusal has the act's
 * subject, object, speaker and modality; its polarity is the act's turned round (the act is denied because it was
 * refused; "did not refuse to pay" denies the refusal). The verbs are modality.ts' FAILED_ACT_VERBS (refuse, decline,
 * fail): the refusal or failure is an act too, and often the news itself (inspectors' "the ferry failed to reach the
 * harbour" is news about the ferry, which the denied "ferry | reach | harbour" alone does not say).
 */
function refusals(state: SentenceState, p: number, from: number): void {
  const { v, out } = state;
  const t = v.tokens[p]!;
  if (t.dep !== 'xcomp' || t.head < 0 || !FAILED_ACT_VERBS.has(lemmaOf(v.tokens[t.head]!)) || !toInfinitive(v, p)) return;
  const refusal = lemmaOf(v.tokens[t.head]!);
  for (const c of out.slice(from)) {
    const polarity = c.polarity === 'denied' ? 'asserted' : 'denied';
    out.push({ ...withVerbBefore(c, `${refusal} to`), polarity, fact: polarity === 'asserted' && !c.modality && !c.speaker });
  }
}

/** The verb's subjects, objects, phrases, polarity and modality; undefined for a participle that relates no one. */
function verbFrame(state: SentenceState, p: number): VerbFrame | undefined {
  const { ctx, v } = state;
  const t = v.tokens[p]!;
  if (t.dep === 'amod' || t.dep === 'compound') return undefined; // a participle used as an adjective ("a planned attack")
  const lemma = lemmaOf(t);
  // ", compared with 14,738 for ...", "closed up following a new offer": a participle doing a preposition's work relates
  // no one ("fans following the team" is a verb: people follow)
  if (prepositionalParticiple(v, p)) return undefined;
  // "X was understood to be starting ...", "is thought to have fled": a passive verb of saying or thinking with an
  // infinitive only reports the infinitive's act, whose subject and phrases it took over; it relates no one itself
  if (RAISING_VERBS.has(lemma) && isPassive(v, p) && kids(v, p, 'xcomp').some((c) => toInfinitive(v, c))) return undefined;
  // ("Sony's robot has been dancing" with "Sony" as the subject: the robot dances)
  const subjects = subjectsOf(v, p).flatMap((s) => { if (s > p) return [s]; const h = possessedNoun(v, s); return h === undefined || h >= p ? [] : [h]; });
  // (a name set off by commas right before the verb is its own subject, not one shared from another verb)
  const commaName = subjects.length === 1 && v.tokens[p - 1]?.text === ',' && v.mentionAt[p - 2]?.tokenStart === subjects[0];
  // (an infinitive or -ing form its governor's subject or object controls is no guess: "refused to comment")
  const shared = !kids(v, p, 'nsubj', 'nsubj:pass').length && !commaName && !controlledComplement(v, p);
  const passive = isPassive(v, p);
  // "arrived back from", "took over at": a particle right after the verb is its particle, whether parsed as one or as
  // an adverb ("with up to six unions": "up to" after a preposition bounds a number, it is no particle of the verb)
  // (find, not filter + map + [0]: map's array is packed or holey as this function runs unoptimised or optimised, and
  // indexing it flipped V8's optimised code for this function between the two)
  // ("could raise up to £4m": "up to" bounding the amount after the verb; the amount is the verb's object, words.ts)
  const upTo = boundingUpToAfterVerb(v, p) ? kids(v, p, 'obl').find((o) => kids(v, o, 'case').includes(p + 2)) : undefined;
  const prt = upTo !== undefined ? undefined : kids(v, p, 'compound:prt').find((k) => !boundingUpTo(v, k)) ?? adverbParticle(v, p);
  const particle = prt === undefined ? undefined : lower(v.tokens[prt]!);
  // ("Local favourite Lleyton Hewitt will meet ...": a noun before the subject is no object; only a relative pronoun,
  // "the deal which Acme signed", comes before its verb's subject as its object)
  const ownSubjects = kids(v, p, 'nsubj', 'nsubj:pass');
  const beforeSubject = (o: number): boolean => o < p && !isRelativePronoun(v, o) && ownSubjects.some((k) => o < k && k < p);
  // ("defeated China's Li Na" with "China" as the object: Li Na was defeated)
  const found = kids(v, p, 'obj', 'iobj').filter((o) => trueObject(v, o) && !timeBeforeAfter(v, o) && !beforeSubject(o) && !dashedOff(v, p, o))
    .flatMap((o) => { const h = o > p ? possessedNoun(v, o) : o; return h === undefined ? [] : withConjuncts(v, h); });
  if (upTo !== undefined) found.push(upTo);
  // "declared X the winner", "named X chairman": the second noun says what the first object is, it is not acted on
  const predicateNoun = passive ? undefined : smallClausePredicate(v, p, found);
  const objs = predicateNoun === undefined ? found : found.filter((o) => !withConjuncts(v, predicateNoun).includes(o));
  // "put them on hold": with its object a pronoun the relation drops, a phrase of a common noun is no relation of the verb
  // ("put on" hold); the act's theme is missing from it
  const droppedObject = objs.some((o) => v.tokens[o]!.upos === 'PRON' && !isRelativePronoun(v, o) && ['it', 'them', 'this', 'that'].includes(lower(v.tokens[o]!)));
  // "died suddenly of a heart attack" with the phrase hung on the manner adverb: the verb's phrase all the same
  const manner = kids(v, p, 'advmod').filter((a) => v.tokens[a]!.upos === 'ADV' && /ly$/i.test(v.tokens[a]!.text));
  const obls = [...kids(v, p, 'obl', 'obl:agent', 'nmod', 'obl:npmod'), ...manner.flatMap((a) => kids(v, a, 'obl'))].filter((o) => !kids(v, o, 'case').length || o === upTo ? false : true);
  // what the verb relates besides its subject and a time: a time is the qualifier of those relations, not one of its own
  const argObjs = objs.filter((o) => timeFree(v, o));
  const argObls = obls.filter((o) => {
    const prep = prepOf(v, o);
    return timeFree(v, o) && !!prep && !SKIP_PREPS.has(prep) && prep !== 'according to' && !ADVERBIAL_HEADS.has(lemmaOf(v.tokens[o]!)) && !(passive && prep === 'by') && !timeFrame(v, o, prep);
  });
  let pol: 'asserted' | 'denied' = negated(v, p) ? 'denied' : 'asserted';
  // "no deal was offered in the meeting": a common-noun subject denied by its own determiner denies what the verb says
  // of it (a name such as "No 10" is no determiner)
  if (subjects.length === 1 && !v.mentionAt[subjects[0]!] && argumentNegated(v, subjects[0]!)) pol = pol === 'denied' ? 'asserted' : 'denied';
  const modality = modalityOf(v, p);

  const agents = passive ? obls.filter((o) => v.tokens[o]!.dep === 'obl:agent' || prepOf(v, o) === 'by').flatMap((o) => withConjuncts(v, o)) : subjects;
  const patients = passive ? subjects : [];
  // (open extraction keeps a fronted phrase: its tuples carry a clause's adjuncts as arguments, a graph's relation does not)
  const restObls = obls.filter((o) => !agents.includes(o) && !objs.includes(o) && !timeFrame(v, o, prepOf(v, o) ?? '') && (ctx.openSurfaces || !frontedAdjunct(v, p, o)));
  return { p, t, lemma, particle, shared, passive, predicateNoun, objs, droppedObject, argObjs, argObls, pol, modality, agents, patients, restObls };
}

/** A light verb, or a verb with its object and phrase in the lexicon, read with its noun and that phrase (at most one). */
function lightVerbPhrase(state: SentenceState, f: VerbFrame): void {
  const { ctx, v, emit, relTokens, caseOf, arg } = state;
  const { p, lemma, shared, objs, pol, modality, agents, restObls } = f;
  // light verb + noun + preposition: "pin responsibility on X", "hold talks with X"
  for (const o of objs) {
    const noun = lemmaOf(v.tokens[o]!);
    // a phrase the parser hung on the noun right after it ("claimed responsibility for the attack") is the verb's too, for
    // a phrase the lexicon knows
    const nounPhrases = kids(v, o, 'nmod').filter((k) => kids(v, k, 'case')[0] === o + 1);
    for (const ob of [...restObls, ...nounPhrases]) {
      const onNoun = !restObls.includes(ob);
      const prep = prepOf(v, ob);
      if (!prep || isTime(v, ob) || SKIP_PREPS.has(prep) || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!))) continue;
      const entry = verbEntry(`${lemma} ${lower(v.tokens[o]!)} ${prep}`) ?? verbEntry(`${lemma} ${noun} ${prep}`);
      if (onNoun && !entry) continue;
      if (entry || (LIGHT_VERBS.has(lemma) && v.tokens[o]!.upos === 'NOUN' && !v.mentionAt[o] && !ctx.book.at(v.sentence.index, o))) {
        // the noun's own modifiers are part of the phrase: "give the green light to" is not "give light to"
        const mods = kids(v, o, 'amod', 'compound').filter((k) => k < o && !v.mentionAt[k] && ['ADJ', 'NOUN'].includes(v.tokens[k]!.upos)).slice(-2).map((k) => lower(v.tokens[k]!));
        const name = entry ? entry.predicate : camel([lemma, ...mods, noun, prep]);
        const label = [lemma, ...mods, noun, prep].join(' ');
        for (const s of agents) for (const x of withConjuncts(v, ob)) emit(arg(s), name, entry ? labelOf(entry.predicate) : label, arg(x), p, { known: !!entry, shared, polarity: pol, modality, surface: { s, rel: relTokens(p, [...subtreeOfLight(v, o), ...caseOf(ob)]), o: x } });
        objs.splice(objs.indexOf(o), 1);
        if (!onNoun) restObls.splice(restObls.indexOf(ob), 1);
        return;
      }
    }
  }
}

/**
 * A passive verb's patients with the participle and its phrases; true when nothing more is read (a count, no agent),
 * else the phrases are spent and the agents are read as an active verb's.
 */
function passiveRelations(state: SentenceState, f: VerbFrame): boolean {
  const { v, emit, relTokens, caseOf, arg } = state;
  const { p, t, particle, shared, pol, modality, agents, patients, restObls } = f;
  // "Yugansk was sold for $9.3bn", "he was diagnosed with cancer", "the rebate, secured by Thatcher in 1984":
  // the patient with the participle and preposition
  if (patients.some((s) => v.tokens[s]!.upos === 'NUM' || kids(v, s, 'nummod').length)) return true; // counts go to events
  for (const ob of restObls.filter((o) => !agents.includes(o))) {
    const prep = prepOf(v, ob);
    if (!prep || SKIP_PREPS.has(prep) || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!))) continue;
    const name = camel([lower(t), particle ?? '', prep]);
    for (const s of patients) for (const x of withConjuncts(v, ob)) emit(arg(s), name, [lower(t), particle, prep].filter(Boolean).join(' '), arg(x), p, { passive: true, polarity: pol, modality, shared, surface: { s, rel: relTokens(p, caseOf(ob)), o: x } });
  }
  if (agents.length) {
    restObls.splice(0, restObls.length);
    return false;
  }
  // "the US, which is opposed to ending the ban", "banned from driving": a gerund clause after the participle's
  // preposition is what the relation is about, as a phrase
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
  return true;
}

/** "X blamed Y on Z": true when the verb was read so. */
function blameOnRelations(state: SentenceState, f: VerbFrame, pred: Predicate): boolean {
  const { v, emit, relTokens, caseOf, arg } = state;
  const { p, t, shared, passive, objs, pol, modality, agents, patients, restObls } = f;
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
    return true;
  }
  return false;
}

/** An adjective complement joined to the verb ("pleaded not guilty to"); the phrases it took. */
function adjectiveComplements(state: SentenceState, f: VerbFrame): Set<number> {
  const { v, out, emit, relTokens, caseOf, arg } = state;
  const { p, lemma, shared, objs, modality, agents, restObls } = f;
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
  return withAdjective;
}

/** The phrase after a common-noun object joined to the verb and the noun; the objects it was split off, with it. */
function objectPhrases(state: SentenceState, f: VerbFrame): Map<number, number> {
  const { ctx, v, out, emit, relTokens, caseOf, arg } = state;
  const { p, lemma, particle, shared, passive, objs, argObls, pol, modality, agents, restObls } = f;
  // "signed a supply deal with China": a preposition the parser hung on the common-noun object belongs to the verb.
  // So does any phrase right after the object ("took statements at the scene"): whether the parser hangs it on the verb
  // or on the noun, the rows are the same ("take" statements, "take statements at" the scene), so one arc does not
  // decide them; the object then is read without the phrase.
  const splitOff = new Map<number, number>();
  if (!passive && !argObls.some((o) => restObls.includes(o))) {
    for (const o of objs) {
      if (v.tokens[o]!.upos !== 'NOUN' || v.mentionAt[o]) continue;
      for (const nm of kids(v, o, 'nmod')) {
        const prep = prepOf(v, nm);
        // "told a jury in New York": a place named after the object is where the act happened, one relation with it
        const place = (prep === 'in' || prep === 'at') && v.mentionAt[nm] && LOCATIVE_TYPES.has(v.mentionAt[nm]!.type);
        if (!prep || !(['with', 'to', 'on', 'against', 'from', 'into'].includes(prep) || place || adjoiningPhrase(v, o, nm, prep))) continue;
        const entry = verbEntry(`${lemma} ${lower(v.tokens[o]!)} ${prep}`) ?? verbEntry(`${lemma} ${lemmaOf(v.tokens[o]!)} ${prep}`);
        // an event noun's own preposition ("the attack on the hall") belongs to the event, unless the verb is light
        if (!entry && !LIGHT_VERBS.has(lemma) && ctx.book.at(v.sentence.index, o)) continue;
        const nounToks = [...nounMods(v, o), o];
        const said = entry ? { name: entry.predicate, label: labelOf(entry.predicate) } : relationWith(v, lemma, particle, nounToks, prep);
        const made = out.length;
        for (const a of agents) for (const x of withConjuncts(v, nm)) emit(arg(a), said.name, said.label, arg(x), p, { known: !!entry, shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, [...nounToks, ...caseOf(nm)]), o: x } });
        if (out.length > made && !splitOff.has(o)) splitOff.set(o, nm);
      }
    }
  }
  return splitOff;
}

/** "want the budget to be capped at 1%": the objects read with a passive infinitive after them. */
function passiveInfinitives(state: SentenceState, f: VerbFrame): Set<number> {
  const { v, emit, relTokens, caseOf, arg } = state;
  const { p, lemma, shared, passive, objs, pol, modality, agents } = f;
  // "want the budget to be capped at 1%": the object and the passive infinitive after it are one relation with the
  // infinitive's phrase ("want budget capped at" 1%); the object alone is not what is wanted
  const stated = new Set<number>();
  if (!passive) {
    for (const o of objs) {
      if (v.tokens[o]!.upos !== 'NOUN' || v.mentionAt[o]) continue;
      const infinitives = [...kids(v, o, 'acl', 'xcomp'), ...kids(v, p, 'xcomp')].filter((c) => v.tokens[c]!.tag === 'VBN'
        && toInfinitive(v, c) && kids(v, c, 'aux:pass').length > 0);
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
  return stated;
}

/** Each agent with the verb's objects, the content of a speech act (a denial, a pledge, a proposal), and its phrases. */
function agentRelations(state: SentenceState, f: VerbFrame, pred: Predicate, withAdjective: ReadonlySet<number>, splitOff: ReadonlyMap<number, number>, stated: ReadonlySet<number>): void {
  const { v } = state;
  const { p, lemma, passive, objs, agents, patients, restObls } = f;
  // ("ravaged the coast last September": a time read as the object dates the act, it is not what was acted on)
  const objects = passive ? patients : objs.filter((o) => !stated.has(o) && timeFree(v, o));
  // ReVerb's "verb + noun + preposition" when the object is a common noun: "signed a supply deal with X"
  // (not a noun that stands for a name, "met Deputy Prime Minister John Prescott at ..."); the same for every agent
  // and phrase, so found once
  // (a time the parser made an object, "reassure voters on Monday evening" with "evening" as one, joins no relation)
  const commonObj = restObls.length ? objs.find((o) => v.tokens[o]!.upos === 'NOUN' && !v.mentionAt[o] && !argumentNegated(v, o) && appositionTarget(v, o) === o && timeFree(v, o)) : undefined;
  for (const a of agents) {
    objectRelations(state, f, a, pred, objects, splitOff);
    if (!passive && !objects.length && CONTENT_ACTS.has(lemma)) actContentRelation(state, f, a, pred);
    phraseRelations(state, f, a, withAdjective, commonObj);
  }
}

/** An agent with each of the verb's objects (a passive verb's patients). */
function objectRelations(state: SentenceState, f: VerbFrame, a: number, pred: Predicate, objects: readonly number[], splitOff: ReadonlyMap<number, number>): void {
  const { ctx, v, emit, relTokens, caseOf, arg } = state;
  const { p, lemma, particle, shared, passive, predicateNoun, argObls, pol, modality } = f;
  for (const o of objects) {
    const negObj = argumentNegated(v, o);
    // "lent Russia $6bn", "paid Vexa $2m for ...": like a time, an amount beside a named party is that relation's
    // quantity (the money extractor keeps it on the loan or deal), not a relation of its own
    // "Lee said his time there had not hurt him": what a verb of saying or thinking seems to take as its object is
    // the subject of the clause after it (a finite verb follows the phrase)
    if (!passive && THAT_VERBS.has(lemma) && (opensClause(v, o) || subjectlessClauseAfter(v, p, o))) continue;
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
    // relation ("give veto to" parliament) rather than being lost; so does a small clause's role ("named X chairman":
    // "name chairman" X)
    const theme = passive ? undefined : themeOf(v, o);
    const role = theme === undefined && predicateNoun !== undefined && v.tokens[predicateNoun]!.upos === 'NOUN' && !v.mentionAt[predicateNoun] ? predicateNoun : undefined;
    const joined = theme ?? role;
    let rel = surface.rel;
    if (joined !== undefined) {
      const nounToks = [...nounMods(v, joined), joined];
      said = relationWith(v, lemma, particle, nounToks, theme !== undefined ? 'to' : undefined);
      rel = relTokens(p, nounToks);
    }
    const cut = splitOff.get(o);
    emit(arg(a), said.name, said.label, cut === undefined ? arg(o) : phraseBefore(state, o, cut), p, { known: said.known, passive, shared, polarity: negObj ? 'denied' : pol, modality, surface: { ...surface, rel } });
    // ("bought works by A, B and C": the object once for each maker, arguments.ts)
    if (cut === undefined && joined === undefined) for (const more of byPhraseConjuncts(v, o)) emit(arg(a), said.name, said.label, more, p, { known: said.known, passive, shared, polarity: negObj ? 'denied' : pol, modality, surface: { ...surface, rel } });
  }
}

/** "X denied that ...", "X pledged more money", "X suggested doubling the fee": the speech act with its content as a phrase (speech.ts). */
function actContentRelation(state: SentenceState, f: VerbFrame, a: number, pred: Predicate): void {
  const { ctx, v, emit, arg } = state;
  const { p, shared, pol } = f;
  const span = actContent(v, p);
  const speaker = span && actSpeaker(ctx, v, a);
  if (!span || !speaker) return;
  emit(speaker === 'as-is' ? arg(a) : speaker, pred.name, pred.label, spanPhrase(v, span.first, span.last), p, { known: true, polarity: pol, shared });
}

/** An agent with each of the verb's phrases not read otherwise: "moved to the US", "died of cancer", "agreed to a buyout by X". */
function phraseRelations(state: SentenceState, f: VerbFrame, a: number, withAdjective: ReadonlySet<number>, commonObj: number | undefined): void {
  const { ctx, v, emit, relTokens, caseOf, arg } = state;
  const { p, t, lemma, particle, shared, passive, objs, droppedObject, argObjs, argObls, pol, modality, restObls } = f;
  for (const ob of restObls) {
    const prep = prepOf(v, ob);
    if (!prep || SKIP_PREPS.has(prep) || prep === 'by' && passive || ADVERBIAL_HEADS.has(lemmaOf(v.tokens[ob]!)) || withAdjective.has(ob)) continue;
    // "Half of the money put aside by the government" read with "put" as the sentence's active verb: a "by" agent or a
    // bare participle's "by" phrase says who did the act, never a party the subject acts "by"
    if (prep === 'by' && (v.tokens[ob]!.dep === 'obl:agent' || t.tag === 'VBN' && !kids(v, p, 'aux').length)) continue;
    // "said in a statement", "said on Tuesday"; but "(refused to) comment on the reports" names what is talked of
    if (SPEECH_VERBS.has(lemma) && !['to', 'with', 'about', 'of', 'against'].includes(prep) && !(lemma === 'comment' && prep === 'on' && !isTime(v, ob))) continue;
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
    if (commonObj !== undefined && !passive && !timeWords.length && (ob < p || prep === 'with' && isActorNoun(v, commonObj))) continue;
    // "beat Czink in the last round", "sent Sidoli over in the corner": beside an object the relation leaves out, a
    // phrase of place or time that names nothing says where or when; "beat in round" has lost who was beaten
    if (!passive && commonObj === undefined && argObjs.length && !timeWords.length && ['in', 'at', 'on'].includes(prep)
      && !v.mentionAt[ob] && !ctx.book.at(v.sentence.index, ob)) continue;
    // "orchestrated a series of tricks at X": after an object with an of-complement, the phrase right after it is
    // read with that complement; the container noun ("series", "number") is no part of a relation of the verb. So is a
    // place phrase right after any complement ("provide information about the presence of commanders in the territory")
    if (commonObj !== undefined && !passive && !timeWords.length && followsDirectly(v, commonObj, ob)
      && (hasOfComplement(v, commonObj) || ['in', 'at', 'on'].includes(prep) && hasComplement(v, commonObj) && !v.mentionAt[ob])
      && !(v.mentionAt[ob] && LOCATIVE_TYPES.has(v.mentionAt[ob]!.type))) continue;
    if (timeWords.length) nounToks = timeWords;
    else if (!withPrep.known && commonObj !== undefined && !passive) nounToks = [...nounMods(v, commonObj), commonObj];
    if (nounToks.length) withPrep = relationWith(v, lemma, particle, nounToks, prep);
    for (const x of withConjuncts(v, ob)) {
      emit(arg(a), withPrep.name, withPrep.label, x === ob ? obArg : arg(x), p, { known: withPrep.known, passive, shared, polarity: pol, modality, surface: { s: a, rel: relTokens(p, [...nounToks, ...caseOf(ob)]), o: x } });
    }
    // "agreed to a buyout by Verizon", "arrived back from a mission to the Middle East": a common noun's own phrase
    // that names an entity or an event continues the relation (the fuller one makes the bare one redundant)
    // ("left with a win against X": a "with" of accompaniment or means is no step to a party)
    // (nor after a direct object: "destroyed X in the scrum at Twickenham" is no relation "destroy in scrum at")
    // (an event's phrase still continues it: "warned Russia about an attack in Moscow")
    if (nounToks.length || passive || prep === 'with' || objs.length && !ctx.book.at(v.sentence.index, ob)) continue;
    for (const [m2, pr2] of chained(state, ob)) {
      const noun = [...kids(v, ob, 'compound').filter((k) => k < ob && !v.mentionAt[k]), ob];
      const words = [lemma, particle, prep, ...noun.map((k) => lower(v.tokens[k]!)), pr2].filter((w): w is string => !!w);
      const rel = [...relTokens(p, []), ...caseOf(ob), ...noun, ...caseOf(m2)];
      for (const x of withConjuncts(v, m2)) emit(arg(a), camel(words), words.join(' '), arg(x), p, { shared, polarity: pol, modality, surface: { s: a, rel, o: x } });
    }
  }
}

/**
 * Whether the phrase `nm` hung on the object `o` starts right after it and could as well be the verb's: not an
 * of-complement ("a series of tricks"), a time, or a phrase of manner, ranking or example that is no party to an act.
 */
function adjoiningPhrase(v: SentenceView, o: number, nm: number, prep: string): boolean {
  return prep !== 'of' && !SKIP_PREPS.has(prep) && !STATE_PREPS_SKIP.has(prep) && !isTime(v, nm) && !ADVERBIAL_HEADS.has(lemmaOf(v.tokens[nm]!))
    && !timeFrame(v, nm, prep) && followsDirectly(v, o, nm);
}

/**
 * The object's phrase up to the phrase `cut` that was split off it ("statements" of "statements at the scene"); a
 * name, event or value is kept whole.
 */
function phraseBefore(state: SentenceState, o: number, cut: number): Argument | undefined {
  const { v, arg } = state;
  const whole = arg(o);
  if (whole?.kind !== 'concept') return whole;
  const first = Math.min(...subtree(v, cut));
  const toks = phraseTokens(v, o).filter((k) => k < first);
  while (toks.length > 1 && ['ADP', 'DET', 'CCONJ', 'PART', 'SCONJ', 'PUNCT'].includes(v.tokens[toks[toks.length - 1]!]!.upos)) toks.pop();
  return toks.includes(o) ? conceptArgument(v, toks) : whole;
}
