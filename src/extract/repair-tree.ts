// The tree operations the parse repairs share: a token re-hung, who dominates whom, a verb's dependents, its subject's
// relation and whether its clause is finite.
import type { Token } from '../analyze/analysis.js';

/** The relations of a clause's subject. */
export const SUBJECT_DEPS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);
/** The tags of a finite verb (past, present, modal). */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * A copy of `t` with some fields changed. Why not `{ ...t, head }`: a spread copy gets a hidden class of its own (fewer
 * in-object fields), so the rules downstream met tokens of two shapes and V8 threw their optimised code away and
 * compiled it again, up to a second of compiler time each time. This literal writes every field in the order analyze
 * builds tokens in (the Token interface's), so a repaired token has the same hidden class as a parsed one.
 */
export function retoken(t: Token, change: Partial<Token>): Token {
  return {
    text: change.text ?? t.text,
    start: change.start ?? t.start,
    end: change.end ?? t.end,
    lemma: change.lemma ?? t.lemma,
    upos: change.upos ?? t.upos,
    tag: change.tag ?? t.tag,
    head: change.head ?? t.head,
    dep: change.dep ?? t.dep,
    // (a changed word, tag or lemma may change it: read again when asked)
    extractLemma: undefined,
    extractLower: undefined,
  };
}

/** Whether `a` is an ancestor of `b` (or `b` itself): re-attaching `a` under `b` would make a cycle. */
export function dominates(tokens: Token[], a: number, b: number): boolean {
  let n = b;
  for (let steps = 0; n >= 0 && steps <= tokens.length; steps++) {
    if (n === a) return true;
    n = tokens[n]!.head;
  }
  return false;
}

/** The dependents of `i`, in order. */
export function dependentsOf(tokens: Token[], i: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.head === i) out.push(k);
  return out;
}

/** The relation a subject given to verb `v` takes: 'nsubj:pass' under a passive auxiliary, else 'nsubj'. */
export function subjectRelation(tokens: Token[], v: number): string {
  return tokens.some((u) => u.head === v && u.dep === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
}

/** Whether the clause headed by `m` is finite: a finite tag of its own, or a finite auxiliary or copula ("is scheduled", "has paid", "was a crime"). */
export function finiteVerb(tokens: Token[], m: number): boolean {
  const t = tokens[m]!;
  if (FINITE_TAGS.has(t.tag)) return true;
  return tokens.some((u) => u.head === m && (u.dep.startsWith('aux') || u.dep === 'cop') && FINITE_TAGS.has(u.tag) && u.text.toLowerCase() !== 'to');
}
