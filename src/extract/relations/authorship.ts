// Authorship written with "by" after a work's title: "Angels by Robbie Williams", "the novel Tide by Jo Bell", "Ode by
// the Larks". The title (a work the mention rules typed, works.ts) and the person or band after "by" are the relation
// "work | by | maker": whether the maker wrote, sang, painted or directed it the phrase does not say, so the relation
// keeps the preposition as its name rather than guessing a verb.
import type { Mention } from '../../analyze/analysis.js';
import { entityFromMention } from '../arguments.js';
import { isCapitalWord } from '../../analyze/mentions/candidate.js';
import { lower } from '../sentence-view.js';
import type { SentenceState } from './sentence-state.js';

/** Types of those who make works: people, and bands, groups and companies the recogniser reads them as. */
const MAKERS = new Set(['Person', 'Organization', 'Group', 'Company']);

/**
 * Whether a mention is a work's title: a name no gazetteer knows (a demonym, "European", is Misc too), typed Misc, every
 * word of it but the small ones inside capitalised.
 */
function isTitle(m: Mention): boolean {
  if (m.type !== 'Misc' || m.canonical) return false;
  const words = m.text.split(/\s+/);
  return isCapitalWord(words[0]!) && isCapitalWord(words[words.length - 1]!);
}

/**
 * "TITLE by MAKER": a title followed right away by "by" and a name of a person or band. Read from the words, not the
 * parse: the parser seldom keeps a title whole, and hangs the "by" phrase on any word of it. A maker's name that owns
 * what follows it ("by Jo Bell's publisher") is no maker of the work.
 */
export function authorshipRelations(state: SentenceState): void {
  const { v, emit } = state;
  const seen = new Set<Mention>();
  for (const m of v.mentionAt) {
    if (!m || seen.has(m)) continue;
    seen.add(m);
    if (!isTitle(m)) continue;
    const by = v.tokens.findIndex((t) => t.start >= m.end);
    if (by < 0 || lower(v.tokens[by]!) !== 'by') continue;
    const maker = v.mentionAt[by + 1];
    if (!maker || !MAKERS.has(maker.type) || maker.start !== v.tokens[by + 1]!.start) continue;
    const next = v.tokens.findIndex((t) => t.start >= maker.end);
    if (next >= 0 && ["'s", '\u2019s', "'"].includes(v.tokens[next]!.text)) continue;
    const work = v.tokens.findIndex((t) => t.start === m.start);
    emit(entityFromMention(m), 'by', 'by', entityFromMention(maker), by, { known: true, surface: { s: work, rel: [by], o: by + 1 } });
  }
}
