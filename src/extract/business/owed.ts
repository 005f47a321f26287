// An amount a relative clause without its pronoun is about: "the $27bn Zed owes", "the £5m (that) it spent", "the $2bn
// the state says Zed owes in taxes". The clause's verb has no object of its own: the amount it follows is its object (an
// object relative). The parser reads such a clause as the sentence's own ("the state says" a parenthetical), so the rule
// reads the words: after the amount, a name or a pronoun placed by coreference, optionally behind a reporting verb and its
// own subject ("Russia says"), then a verb of money with nothing after it that could be its object. A reporting verb's
// subject is who makes the claim.
import type { Candidate, EntityArgument } from '../candidate.js';
import { argumentFor, entityFromMention, isPronoun, type Context } from '../arguments.js';
import { lemmaOf, lower, type SentenceView } from '../sentence-view.js';
import { verbPredicate } from '../predicates/index.js';
import type { SpeechFrame } from '../speech.js';
import type { AmountSpan } from './amounts.js';
import { asClaim } from './claims.js';
import { NAME } from './measures.js';
import { nameAt, properNounsAt } from './names.js';

/** Verbs of money whose object the amount is: "owes", "paid", "spent", "raised", "lost", "earned". */
const MONEY_VERBS = new Set(['owe', 'pay', 'spend', 'raise', 'lose', 'earn', 'borrow', 'receive', 'invest', 'offer', 'save', 'bid', 'seek', 'demand', 'claim']);
/** Reporting verbs a claimed debt hangs under: "the $2bn the state says Zed owes". */
const REPORTING = new Set(['say', 'claim', 'believe', 'estimate', 'reckon', 'think', 'allege', 'insist']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'is', 'was', 'still', 'already', 'now', 'allegedly']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Words after the verb that would be its own object: then the amount is not. */
const OBJECT_UPOS = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'SYM']);

/** The name or placed pronoun at `k` and the index after it, or undefined. */
function subjectAt(ctx: Context, v: SentenceView, k: number): { arg: EntityArgument; next: number } | undefined {
  // (any name: a state owes and claims as a firm does)
  const m = v.mentionAt[k];
  if (m && (k === 0 || v.mentionAt[k - 1] !== m)) {
    let last = k;
    while (v.mentionAt[last + 1] === m) last++;
    return { arg: entityFromMention(m), next: last + 1 };
  }
  const name = nameAt(v, k) ?? properNounsAt(v, k, 'Misc');
  if (name) return { arg: name.arg, next: name.last + 1 };
  const t = v.tokens[k];
  if (!t || !PRONOUNS.has(lower(t))) return undefined;
  const a = argumentFor(ctx, v, k);
  return a && a.kind === 'entity' && !isPronoun(a) ? { arg: a, next: k + 1 } : undefined;
}

/** The object-relative rows of one sentence (see the header). */
export function sentenceOwed(ctx: Context, v: SentenceView, amounts: AmountSpan[], frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const a of amounts) {
    let k = a.last + 1;
    if (v.tokens[k] && ['that', 'which'].includes(lower(v.tokens[k]!))) k++;
    let subject = subjectAt(ctx, v, k);
    if (!subject) continue;
    let speaker: EntityArgument | undefined, cue: string | undefined;
    k = subject.next;
    // "Russia says Zed owes": the first subject claims it, the second owes it
    const said = v.tokens[k];
    if (said && REPORTING.has(lemmaOf(said)) && said.upos === 'VERB') {
      const inner = subjectAt(ctx, v, k + 1 + (v.tokens[k + 1] && lower(v.tokens[k + 1]!) === 'that' ? 1 : 0));
      if (!inner) continue;
      speaker = subject.arg;
      cue = said.text;
      subject = inner;
      k = inner.next;
    }
    while (v.tokens[k] && AUXILIARIES.has(lower(v.tokens[k]!))) k++;
    const verb = v.tokens[k];
    if (!verb || !MONEY_VERBS.has(lemmaOf(verb)) || verb.upos !== 'VERB' && verb.upos !== 'NOUN') continue;
    const after = v.tokens[k + 1];
    if (after && OBJECT_UPOS.has(after.upos) && !/^[$£€]$/.test(after.text)) continue;
    const pred = verbPredicate(lemmaOf(verb), undefined, undefined);
    const c: Candidate = { subject: subject.arg, predicate: pred.name, predicateLabel: pred.label, object: a.literal, polarity: 'asserted', fact: true,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 };
    if (speaker) { c.speaker = speaker; c.cue = cue; c.fact = false; out.push(c); } else out.push(asClaim(c, frames, k));
  }
  return out;
}
