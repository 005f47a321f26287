// Whose result a club's manager or player speaks of: "Zed manager Ana Reis admitted victory against Tarvia was vital",
// "Zed captain Ana Reis hailed his side's win over Tarvia" -> the win is Zed's. A sports report names the speaker by
// club and role before the name; a result with no owner of its own (or owned by "his side", "their team") in what that
// person says or feels is the club's.
import type { Mention } from '../../analyze/analysis.js';
import type { Argument } from '../candidate.js';
import { PLAYER_POSITIONS } from '../predicates/lexicon.js';
import { kids, lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { sideAt, unreal } from './clauses.js';
import type { Context } from '../arguments.js';

/** Roles that run a club: what the club does on the field is said of them ("Zed manager Ana Reis beat Tarvia"). */
const RUNNING_ROLES = new Set(['manager', 'boss', 'coach', 'head coach']);
/**
 * Roles any of a club's people is named by, written between the club and the name ("Zed manager Ana Reis", "Zed
 * captain Ana Reis"): the running roles, the players' and the board's. Whose words or feelings a result is in.
 */
const CLUB_ROLES = new Set([...RUNNING_ROLES, 'captain', 'skipper', 'striker', 'player', 'chairman', 'assistant manager', ...PLAYER_POSITIONS]);
/** Verbs of wanting or foreseeing: a win they take has not happened ("expects victory over X"). */
const WISH_VERBS = new Set(['expect', 'predict', 'want', 'hope', 'target', 'need', 'demand', 'seek', 'promise', 'vow', 'aim', 'plan', 'urge', 'require', 'chase', 'eye', 'pursue']);
/** Possessors that give a result to the speaker's club: "his side's", "their team's", "our". */
const OWN_SIDE = new Set(['side', 'team', 'squad', 'club', 'men']);

/**
 * The club written before a person's name with a role between ("Zed manager", "Zed fly-half"), if there is one; with
 * `managers`, only a role that runs the club.
 */
export function clubBefore(ctx: Context, v: SentenceView, person: Mention, managers = false): Argument | undefined {
  const end = person.tokenStart;
  for (let from = end - 1; from >= 1 && end - from <= 3; from--) {
    const role = v.analysis.document.text.slice(v.tokens[from]!.start, v.tokens[end - 1]!.end).toLowerCase();
    const club = v.mentionAt[from - 1];
    // (the club's name may be one the recogniser left unnamed: a capitalised proper noun)
    const named = club ? club.type !== 'Person' : v.tokens[from - 1]!.upos === 'PROPN' && /^\p{Lu}/u.test(v.tokens[from - 1]!.text);
    if (!(managers ? RUNNING_ROLES : CLUB_ROLES).has(role) || !named || v.mentionAt[from]) continue;
    return sideAt(ctx, v, from - 1);
  }
  return undefined;
}

/**
 * The club of the person whose clause holds the result noun at `n` (its subject, up to three heads above), when the noun
 * has no owner but the person's own side and is no wish: "admitted victory against X was vital", "hailed his side's win".
 */
export function clubOfSpeaker(ctx: Context, v: SentenceView, n: number): Argument | undefined {
  const poss = kids(v, n, 'nmod:poss')[0];
  if (poss !== undefined) {
    const p = v.tokens[poss]!;
    const own = p.upos === 'PRON' || OWN_SIDE.has(lemmaOf(p)) && kids(v, poss, 'nmod:poss').every((k) => v.tokens[k]!.upos === 'PRON');
    if (!own) return undefined;
  }
  // ("a win over X would ...": a win spoken of with "a" and no score is one that may come)
  const det = kids(v, n, 'det').map((d) => lower(v.tokens[d]!));
  if ((det.includes('a') || det.includes('an')) && !kids(v, n, 'nummod', 'compound').some((k) => v.tokens[k]!.upos === 'NUM')) return undefined;
  let h = v.tokens[n]!.head;
  for (let steps = 0; h >= 0 && steps < 3; steps++) {
    const t = v.tokens[h]!;
    if (t.upos === 'VERB' && (WISH_VERBS.has(lemmaOf(t)) || unreal(v, h))) return undefined;
    const subject = kids(v, h, 'nsubj').map((k) => v.mentionAt[k]).find((m) => m?.type === 'Person');
    if (subject) return clubBefore(ctx, v, subject);
    h = t.head;
  }
  return undefined;
}
