// The acts of a match that the general relations miss in the way sports reports write them:
// - a result verb with no subject of its own ("Zed came from behind to beat Tarvia", "survived a tie-break to defeat
//   Tarvia", "saw Zed beat Tarvia"): the subject is the governing verb's (or, after a verb of seeing, its object);
// - a passive result with its agent ("Zed were eliminated from the trophy by Tarvia", "was beaten by Tarvia"): the agent did it;
// - a substitution ("Lane came on for Reyes", "was outstanding after replacing Reyes"): the one who came on replaced the
//   other;
// - a player's goal ("Lane's early own goal", "Lane's header"): the player scored it.
import type { Argument, Candidate } from '../candidate.js';
import { argumentFor, conceptArgument, entityFromMention, type Context } from '../arguments.js';
import { isApostropheS } from '../../analyze/mentions/candidate.js';
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { resultSubject, sideAt, subjectToken, tokenRange, unreal } from './clauses.js';
import { clubBefore } from './club-side.js';

export const NAME = 'sport-acts';

/** Verbs of beating an opponent (the object), with the label the row takes. */
const BEAT_VERBS: Readonly<Record<string, string>> = {
  beat: 'beat', defeat: 'defeat', thrash: 'thrash', overcome: 'overcome', hammer: 'hammer', crush: 'crush', rout: 'rout',
  trounce: 'trounce', outclass: 'outclass', stun: 'stun', upset: 'upset', eliminate: 'eliminate', oust: 'oust', dump: 'dump',
  edge: 'edge', replace: 'replace', succeed: 'succeed',
};
/** Passive results whose agent won: "knocked out ... by", "beaten by", "eliminated by". */
const PASSIVE_RESULTS: Readonly<Record<string, string>> = {
  beat: 'beat', defeat: 'defeat', knock: 'knock out', eliminate: 'eliminate', thrash: 'thrash', hammer: 'hammer', crush: 'crush',
  dump: 'dump', oust: 'oust', stun: 'stun', upset: 'upset', edge: 'edge', overcome: 'overcome',
};
/** Nouns of a goal a player scores ("Lane's own goal", "Lane's header"). */
// Not "strike": outside a match report it is a walk-out or an air raid ("the union leader's strike").
const GOAL_NOUNS = new Set(['goal', 'header', 'penalty', 'equaliser', 'equalizer', 'try', 'volley', 'free-kick', 'hat-trick', 'brace', 'drop-goal']);

/** Whether the goal noun at `k` is an aim: "Lane's goal is to cut costs", "Lane's goal of cutting costs". */
function goalAsAim(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  if (!next) return false;
  if (lower(next) === 'of') return true;
  return lemmaOf(next) === 'be' && ['to', 'that'].includes(lower(v.tokens[k + 2] ?? next));
}

/** Nouns of a table a side tops ("the table", "the Premiership", "Group B", "the standings"). */
const TABLE_NOUNS = new Set(['table', 'league', 'standings', 'group', 'division', 'premiership', 'championship', 'pool', 'conference', 'ladder', 'rankings', 'ranking', 'leaderboard', 'chart', 'charts']);

/** The last token of the table phrase right after token `k` ("the Premier League table", "Group B"), if there is one. */
function tableAfter(v: SentenceView, k: number): number | undefined {
  let j = k + 1;
  if (v.tokens[j] && lower(v.tokens[j]!) === 'the') j++;
  let found: number | undefined;
  for (; j < v.tokens.length && j <= k + 6; j++) {
    const t = v.tokens[j]!;
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.upos) && !(t.upos === 'X' || /^[A-H]$/.test(t.text))) break;
    if (TABLE_NOUNS.has(lower(t))) found = j;
    else if (found !== undefined && !/^[A-H1-9]$/.test(t.text)) break;
    else if (found !== undefined) found = j;
  }
  return found;
}

