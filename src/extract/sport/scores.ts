// A match's score as one literal ("6-4 3-6 (4-7) 7-6", "3-0", "24-18"), put on what the sentence says it is the score
// of: the result noun it modifies ("a 3-0 win", "a 3-2 aggregate lead", "Zed's lead to 14-3"), the match a verb took
// by it ("won the final 6-4 6-2"), or the side a result verb says won, lost or drew by it ("beat Zed 3-0", "lost 2-0 to
// Zed"). A score with no such word beside it (odds, ranges, "2-1 down") is left alone.
import type { Argument, Candidate } from '../candidate.js';
import { conceptArgument, type Context } from '../arguments.js';
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { SPEECH_VERBS } from '../predicates/lexicon.js';
import { clubOfSpeaker } from './club-side.js';
import { ACHIEVE_VERBS, SUFFER_VERBS } from '../results.js';
import { resultSubject, sideAt, stringLiteral, subjectToken, tokenRange, unreal, writtenPossessor } from './clauses.js';

export const NAME = 'sport-scores';

/** Nouns of a result and the verb that says what its holder did ("Zed's 2-0 win" -> Zed won 2-0). */
export const RESULT_NOUNS: Readonly<Record<string, string>> = {
  win: 'win', victory: 'win', triumph: 'win', success: 'win', thrashing: 'win', drubbing: 'win', rout: 'win', hammering: 'win',
  defeat: 'lose', loss: 'lose', reverse: 'lose', draw: 'draw', lead: 'lead', advantage: 'lead',
};
/** Nouns of a match a verb takes by a score ("claimed the tie 6-2 6-4", "won the final 6-4 6-2"). */
export const MATCH_NOUNS = new Set(['match', 'game', 'final', 'semi-final', 'tie', 'set', 'rubber', 'contest', 'clash', 'encounter', 'decider', 'fixture', 'opener', 'bout']);
/** Verbs of a result and what the subject did by the score ("beat Zed 3-0" -> won 3-0). */
const RESULT_VERBS: Readonly<Record<string, string>> = {
  win: 'win', beat: 'win', defeat: 'win', edge: 'win', thrash: 'win', overcome: 'win', hammer: 'win', crush: 'win', rout: 'win',
  trounce: 'win', down: 'win', outclass: 'win', stun: 'win', upset: 'win', whitewash: 'win', sweep: 'win', clinch: 'win',
  take: 'win', claim: 'win', seal: 'win', triumph: 'win', lose: 'lose', draw: 'draw', tie: 'draw', lead: 'lead', trail: 'trail',
};
/** Verbs whose subject has the result they take: winning and suffering it (results.ts) and taking, holding or building a lead. */
const HOLD_VERBS = new Set([...ACHIEVE_VERBS, ...SUFFER_VERBS, 'take', 'open', 'build', 'extend', 'establish', 'keep', 'protect', 'defend', 'have', 'enjoy', 'carry']);
/** Verbs a match is the subject of when it ends by a score ("the game ended 2-2"). */
const END_VERBS = new Set(['end', 'finish', 'conclude']);

// One score: "6-4", "7-6 (8-6)", "7-6(8/6)"; a run of them is a set-by-set score.
const ONE = String.raw`\d{1,3}[-\u2013]\d{1,3}(?:\s?\(\d{1,2}[-\u2013/]\d{1,2}\))?`;
const RUN = new RegExp(String.raw`(?<![\w.,/\u2013-])${ONE}(?:,?\s${ONE})*(?![\w%/\u2013-])`, 'g');

