// Statements about events: where and when they happened, their target and perpetrator, and how many they killed or
// injured ("at least 137 people were killed in Moscow on Friday when gunmen struck").
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate, EventArgument } from './candidate.js';
import { argumentFor, countLiteral, isNamed, type Context } from './arguments.js';
import { EventBook, type EventMention } from './event-book.js';
import { numberValue } from './quantities.js';
import { kids, lemmaOf, lower, type SentenceView } from './sentence-view.js';
import { prepOf } from './relations.js';
import { contextOf } from './context.js';

export const NAME = 'events';

const PLACE_TYPES = new Set(['Country', 'City', 'Location', 'Facility']);
/** Common nouns of places an event can be in ("at the market", "in the hall"). */
const PLACE_NOUNS = new Set(['hall', 'building', 'market', 'school', 'hospital', 'mosque', 'church', 'synagogue', 'temple', 'station', 'airport', 'hotel', 'theatre', 'theater', 'stadium', 'embassy', 'square', 'street', 'village', 'town', 'city', 'camp', 'base', 'court', 'office', 'headquarters', 'plant', 'factory', 'port', 'club', 'mall', 'restaurant', 'prison', 'university', 'capital', 'region', 'province', 'district', 'border', 'venue', 'centre', 'center', 'arena', 'compound', 'checkpoint', 'parliament', 'palace', 'bridge', 'road', 'highway', 'county', 'state', 'country', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'concert']);
const COUNT_VERBS: Record<string, { name: string; label: string }> = {
  kill: { name: 'killed', label: 'killed' }, die: { name: 'killed', label: 'killed' }, dead: { name: 'killed', label: 'killed' },
  injure: { name: 'injured', label: 'injured' }, wound: { name: 'injured', label: 'injured' }, hurt: { name: 'injured', label: 'injured' },
};
const COUNTED = new Set(['people', 'person', 'persons', 'civilians', 'civilian', 'soldiers', 'soldier', 'children', 'child', 'women', 'men', 'police', 'officers', 'troops', 'residents', 'passengers', 'workers', 'protesters', 'militants', 'fighters', 'others', 'victims', 'pupils', 'students', 'journalists', 'tourists', 'migrants', 'refugees', 'staff']);
const COUNT_EVENT_TYPES = new Set(['Attack', 'Fight', 'Disaster', 'Protest', 'Coerce']);

function statement(v: SentenceView, subject: EventArgument, name: string, label: string, object: Argument, confidence: number): Candidate {
  return { subject, predicate: name, predicateLabel: label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence };
}

/** Place and date modifiers of a token (an event noun or verb): "in Moscow", "on Friday", "at the hall". */
function placeAndDate(ctx: Context, v: SentenceView, e: EventArgument, i: number, out: Candidate[], base: number): void {
  for (const m of kids(v, i, 'nmod', 'obl', 'obl:tmod', 'nmod:tmod', 'obl:npmod')) {
    const prep = prepOf(v, m);
    const a = argumentFor(ctx, v, m);
    if (!a) continue;
    // a date, a month or a year; in an undated article, the expression as written ("16 December")
    if (a.kind === 'literal' && (['date', 'gYear', 'gYearMonth'].includes(a.datatype) || a.datatype === 'string' && v.analysis.times.some((x) => x.text === a.text))) {
      out.push(statement(v, e, 'date', 'date', a, base + 0.05));
    } else if ((prep === 'in' || prep === 'at' || prep === 'near' || prep === 'inside') && (a.kind === 'entity' && PLACE_TYPES.has(a.type) || a.kind === 'concept' && PLACE_NOUNS.has(lemmaOf(v.tokens[m]!)))) {
      out.push(statement(v, e, 'locatedIn', 'located in', a, a.kind === 'entity' ? base : base - 0.15));
      // "the hall in Moscow": the event is in Moscow too; "in Moscow on Friday" parsed as one phrase: the date is the event's
      for (const n of kids(v, m, 'nmod')) {
        const inner = argumentFor(ctx, v, n);
        if (inner?.kind === 'literal' && ['date', 'gYear', 'gYearMonth'].includes(inner.datatype)) out.push(statement(v, e, 'date', 'date', inner, base - 0.05));
        if (prepOf(v, n) === 'in' && inner?.kind === 'entity' && PLACE_TYPES.has(inner.type)) out.push(statement(v, e, 'locatedIn', 'located in', inner, base - 0.1));
      }
    } else if ((prep === 'on' || prep === 'against') && e.eventType === 'Attack' && a.kind !== 'literal' && !(v.tokens[i]!.dep === 'obj' && v.tokens[i]!.head >= 0 && lemmaOf(v.tokens[v.tokens[i]!.head]!) === 'blame')) {
      out.push(statement(v, e, 'target', 'target', a, base - 0.05));
      for (const n of kids(v, m, 'nmod')) {
        const inner = argumentFor(ctx, v, n);
        if (prepOf(v, n) === 'in' && inner?.kind === 'entity' && PLACE_TYPES.has(inner.type)) {
          out.push(statement(v, e, 'locatedIn', 'located in', inner, base - 0.05));
          // the target itself is in that place: "the concert hall in Moscow"
          out.push({ ...statement(v, e, 'locatedIn', 'located in', inner, base - 0.1), subject: a });
        }
      }
    } else if (prep === 'by' && a.kind === 'entity' && isNamed(a) && e.eventType === 'Attack') {
      out.push(statement(v, e, 'perpetrator', 'perpetrator', a, base));
    }
  }
}

