// Looks up properties for verbs, roles and nouns, mints open relations from lemmas, and lists every known property.
import { PREDICATES, VERBS, ROLE_PHRASES, ROLE_OVERRIDES, TITLE_OCCUPATIONS, type PredicateDef, type VerbEntry } from './lexicon.js';

export type { PredicateDef, VerbEntry } from './lexicon.js';

/** camelCase local name from words: ["pass", "on", "to"] -> "passOnTo". */
const camelCache = new Map<string, string>();

export function camel(words: string[]): string {
  // predicate names repeat across a corpus: computed once per word sequence
  const key = words.join('\u0001');
  let out = camelCache.get(key);
  if (out === undefined) {
    const parts = words.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
    out = parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
    if (camelCache.size < 100_000) camelCache.set(key, out);
  }
  return out;
}

const byName = new Map(PREDICATES.map((p) => [p.name, p]));
const verbTable = new Map<string, VerbEntry>(VERBS.map((v) => [v.phrase, v]));
const roleSet = new Set(ROLE_PHRASES);
const titleOccupations = new Set(TITLE_OCCUPATIONS);

/** The property for a role noun phrase ("foreign secretary" -> foreignSecretaryOf), or undefined if not a role. */
export function rolePredicate(role: string): { name: string; label: string } | undefined {
  const key = role.toLowerCase().trim();
  if (!roleSet.has(key)) return undefined;
  const name = ROLE_OVERRIDES[key] ?? camel([...key.split(/\s+/), 'of']);
  return { name, label: labelOf(name) };
}

/**
 * The property of a lower-case title written before a name: a role noun's, or a title occupation's ("fly-half" ->
 * flyHalfOf, labelled "fly-half of" as written).
 */
export function titlePredicate(title: string): { name: string; label: string } | undefined {
  const known = rolePredicate(title);
  if (known || !titleOccupations.has(title)) return known;
  return { name: camel([...title.split(' '), 'of']), label: `${title} of` };
}

/** Whether a lower-case phrase is a role noun. */
export function isRole(phrase: string): boolean {
  return roleSet.has(phrase.toLowerCase());
}

/** Longest role phrase ending at word index `end` (exclusive) of lower-case `words`; returns its start or -1. */
export function roleEndingAt(words: string[], end: number): number {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    if (roleSet.has(words.slice(start, end).join(' '))) return start;
  }
  return -1;
}

/** Label of a property: the declared label, or words from the camelCase name ("passOnTo" -> "pass on to"). */
export function labelOf(name: string): string {
  return byName.get(name)?.label ?? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Lexicon entry for a verb phrase: lemma plus particle and preposition words. */
export function verbEntry(phrase: string): VerbEntry | undefined {
  return verbTable.get(phrase);
}

/**
 * The property for a verb lemma with its particle and preposition: the lexicon's, or an open relation minted from the
 * words ("emerge from" -> emergeFrom). `passive` marks a verb with no agent found: "be sold for" -> soldFor, "sold for".
 */
export function verbPredicate(lemma: string, particle: string | undefined, prep: string | undefined): { name: string; label: string; frame?: VerbEntry['frame']; known: boolean } {
  const words = [lemma, particle, prep].filter((w): w is string => !!w);
  const candidates = [words.join(' '), [lemma, particle].filter(Boolean).join(' '), lemma];
  for (const phrase of candidates) {
    const entry = verbTable.get(phrase);
    if (!entry) continue;
    // "sell to" keeps its preposition where the lexicon maps only the bare verb: the object differs
    if (phrase !== words.join(' ') && prep && entry.predicate !== 'blame') break;
    return { name: entry.predicate, label: labelOf(entry.predicate), frame: entry.frame, known: true };
  }
  const name = camel(words);
  return { name, label: words.join(' '), known: false };
}

/** Every property the lexicon can emit, for the ontology; open relations minted from other verbs are not listed. */
export function knownPredicates(): PredicateDef[] {
  const out = new Map<string, PredicateDef>(PREDICATES.map((p) => [p.name, { ...p }]));
  for (const role of [...ROLE_PHRASES, ...TITLE_OCCUPATIONS]) {
    const r = titlePredicate(role);
    if (r && !out.has(r.name)) {
      out.set(r.name, { name: r.name, label: r.label, comment: `The subject holds the role of ${role} of the object.`, domain: 'Person' });
    }
  }
  for (const v of VERBS) if (!out.has(v.predicate)) out.set(v.predicate, { name: v.predicate, label: labelOf(v.predicate) });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
