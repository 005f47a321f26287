// The state of one sentence as its relations are read: its view, speech frames and quoted words, the relations found so
// far, and how one relation is emitted (its frame, speaker and pronouns, confidence and words as written). One object the
// readers of verbs, copulas and nouns share, so that each can be a function of its own rather than a closure over the sentence.
import type { Mention } from '../../analyze/analysis.js';
import type { Argument, Candidate, EntityArgument, Modality } from '../candidate.js';
import { argumentFor, entityFromMention, isPronoun, isResolved, PERSON_PRONOUNS, phraseTokens, withOwners, type Context } from '../arguments.js';
import { frameOf, quotedTokens, type SpeakerMemory, speechFrames, type SpeechFrame } from '../speech.js';
import { ancestors, kid, kids, lemmaOf, lower, spanText, subtree, writtenSpan, type SentenceView } from '../sentence-view.js';
import { ACCUSE_VERBS, adverbParticle, gradedAdjective, labelWords, SURFACE_CUT } from './words.js';
import { NEGATORS } from './modality.js';
import { COMMA_OBJECT, NOMINAL_ACT, QUOTED_PRONOUN, relationConfidence } from './confidence.js';
import { agrees, FIRST_PERSON, speaksFor, sameEntity } from './speakers.js';
import { appositionTarget, coordinated, UNCOORDINATED_SHARE } from './subjects.js';

export const NAME = 'dependency-relations';

export interface Frame {
  speaker?: EntityArgument;
  cue?: string;
  denied: boolean;
  modality?: Modality;
  /** True when the content is the speaker's own act or the article's voice: then it is also a fact. */
  fact: boolean;
}

/** Token positions of a relation as written: subject head, relation words, object head. */
export interface Surface { s: number; rel: number[]; o: number }

export interface Emit {
  (subject: Argument | undefined, name: string, label: string, object: Argument | undefined, at: number, extra?: { known?: boolean; passive?: boolean; shared?: boolean; nominal?: boolean; polarity?: 'asserted' | 'denied'; modality?: Modality; frameOverride?: Frame; surface?: Surface }): void;
}

/** One sentence's reading state; its methods are bound, so readers may take them out (`const { emit } = state`). */
export class SentenceState {
  /** The relations found so far, in the order they were read. */
  readonly out: Candidate[] = [];
  readonly frames: SpeechFrame[];
  readonly quoted: ReadonlySet<number>;

  constructor(readonly ctx: Context, readonly v: SentenceView, memory: SpeakerMemory) {
    this.frames = speechFrames(ctx, v).map((f) => ({ ...f, speaker: memory.resolve(f.speaker) }));
    const continued = memory.continuedQuote(v, this.frames);
    this.quoted = quotedTokens(v);
    if (continued) this.frames.push({ ...continued });
  }