export function sentenceActs(ctx: Context, v: SentenceView): Candidate[] {
  if (!v.parsed) return [];
  const out: Candidate[] = [];
  const emit = (subject: Argument, predicate: string, object: Argument, confidence: number): void => {
    out.push({ subject, predicate: predicate.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()), predicateLabel: predicate, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence });
  };
  v.tokens.forEach((t, k) => {
    if (t.upos === 'VERB') {
      const lemma = lemmaOf(t);
      if (unreal(v, k)) return;
      const passive = kids(v, k, 'aux:pass').length > 0 || kids(v, k, 'nsubj:pass').length > 0;
      // a club's manager as the one who beat a side: the club did ("Zed manager Ana Reis ... after beating Tarvia")
      if (!passive && BEAT_VERBS[lemma] && lemma !== 'replace' && lemma !== 'succeed') {
        const s = resultSubject(v, k), obj = kids(v, k, 'obj')[0];
        const m = s === undefined ? undefined : v.mentionAt[s];
        const club = m && m.type === 'Person' ? clubBefore(ctx, v, m, true) : undefined;
        const loser = obj === undefined ? undefined : sideAt(ctx, v, obj);
        if (club && loser) emit(club, BEAT_VERBS[lemma]!, loser, 0.6);
      }
      // a result verb without a subject of its own: the governing verb's ("came from behind to beat X")
      if (!passive && BEAT_VERBS[lemma] && !kids(v, k, 'nsubj').length && ['xcomp', 'advcl', 'conj'].includes(t.dep)) {
        // (an infinitive after a verb of wanting is no result: "hope to beat X", "need to beat X"; resultSubject)
        const obj = kids(v, k, 'obj')[0];
        const s = resultSubject(v, k);
        if (obj === undefined || s === undefined) return;
        const winner = sideAt(ctx, v, s), loser = sideAt(ctx, v, obj);
        if (winner && loser) emit(winner, BEAT_VERBS[lemma]!, loser, 0.6);
        return;
      }
      // the same of scoring: "came off the bench to score the winner", "after scoring twice"
      if (!passive && lemma === 'score' && !kids(v, k, 'nsubj').length && ['xcomp', 'advcl', 'conj'].includes(t.dep)) {
        const obj = kids(v, k, 'obj')[0];
        const s = resultSubject(v, k);
        const scorer = s === undefined ? undefined : sideAt(ctx, v, s);
        const what = obj === undefined ? undefined : argumentFor(ctx, v, obj);
        if (scorer && what) emit(scorer, 'score', what, 0.55);
        return;
      }
      // "X were eliminated from the trophy by Y", "X was beaten by Y": the agent, wherever the parse hung its "by" phrase
      if (passive && PASSIVE_RESULTS[lemma]) {
        const subject = kids(v, k, 'nsubj:pass')[0];
        if (subject === undefined) return;
        const label = lemma === 'knock' ? (lower(v.tokens[k + 1] ?? t) === 'out' ? 'knock out' : undefined) : PASSIVE_RESULTS[lemma];
        if (!label) return;
        for (let j = k + 1; j < v.tokens.length && j <= k + 8; j++) {
          const w = v.tokens[j]!;
          if (w.upos === 'VERB' || w.upos === 'SCONJ' || w.text === ',' || w.text === ';') break;
          if (lower(w) === 'by' && v.mentionAt[j + 1]) {
            const agent = sideAt(ctx, v, j + 1), loser = sideAt(ctx, v, subject);
            if (agent && loser) emit(agent, label, loser, 0.6);
            break;
          }
        }
      }
      // "Lane came on for Reyes": a substitute comes on for the one replaced
      if (lemma === 'come' && lower(v.tokens[k + 1] ?? t) === 'on' && lower(v.tokens[k + 2] ?? t) === 'for' && v.mentionAt[k + 3]?.type === 'Person') {
        const s = subjectToken(v, k);
        const sub = s === undefined ? undefined : sideAt(ctx, v, s);
        if (sub && sub.kind === 'entity' && sub.type === 'Person') emit(sub, 'replace', entityFromMention(v.mentionAt[k + 3]!), 0.6);
      }
      return;
    }
    // "Zed top the table", "Zed topped Group B": a side first in a table (the tagger often takes this "top" for a noun);
    // not "top" before a count, an adjective of the table ("the UK top 40 chart", "the Forbes top 100 list")
    const counted = v.tokens[k + 1]?.upos === 'NUM' || /^\d/.test(v.tokens[k + 1]?.text ?? '');
    if (['top', 'tops', 'topped', 'topping'].includes(lower(t)) && !counted && k > 0 && v.mentionAt[k - 1] && !['DET', 'ADP'].includes(v.tokens[k - 1]!.upos)) {
      const table = tableAfter(v, k);
      const side = sideAt(ctx, v, k - 1);
      if (table !== undefined && side) emit(side, 'top', conceptArgument(v, tokenRange(k + 1, table)), 0.6);
      return;
    }
    // "Lane's (early) (own) goal": the player scored it
    if (t.upos === 'NOUN' && GOAL_NOUNS.has(lemmaOf(t)) && t.tag !== 'NNS' && !goalAsAim(v, k)) {
      let j = k - 1;
      while (j >= 0 && ['ADJ', 'ADV'].includes(v.tokens[j]!.upos)) j--;
      if (j < 1 || !isApostropheS(v.tokens[j]!.text)) return;
      const m = v.mentionAt[j - 1];
      if (!m || m.type !== 'Person') return;
      emit(entityFromMention(m), 'score', conceptArgument(v, tokenRange(j + 1, k)), 0.6);
    }
  });
  return out;
}

