// Capitals used for their government ("Washington warned", "Moscow denied", "passed on to Moscow"): the mention
// stays a City and gains `standsFor`, the country whose government acts.
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
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** The lemma of the verb a capital is the subject or object of, by the parse or, failing that, by word order. */
function governingRole(s: SentenceWords, m: Candidate): 'agent' | 'object' | undefined {
  const last = m.end - 1;
  const head = s.heads[last]!;
  const dep = s.deps[last]!;
  if (head >= 0 && s.upos[head] === 'VERB') {
    const lemma = s.lemmas[head]!.toLowerCase();
    if ((dep === 'nsubj' || dep === 'csubj') && AGENT_VERBS.has(lemma)) return 'agent';
    if ((dep === 'obj' || dep === 'iobj') && OBJECT_VERBS.has(lemma)) return 'object';
    if (dep === 'obl' && TRANSFER_VERBS.has(lemma) && s.words.slice(m.start - 2, m.start).some((w) => /^(?:to|on|with)$/i.test(w))) return 'object';
  }
  // Word order: "Moscow has repeatedly denied", "warned Beijing".
  let i = m.end;
  while (i < s.words.length && i - m.end < 4 && BETWEEN.has(s.upos[i]!) && s.upos[i] !== 'VERB') i++;
  if (i < s.words.length && s.upos[i] === 'VERB' && AGENT_VERBS.has(s.lemmas[i]!.toLowerCase())) return 'agent';
  const before = m.start - 1;
  if (before >= 0 && s.upos[before] === 'VERB' && OBJECT_VERBS.has(s.lemmas[before]!.toLowerCase())) return 'object';
  return undefined;
}

/** Sets `standsFor` on capitals acting as their government. */
export function markMetonyms(s: SentenceWords, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.type !== 'City' || m.standsFor) continue;
    const country = capitalCountry(s.words.slice(m.start, m.end).join(' '));
    if (country && governingRole(s, m)) m.standsFor = country.name;
  }
}
