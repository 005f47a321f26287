// Acronyms an article defines: "the National Institute of Economic Research (NIER)" names the institute twice, and the
// bracketed letters name it for the rest of the article. The recogniser, reading capitals alone as no name, misses them.
import type { EntityType, Mention, Sentence } from '../analysis.js';

/** Types of the names whose acronyms are read: bodies, companies, groups, events and works, not people or places. */
const ACRONYM_TYPES = new Set<EntityType>(['Organization', 'Company', 'GovernmentBody', 'PoliticalParty', 'ArmedGroup', 'NewsAgency', 'Facility', 'Event', 'Misc']);
/** Two capitals at least, small letters allowed after the first ("NIESR", "CCTV", "CSOs", "DfT"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}[\p{Ll}]?$/u;

/**
 * Adds, in place, a mention for the acronym in brackets right after a name ("China Central Television (CCTV)"), typed as
 * the name, where no mention has it yet and its first letter opens a word of the name (a foreign acronym's order differs:
 * "Communist Party of Spain (PCE)"). Bare uses later in the article are spread by repeated-names.ts.
 */
export function defineAcronyms(text: string, sentences: readonly Sentence[], mentions: Mention[]): void {
  const added: Mention[] = [];
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (!ACRONYM_TYPES.has(m.type)) continue;
    const tokens = sentences[m.sentence]!.tokens;
    const open = tokens[m.tokenEnd];
    const acronym = tokens[m.tokenEnd + 1];
    if (open?.text !== '(' || !acronym || tokens[m.tokenEnd + 2]?.text !== ')' || !ACRONYM.test(acronym.text)) continue;
    const next = mentions[n + 1];
    if (next && next.sentence === m.sentence && next.tokenStart === m.tokenEnd + 1) continue;
    if (!m.text.split(/[\s-]+/).some((w) => w[0] === acronym.text[0])) continue;
    added.push({
      start: acronym.start, end: acronym.end, text: text.slice(acronym.start, acronym.end), type: m.type, sentence: m.sentence,
      tokenStart: m.tokenEnd + 1, tokenEnd: m.tokenEnd + 2, source: 'rule', confidence: 0.7,
    });
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
