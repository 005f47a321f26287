// "The 17-year-old took the match", "The 22-year-old pipped Greene": an age used as a noun opening a clause is its
// subject, a person the article named before. The parser often reads "old" as an adjective on the verb, with "the" as
// the verb's determiner, so the clause had no subject and coreference no description to place ("the 28-year-old" is
// one of the person descriptions it resolves). This repair hangs "old" on the verb as its subject and "the" on "old".
import type { Token } from '../analyze/analysis.js';
import { retoken, subjectRelation } from './repair-tree.js';

/** Words that open the age's phrase, before any adjectives and the number ("the battling 35-year-old"). */
const BEFORE_NUMBER = new Set(['the']);

export function agesAsSubjects(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (t.text.toLowerCase() !== 'old' || t.head <= i || t.dep === 'nsubj' || t.dep === 'nsubj:pass') return;
    const verb = t.head;
    if (tokens[verb]!.upos !== 'VERB') return;
    // "N-year-old" / "N year old" before it, "the" (with adjectives) before the number
    let k = i - 1;
    if (tokens[k]?.text === '-') k--;
    if (!/^years?$/i.test(tokens[k]?.text ?? '')) return;
    k--;
    if (tokens[k]?.text === '-') k--;
    if (tokens[k]?.upos !== 'NUM') return;
    let det = k - 1;
    while (det >= 0 && tokens[det]!.upos === 'ADJ') det--;
    if (det < 0 || !BEFORE_NUMBER.has(tokens[det]!.text.toLowerCase())) return;
    // the verb has no subject of its own and nothing but the phrase between them
    // (a clausal subject after the verb is a misread purpose clause: "took 83 minutes to take the match")
    if (tokens.some((u, j) => j !== i && u.head === verb && (u.dep === 'nsubj' || u.dep === 'nsubj:pass' || u.dep === 'csubj' && j < verb))) return;
    for (let j = i + 1; j < verb; j++) if (!['AUX', 'ADV', 'PART'].includes(tokens[j]!.upos)) return;
    tokens[i] = retoken(t, { dep: subjectRelation(tokens, verb) });
    tokens[det] = retoken(tokens[det]!, { head: i, dep: 'det' });
    for (let j = det + 1; j < k; j++) if (tokens[j]!.head === verb) tokens[j] = retoken(tokens[j]!, { head: i, dep: 'amod' });
  });
}
