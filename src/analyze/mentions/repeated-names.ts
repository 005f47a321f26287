// One name, one entity within an article: where the recogniser found a name once ("Cairn Energy's shares ... Cairn's
// shares") it often passes over the same words elsewhere ("Cairn added that ...", "joining Celtic on loan"). A news
// article names the same thing with the same capitalised words, so the other bare occurrences are mentions too.
import type { EntityType, Mention, Sentence } from '../analysis.js';
import { CALENDAR_NAMES } from '../dates/calendar.js';
import { NAME_PARTICLES, isFirstName } from '../gazetteer/index.js';
import { OPENING_MARK, isCapitalWord, modifiesNoun } from './candidate.js';

/** Types whose names are spread: the recogniser's and the shape rules' names, not the gazetteer's (it finds its own everywhere). */
const SPREAD_TYPES = new Set<EntityType>(['Person', 'Organization', 'Company', 'Misc', 'Location', 'Facility', 'Event', 'ArmedGroup', 'GovernmentBody', 'PoliticalParty', 'NewsAgency']);
/** Below this the recogniser's guess is too weak to be copied over the article. */
const MIN_CONFIDENCE = 0.5;
/** What a copied mention is worth: less than what the recogniser says where it sees the name itself. */
const SPREAD_CONFIDENCE = 0.55;

interface Known {
  words: readonly string[];
  type: EntityType;
  confidence: number;
  /** Occurrences of the name before a common noun it modifies ("P2P networks") and elsewhere. */
  modifies: number;
  heads: number;
  /** A person's surname taken from their full name ("Jo Holmes" ... "Holmes"): a proper noun there even where the article also has the word in lower case. */
  surname?: boolean;
}

/**
 * Adds, in place, a mention for every occurrence of a name the article already has as a mention (the same words,
 * capitalised as there) that no mention covers, typed as the name's best mention. Not an occurrence inside a longer run of
 * capitalised words ("Ray" of "Ray Charles"), nor one word of a name that the article also writes in lower case ("Five" and
 * "five", "Broadband" and "broadband": a common word capitalised), nor a month or a day ("May"), nor a one-word name the
 * tagger reads as an adjective, pronoun or other closed-class word there ("Scottish football", "Best" opening a sentence), nor a word modifying a common
 * noun after it or after "a" ("P2P networks", "a PC": the name of a kind of thing, which the recogniser mistook once).
 */
export function spreadNames(text: string, sentences: readonly Sentence[], mentions: Mention[]): void {
  const known = knownNames(sentences, mentions);
  if (known.size === 0) return;
  let lower: Set<string> | undefined;
  const added: Mention[] = [];
  const addedNames: Known[] = [];
  let m = 0;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // the tokens this sentence's mentions cover (mentions are in text order)
    const covered = new Uint8Array(tokens.length);
    while (m < mentions.length && mentions[m]!.sentence < sentence.index) m++;
    for (let k = m; k < mentions.length && mentions[k]!.sentence === sentence.index; k++) covered.fill(1, mentions[k]!.tokenStart, mentions[k]!.tokenEnd);
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !isCapitalWord(tokens[i]!.text)) continue;
      const names = known.get(tokens[i]!.text);
      if (!names) continue;
      const name = longestAt(names, tokens, i, covered);
      if (!name) continue;
      const end = i + name.words.length;
      // inside a longer run of capitals: another name ("Ray Charles" for "Ray"), or a title
      if (end < tokens.length && isCapitalWord(tokens[end]!.text) && tokens[end]!.upos === 'PROPN') continue;
      if (i > 0 && !opens(tokens, i) && isCapitalWord(tokens[i - 1]!.text) && tokens[i - 1]!.upos === 'PROPN') continue;
      // "P2P networks", "a PC": a word modifying a common noun, or after an indefinite article, names a kind of thing here
      if (modifiesNoun(tokens, end)) {
        name.modifies++;
        continue;
      }
      if (i > 0 && INDEFINITE.has(tokens[i - 1]!.text)) continue;
      if (name.words.length === 1) {
        // a one-word name the tagger reads as a common word here ("Scottish game", "the title It's ...") is that word
        if (CALENDAR_NAMES.has(tokens[i]!.text) || COMMON_WORD_TAGS.has(tokens[i]!.upos)) continue;
        // a surname the tagger reads as a proper noun is the person's, though the word is a common one too ("White said")
        if (!(name.surname && tokens[i]!.upos === 'PROPN')) {
          lower ??= lowerCaseWords(text);
          if (lower.has(tokens[i]!.text.toLowerCase())) continue;
        }
      }
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      added.push({
        start, end: stop, text: text.slice(start, stop), type: name.type, sentence: sentence.index, tokenStart: i, tokenEnd: end,
        source: 'rule', confidence: Math.min(SPREAD_CONFIDENCE, name.confidence),
      });
      addedNames.push(name);
      name.heads++;
      covered.fill(1, i, end);
      i = end - 1;
    }
  }
  // a name that modifies common nouns more often than it heads a phrase names a kind of thing ("P2P networks", "DTT
  // service", "DTT had a bad image"), whatever the recogniser made of it once
  let kept = 0;
  for (let k = 0; k < added.length; k++) if (addedNames[k]!.modifies <= addedNames[k]!.heads) added[kept++] = added[k]!;
  if (kept === 0) return;
  added.length = kept;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/** The article's names worth copying, by their first word: each name's type is that of its surest mention. */
