// Parse repair: "Zenta plans to buy back shares" with "plans" tagged a plural noun. A verb of intending in its
// third-person singular form ("plans", "aims", "hopes", "intends") right after a subject and right before "to" and a bare
// verb is the clause's verb, with the infinitive its complement, so the control reading gives the intended act with the
// subject and its modality (planned). The noun reading stays wherever a noun phrase is what the words are: after a
// determiner, possessive or adjective ("its plans to", "no plans to", "new plans to"), after a verb of the same clause
// ("unveiled plans to", "back government plans to"), or when the parse has the word as another verb's subject ("plans
// to cut jobs were announced").
import type { Token } from '../analyze/analysis.js';
import { retoken } from './repair-tree.js';

const INTENT_FORMS = new Map([['plans', 'plan'], ['aims', 'aim'], ['hopes', 'hope'], ['intends', 'intend']]);
/** Words that end the clause before a subject: the subject starts after them. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '"', '“', '(']);
/** Words a subject noun phrase is made of (a pronoun only alone, checked below). */
const SUBJECT_UPOS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON', 'PART']);
/** Relations by which the head of a subject's words reaches the noun its phrase is built on. */
const PHRASE_DEPS = new Set(['compound', 'flat', 'appos', 'conj', 'nmod', 'amod']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * The head of the subject right before `i`: the words of the clause before it (a name or noun last, no verb among
 * them), or a name before a relative clause set off by commas ("Norvik, which runs the port, plans to");
 * undefined when there is none.
 */
function subjectBefore(tokens: Token[], i: number): { s: number; start: number } | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  if (prev.text === ',') {
    // "<name>, which/who <clause>, plans to": back to the comma that opens the relative clause
    let c = i - 2;
    while (c >= 0 && tokens[c]!.text !== ',') c--;
    if (c < 1 || !/^(?:which|who)$/i.test(tokens[c + 1]!.text)) return undefined;
    let k = c - 1;
    if (tokens[k]!.text === ')') { while (k >= 0 && tokens[k]!.text !== '(') k--; k--; }
    // (a name, or the capitalised last noun of one the tagger read as common, "Radio, Film and Television"), with no
    // verb before the relative clause: then the name opens the sentence's clause
    if (k < 0 || !(tokens[k]!.upos === 'PROPN' || tokens[k]!.upos === 'NOUN' && /^[A-Z]/.test(tokens[k]!.text))) return undefined;
    for (let b = 0; b < c; b++) if (tokens[b]!.upos === 'VERB' || tokens[b]!.upos === 'AUX') return undefined;
    while (PHRASE_DEPS.has(tokens[k]!.dep) && tokens[k]!.head >= 0 && tokens[k]!.head < k) k = tokens[k]!.head;
    // (a name inside a phrase of a preposition is no subject: "Under Lee's tenure at the company, which ...")
    if (tokens.some((u) => u.head === k && u.dep === 'case')) return undefined;
    return { s: k, start: k };
  }
  if (prev.upos !== 'PROPN' && prev.upos !== 'NOUN' && !(prev.upos === 'PRON' && SUBJECT_PRONOUNS.has(prev.text.toLowerCase()))) return undefined;
  let start = i - 1;
  while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!.text) && !/^that$/i.test(tokens[start - 1]!.text)) start--;
  if (i - start > 6) return undefined;
  for (let k = start; k < i; k++) {
    const u = tokens[k]!;
    if (!SUBJECT_UPOS.has(u.upos)) return undefined;
    if (u.upos === 'PRON' && (i - start > 1 || !SUBJECT_PRONOUNS.has(u.text.toLowerCase()))) return undefined;
  }
  // the word of the span the others hang on
  const tops: number[] = [];
  for (let k = start; k < i; k++) { const h = tokens[k]!.head; if (h < start || h >= i) tops.push(k); }
  return tops.length === 1 ? { s: tops[0]!, start } : undefined;
}

/** "X plans/aims/hopes/intends to <verb>" with the intent word tagged a noun: the word is the verb (see above). */
export function intentNounsAsVerbs(tokens: Token[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.upos !== 'NOUN') continue;
    const lemma = INTENT_FORMS.get(t.text.toLowerCase());
    if (lemma === undefined) continue;
    const inf = i + 2;
    if (tokens[i + 1]!.text.toLowerCase() !== 'to' || tokens[inf]!.tag !== 'VB') continue;
    if (t.dep === 'nsubj' || t.dep === 'nsubj:pass') continue;
    const found = subjectBefore(tokens, i);
    if (!found) continue;
    const { s, start } = found;
    const root = tokens.findIndex((u) => u.head < 0);
    let head = -1, dep = 'root';
    if (root === s || root === i || root < start) {
      // the sentence's root was the subject, the intent word, or a clause put before the subject ("As well as ..., X plans to")
    } else if (root > i && t.head > i && tokens[t.head]!.upos === 'VERB') {
      // a clause reported after it ("X plans to sell, Lee said"): the intent clause is its complement
      head = t.head; dep = 'ccomp';
    } else continue;
    const fronted = root >= 0 && root !== s && root !== i && root < start ? root : -1;
    tokens[i] = retoken(t, { upos: 'VERB', tag: 'VBZ', lemma, head, dep });
    tokens[s] = retoken(tokens[s]!, { head: i, dep: 'nsubj' });
    tokens[inf] = retoken(tokens[inf]!, { head: i, dep: 'xcomp' });
    tokens[i + 1] = retoken(tokens[i + 1]!, { head: inf, dep: 'mark' });
    if (fronted >= 0) tokens[fronted] = retoken(tokens[fronted]!, { head: i, dep: 'advcl' });
  }
}
