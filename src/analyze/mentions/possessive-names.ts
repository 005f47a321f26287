// Names written with "'s" as part of them (a shop or chain named after its founder): "X's" standing alone
// ("head of the chain X's.", "shares in X's and its rivals") cannot be a possessive, so "X's" is the name.
import type { EntityType, Mention, Sentence } from '../analysis.js';
import { isApostropheS, isCapitalWord } from './candidate.js';

// Word classes that may follow a name but never a possessive's noun: a possessive needs a noun after it.
// Verbs and auxiliaries are left out: there "'s" is "is" or "has" ("X's been fined").
const NO_POSSESSEE = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT']);
const CLOSING = /^[\p{P}]+$/u;
// Gazetteer places and groups keep their names: "Britain's." is elliptical, not a shop. A place the recogniser guessed
// is no gazetteer's ("nothing but X's for a month": the chain, read as a town).
const NAME_TYPES = new Set<EntityType>(['Person', 'Organization', 'Company', 'Misc', 'Location']);

function apostropheAfter(m: Mention, sentence: Sentence): boolean {
  const last = sentence.tokens[m.tokenEnd - 1];
  const next = sentence.tokens[m.tokenEnd];
  return Boolean(last && next && isApostropheS(next.text) && next.start === last.end);
}

function standsAlone(m: Mention, sentence: Sentence): boolean {
  if (!apostropheAfter(m, sentence)) return false;
  const after = sentence.tokens[m.tokenEnd + 1];
  // a capitalised word after it is a title or name it owns, whatever its tag ("X's Like A Prayer")
  return !after || (CLOSING.test(after.text) && after.text !== '-') || (NO_POSSESSEE.has(after.upos) && !isCapitalWord(after.text));
}

/**
 * Extends, in place, every mention of a name seen alone with "'s" in the article over that "'s" and makes it
 * an organisation: once "X's" is a name, "X's sales" is the same name, not X's.
 */
export function keepPossessiveNames(text: string, sentences: readonly Sentence[], mentions: Mention[]): void {
  const names = new Set<string>();
  for (const m of mentions) {
    if (!m.canonical && NAME_TYPES.has(m.type) && standsAlone(m, sentences[m.sentence]!)) names.add(m.text);
  }
  if (names.size === 0) return;
  for (const m of mentions) {
    if (!names.has(m.text)) continue;
    const sentence = sentences[m.sentence]!;
    if (!apostropheAfter(m, sentence)) continue;
    m.tokenEnd++;
    m.end = sentence.tokens[m.tokenEnd - 1]!.end;
    m.text = text.slice(m.start, m.end);
    // Later stages strip a trailing "'s" from names as a possessive; the canonical name keeps it.
    m.canonical = m.text.replace(/\u2019/g, "'");
    if (m.type === 'Person' || m.type === 'Misc' || m.type === 'Location') m.type = 'Organization';
  }
  // Bare "X" elsewhere in the article is the same organisation.
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Location') || m.canonical || !names.has(m.text)) continue;
    m.type = 'Organization';
  }
}
