// Finds the event mentions of one article (nominal and verbal) and gives mentions of the same event one document-local key.
import type { EventArgument, Modality } from './candidate.js';
import { EVENT_LABELS, EVENT_NOUNS, EVENT_VERBS, MODAL_ADJECTIVES } from './predicates/lexicon.js';
import { isInnerHyphen, kids, lemmaOf, lower, tokenKey, type SentenceView } from './sentence-view.js';

export interface EventMention {
  sentence: number;
  token: number;
  arg: EventArgument;
  /** Set when the mention is of an unreal event ("a potential attack"): it never merges with actual ones. */
  modality?: Modality;
  verbal: boolean;
}

const INDEFINITE = new Set(['a', 'an', 'another']);
/** Event types an article usually reports one of, so that its verbs and nouns all point at it. */
const INCIDENTS = new Set(['Attack', 'Fight', 'Disaster', 'Protest', 'Coerce']);
/** Event nouns that are plural by nature. */
const PLURAL_EVENTS = new Set(['talks', 'negotiations', 'sanctions', 'hostilities', 'elections', 'riots', 'protests']);

/** The event concept of a noun token, if it names an event. */
export function eventTypeOfNoun(v: SentenceView, i: number): string | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN') return undefined;
  if (v.mentionAt[i] && v.mentionAt[i]!.type !== 'Event') return undefined;
  return EVENT_NOUNS[lower(t)] ?? EVENT_NOUNS[lemmaOf(t)];
}

/** Modifier tokens to the left of a noun head: its amod/compound children, or adjacent adjectives and nouns. */
function leftModifiers(v: SentenceView, i: number): number[] {
  if (v.parsed) return kids(v, i, 'amod', 'compound', 'nmod:poss', 'det', 'nummod').filter((k) => k < i);
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const u = v.tokens[k]!.upos;
    if (u === 'ADJ' || u === 'NOUN' || u === 'PROPN' || u === 'DET' || u === 'NUM' || (u === 'PART' && v.tokens[k]!.text.startsWith("'"))) out.unshift(k);
    else break;
  }
  return out;
}

function modalityOf(v: SentenceView, i: number): Modality | undefined {
  for (const k of leftModifiers(v, i)) {
    const m = MODAL_ADJECTIVES[lemmaOf(v.tokens[k]!)] ?? MODAL_ADJECTIVES[lower(v.tokens[k]!)];
    if (m) return m;
  }
  return undefined;
}

function isIndefinite(v: SentenceView, i: number): boolean {
  return leftModifiers(v, i).some((k) => INDEFINITE.has(lower(v.tokens[k]!)));
}

/** A short label: the head with its descriptive modifiers ("terrorist attack"), determiners and modal words left out. */
function nominalLabel(v: SentenceView, i: number): string {
  const words: string[] = [];
  for (const k of leftModifiers(v, i)) {
    const t = v.tokens[k]!;
    // (an amount's currency sign goes with its number: "an $11bn fraud" is a fraud)
    if (t.upos === 'DET' || t.upos === 'NUM' || t.upos === 'SYM' || t.upos === 'PUNCT' || t.dep === 'nmod:poss' || MODAL_ADJECTIVES[lemmaOf(t)]) continue;
    if (t.upos === 'ADJ' && /est$/.test(lower(t))) continue; // "the deadliest attack": a superlative is not part of the name
    words.push(withHyphenatedPrefix(v, k));
  }
  words.push(v.tokens[i]!.text);
  return words.join(' ');
}

/** A modifier with the words hyphenated onto it ("three-way" for "way", "two-year" for "year"): one word as written. */
function withHyphenatedPrefix(v: SentenceView, k: number): string {
  let text = v.tokens[k]!.text;
  for (let h = k - 1; h > 0 && isInnerHyphen(v, h); h -= 2) text = `${v.tokens[h - 1]!.text}-${text}`;
  return text;
}

export class EventBook {
  private readonly byToken = new Map<string, EventMention>();
  readonly mentions: EventMention[] = [];

  constructor(views: SentenceView[]) {
    const latest = new Map<string, EventArgument>();
    const counters = new Map<string, number>();
    const fresh = (type: string, label: string, start: number, end: number, modal: boolean): EventArgument => {
      const n = (counters.get(type) ?? 0) + 1;
      counters.set(type, n);
      const key = `${type.toLowerCase()}-${modal ? 'unreal-' : ''}${n}`;
      return { kind: 'event', key, label, eventType: type, start, end };
    };
    for (const v of views) {
      v.tokens.forEach((t, i) => {
        let type = eventTypeOfNoun(v, i);
        let verbal = false;
        if (!type && t.upos === 'VERB') {
          type = EVENT_VERBS[lemmaOf(t)];
          verbal = true;
        }
        if (!type) return;
        // a bare plural ("terrorist attacks") speaks of attacks in general, not of one event
        if (!verbal && t.tag === 'NNS' && !PLURAL_EVENTS.has(lower(t)) && !leftModifiers(v, i).some((k) => ['DET', 'PRON'].includes(v.tokens[k]!.upos) || v.tokens[k]!.dep === 'nmod:poss' || v.tokens[k]!.upos === 'PROPN')) return;
        const modality = verbal ? undefined : modalityOf(v, i);
        const label = verbal ? EVENT_LABELS[type] ?? type.toLowerCase() : nominalLabel(v, i);
        let arg: EventArgument;
        const prev = latest.get(type);
        if (modality) arg = fresh(type, label, t.start, t.end, true);
        // a verb joins the article's incident ("gunmen struck"); a verb of a transaction is a transaction of its own
        else if (prev && (verbal ? INCIDENTS.has(type) : !isIndefinite(v, i))) arg = { ...prev, start: t.start, end: t.end };
        else {
          arg = fresh(type, label, t.start, t.end, false);
          latest.set(type, arg);
        }
        const mention: EventMention = { sentence: v.sentence.index, token: i, arg, modality, verbal };
        this.mentions.push(mention);
        this.byToken.set(tokenKey(v.sentence.index, i), mention);
      });
    }
  }

  at(sentence: number, token: number): EventMention | undefined {
    return this.byToken.get(tokenKey(sentence, token));
  }

  /** The actual (not modal) event mentioned most often in the article: the default referent of "involvement". */
  main(): EventArgument | undefined {
    const counts = new Map<string, { n: number; arg: EventArgument }>();
    for (const m of this.mentions) {
      if (m.modality || m.verbal) continue;
      const c = counts.get(m.arg.key) ?? { n: 0, arg: m.arg };
      c.n++;
      counts.set(m.arg.key, c);
    }
    let best: { n: number; arg: EventArgument } | undefined;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return best && best.arg.eventType === 'Attack' || best && best.n >= 2 ? best.arg : undefined;
  }
}
