// Capitals used for their government ("Washington warned", "Moscow denied", "passed on to Moscow"), read from the
// dependency parse: the mention stays a City and gains `standsFor`, the country whose government acts.
import { capitalCountry } from '../gazetteer/index.js';
import type { Candidate, SentenceWords } from './candidate.js';

// Verbs whose subject (or, for the second set, object) is an agent that only a government can be.
const AGENT_VERBS = new Set([
  'say', 'warn', 'blame', 'accuse', 'deny', 'announce', 'claim', 'insist', 'respond', 'reject', 'condemn', 'urge', 'demand',
  'threaten', 'refuse', 'agree', 'pass', 'send', 'receive', 'sanction', 'impose', 'retaliate', 'criticise', 'criticize', 'welcome',
  'order', 'expel', 'recall', 'summon', 'protest', 'dismiss', 'vow', 'pledge', 'promise', 'accept', 'decline', 'confirm', 'state',
  'declare', 'reply', 'allege', 'suggest', 'argue', 'want', 'seek', 'ask', 'tell', 'inform', 'offer', 'propose', 'approve', 'veto',
  'back', 'support', 'oppose', 'recognise', 'recognize', 'negotiate', 'sign', 'launch', 'invade', 'annex', 'call', 'insist', 'hope',
  'believe', 'fear', 'suspect', 'doubt', 'acknowledge', 'admit', 'stress', 'signal', 'pressure', 'press', 'push', 'provide', 'share',
  'ignore', 'hit', 'strike', 'attack', 'fund', 'arm', 'supply', 'deploy', 'withdraw', 'boycott', 'host', 'broker', 'mediate',
]);
const OBJECT_VERBS = new Set(['warn', 'tell', 'urge', 'accuse', 'blame', 'inform', 'pressure', 'press', 'sanction', 'criticise', 'criticize', 'condemn', 'ask', 'alert', 'notify', 'brief', 'lobby', 'persuade']);
const TRANSFER_VERBS = new Set(['pass', 'send', 'give', 'deliver', 'hand', 'relay', 'transmit', 'provide', 'forward', 'report', 'appeal', 'write', 'complain']);

/** The lemma and, in case the lemmatizer missed, the word's likely base forms ("blamed" -> blame, blam). */
function verbForms(word: string, lemma: string): string[] {
  const w = word.toLowerCase();
  const forms = [lemma.toLowerCase(), w];
  if (w.endsWith('ied')) forms.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('ed')) forms.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('s')) forms.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  return forms;
}

function verbIn(set: ReadonlySet<string>, s: SentenceWords, i: number): boolean {
  return (s.upos[i] === 'VERB' || s.upos[i] === 'AUX') && verbForms(s.words[i]!, s.lemmas[i]!).some((f) => set.has(f));
}

/** Whether the parse makes the capital the subject of an agent verb, or the object of a verb of telling or blaming. */
function actsAsGovernment(s: SentenceWords, m: Candidate): boolean {
  let last = m.end - 1;
  // "London and Dublin agreed": a conjunct takes the role of the first name.
  for (let hops = 0; s.deps[last] === 'conj' && s.heads[last]! >= 0 && hops < 5; hops++) last = s.heads[last]!;
  const head = s.heads[last]!;
  const dep = s.deps[last]!;
  if (head < 0) return false;
  if ((dep === 'nsubj' || dep === 'csubj') && verbIn(AGENT_VERBS, s, head)) return true;
  if ((dep === 'obj' || dep === 'iobj') && verbIn(OBJECT_VERBS, s, head)) return true;
  // "passed on to Moscow", "appealed to Beijing"
  return dep === 'obl' && verbIn(TRANSFER_VERBS, s, head) && s.words[last - 1]?.toLowerCase() === 'to';
}

/** Sets `standsFor` on capitals acting as their government. */
export function markMetonyms(s: SentenceWords, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.type !== 'City' || m.standsFor) continue;
    const country = capitalCountry(s.words.slice(m.start, m.end).join(' '));
    if (country && actsAsGovernment(s, m)) m.standsFor = country.name;
  }
}
