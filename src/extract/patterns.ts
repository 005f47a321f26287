// Part-of-speech patterns for sentences without a usable parse (ReVerb-style): noun phrase, verb group with its
// particle or preposition, noun phrase; "by"-passives turned active. A fallback, so its confidence is lower.
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate } from './candidate.js';
import { argumentFor, entityFromMention, type Context } from './arguments.js';
import { contextOf } from './context.js';
import { LIGHT_VERBS, SPEECH_VERBS } from './predicates/lexicon.js';
import { camel, verbEntry, verbPredicate } from './predicates/index.js';
import { relationConfidence } from './relations.js';
import { frameOf, patternFrames, SpeakerMemory } from './speech.js';
import { lemmaOf, lower, type SentenceView } from './sentence-view.js';

export const NAME = 'pos-patterns';

const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NEG = new Set(['not', "n't", 'never']);

interface Chunk { start: number; end: number; head: number }

/** Noun phrase chunks: mentions, or runs of determiners, adjectives, nouns and numbers ending in a noun. */
function chunks(v: SentenceView): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < v.tokens.length) {
    const m = v.mentionAt[i];
    if (m) {
      let j = i;
      while (j < v.tokens.length && v.mentionAt[j] === m) j++;
      // "the Russian side", "WorldCom directors": a mention followed by nouns heads a longer phrase
      while (j < v.tokens.length && v.tokens[j]!.upos === 'NOUN' && !v.mentionAt[j]) j++;
      out.push({ start: i, end: j, head: j - 1 });
      i = j;
      continue;
    }
    const t = v.tokens[i]!;
    if (t.upos === 'PRON' && ['he', 'she', 'they', 'it', 'we'].includes(lower(t))) {
      out.push({ start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (NP_TAGS.has(t.upos)) {
      let j = i;
      while (j < v.tokens.length && (NP_TAGS.has(v.tokens[j]!.upos) || v.tokens[j]!.text === "'s") && !(j > i && v.mentionAt[j] && v.tokens[j - 1]!.upos !== 'DET' && v.tokens[j - 1]!.upos !== 'ADJ')) j++;
      let head = j - 1;
      while (head >= i && !['NOUN', 'PROPN', 'NUM'].includes(v.tokens[head]!.upos)) head--;
      if (head >= i) out.push({ start: i, end: head + 1, head });
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out;
}

export function sentencePatterns(ctx: Context, v: SentenceView, memory = new SpeakerMemory()): Candidate[] {
  if (v.parsed) return [];
  const out: Candidate[] = [];
  const cs = chunks(v);
  const frames = patternFrames(ctx, v).map((f) => ({ ...f, speaker: memory.resolve(f.speaker) }));
  const chunkAt = (i: number): Chunk | undefined => cs.find((c) => c.start === i);
  const argOf = (c: Chunk): Argument | undefined => {
    const m = v.mentionAt[c.head];
    if (m && v.mentionAt[c.start] === m) return entityFromMention(m);
    return argumentFor(ctx, v, c.head);
  };
  for (let ci = 0; ci < cs.length; ci++) {
    const left = cs[ci]!;
    // the verb group right after the left phrase (auxiliaries and adverbs allowed)
    let k = left.end;
    let negated = false, passive = false;
    let verb = -1;
    while (k < v.tokens.length && ['AUX', 'ADV', 'PART'].includes(v.tokens[k]!.upos)) {
      if (NEG.has(lower(v.tokens[k]!))) negated = true;
      if (v.tokens[k]!.upos === 'AUX' && lemmaOf(v.tokens[k]!) === 'be') passive = true;
      k++;
    }
    if (k < v.tokens.length && v.tokens[k]!.upos === 'VERB') verb = k;
    if (verb < 0) continue;
    passive = passive && v.tokens[verb]!.tag === 'VBN';
    let j = verb + 1;
    let particle: string | undefined;
    if (j < v.tokens.length && (v.tokens[j]!.upos === 'ADP' || v.tokens[j]!.upos === 'PART') && j + 1 < v.tokens.length && v.tokens[j + 1]!.upos === 'ADP') {
      particle = lower(v.tokens[j]!); // "passed on to"
      j++;
    }
    let prep: string | undefined;
    let noun: string | undefined;
    if (j < v.tokens.length && v.tokens[j]!.upos === 'ADP') { prep = lower(v.tokens[j]!); j++; }
    let right = chunkAt(j);
    const lemma = lemmaOf(v.tokens[verb]!);
    // light verb + noun + preposition: "held talks with", "pin responsibility on"
    if (right && !prep && LIGHT_VERBS.has(lemma) && right.end - right.start <= 2 && v.tokens[right.head]!.upos === 'NOUN' && right.end < v.tokens.length && v.tokens[right.end]!.upos === 'ADP') {
      const n = lemmaOf(v.tokens[right.head]!);
      const p = lower(v.tokens[right.end]!);
      const next = chunkAt(right.end + 1);
      if (next) { noun = n; prep = p; right = next; }
    }
    if (!right) continue;
    // the phrase after the verb is the subject of a clause ("said Andersen had approved ..."), not its object
    const after = v.tokens[right.end];
    if (after && (after.upos === 'AUX' || after.upos === 'VERB' && after.tag !== 'VBG' && after.tag !== 'VBN')) continue;
    let subject = argOf(left), object = argOf(right);
    if (object?.kind === 'literal' && object.datatype !== 'integer' && object.datatype !== 'decimal') continue;
    if (passive) {
      if (prep !== 'by') continue;
      prep = undefined;
      [subject, object] = [object, subject];
    }
    if (SPEECH_VERBS.has(lemma) && !right) continue;
    const entry = noun ? verbEntry(`${lemma} ${noun} ${prep}`) : undefined;
    const pred = entry ? { name: entry.predicate, label: `${lemma} ${noun} ${prep}` } : noun ? { name: camel([lemma, noun, prep ?? '']), label: `${lemma} ${noun} ${prep}` } : verbPredicate(lemma, particle, prep);
    if (!subject || !object || subject.kind === 'literal') continue;
    const frame = frameOf(frames, verb);
    const denied = negated !== !!frame?.denied;
    const self = frame?.speaker && subject.kind === 'entity' && (subject.canonical ?? subject.text) === (frame.speaker.canonical ?? frame.speaker.text);
    const c: Candidate = {
      subject, predicate: pred.name, predicateLabel: pred.label, object, polarity: denied ? 'denied' : 'asserted', fact: !denied && (!frame || !!self),
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME,
      confidence: relationConfidence(subject, object, { known: !!entry || !!verbEntry(lemma), passive, shared: false, tokens: v.tokens.length, fallback: true }),
      surface: { subject: spanOf(v, passive ? right : left), relation: v.tokens.slice(left.end, passive ? right.start : right.start).map((t) => t.text).join(' '), object: spanOf(v, passive ? left : right) },
    };
    if (frame?.speaker) { c.speaker = frame.speaker; c.cue = frame.cue; }
    out.push(c);
  }
  return out;
}

function spanOf(v: SentenceView, c: Chunk): string {
  return v.analysis.document.text.slice(v.tokens[c.start]!.start, v.tokens[c.end - 1]!.end);
}

export function posPatterns(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const memory = new SpeakerMemory();
  return ctx.views.flatMap((v) => {
    const out = sentencePatterns(ctx, v, memory);
    const lastPerson = [...v.mentionAt].reverse().find((m) => m?.type === 'Person');
    if (lastPerson) memory.notePerson(entityFromMention(lastPerson));
    return out;
  });
}
