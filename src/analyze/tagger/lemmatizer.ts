// Lemmas from a word and its PTB tag: exceptions learned from the treebank, then suffix rules learned per tag.

/** What a lemmatizer is made of (stored in the tagger's weights file). */
export interface LemmaTables {
  /** `${xpos}\t${suffix}` -> rule `${charsToStrip}|${textToAppend}` for the longest matching suffix. */
  rules: Record<string, string>;
  /** `${xpos}\t${word}` -> lemma, for words the rules get wrong. */
  exceptions: Record<string, string>;
}

const MAX_SUFFIX = 5;

/** The form the rules work on: proper nouns keep their case, every other word is lowercased. */
function lemmaBase(word: string, xpos: string): string {
  return xpos.startsWith('NNP') ? word : word.toLowerCase();
}

function ruleOf(base: string, lemma: string): string {
  let p = 0;
  while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
  return `${base.length - p}|${lemma.slice(p)}`;
}

/**
 * Whether a rule wrote capitals into a word that is not just the word recapitalised. Proper adjectives keep their
 * capital in the treebank ("Syrian", "Arab", "Chinese"), so a suffix seen often enough on them is learned as "replace the
 * whole word by Syrian"; on another word with that ending ("pedestrian", "dumb", "obese") the rule would write "pedeSyrian",
 * "Arab", "Chinese". Such a rule only holds for the word it came from, so it is passed over for a shorter suffix's.
 */
function graftsCapitals(base: string, lemma: string): boolean {
  return lemma !== lemma.toLowerCase() && lemma.toLowerCase() !== base.toLowerCase() && base === base.toLowerCase();
}

function applyRule(base: string, rule: string): string {
  const bar = rule.indexOf('|');
  const strip = Number(rule.slice(0, bar));
  if (strip > base.length) return base;
  const out = base.slice(0, base.length - strip) + rule.slice(bar + 1);
  return out === '' ? base : out;
}

export class Lemmatizer {
  private readonly rules: Map<string, string>;
  private readonly exceptions: Map<string, string>;

  constructor(tables: LemmaTables) {
    this.rules = new Map(Object.entries(tables.rules));
    this.exceptions = new Map(Object.entries(tables.exceptions));
  }

  /** Lemma of `word` tagged `xpos` (PTB). */
  lemmatize(word: string, xpos: string): string {
    const base = lemmaBase(word, xpos);
    const exception = this.exceptions.get(`${xpos}\t${base}`);
    if (exception !== undefined) return exception;
    return this.byRules(base, xpos);
  }

  private byRules(base: string, xpos: string): string {
    // Proper nouns are their own lemma ("Capt." is not a month); known exceptions come first.
    if (xpos === 'NNP') return base;
    for (let k = Math.min(MAX_SUFFIX, base.length); k >= 0; k--) {
      const rule = this.rules.get(`${xpos}\t${base.slice(base.length - k)}`);
      if (rule === undefined) continue;
      const lemma = applyRule(base, rule);
      if (!graftsCapitals(base, lemma)) return lemma;
    }
    return base;
  }

  /** Learns rules and exceptions from (word, PTB tag, lemma) triples of a treebank. */
  static learn(examples: Iterable<{ word: string; xpos: string; lemma: string }>): LemmaTables {
    const bySuffix = new Map<string, Map<string, number>>();
    const byWord = new Map<string, Map<string, number>>();
    const bump = (m: Map<string, Map<string, number>>, key: string, value: string) => {
      let inner = m.get(key);
      if (!inner) m.set(key, (inner = new Map()));
      inner.set(value, (inner.get(value) ?? 0) + 1);
    };
    for (const { word, xpos, lemma } of examples) {
      if (lemma === '_' || lemma === '') continue;
      const base = lemmaBase(word, xpos);
      bump(byWord, `${xpos}\t${base}`, lemma);
      const rule = ruleOf(base, lemma);
      for (let k = 0; k <= Math.min(MAX_SUFFIX, base.length); k++) bump(bySuffix, `${xpos}\t${base.slice(base.length - k)}`, rule);
    }
    const best = (m: Map<string, number>): [string, number] => {
      let top = '', n = -1;
      for (const [v, c] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) { top = v; n = c; }
      return [top, n];
    };
    // Keep a suffix rule when it is seen often enough and differs from what its shorter suffix says.
    const rules: Record<string, string> = {};
    const kept = new Map<string, string>();
    const keys = [...bySuffix.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const key of keys) {
      const counts = bySuffix.get(key)!;
      const [rule, n] = best(counts);
      const [xpos, suffix] = key.split('\t') as [string, string];
      let parent: string | undefined;
      for (let k = suffix.length - 1; k >= 0 && parent === undefined; k--) parent = kept.get(`${xpos}\t${suffix.slice(suffix.length - k)}`);
      if (suffix.length === 0 || (n >= 3 && rule !== parent)) {
        kept.set(key, rule);
        rules[key] = rule;
      }
    }
    const lemmatizer = new Lemmatizer({ rules, exceptions: {} });
    const exceptions: Record<string, string> = {};
    for (const key of [...byWord.keys()].sort()) {
      const [lemma] = best(byWord.get(key)!);
      const [xpos, base] = key.split('\t') as [string, string];
      if (lemmatizer.byRules(base, xpos) !== lemma) exceptions[key] = lemma;
    }
    return { rules, exceptions };
  }
}
