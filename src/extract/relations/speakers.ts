// Who a pronoun in reported speech can stand for: the speaker, the body a spokesperson speaks for, the person named last.
import type { Analysis, Mention } from '../../analyze/analysis.js';
import type { Argument, EntityArgument } from '../candidate.js';
import { isPronoun } from '../arguments.js';
import { contextOf } from '../context.js';
import { sentenceRoles } from '../roles.js';
import { sameName } from '../speech.js';
import { kids, type SentenceView } from '../sentence-view.js';

/**
 * Whether a pronoun in a speaker's content can stand for the speaker. The first person always can ("I" for a person,
 * "we"/"us" for a body or a group of people); the third person only in reported speech outside quotation marks ("X said
 * it had warned Y"): inside a quotation the speaker says "I" or "we", and "he", "it" or "they" are someone else
 * (`"They will fire us," a worker said`).
 */
export function agrees(pronoun: string, speaker: EntityArgument, quoted: boolean): boolean {
  if (isPronoun(speaker)) return false;
  if (speaker.type === 'Person') return ['i', 'me'].includes(pronoun) || !quoted && ['he', 'she', 'him', 'her'].includes(pronoun);
  if (['we', 'us'].includes(pronoun)) return true;
  if (quoted) return false;
  if (speaker.type === 'Group') return ['they', 'them'].includes(pronoun);
  return ['it', 'they', 'them'].includes(pronoun);
}

// Roles whose holder speaks for the body: their "we" is that body.
const SPEAKS_FOR = new Set(['spokespersonOf', 'ambassadorOf', 'chiefExecutiveOf']);
// (the speaker's own pronouns: speech.ts' SPEAKER_PRONOUNS, kept there so speech.ts need not import this module)
export { SPEAKER_PRONOUNS as FIRST_PERSON } from '../speech.js';
const sidesCache = new WeakMap<Analysis, Array<{ person: EntityArgument; side: EntityArgument }>>();

/** The one organisation or country a person speaking is spokesperson or ambassador of in this article, if just one. */
export function speaksFor(analysis: Analysis, speaker: EntityArgument): EntityArgument | undefined {
  if (speaker.type !== 'Person' || isPronoun(speaker)) return undefined;
  let sides = sidesCache.get(analysis);
  if (!sides) {
    sides = [];
    for (const v of contextOf(analysis).views) {
      for (const c of sentenceRoles(v)) {
        if (SPEAKS_FOR.has(c.predicate) && c.subject.kind === 'entity' && c.object.kind === 'entity') sides.push({ person: c.subject, side: c.object });
      }
    }
    sidesCache.set(analysis, sides);
  }
  const found = new Map<string, EntityArgument>();
  for (const { person, side } of sides) if (sameEntity(person, speaker)) found.set((side.canonical ?? side.text).toLowerCase(), side);
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Whether two arguments are one entity by name (speech's sameName: equal, or one the other's last words, in any case). */
export function sameEntity(a: Argument | undefined, b: Argument | undefined): boolean {
  if (!a || !b || a.kind !== 'entity' || b.kind !== 'entity') return false;
  return sameName(a.canonical ?? a.text, b.canonical ?? b.text);
}

/**
 * The person a following "he"/"she" most likely names: the subject of the main clause when a person is ("Mr Lee
 * met Ivo Tan and Ana Ruiz. He said ..." -> Lee), else the last person named.
 */
export function salientPerson(v: SentenceView): Mention | undefined {
  if (v.parsed) {
    const root = v.tokens.findIndex((t) => t.head < 0);
    // the subject's own words: "Mr Lee" may be headed by the title, the name hanging off it
    const named = (k: number): Mention | undefined => [k, ...kids(v, k, 'flat', 'compound', 'appos')].map((x) => v.mentionAt[x]).find((m) => m?.type === 'Person');
    const subj = root >= 0 ? kids(v, root, 'nsubj', 'nsubj:pass').map(named).find(Boolean) : undefined;
    if (subj) return subj;
  }
  return [...v.mentionAt].reverse().find((m) => m?.type === 'Person');
}
