// Takeovers read on the words: "Acme is set to acquire rival Zed for $4bn", "Acme has agreed to purchase its former parent
// Zed". The relations read the same sentence on its parse; this rule is for the sentences whose words mislead the tagger
// (a firm's name that looks like a participle, "United", or "rival" taken for a verb), where the verb rows come out wrong
// or not at all. Both names must be named: a firm before the verb with only auxiliaries and verbs of intent between
// ("is to", "has agreed to", "plans to"), and the bought firm right after it behind at most a few describing words ("rival",
// "its former parent", "US retailer"). An amount in the "for" phrase that follows is the takeover's (its event's) amount.
import type { Candidate, EntityArgument, Modality } from '../candidate.js';
import type { Context } from '../arguments.js';
import { lower, type SentenceView } from '../sentence-view.js';
import type { SpeechFrame } from '../speech.js';
import { verbPredicate } from '../predicates/index.js';
import type { AmountSpan } from './amounts.js';
import { asClaim } from './claims.js';
import { NAME } from './measures.js';
import { nameAt, nameEndingAt } from './names.js';
import { demonymCountry, isCountryCode } from '../../analyze/gazetteer/countries.js';

/** Forms of the verbs of buying a firm, with the particle "over" for "take". */
const BUY_FORMS = new Set(['buy', 'buys', 'buying', 'bought', 'acquire', 'acquires', 'acquiring', 'acquired', 'purchase', 'purchases',
  'purchasing', 'purchased']);
const BARE_FORMS = new Set(['buy', 'acquire', 'purchase', 'take']);
const TAKE_FORMS = new Set(['take', 'takes', 'taking', 'took', 'taken']);
/** Words between the buyer and the verb: auxiliaries and verbs of intent or agreement ("is to", "has agreed to"). */
const INTENT_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'to', 'be', 'been',
  'agreed', 'agrees', 'agree', 'plans', 'planned', 'plan', 'wants', 'wanted', 'set', 'hopes', 'hoped', 'offered', 'offers',
  'moved', 'moves', 'already', 'also', 'now', 'finally', 'recently', 'expected', 'likely', 'poised', 'seeking', 'seeks', 'sought']);
/**
 * Describing words between the verb and the bought firm's name, the words English puts before a name to say what it is
 * ("rival Zed", "its former parent Zed", "the Swiss engineering group Zed", "US surfwear firm Zed"): a determiner or
 * possessive, a nationality (a demonym or a country's code, which the recogniser may have marked as a mention of its own),
 * and any lowercase adjective or noun (the firm's trade and kind: "car maker", "food and drink giant"; "and" inside them).
 * The closed words are kept by their spelling too, as the tagger may read them as verbs ("rival", "struggling", "parent").
 */
const DESCRIBING = /^(?:the|its|their|his|her|a|an|and|rival|former|parent|smaller|larger|struggling|troubled|ailing|[a-z][a-z-]+(?:er|or|ist|firm|company|group|chain|maker|bank|giant|operator|business|brand)s?)$/;
/** Whether the word at `j` is a nationality: "Swiss", "Japanese", a country's code as the gazetteer knows them ("US firm",
 * "UK bank", "UAE carrier"), or "EU" (a bloc, no country, said the same way: "EU regulators"). */
function nationality(v: SentenceView, j: number): boolean {
  const w = v.tokens[j]!.text;
  return w === 'EU' || isCountryCode(w) || /^\p{Lu}\p{Ll}+$/u.test(w) && demonymCountry(w) !== undefined;
}

/** Whether the word at `j` describes the name after it (see DESCRIBING), and is no name's word itself. */
function describing(v: SentenceView, j: number): boolean {
  const t = v.tokens[j]!;
  const m = v.mentionAt[j];
  if (nationality(v, j)) return !m || v.mentionAt[j + 1] !== m;
  if (m) return false;
  return DESCRIBING.test(t.text) || (t.upos === 'ADJ' || t.upos === 'NOUN') && /^[a-z][a-z-]*$/.test(t.text);
}
/** The acquire property, as the relations map "buy". */
const ACQUIRE = verbPredicate('buy', undefined, undefined);

/** The takeovers of one sentence (see the header), with the amount of the "for" phrase on the takeover's event. */
export function sentenceDeals(ctx: Context, v: SentenceView, amounts: AmountSpan[], frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  v.tokens.forEach((t, i) => {
    const w = lower(t);
    let after = i + 1;
    if (TAKE_FORMS.has(w) && v.tokens[i + 1] && lower(v.tokens[i + 1]!) === 'over') after = i + 2;
    else if (!BUY_FORMS.has(w)) return;
    // the buyer: the name before the verb, with only INTENT_WORDS between
    let k = i - 1;
    while (k >= 0 && INTENT_WORDS.has(lower(v.tokens[k]!))) k--;
    // ("Acme buy Zed" is no sentence: a bare verb needs its auxiliary; "did not buy" is the relations' denial)
    if (k === i - 1 && BARE_FORMS.has(w) || ['not', "n't", 'never'].includes(lower(v.tokens[k] ?? t))) return;
    const buyer = nameEndingAt(v, k);
    if (!buyer) return;
    // the bought: the name after at most four describing words
    let j = after;
    while (j < v.tokens.length && j - after < 4 && describing(v, j)) j++;
    const bought = nameAt(v, j);
    // (a name that modifies a noun is not what is bought: "took over the Zed job", "bought the Zed website")
    const next = bought && v.tokens[bought.last + 1];
    if (!bought || bought.arg.type === 'Person' || sameName(buyer, bought.arg) || next && (next.upos === 'NOUN' || next.upos === 'PROPN')) return;
    const modality = modalityBetween(v, k + 1, i);
    const deal: Candidate = { subject: buyer, predicate: ACQUIRE.name, predicateLabel: ACQUIRE.label, object: bought.arg, polarity: 'asserted', fact: true,
      sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.6 };
    if (modality) deal.modality = modality;
    out.push(asClaim(deal, frames, i));
    // "... for $4bn": the takeover's amount, on the verb's event
    const price = amounts.find((a) => a.first >= bought.last + 2 && a.first <= bought.last + 4 && lower(v.tokens[bought.last + 1]!) === 'for');
    const ev = price && ctx.book.at(v.sentence.index, i);
    if (price && ev) {
      // (without the takeover's modality, as the money extractor writes a verb's amount: the two rows are one)
      out.push(asClaim({ subject: ev.arg, predicate: 'amount', predicateLabel: 'amount', object: price.literal, polarity: 'asserted', fact: true,
        sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence: 0.7 }, frames, i));
    }
  });
  return out;
}

/**
 * What the words between the buyer and the verb make of the takeover: "is to buy", "agreed to buy", "plans to buy" a
 * planned one, "will buy" a future one, "could buy" a possible one; a takeover done ("has bought") has none.
 */
function modalityBetween(v: SentenceView, from: number, to: number): Modality | undefined {
  const words = v.tokens.slice(from, to).map(lower);
  if (words.some((w) => w === 'could' || w === 'would')) return 'possible';
  if (words.includes('to')) return 'planned';
  if (words.includes('will')) return 'future';
  return undefined;
}

function sameName(a: EntityArgument, b: EntityArgument): boolean {
  return (a.canonical ?? a.text).toLowerCase() === (b.canonical ?? b.text).toLowerCase();
}