/** The score runs of a sentence as token ranges [first, last] and their text. */
function scoreRuns(v: SentenceView): Array<{ first: number; last: number; text: string }> {
  const text = v.analysis.document.text;
  const from = v.sentence.start;
  const out: Array<{ first: number; last: number; text: string }> = [];
  for (const m of text.slice(from, v.sentence.end).matchAll(RUN)) {
    const s = from + m.index!, e = s + m[0].length;
    const first = v.tokens.findIndex((t) => t.start >= s);
    let last = first;
    while (last + 1 < v.tokens.length && v.tokens[last + 1]!.end <= e) last++;
    if (first < 0 || v.tokens[first]!.start !== s || v.tokens[last]!.end !== e) continue;
    // a count after the score ("2-3 per cent", "10-15 years"; "won 50-60 seats": a plural common noun, not the capitalised
    // "3-2 Europa Cup lead") makes it a range
    const next = v.tokens[last + 1];
    if (next && (next.tag === 'NNS' && /^\p{Ll}/u.test(next.text) || /^(?:per|percent|years?|months?|weeks?|days?|hours?|minutes?|times|points|people|million|billion|bn|m)$/i.test(next.text))) continue;
    out.push({ first, last, text: m[0] });
  }
  return out;
}


/** Who holds the result noun at `n`: its possessor, the one a verb gives it to, or the subject of the verb taking it. */
function holderOf(ctx: Context, v: SentenceView, n: number, scoreFirst: number): Argument | undefined {
  // "Zed's 17-16 win", "Zed's impressive 17-16 win": the possessor written before the score (clauses.ts' writtenPossessor)
  const written = writtenPossessor(v, scoreFirst);
  if (written !== undefined) return sideAt(ctx, v, written);
  // (a possessor the parse found must be written as one, with its "'s", before the score: "a 3-2 Europa Cup lead"
  // has none)
  const poss = kids(v, n, 'nmod:poss')[0];
  if (poss !== undefined) {
    const m = v.mentionAt[poss];
    const mark = m ? m.tokenEnd : poss + 1;
    const written = mark < scoreFirst && /^['\u2019]s?$/.test(v.tokens[mark]!.text);
    if (m && written) return sideAt(ctx, v, poss);
    // ("his side's 19-13 victory": whose it is is said, and it is no name; not the subject of the verb)
    if (written || mark === scoreFirst) return undefined;
  }
  const t = v.tokens[n]!;
  // "went top after a 2-0 win", "reached the final with a 6-1 win": the subject of the verb had the win
  const after = t.dep === 'obl' && kids(v, n, 'case').some((c) => ['with', 'after'].includes(lower(v.tokens[c]!)));
  if (t.dep !== 'obj' && !after || t.head < 0) return undefined;
  const verb = t.head;
  const vt = v.tokens[verb]!;
  // ("said after the 4-0 win": a speaker's words come after the win, not the win from the speaker)
  if (after && SPEECH_VERBS.has(lemmaOf(vt))) return undefined;
  if (vt.upos !== 'VERB' || unreal(v, verb)) return undefined;
  // "gave Zed a 3-0 win", "handed Zed a 2-0 lead": the one given it
  if (['give', 'hand'].includes(lemmaOf(vt))) {
    const to = kids(v, verb, 'iobj')[0];
    return to === undefined ? undefined : sideAt(ctx, v, to);
  }
  // only a verb of winning, taking or suffering it says its subject had it ("secured a 2-0 lead", "suffered a 3-1 loss"),
  // not one of talking about it ("hailed the 19-13 victory")
  if (!after && !HOLD_VERBS.has(lemmaOf(vt))) return undefined;
  const s = subjectToken(v, verb);
  return s === undefined ? undefined : sideAt(ctx, v, s);
}

/** The result noun a score modifies: the noun ending the words right after it ("1-0 win", "2-1 first-leg lead"). */
function nounAfter(v: SentenceView, last: number): number | undefined {
  for (let j = last + 1; j < v.tokens.length && j <= last + 6; j++) {
    const t = v.tokens[j]!;
    const hyphen = t.text === '-' && v.tokens[j - 1]!.end === t.start;
    if (!hyphen && !['ADJ', 'NOUN', 'PROPN', 'ADV'].includes(t.upos)) return undefined;
    const next = v.tokens[j + 1];
    const endsPhrase = !next || !(next.upos === 'NOUN' || next.upos === 'PROPN' || next.text === '-' && next.start === t.end);
    if (t.upos === 'NOUN' && endsPhrase) return RESULT_NOUNS[lemmaOf(t)] ? j : undefined;
  }
  return undefined;
}

/** Whether the phrase of a name at `k` comes right after a verb (its object, whatever the parse says). */
function precededByVerb(v: SentenceView, k: number): boolean {
  const m = v.mentionAt[k];
  const first = m ? m.tokenStart : k;
  return first > 0 && v.tokens[first - 1]!.upos === 'VERB';
}

export function sentenceScores(ctx: Context, v: SentenceView): Candidate[] {
  if (!v.parsed) return [];
  const out: Candidate[] = [];
  const emit = (subject: Argument, predicate: string, score: string, confidence: number): void => {
    out.push({ subject, predicate, predicateLabel: predicate, object: stringLiteral(score), polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence });
  };
  for (const run of scoreRuns(v)) {
    // 1. "a 3-0 win", "Zed's 19-13 victory": the holder won it, else the result itself has the score
    const noun = nounAfter(v, run.last);
    if (noun !== undefined) {
      const holder = holderOf(ctx, v, noun, run.first) ?? clubOfSpeaker(ctx, v, noun);
      if (holder) emit(holder, RESULT_NOUNS[lemmaOf(v.tokens[noun]!)]!, run.text, 0.65);
      else emit(conceptArgument(v, tokenRange(run.last + 1, noun)), 'score', run.text, 0.6);
      continue;
    }
    // 2. "Zed's lead to 17-6", "a lead of 2-0"
    const before = run.first >= 2 ? v.tokens[run.first - 2]! : undefined;
    if (before && before.upos === 'NOUN' && RESULT_NOUNS[lemmaOf(before)] && ['to', 'of'].includes(lower(v.tokens[run.first - 1]!))) {
      const holder = holderOf(ctx, v, run.first - 2, run.first - 2);
      if (holder) emit(holder, RESULT_NOUNS[lemmaOf(before)]!, run.text, 0.6);
      continue;
    }
    // 3. a result verb before the score, right before it or before its object: "won 2-1", "beat Zed 3-0", "claimed the tie
    // 6-2 6-4"
    let j = run.first - 1;
    let object: number | undefined;
    while (j >= 0 && run.first - j <= 8 && v.tokens[j]!.upos !== 'VERB') {
      const t = v.tokens[j]!;
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(t.upos) && !(t.text === '-' && v.tokens[j - 1]?.end === t.start)) break;
      if (object === undefined && (t.upos === 'NOUN' || t.upos === 'PROPN')) object = j;
      j--;
    }
    if (j < 0 || v.tokens[j]!.upos !== 'VERB') continue;
    const verb = j;
    const lemma = lemmaOf(v.tokens[verb]!);
    if (unreal(v, verb)) continue;
    if (object !== undefined && MATCH_NOUNS.has(lemmaOf(v.tokens[object]!)) && RESULT_VERBS[lemma]) {
      emit(conceptArgument(v, tokenRange(verb + 1, object)), 'score', run.text, 0.6);
      continue;
    }
    const s = resultSubject(v, verb);
    // (a subject right after a verb is that verb's object the parse took for the next clause's subject: "beat Ana Reis
    // 6-4 and Lia Tomas beat ...")
    if (s === undefined || s > verb || precededByVerb(v, s)) continue;
    if (END_VERBS.has(lemma) && object === undefined) {
      if (MATCH_NOUNS.has(lemmaOf(v.tokens[s]!))) emit(conceptArgument(v, [s]), 'score', run.text, 0.6);
      continue;
    }
    const did = RESULT_VERBS[lemma];
    // ("took 83 minutes", "claimed the title": only a side or the title a win is of takes the score)
    if (!did || (lemma === 'take' || lemma === 'claim' || lemma === 'seal') && object === undefined) continue;
    const subject = sideAt(ctx, v, s);
    if (subject) emit(subject, did, run.text, 0.6);
  }
  return out;
}

