// Verb-mediated relations from the dependency parse: active and passive voice, particles, prepositions, shared subjects,
// control verbs, relative clauses, copulas and post-nominal adjectives; with claims, negation and modality attached.
import type { Analysis, Mention } from '../analyze/analysis.js';
import type { Argument, Candidate, EntityArgument, Modality } from './candidate.js';
import { argumentFor, countLiteral, entityFromMention, isNamed, isPronoun, isRelativePronoun, isResolved, phraseTokens, type Context } from './arguments.js';
import { contextOf } from './context.js';
import { formerName } from './roles.js';
import { DENIAL_VERBS, LIGHT_VERBS, MODAL_ADJECTIVES, NOMINAL_ACTS, PART_NOUNS, RELATION_NOUNS, SPEECH_VERBS } from './predicates/lexicon.js';
import { camel, labelOf, rolePredicate, verbEntry, verbPredicate } from './predicates/index.js';
import { frameOf, quotedTokens, SpeakerMemory, speechFrames, type SpeechFrame } from './speech.js';
import { ancestors, kid, kids, lemmaOf, lower, spanText, subtree, writtenSpan, type SentenceView } from './sentence-view.js';
import { ACCUSE_VERBS, LOCATIVE_TYPES, prepOf } from './relations/words.js';
import { NEGATORS, negated, modalityOf, argumentNegated } from './relations/modality.js';
import { COMMA_OBJECT, NOMINAL_ACT, QUOTED_PRONOUN, ACTOR_NOUNS, PEOPLE_NOUNS, relationConfidence } from './relations/confidence.js';
import { agrees, FIRST_PERSON, THIRD_PERSON, speaksFor, sameEntity, salientPerson } from './relations/speakers.js';
import { isTime, timeFrame, timeBeforeAfter } from './relations/time-frames.js';
import { withConjuncts, isBareInfinitive, appositionTarget, UNCOORDINATED_SHARE, frontedAdjunct, coordinated, subjectsOf, dashedOff, isPassive } from './relations/subjects.js';
// (kept importable from here, where the patterns, events and tests look for them)
export { prepOf, relationConfidence };

export const NAME = 'dependency-relations';

/** Branches left out of an argument's phrase as written: punctuation and clauses of their own. */
const SURFACE_CUT = new Set(['punct', 'parataxis', 'advcl', 'ccomp', 'conj', 'cc', 'discourse', 'dep']);

/** Heads of prepositional phrases that are adverbials, not arguments ("in turn", "of course", "with respect to"). */
const ADVERBIAL_HEADS = new Set(['turn', 'course', 'respect', 'addition', 'fact', 'contrast', 'general', 'particular', 'short', 'total', 'return', 'order', 'part', 'spite', 'case', 'effect', 'terms', 'view', 'light', 'way', 'time', 'end', 'meantime', 'response', 'attempt', 'bid', 'effort', 'hope', 'order', 'statement', 'interview', 'recent', 'least', 'most', 'first', 'last', 'aftermath', 'wake', 'face', 'midst', 'name', 'behalf', 'connection', 'occasion', 'example', 'instance', 'accordance']);

/** Prepositions that open a gerund clause after a participle ("opposed to ending", "banned from driving", "accused of taking"). */
const GERUND_PREPS = new Set(['to', 'from', 'of', 'with', 'for', 'about', 'against']);

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

interface Frame {
  speaker?: EntityArgument;
  cue?: string;
  denied: boolean;
  modality?: Modality;
  /** True when the content is the speaker's own act or the article's voice: then it is also a fact. */
  fact: boolean;
}

/** An open relation named by its words, empty ones left out: [give, , veto, to] -> giveVetoTo, "give veto to". */
function openRelation(words: ReadonlyArray<string | undefined>): { name: string; label: string; known: boolean } {
  const kept = words.filter((w): w is string => !!w);
  return { name: camel(kept), label: kept.join(' '), known: false };
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

/** Verbs of saying and thinking that take a clause without "that" ("said the plan had failed"). */
const THAT_VERBS = new Set(['say', 'acknowledge', 'admit', 'believe', 'think', 'claim', 'insist', 'argue', 'suggest', 'note', 'confirm',
  'reveal', 'fear', 'hope', 'expect', 'predict', 'estimate', 'concede', 'assert', 'declare', 'maintain', 'allege', 'add', 'state', 'feel', 'know', 'realise', 'realize', 'recognise', 'recognize', 'accept', 'understand', 'agree', 'announce', 'report', 'explain', 'stress', 'indicate', 'show', 'find', 'mean']);

/**
 * Verbs of saying and thinking whose direct object in news is the subject of the clause they report ("said the plan had
 * failed"): "say something" or "think it" as a relation says nothing an analyst would keep.
 */
const CLAUSE_VERBS = new Set(['say', 'argue', 'insist', 'believe', 'think', 'state', 'feel', 'maintain', 'reckon',
  'assert', 'contend', 'stress', 'note', 'explain', 'concede', 'suggest', 'hope', 'fear']);

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