function knownNames(sentences: readonly Sentence[], mentions: readonly Mention[]): Map<string, Known[]> {
  const best = new Map<string, Known>();
  for (const m of mentions) {
    if (m.canonical || !SPREAD_TYPES.has(m.type) || (m.source === 'ner' && (m.confidence ?? 0) < MIN_CONFIDENCE)) continue;
    const known = best.get(m.text);
    if (known && known.confidence >= (m.confidence ?? 0)) continue;
    const w = m.text.split(' ');
    // every word capitalised but the small ones inside ("Bank of England"); one letter says too little
    if (m.text.length < 2 || !isCapitalWord(w[0]!) || !isCapitalWord(w[w.length - 1]!)) continue;
    best.set(m.text, { words: w, type: m.type, confidence: m.confidence ?? 0, modifies: 0, heads: 0 });
  }
  for (const m of mentions) {
    const k = best.get(m.text);
    if (k) modifiesNoun(sentences[m.sentence]!.tokens, m.tokenEnd) ? k.modifies++ : k.heads++;
  }
  // "Cairn Energy ... Cairn", "Kestrel Department Stores ... Kestrel": a company named in full is named by its first word
  // after (not a given name's: "John Lewis Partnership")
  for (const k of [...best.values()]) {
    const first = k.words[0]!;
    if (k.type !== 'Company' || k.words.length < 2 || best.has(first) || first.length < 3 || isFirstName(first) || !/^\p{Lu}[\p{L}\d]+$/u.test(first)) continue;
    best.set(first, { words: [first], type: k.type, confidence: k.confidence, modifies: 0, heads: 0 });
  }
  // "Jo Holmes ... Holmes said": a person named in full is named by the surname after (the resolver links the two)
  for (const k of [...best.values()]) {
    if (k.type !== 'Person' || !personalName(k.words)) continue;
    const last = k.words[k.words.length - 1]!;
    if (best.has(last) || !SURNAME.test(last) || GENERATIONS.has(last)) continue;
    best.set(last, { words: [last], type: 'Person', confidence: k.confidence, modifies: 0, heads: 0, surname: true });
  }
  const byFirst = new Map<string, Known[]>();
  for (const k of best.values()) {
    const list = byFirst.get(k.words[0]!);
    if (list) list.push(k);
    else byFirst.set(k.words[0]!, [k]);
  }
  return byFirst;
}

/** The longest of `names` whose words are the tokens from `i`, none covered by a mention. */
function longestAt(names: readonly Known[], tokens: Sentence['tokens'], i: number, covered: Uint8Array): Known | undefined {
  let found: Known | undefined;
  for (const name of names) {
    const n = name.words.length;
    if (i + n > tokens.length || (found && found.words.length >= n)) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = !covered[i + k] && tokens[i + k]!.text === name.words[k];
    // words glued without a space are one name's, not the mention's ("Yukos-owned")
    if (ok && glued(tokens, i, n)) ok = false;
    if (ok) found = name;
  }
  return found;
}

/** Whether the span [i, i + n) touches a word or hyphen before or after it with no space between. */
function glued(tokens: Sentence['tokens'], i: number, n: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + n];
  return (before !== undefined && before.end === tokens[i]!.start && /^[\p{L}\d-]/u.test(before.text)) ||
    (after !== undefined && after.start === tokens[i + n - 1]!.end && /^[\p{L}\d-]/u.test(after.text));
}

/** Whether token `i` opens the sentence, a quotation or a bracket, where a capital says nothing of a name. */
function opens(tokens: Sentence['tokens'], i: number): boolean {
  return i === 0 || OPENING_MARK.test(tokens[i - 1]!.text);
}

// Tags of a word that is no name however it is written (the tagger's guesses for unknown names are nouns, verbs, auxiliaries).
const COMMON_WORD_TAGS = new Set(['ADJ', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'INTJ']);
const INDEFINITE = new Set(['a', 'an', 'A', 'An']);
/**
 * Whether a person's name of several words has the shape of a given name and a surname: its first word a capital and
 * lower case (no acronym, no number: "Six Nations" the recogniser took for a person), and any middle word a given name,
 * an initial or a particle ("Ana M. Reis", "Juan Carlos Ortega", not "Marta Dobrin Films").
 */
function personalName(words: readonly string[]): boolean {
  if (words.length < 2 || !GIVEN.test(words[0]!) || NUMBER_WORDS.has(words[0]!)) return false;
  for (let i = 1; i < words.length - 1; i++) if (!isFirstName(words[i]!) && !INITIAL.test(words[i]!) && !NAME_PARTICLES.has(words[i]!)) return false;
  return true;
}
const GIVEN = /^\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const NUMBER_WORDS = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Twelve', 'Twenty', 'Hundred', 'Thousand']);
/** A surname's shape: a capital, then at least two letters, apostrophes or hyphens ("Holmes", "O'Neill", "Smith-Jones"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]{2,}$/u;
/** Words after a surname that are no surname ("Jr", "III"). */
const GENERATIONS = new Set(['Jr', 'Sr', 'Jnr', 'Snr', 'II', 'III', 'IV']);

/** The article's words written in lower case. */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}+/gu) ?? []) if (/^\p{Ll}/u.test(w)) out.add(w);
  return out;
}