  readonly frameAt = (i: number): Frame => {
    const { ctx, v, frames } = this;
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

  readonly emit: Emit = (subject, name, label, object, at, extra = {}) => {
    const { v, quoted } = this;
    if (!subject || !object || !name) return;
    if (subject.kind === 'literal') return;
    // "p" of "293.5p" parsed as a word of its own: a phrase of one letter names nothing
    if ([subject, object].some((a) => a.kind === 'concept' && a.label.replace(/[^\p{L}\p{N}]/gu, '').length < 2)) return;
    // "the third biggest in Nigeria", "higher in 2005": a graded adjective's relation drops its degree, which is the claim
    // (a comparison with its standard, "more popular than", keeps it)
    if (!/\bthan$/.test(label) && gradedAdjective(v, at)) return;
    // "it", "them": too often an event or a clause for the resolver to place; a relation on it is noise
    // (resolved or not: the resolver's "it" stands for a name more often as a subject than as an object)
    if (object.kind === 'entity' && (isPronoun(object) || isResolved(object)) && ['it', 'them', 'this', 'that'].includes(object.text.toLowerCase())) return;
    if (subject.kind === object.kind && 'start' in subject && 'start' in object && subject.start === object.start && subject.end === object.end) return;
    const frame = extra.frameOverride ?? this.frameAt(at);
    let polarity = extra.polarity ?? 'asserted';
    if (frame.denied) polarity = polarity === 'denied' ? 'asserted' : 'denied';
    const modality = extra.modality;
    // what a speaker says of their own acts is also a fact; what they say of others is only their claim
    // "X said it had warned Y", `"I will not resign," X said`: a pronoun agreeing with the speaker is the speaker
    // (an object only in the first person, "X said Y had warned it" is more often about something else, and only with a
    // subject that names someone: `"the day this club is not happy with me"` says nothing of the speaker's relations)
    if (frame.speaker) {
      subject = this.asSpeaker(subject, frame.speaker, false);
      if (subject.kind === 'entity' && !isPronoun(subject)) object = this.asSpeaker(object, frame.speaker, true);
    }
    // "we"/"us" in the words of a spokesperson or ambassador: the one body they speak for
    const side = frame.speaker ? speaksFor(v.analysis, frame.speaker) : undefined;
    if (side && subject.kind === 'entity' && isPronoun(subject) && ['we', 'us'].includes(subject.text.toLowerCase())) subject = { ...subject, canonical: side.canonical ?? side.text, type: side.type };
    if (side && object.kind === 'entity' && isPronoun(object) && ['we', 'us'].includes(object.text.toLowerCase())) object = { ...object, canonical: side.canonical ?? side.text, type: side.type };
    // "Lee's lawyers said he was unaware ...": "he"/"she" with one person named before it in the sentence is that person
    subject = this.boundPronoun(subject, object, frame.speaker);
    object = this.boundPronoun(object, subject, frame.speaker);
    // "praised his handling": whose, by the name the resolver placed "his" on (not when it is the other argument's own)
    if (object.kind === 'concept') { const s0 = subject; object = withOwners(this.ctx, v, object, (o) => sameEntity(s0, o)); }
    if (subject.kind === 'concept') { const o0 = object; subject = withOwners(this.ctx, v, subject, (o) => sameEntity(o0, o)); }
    const selfReport = frame.speaker && sameEntity(subject, frame.speaker);
    // "according to the newspaper X, ... would pay": the source of an "according to" is not an actor in what it reports;
    // a subject that is the source is a misparse
    if (selfReport && frame.cue === 'according to') return;
    if (subject.kind === 'entity' && isPronoun(subject) && ['this', 'that'].includes(subject.text.toLowerCase())) return;
    const fact = polarity === 'asserted' && !modality && (frame.fact || !!selfReport) && !frame.denied;
    const c: Candidate = {
      subject, predicate: name, predicateLabel: labelWords(label), object, polarity, fact,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME,
      confidence: relationConfidence(subject, object, { known: !!extra.known, passive: !!extra.passive, shared: !!extra.shared, tokens: v.tokens.length, label }),
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
    if (extra.surface) c.surface = this.surfaceText(extra.surface, at);
    if (frame.speaker) c.speaker = frame.speaker;
    if (frame.cue) c.cue = frame.cue;
    this.out.push(c);
  };

  /** Whether an argument's first word is inside quotation marks. */
  readonly inQuote = (a: Argument): boolean => {
    const { v, quoted } = this;
    if (a.kind !== 'entity') return false;
    const k = v.tokens.findIndex((t) => t.start === a.start);
    return k >= 0 && quoted.has(k);
  };

  /**
   * A pronoun as the speaker it stands for, or not resolved when the resolver gave a quotation's "he"/"she" the speaker
   * itself: in the speaker's own words the third person is someone else (`"He lied," Lee said` is not about Lee).
   */
  readonly asSpeaker = (a: Argument, speaker: EntityArgument, firstPersonOnly: boolean): Argument => {
    if (a.kind !== 'entity') return a;
    const w = a.text.toLowerCase();
    // (inQuote scans the sentence's tokens: asked only of the pronouns it decides for, not of every name a speaker's words hold)
    if (isPronoun(a)) {
      if ((!firstPersonOnly || FIRST_PERSON.has(w)) && agrees(w, speaker, this.inQuote(a))) return { ...a, canonical: speaker.canonical ?? speaker.text, type: speaker.type };
      return a;
    }
    if (a.antecedent && PERSON_PRONOUNS.has(w) && this.inQuote(a) && sameEntity(a, speaker)) return { kind: 'entity', text: a.text, start: a.start, end: a.end, type: 'Person' };
    return a;
  };

  readonly boundPronoun = (a: Argument, other: Argument, speaker: EntityArgument | undefined): Argument => {
    const { v, quoted } = this;
    if (a.kind !== 'entity' || !PERSON_PRONOUNS.has(a.text.toLowerCase())) return a;
    // (a pronoun the resolver bound stays bound: coreference already refuses a person the sentence's quotation names to a
    // pronoun outside it, `"I met Tan," he said`)
    if (a.canonical) return a;
    const quotedA = this.inQuote(a);
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
  };

  /** The relation's words: the verb group (auxiliaries, negation, particle, a governing control verb) and extra tokens. */
  readonly relTokens = (p: number, extra: number[]): number[] => {
    const { v } = this;
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
  readonly caseOf = (i: number): number[] => kids(this.v, i, 'case').flatMap((c) => [c, ...kids(this.v, c, 'fixed')]).filter((c) => !this.v.tokens[c]!.text.includes("'") && (this.v.tokens[c]!.upos === 'ADP' || this.v.tokens[c]!.dep === 'fixed')).sort((a, b) => a - b);

  /** The whole phrase as written (modifiers, prepositional phrases, relative clauses), for open extraction. */
  readonly phrase = (i: number): string => {
    const { v } = this;
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

  readonly surfaceText = (x: Surface, at: number): NonNullable<Candidate['surface']> => {
    const { ctx, v } = this;
    const out: NonNullable<Candidate['surface']> = { subject: this.phrase(x.s), relation: x.rel.map((k) => v.tokens[k]!.text).join(' '), object: this.phrase(x.o) };
    // only open extraction prints them: the graph's build does not pay for them
    if (ctx.openSurfaces) {
      const more = this.morePhrases(at, x);
      if (more.length) out.more = more;
    }
    return out;
  };

  /**
   * The verb's prepositional and time phrases that are neither the relation's object nor in its words, whole and with their
   * prepositions, in sentence order: "joined the firm | as a clerk | at Kettering | in 1941".
   */
  readonly morePhrases = (at: number, x: Surface): string[] => {
    const { v } = this;
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

  readonly arg = (i: number): Argument | undefined => {
    const { ctx, v } = this;
    const target = appositionTarget(v, i);
    return argumentFor(ctx, v, target);
  };
}
