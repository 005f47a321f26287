// A plural description of people just listed ("Ann Roe and Tom Hale ... The pair were charged", "... They were charged") gives each of them the
// fact: a candidate whose subject or object is such a description is one candidate per person of the list. Coreference
// finds the descriptions (Anaphors.members); most articles have none, and then the candidates pass as they are.
import type { Analysis, Mention } from '../analyze/analysis.js';
import type { Argument, Candidate } from './candidate.js';
import { contextOf } from './context.js';
import { tokenKey, type SentenceView } from './sentence-view.js';

/** The candidates, each with a plural description of listed people as subject or object made one per person. */
export function withMembers(analysis: Analysis, all: Candidate[]): Candidate[] {
  const { views, anaphors } = contextOf(analysis);
  if (!anaphors.members.size) return all;
  const out: Candidate[] = [];
  for (const c of all) {
    const v = views[c.sentence];
    const subjects = v && membersOf(v, anaphors.members, c.subject);
    const objects = v && membersOf(v, anaphors.members, c.object);
    if (!subjects && !objects) {
      out.push(c);
      continue;
    }
    for (const subject of subjects ?? [c.subject]) {
      for (const object of objects ?? [c.object]) {
        // ("the pair met the pair" is no one meeting himself)
        if (subjects && objects && subject === object) continue;
        out.push({ ...c, subject, object });
      }
    }
  }
  return out;
}

/** One argument per person when `arg` is a plural description coreference gave members, else undefined. */
function membersOf(v: SentenceView, members: ReadonlyMap<string, Mention[]>, arg: Argument): Argument[] | undefined {
  if (arg.kind !== 'concept' && arg.kind !== 'entity') return undefined;
  // the description's head ends the argument ("The Ardanian pair")
  const head = v.tokens.findIndex((t) => t.end === arg.end);
  const people = head >= 0 ? members.get(tokenKey(v.sentence.index, head)) : undefined;
  // (each as its name where the list wrote it: resolve takes a name an extractor gives at a span for that span's name, so
  // two people given at the description's one span would be one)
  return people?.map((m) => ({ kind: 'entity', text: m.text, start: m.start, end: m.end, type: m.type, canonical: m.canonical ?? m.text }));
}