/**
 * A date right after an event noun is the event's, wherever the parse hung it ("would come at a conference in March":
 * the conference is in March whether "in March" was read as the conference's or the verb's).
 */
function datesRightAfter(ctx: Context, v: SentenceView, e: EventArgument, i: number, out: Candidate[]): void {
  const h = v.tokens[i]!.head;
  if (kids(v, i, 'nmod', 'obl', 'nmod:tmod').some((k) => argumentFor(ctx, v, k)?.kind === 'literal')) return;
  for (const m of kids(v, h, 'obl', 'nmod', 'obl:tmod', 'nmod:tmod')) {
    if (m <= i) continue;
    const prepTok = kids(v, m, 'case')[0];
    if (prepTok !== i + 1 || !['in', 'on', 'during'].includes(lower(v.tokens[prepTok]!))) continue;
    const a = argumentFor(ctx, v, m);
    if (a?.kind === 'literal' && (['date', 'gYear', 'gYearMonth'].includes(a.datatype) || a.datatype === 'string' && v.analysis.times.some((x) => x.text === a.text))) out.push(statement(v, e, 'date', 'date', a, 0.65));
  }
}

/** The event a count in sentence `v` belongs to: one mentioned in the sentence, else the latest before it. */
function eventForCount(book: EventBook, v: SentenceView): EventMention | undefined {
  const here = book.mentions.filter((m) => m.sentence === v.sentence.index && !m.modality && COUNT_EVENT_TYPES.has(m.arg.eventType));
  if (here.length) return here[0];
  const before = book.mentions.filter((m) => m.sentence < v.sentence.index && !m.modality && COUNT_EVENT_TYPES.has(m.arg.eventType));
  return before[before.length - 1];
}

export function sentenceEvents(ctx: Context, v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const own = ctx.book.mentions.filter((m) => m.sentence === v.sentence.index);
  if (v.parsed) {
    for (const m of own) {
      if (m.modality) continue;
      placeAndDate(ctx, v, m.arg, m.token, out, m.verbal ? 0.6 : 0.7);
      // "the attack happened on Friday": the governing verb's place and date
      const t = v.tokens[m.token]!;
      if (!m.verbal && (t.dep === 'nsubj' || t.dep === 'nsubj:pass') && t.head >= 0 && v.tokens[t.head]!.upos === 'VERB') {
        placeAndDate(ctx, v, m.arg, t.head, out, 0.6);
      }
      if (!m.verbal && t.head >= 0) datesRightAfter(ctx, v, m.arg, m.token, out);
    }
  }
  // counts: "<n> <people> were killed", "killing <n> <people>", "<n> <people> died", "<n> dead"
  v.tokens.forEach((t, i) => {
    if (t.upos !== 'NUM' || numberValue(t.text) === undefined || /^\d{4}$/.test(t.text) && !/people/.test(lower(v.tokens[i + 1] ?? t))) return;
    let unit: number | undefined = i + 1 < v.tokens.length && COUNTED.has(lower(v.tokens[i + 1]!)) ? i + 1 : undefined;
    if (unit === undefined && i + 2 < v.tokens.length && v.tokens[i + 1]!.upos === 'ADJ' && COUNTED.has(lower(v.tokens[i + 2]!))) unit = i + 2;
    const after = unit ?? i;
    let verb: { name: string; label: string } | undefined;
    // after: "(were|have been|had been)? killed|injured", "died", "dead"
    for (let k = after + 1; k < Math.min(v.tokens.length, after + 5); k++) {
      const u = v.tokens[k]!;
      if (COUNT_VERBS[lemmaOf(u)] && (u.upos === 'VERB' || u.upos === 'ADJ')) { verb = COUNT_VERBS[lemmaOf(u)]; break; }
      if (!['AUX', 'ADV', 'PART'].includes(u.upos) && lower(u) !== 'and') break;
    }
    // before: "killing at least 20 people", "killed 12"
    if (!verb && unit !== undefined) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const u = v.tokens[k]!;
        if (COUNT_VERBS[lemmaOf(u)] && u.upos === 'VERB') { verb = COUNT_VERBS[lemmaOf(u)]; break; }
        if (!['ADV', 'ADP', 'ADJ'].includes(u.upos) && !['at', 'least', 'more', 'than', 'some', 'about', 'nearly', 'over', 'almost', 'around', 'up', 'to'].includes(lower(u))) break;
      }
    }
    if (!verb) return;
    const ev = eventForCount(ctx.book, v);
    if (!ev) return;
    const lit = countLiteral(v, i, unit);
    if (!lit) return;
    out.push(statement(v, ev.arg, verb.name, verb.label, lit, ev.sentence === v.sentence.index ? 0.8 : 0.6));
    // one day named in the sentence of a casualty count is the day of the event
    const days = v.analysis.times.filter((x) => x.sentence === v.sentence.index && x.date);
    if (days.length === 1) out.push(statement(v, ev.arg, 'date', 'date', { kind: 'literal', value: days[0]!.date!, datatype: 'date', text: days[0]!.text }, 0.55));
    // the count clause's own place and date belong to the event: "were killed in Moscow on Friday"
    if (v.parsed) {
      const verbTok = v.tokens.findIndex((u, k) => k > after && COUNT_VERBS[lemmaOf(u)] !== undefined);
      if (verbTok >= 0) placeAndDate(ctx, v, ev.arg, verbTok, out, 0.65);
    }
  });
  return out;
}

export function events(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  return ctx.views.flatMap((v) => sentenceEvents(ctx, v));
}
