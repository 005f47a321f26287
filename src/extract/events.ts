// Statements about events: where and when they happened, their target and perpetrator, and how many they killed or
// injured ("at least 137 people were killed in Moscow on Friday when gunmen struck"); and the acts of the law, of office
// and of selection told of the one acted on ("was charged with fraud", "pleaded not guilty to", "was named manager").
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate, EventArgument, LiteralArgument } from './candidate.js';
import { argumentFor, countLiteral, entityFromMention, isNamed, type Context } from './arguments.js';
import { DEMONSTRATIVES, EventBook, eventTypeOfNoun, HARMFUL_INCIDENTS, INCIDENTS, verbOfSubject, type EventMention } from './event-book.js';
import { COUNT_OPENERS, isVagueNumber, numberValue } from './quantities.js';
import { ancestors, kids, lemmaOf, lower, tokenKey, type SentenceView } from './sentence-view.js';
import { LOCATIVE_TYPES, prepOf } from './relations/words.js';
import { verbLemma } from './verb-lemma.js';
import { MODAL_AUX, SPEECH_VERBS } from './predicates/lexicon.js';
import { isPluralDemonym } from '../analyze/gazetteer/index.js';
import { contextOf, type DocumentContext } from './context.js';
import { WEEKDAY_NAMES } from '../analyze/dates/calendar.js';
import { frameOf, SpeakerMemory, speechFrames, type SpeechFrame } from './speech.js';
import { wordTable } from '../util/word-table.js';
import { processActs } from './process-acts.js';
import { deedVerbOf, perpetrators } from './perpetrators.js';

export const NAME = 'events';

/** Common nouns of places an event can be in ("at the market", "in the hall"). */
const PLACE_NOUNS = new Set(['hall', 'building', 'market', 'school', 'hospital', 'mosque', 'church', 'synagogue', 'temple', 'station', 'airport', 'hotel', 'theatre', 'theater', 'stadium', 'embassy', 'square', 'street', 'village', 'town', 'city', 'camp', 'base', 'court', 'office', 'headquarters', 'plant', 'factory', 'port', 'club', 'mall', 'restaurant', 'prison', 'university', 'capital', 'region', 'province', 'district', 'border', 'venue', 'centre', 'center', 'arena', 'compound', 'checkpoint', 'parliament', 'palace', 'bridge', 'road', 'highway', 'county', 'state', 'country', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'concert',
  // premises people gather in ("at the cafe", "in a bakery")
  'cafe', 'café', 'bar', 'pub', 'shop', 'bakery', 'nightclub', 'supermarket', 'store', 'cinema', 'bazaar', 'terminal', 'shrine', 'cathedral', 'barracks', 'consulate', 'park', 'beach', 'avenue', 'boulevard']);
const COUNT_VERBS: Record<string, { name: string; label: string }> = wordTable({
  kill: { name: 'killed', label: 'killed' }, die: { name: 'killed', label: 'killed' }, dead: { name: 'killed', label: 'killed' },
  injure: { name: 'injured', label: 'injured' }, wound: { name: 'injured', label: 'injured' }, hurt: { name: 'injured', label: 'injured' },
  maim: { name: 'injured', label: 'injured' }, mutilate: { name: 'injured', label: 'injured' },
});
/** Verbs of harm that count no one themselves: "killed 12 and left 40 wounded". */
const HARM_LEAVE = new Set(['leave']);
/** Place nouns that say nothing without words of their own: "in an area where ...", "at the scene" is no place to record. */
const VAGUE_PLACES = new Set(['area', 'place', 'part', 'spot', 'location', 'site', 'scene']);
const COUNTED = new Set(['people', 'person', 'persons', 'civilians', 'civilian', 'soldiers', 'soldier', 'children', 'child', 'women', 'men', 'police', 'officers', 'troops', 'residents', 'passengers', 'workers', 'protesters', 'militants', 'fighters', 'others', 'victims', 'pupils', 'students', 'journalists', 'tourists', 'migrants', 'refugees', 'staff',
  'members', 'policemen', 'guards', 'firefighters', 'rescuers', 'worshippers', 'pilgrims', 'fans', 'spectators', 'shoppers', 'bystanders', 'commuters', 'inmates', 'prisoners', 'hostages', 'marines', 'sailors', 'personnel',
  'villagers', 'pedestrians', 'mourners', 'demonstrators', 'revellers', 'patrons']);
/**
 * Attack nouns made from a verb whose object is what was attacked: their of-phrase names the target ("the shelling of a
 * border post", "the siege of the town", "the assassination of the mayor"), as the on-phrase of "attack" does. Not
 * "attack" or "raid" themselves, whose of-phrase is rather what kind or whose ("an attack of nerves", "a raid of the
 * police"), nor "killing", "murder" or "massacre", whose of-phrase names victims of what is as often a war or a policy as
 * the article's incident ("retaliation for the killing of civilians in wars").
 */
const OF_TARGET_NOUNS = new Set(['bombing', 'bombardment', 'shelling', 'storming', 'siege', 'invasion', 'occupation', 'blockade', 'assassination', 'firebombing', 'hijacking', 'kidnapping', 'abduction', 'destruction', 'torching', 'burning', 'sacking', 'looting', 'ransacking']);
/** Nouns of a time of day or a period: "on the morning of 1 March" says when, never what was attacked. */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'weekend', 'week', 'month', 'year', 'eve', 'anniversary', 'occasion', 'date', 'hour', 'dawn', 'dusk', 'midnight', 'noon']);
/** Verbs whose subject event is where and when their place and date say: "the attack took place in Kabul on Friday". */
const OCCURRENCE_VERBS = new Set(['happen', 'occur', 'take', 'come', 'begin', 'start', 'open', 'close', 'conclude', 'resume', 'convene', 'run', 'finish', 'go', 'unfold', 'erupt', 'break', 'end', 'continue', 'hold', 'last', 'kill', 'leave', 'wound', 'injure', 'hit', 'strike', 'rock', 'shake', 'target', 'destroy', 'damage', 'claim',
  // news dates an incident by its report when it gives no other date ("the assault was reported on Sunday")
  'report']);
/**
 * Verbs of reaction: a time on one of them dates the reaction, not the event it reacts to ("condemned the attack on
 * Monday evening": the condemnation was on Monday evening, the attack perhaps a day before).
 */
const REACTION_VERBS = new Set(['condemn', 'denounce', 'mourn', 'react', 'respond', 'comment', 'deplore', 'decry', 'criticise', 'criticize', 'lament', 'regret', 'welcome', 'praise', 'hail', 'applaud', 'slam']);

function statement(v: SentenceView, subject: EventArgument, name: string, label: string, object: Argument, confidence: number): Candidate {
  return { subject, predicate: name, predicateLabel: label, object, polarity: 'asserted', fact: true, sentence: v.sentence.index, start: v.sentence.start, end: v.sentence.end, extractor: NAME, confidence };
}

/** Place and date modifiers of a token (an event noun or verb): "in Moscow", "on Friday", "at the hall". */
function placeAndDate(ctx: Context, v: SentenceView, e: EventArgument, i: number, out: Candidate[], base: number, deedVerb = false): void {
  const reacted = isReactedTo(v, i);
  // "Saturday's attack", "the 22 May bombing": a day before an event noun, as its possessor or modifier, is its date, even
  // as the object of a verb of reaction ("condemned Saturday's attack")
  if (v.tokens[i]!.upos === 'NOUN') {
    for (const k of kids(v, i, 'nmod:poss', 'compound', 'nmod:tmod', 'obl:tmod')) {
      if (k > i) continue;
      const a = argumentFor(ctx, v, k);
      // (a month with its day or year before the noun dates it too, "the June 12 shooting", "the October 2000 raid"; in an
      // undated article the day stays as written)
      if (a?.kind === 'literal' && (a.datatype === 'date' || a.datatype === 'gYearMonth' || a.datatype === 'string' && (DAY_WORDS.test(a.text ?? a.value) || MONTH_DAY.test(a.text ?? a.value)) && v.analysis.times.some((x) => x.text === a.text))) out.push(statement(v, e, 'date', 'date', a, base));
    }
  }
  for (const m of kids(v, i, 'nmod', 'obl', 'obl:agent', 'obl:tmod', 'nmod:tmod', 'obl:npmod')) {
    const prep = prepOf(v, m);
    const a = argumentFor(ctx, v, m);
    if (!a) continue;
    // a date, a month or a year; in an undated article, the expression as written ("16 December")
    if (a.kind === 'literal' && (['date', 'gYear', 'gYearMonth'].includes(a.datatype) || a.datatype === 'string' && v.analysis.times.some((x) => x.text === a.text))) {
      // the object of a verb of reaction keeps only a date it is named by ("the attack of 11 September")
      if (reacted && prep !== 'of') continue;
      out.push(statement(v, e, 'date', 'date', a, base + 0.05));
    // ("near the embassy" says where the event was not: beside the place, not in it)
    } else if ((prep === 'in' || prep === 'at' || prep === 'inside') && (a.kind === 'entity' && LOCATIVE_TYPES.has(a.type) || a.kind === 'concept' && PLACE_NOUNS.has(lemmaOf(v.tokens[m]!)) && !(VAGUE_PLACES.has(lemmaOf(v.tokens[m]!)) && !kids(v, m, 'nmod', 'compound', 'amod').length) && !pointsBack(v, m))) {
      out.push(statement(v, e, 'locatedIn', 'located in', a, a.kind === 'entity' ? base : base - 0.15));
      // "the hall in Moscow": the event is in Moscow too; "in Moscow on Friday" parsed as one phrase: the date is the event's
      for (const n of kids(v, m, 'nmod')) {
        const inner = argumentFor(ctx, v, n);
        if (inner?.kind === 'literal' && ['date', 'gYear', 'gYearMonth'].includes(inner.datatype)) out.push(statement(v, e, 'date', 'date', inner, base - 0.05));
        if (prepOf(v, n) === 'in' && inner?.kind === 'entity' && LOCATIVE_TYPES.has(inner.type)) out.push(statement(v, e, 'locatedIn', 'located in', inner, base - 0.1));
        // "in the town of Heet", "in the neighbourhoods of Adhamiya and Karada": the named places are the event's too
        if (prepOf(v, n) === 'of' && a.kind === 'concept') {
          for (const p of [n, ...kids(v, n, 'conj')]) {
            const named = argumentFor(ctx, v, p);
            if (named?.kind === 'entity' && LOCATIVE_TYPES.has(named.type)) out.push(statement(v, e, 'locatedIn', 'located in', named, base - 0.1));
          }
        }
      }
    } else if ((prep === 'on' || prep === 'against' || prep === 'of' && OF_TARGET_NOUNS.has(lemmaOf(v.tokens[i]!))) && e.eventType === 'Attack' && a.kind !== 'literal' && (deedVerb ? prep !== 'of' && !TIME_NOUNS.has(lemmaOf(v.tokens[m]!)) : isTargetPhrase(v, i, m)) && !(v.tokens[i]!.dep === 'obj' && v.tokens[i]!.head >= 0 && lemmaOf(v.tokens[v.tokens[i]!.head]!) === 'blame')) {
      // "an attempt on her life", "an attempt on the judge's life": the target is whose life it was
      const whose = lemmaOf(v.tokens[m]!) === 'life' ? kids(v, m, 'nmod:poss').map((k) => argumentFor(ctx, v, k) ?? possessorOf(ctx, v, k)).find((x) => x?.kind === 'entity') : a;
      if (whose) out.push(statement(v, e, 'target', 'target', whose, base - 0.05));
      // "the raids on the Mill and the Forge", "an attack on police and soldiers": each conjunct is a target too
      if (whose === a) {
        for (const c of kids(v, m, 'conj')) {
          const other = argumentFor(ctx, v, c);
          if (other && other.kind !== 'literal' && other.kind !== 'event' && !TIME_NOUNS.has(lemmaOf(v.tokens[c]!))) out.push(statement(v, e, 'target', 'target', other, base - 0.1));
        }
      }
      for (const n of kids(v, m, 'nmod')) {
        const inner = argumentFor(ctx, v, n);
        if (prepOf(v, n) === 'in' && inner?.kind === 'entity' && LOCATIVE_TYPES.has(inner.type)) {
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

/** Verbs whose object is what their subject, an attack, was aimed at: "the strikes targeted Pakistan", "a shell hit a school". */
const STRIKING_VERBS = new Set(['target', 'hit', 'strike', 'attack', 'destroy', 'damage', 'raze', 'level']);

/**
 * The targets of an attack noun that is the subject of a verb of striking, read from the verb's object and its conjuncts
 * ("the raids targeted Ardania, Zenta and Tarvia"); not a time ("hit on Friday") nor under a modal ("could hit").
 */
function struckTargets(ctx: Context, v: SentenceView, e: EventArgument, i: number, out: Candidate[]): void {
  const verb = verbOfSubject(v, i);
  if (verb === undefined || !STRIKING_VERBS.has(lemmaOf(v.tokens[verb]!)) || isUnreal(v, verb) || kids(v, verb, 'nsubj:pass').length) return;
  for (const o of kids(v, verb, 'obj')) {
    for (const k of [o, ...kids(v, o, 'conj')]) {
      const a = argumentFor(ctx, v, k);
      if (a && (a.kind === 'entity' || a.kind === 'concept') && !TIME_NOUNS.has(lemmaOf(v.tokens[k]!))) out.push(statement(v, e, 'target', 'target', a, 0.6));
    }
  }
}

/**
 * A common noun of place with a demonstrative (event-book's DEMONSTRATIVES) and no words of its own ("in these districts",
 * "in this city", "in such areas"): it points back to places named before, which are no place the row can name.
 */
function pointsBack(v: SentenceView, m: number): boolean {
  return kids(v, m, 'det').some((k) => DEMONSTRATIVES.has(lower(v.tokens[k]!))) && !kids(v, m, 'nmod', 'compound', 'amod').length;
}

/** An event noun that is what a verb of reaction reacts to: "condemned the attack", "responded to the bombing". */
function isReactedTo(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.upos === 'VERB' || t.head < 0 || !['obj', 'obl', 'nmod'].includes(t.dep)) return false;
  const h = v.tokens[t.head]!;
  return h.upos === 'VERB' && REACTION_VERBS.has(lemmaOf(h));
}

/** Verbs whose subject was what their object, an attack, was aimed at: "survived a shooting", "escaped an ambush". */
const ENDURE_VERBS = new Set(['survive', 'escape']);

/** A verb under a modal of possibility ("a bombing could happen in the UK"): where and when it says are no event's. */
function isUnreal(v: SentenceView, verb: number): boolean {
  return kids(v, verb, 'aux').some((k) => { const m = MODAL_AUX[lower(v.tokens[k]!)]; return m !== undefined && m !== 'future'; });
}

/**
 * "the attack on the market", "attacks against police": an on/against phrase right after an event noun names its target.
 * A verb's on-phrase ("raided on the outskirts", "attacked on Monday") says where or when, and a phrase far from the noun
 * ("hours after the bombing, patrols were seen on the streets") is another word's.
 */
function isTargetPhrase(v: SentenceView, i: number, m: number): boolean {
  if (v.tokens[i]!.upos !== 'NOUN' || TIME_NOUNS.has(lemmaOf(v.tokens[m]!))) return false;
  const c = kids(v, m, 'case')[0];
  return c !== undefined && c > i && c <= i + 3;
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

/**
 * The verb of harm a count belongs to, and its token. A verb right before the number governs it ("killing three people and
 * injuring 40": three killed, 40 injured; "killed over 26 and wounded over 42"), else a verb after the counted words
 * ("14 people were killed", "six guards dead and another 12 hurt").
 */
function countVerb(v: SentenceView, i: number, unit: number | undefined): [{ name: string; label: string }, number] | undefined {
  const found = harmVerbOf(v, i, unit);
  // "50 people were killed or wounded", "dead or injured": one count of both, neither the dead nor the injured
  if (found && eitherHarm(v, found[1])) return undefined;
  return found;
}

/** Whether a verb of harm is one of two joined by "or" ("killed or wounded", "wounded or killed"). */
function eitherHarm(v: SentenceView, k: number): boolean {
  // (the tagger reads the second as often as an adjective, "wounded", as a verb)
  const harm = (j: number): boolean => !!v.tokens[j] && !!(COUNT_VERBS[lemmaOf(v.tokens[j]!)] ?? COUNT_VERBS[verbLemma(lower(v.tokens[j]!)) ?? '']);
  return lower(v.tokens[k + 1] ?? v.tokens[k]!) === 'or' && harm(k + 2) || k >= 2 && lower(v.tokens[k - 1]!) === 'or' && harm(k - 2);
}

function harmVerbOf(v: SentenceView, i: number, unit: number | undefined): [{ name: string; label: string }, number] | undefined {
  // a bare number before a noun it does not count ("killed 12 hours later") is no casualty figure
  const next = v.tokens[i + 1];
  const bare = unit === undefined && !(next && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.upos));
  if (unit !== undefined || bare) {
    // (the verb stands before a range's first number: "killed between 20 and 30 people", "killing 10 to 15 people")
    const first = rangeStart(v, i) ?? i;
    for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
      const u = v.tokens[k]!;
      if (COUNT_VERBS[lemmaOf(u)] && u.upos === 'VERB') return [COUNT_VERBS[lemmaOf(u)]!, k];
      // a gerund the tagger read as a noun ("a car bomb outside the compound killing at least five")
      const gerund = u.upos === 'NOUN' && /ing$/.test(lower(u)) ? COUNT_VERBS[verbLemma(lower(u)) ?? ''] : undefined;
      if (gerund) return [gerund, k];
      // a past tense the tagger read as an adjective, after "and" ("killed 12 and wounded 40": not "the wounded 40")
      const past = u.upos === 'ADJ' && /ed$/.test(lower(u)) && k > 0 && lower(v.tokens[k - 1]!) === 'and' ? COUNT_VERBS[verbLemma(lower(u)) ?? ''] : undefined;
      if (past) return [past, k];
      // (the words between a verb of harm and its count)
      if (u.upos !== 'ADV' && !COUNT_OPENERS.has(lower(u)) && !(first < i && ['between', 'from'].includes(lower(u)))) break;
    }
  }
  const after = unit ?? i;
  for (let k = after + 1; k < Math.min(v.tokens.length, after + 5); k++) {
    const u = v.tokens[k]!;
    // ("some 130 more were injured": more of the people counted before)
    if (k === i + 1 && unit === undefined && lower(u) === 'more') continue;
    // (a participle the tagger read as an adjective keeps its own word as lemma: "with 17 injured")
    const harm = COUNT_VERBS[lemmaOf(u)] ?? (u.upos === 'ADJ' ? COUNT_VERBS[verbLemma(lower(u)) ?? ''] : undefined);
    if (harm && (u.upos === 'VERB' || u.upos === 'ADJ')) return [harm, k];
    if (!['AUX', 'ADV', 'PART'].includes(u.upos) && lower(u) !== 'and') break;
  }
  // "more than 100 members of the border guard were killed": counted people with words of their own after them are the
  // subject of their verb of harm, however far the words put it ("four workers and two soldiers were killed": the count
  // of a first conjunct is read with the next one's, as one toll, see joinToll)
  if (v.parsed && unit !== undefined && !kids(v, unit, 'conj').some((c) => kids(v, c, 'nummod').length)) {
    const u = v.tokens[unit]!, h = v.tokens[u.head];
    const harm = h && (u.dep === 'nsubj' || u.dep === 'nsubj:pass') && u.head > unit && h.upos === 'VERB' ? COUNT_VERBS[lemmaOf(h)] : undefined;
    if (harm) return [harm, u.head];
  }
  return undefined;
}

/** The count events of a sentence, in order. */
function countable(book: EventBook, v: SentenceView): EventMention[] {
  return book.mentions.filter((m) => m.sentence === v.sentence.index && !m.modality && INCIDENTS.has(m.arg.eventType));
}

/**
 * The event a count in sentence `v` belongs to: the event the verb of harm says did it (its subject, "a car bomb killed
 * 12"; the noun its clause hangs on, "the attack, which killed 5"; its oblique, "were killed in the explosion"), else the
 * first event of the sentence, else the latest before it.
 */
function eventForCount(book: EventBook, v: SentenceView, verbTok: number): EventMention | undefined {
  // "killed 13 protesters during Bloody Sunday": a named event the harm was done in is the count's, and where the article
  // gives it no incident type it is no other event's either
  const during = v.parsed ? namedEventOf(v, verbTok) : undefined;
  if (during !== undefined) {
    const m = book.at(v.sentence.index, during);
    return m && !m.modality ? m : undefined;
  }
  const here = countable(book, v);
  if (v.parsed && here.length > 1) {
    const verb = v.tokens[verbTok]!;
    const near = new Set<number>(kids(v, verbTok, 'nsubj', 'nsubj:pass', 'obl', 'obl:agent'));
    if (verb.head >= 0) near.add(verb.head);
    // "a spate of bombings killed": the event is the subject's of-phrase
    for (const k of [...near]) for (const n of kids(v, k, 'nmod')) near.add(n);
    // the event the words make the verb's subject, whatever the parse hung it on ("a car bomb outside an office ... killed 12")
    // ("killed 17 and wounded 100": the second verb is the first's conjunct)
    const verbs = new Set([verbTok]);
    const first = v.tokens[verbTok]!.head;
    if (v.tokens[verbTok]!.dep === 'conj' && first >= 0 && (COUNT_VERBS[lemmaOf(v.tokens[first]!)] || HARM_LEAVE.has(lemmaOf(v.tokens[first]!)))) verbs.add(first);
    const subject = here.find((m) => !m.verbal && verbs.has(verbOfSubject(v, m.token) ?? -1));
    if (subject) return subject;
    // an attack the clause names before a rally or trial it hangs on ("the attack at a rally, which killed 26")
    const own = here.find((m) => near.has(m.token) && HARMFUL_INCIDENTS.has(m.arg.eventType)) ?? here.find((m) => HARMFUL_INCIDENTS.has(m.arg.eventType)) ?? here.find((m) => near.has(m.token));
    if (own) return own;
  }
  if (here.length) return here[0];
  // people killed in a sentence naming no event: the latest attack or disaster before, rather than a war or protest the
  // article mentioned in passing since; not a toll of a period ("by the end of 1972, 496 had been killed", "this year") or
  // of another day ("the highest since May 10, 2010, when 110 people were killed"), which sums or names other incidents
  if (periodToll(v, verbTok)) return undefined;
  // nor when the sentence names incidents of its own that are no single event ("Checkpoint shootings and bomb blasts
  // killed 11", "launched attacks on a base, killing 15"): in a round-up, the count is theirs
  if (v.tokens.some((t, k) => t.tag === 'NNS' && !book.at(v.sentence.index, k) && INCIDENTS.has(eventTypeOfNoun(v, k) ?? ''))) return undefined;
  // (an event before the article's, "the previous attack", is no referent of a count that does not name it)
  const before = book.mentions.filter((m) => m.sentence < v.sentence.index && !m.modality && !m.past && INCIDENTS.has(m.arg.eventType));
  return before.filter((m) => HARMFUL_INCIDENTS.has(m.arg.eventType)).pop() ?? before.pop();
}

/** The last token of a named event a verb's in-, during- or at-phrase names ("killed during Bloody Sunday"), if one does. */
function namedEventOf(v: SentenceView, verb: number): number | undefined {
  for (const k of kids(v, verb, 'obl', 'nmod', 'obl:unmarked', 'obl:tmod', 'nmod:tmod')) {
    const m = v.mentionAt[k];
    if (!m || m.type !== 'Event') continue;
    // (the preposition read from the words too: a parser may take "during Bloody Sunday" for a bare time)
    let b = m.tokenStart - 1;
    if (b >= 0 && v.tokens[b]!.upos === 'DET') b--;
    const preps = [...kids(v, k, 'case'), ...(b >= 0 ? [b] : [])].map((c) => lower(v.tokens[c]!));
    if (!preps.some((w) => ['in', 'during', 'at'].includes(w))) continue;
    return m.tokenEnd - 1;
  }
  return undefined;
}

/**
 * Adds to a count the counts joined to it by "and" or commas on one side ("four workers and two soldiers": 6), each a
 * number with a counted noun one or two words after it; the toll's unit becomes "people" where the nouns differ, and a
 * bound before the first ("at least four workers and two soldiers") bounds the sum.
 */
function joinToll(v: SentenceView, lit: LiteralArgument, i: number, unit: number, side: 'before' | 'after', counts: (k: number) => boolean): void {
  const parts: Array<[number, number]> = [];
  const counted = (k: number): boolean => k >= 0 && k < v.tokens.length && counts(k);
  const joiner = (k: number): boolean => !!v.tokens[k] && (lower(v.tokens[k]!) === 'and' || v.tokens[k]!.text === ',');
  if (side === 'before') {
    for (let k = i - 1; k >= 2 && joiner(k) && counted(k - 1);) {
      const n = v.tokens[k - 2]!.upos === 'NUM' ? k - 2 : k >= 3 && ['ADJ', 'PROPN'].includes(v.tokens[k - 2]!.upos) && v.tokens[k - 3]!.upos === 'NUM' ? k - 3 : undefined;
      if (n === undefined || numberValue(v.tokens[n]!.text) === undefined) break;
      parts.push([n, k - 1]);
      k = n - 1;
    }
  } else {
    for (let k = unit + 1; joiner(k) && v.tokens[k + 1]?.upos === 'NUM';) {
      const u = counted(k + 2) ? k + 2 : ['ADJ', 'PROPN'].includes(v.tokens[k + 2]?.upos ?? '') && counted(k + 3) ? k + 3 : undefined;
      if (u === undefined || numberValue(v.tokens[k + 1]!.text) === undefined) break;
      parts.push([k + 1, u]);
      k = u + 1;
    }
  }
  if (!parts.length) return;
  let sum = Number(lit.value);
  for (const [n] of parts) sum += numberValue(v.tokens[n]!.text)!;
  lit.value = String(sum);
  if (parts.some(([, u]) => lower(v.tokens[u]!) !== lower(v.tokens[unit]!))) lit.unit = 'people';
  const first = side === 'before' ? parts[parts.length - 1]![0] : i;
  const last = side === 'before' ? unit : parts[parts.length - 1]![1];
  if (side === 'before') {
    const bound = countLiteral(v, first, undefined)?.bound;
    if (bound && bound !== 'exact') lit.bound = bound;
  }
  lit.text = v.analysis.document.text.slice(v.tokens[first]!.start, v.tokens[last]!.end);
}

/** The number opening a range "between <n> and <m>" whose second number is token `i`, if it is one. */
function rangeStart(v: SentenceView, i: number): number | undefined {
  const and = v.tokens[i - 1], first = v.tokens[i - 2], between = v.tokens[i - 3];
  if (!and || !first || first.upos !== 'NUM' || numberValue(first.text) === undefined) return undefined;
  // "380 to 801 civilians", "from 10 to 15": a range by "to" needs no word before it
  if (lower(and) === 'to') return i - 2;
  if (!between || lower(and) !== 'and' && and.text !== '-' || !['between', 'from'].includes(lower(between))) return undefined;
  return i - 2;
}

/**
 * The one day a sentence names, as a date; or, where the article is undated, a day as written ("Friday", "Friday night",
 * not a month, a year or a span) that the words set in the event's own report: between the event and the verb of harm ("a
 * device that exploded on Friday, wounding 13", "attacks on Monday killed 107") or in the event's phrase ("Monday's
 * attack"). An undated day elsewhere is another clause's ("appeared in court on Friday over the attack that injured 15").
 */
function onlyDay(v: SentenceView, ev: EventMention, verbTok: number): LiteralArgument | undefined {
  const days = v.times.filter((x) => x.date);
  if (days.length === 1) return otherClauseDay(v, ev, verbTok, days[0]!) ? undefined : { kind: 'literal', value: days[0]!.date!, datatype: 'date', text: days[0]!.text };
  if (days.length || v.times.length !== 1 || ev.sentence !== v.sentence.index) return undefined;
  const x = v.times[0]!;
  if (!x.unresolved || x.interval || PERIOD_WORDS.test(x.text) || !DAY_WORDS.test(x.text)) return undefined;
  const toks = v.tokens.flatMap((t, k) => t.start >= x.start && t.end <= x.end ? [k] : []);
  if (!toks.length) return undefined;
  const between = toks[0]! > ev.token && toks[toks.length - 1]! < verbTok;
  const own = v.parsed && toks.every((k) => k < ev.token && ancestors(v, k).includes(ev.token));
  return between || own ? { kind: 'literal', value: x.text, datatype: 'string', text: x.text } : undefined;
}

/**
 * Whether the one day of a count's sentence dates another act than the event: the day hangs on a verb that is not the verb
 * of harm and that has the event as its object or in a phrase ("appeared in court on Friday over the attack that injured
 * 15": the hearing was on Friday), or that reports it ("police said on Friday that 20 were killed"). A day on the event's
 * own verb, whose subject it is ("a bomb exploded on Friday, killing 20"), or on the verb of harm is the event's.
 */
function otherClauseDay(v: SentenceView, ev: EventMention, verbTok: number, day: { start: number; end: number }): boolean {
  if (!v.parsed) return false;
  const inDay = (k: number): boolean => v.tokens[k]!.start >= day.start && v.tokens[k]!.end <= day.end;
  const top = v.tokens.findIndex((t, k) => inDay(k) && (t.head < 0 || !inDay(t.head)));
  if (top < 0) return false;
  const h = v.tokens[top]!.head;
  if (h < 0 || h === verbTok || h === ev.token && ev.sentence === v.sentence.index) return false;
  const word = lemmaOf(v.tokens[h]!);
  // a day on a word the count's clause is not under dates another clause ("was charged on Monday with planting a device
  // that hurt 12 people"), unless that word reports harm or an event itself ("killed and 40 wounded on Friday")
  if (!ancestors(v, verbTok).includes(h)) return !COUNT_VERBS[word] && !OCCURRENCE_VERBS.has(word);
  if (SPEECH_VERBS.has(word) && v.tokens[h]!.upos === 'VERB') return true;
  if (ev.sentence !== v.sentence.index) return false;
  // (the event's path up to the day's verb: through a subject it is that verb's own event)
  const path = [ev.token, ...ancestors(v, ev.token)];
  const at = path.indexOf(h);
  return at > 0 && !['nsubj', 'nsubj:pass'].includes(v.tokens[path[at - 1]!]!.dep);
}

/** A month with its day, as an undated article writes it: "March 9", "9 March", "Mar. 9, 2018". */
const MONTH_DAY = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/i;

/**
 * The person a possessive pronoun stands for, as coreference resolved it ("an attempt on her life": whose life), which
 * argumentFor leaves alone ("his" is no argument of a verb).
 */
function possessorOf(ctx: Context, v: SentenceView, k: number): Argument | undefined {
  if (!['his', 'her', 'their'].includes(lower(v.tokens[k]!))) return undefined;
  const r = ctx.anaphors?.get(tokenKey(v.sentence.index, k));
  return r ? entityFromMention(r.mention) : undefined;
}

/** Words that make an unresolved time one day: a weekday ("today" in an undated article says no day a reader can place). */
const DAY_WORDS = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b`, 'i');

/** An unresolved time (an undated article) that names a month, a season or a year, not a day: "in June", "this year". */
const PERIOD_WORDS = /^(?:(?:in|this|last|that|early|late|mid|the)\s+)*(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year|month|decade|\d{4})$/i;

/**
 * Whether a count's clause is dated by a period rather than a day ("by the end of 1972", "in three months", "this year":
 * a year, a month or a span), or hangs as a "when" clause on a time named before it ("in June when 282 were killed").
 */
function periodToll(v: SentenceView, verbTok: number): boolean {
  if (v.times.some((x) => x.interval || x.date && x.date.length < 10 || x.unresolved && PERIOD_WORDS.test(x.text))) return true;
  if (!v.parsed) return false;
  const when = kids(v, verbTok, 'advmod', 'mark').find((k) => lower(v.tokens[k]!) === 'when');
  if (when === undefined) return false;
  let b = when - 1;
  if (b >= 0 && v.tokens[b]!.text === ',') b--;
  return b >= 0 && v.times.some((x) => x.start <= v.tokens[b]!.start && x.end >= v.tokens[b]!.end);
}

/** Words between a date and the name it became known by: "21 July 1972, a day that became known as Bloody Friday". */
const KNOWN_AS_GAP = new Set(['a', 'the', 'day', 'date', 'night', 'that', 'which', 'what', 'became', 'become', 'becomes', 'has', 'have', 'had', 'been', 'was', 'is', 'be', 'came', 'come', 'comes', 'to', 'later', 'soon', 'since', 'now', 'would', 'forever', 'widely', 'commonly']);

/**
 * The day a named event is the name of, where the text gives it the name: "<date>, a day that became known as <name>",
 * "<date>, later known as <name>". The words are read, not the parse, which hangs the name anywhere in a long sentence.
 */
function dayOfName(v: SentenceView, i: number): { value: string; text: string } | undefined {
  const m = v.mentionAt[i];
  if (!m || m.type !== 'Event') return undefined;
  let k = m.tokenStart - 1;
  if (k < 1 || lower(v.tokens[k]!) !== 'as' || !['known', 'dubbed', 'called', 'remembered'].includes(lower(v.tokens[k - 1]!))) return undefined;
  k -= 2;
  while (k >= 0 && KNOWN_AS_GAP.has(lower(v.tokens[k]!))) k--;
  if (k < 1 || v.tokens[k]!.text !== ',') return undefined;
  const before = v.tokens[k - 1]!;
  const x = v.times.find((t) => t.date && t.start <= before.start && t.end >= before.end);
  return x ? { value: x.date!, text: x.text } : undefined;
}

/**
 * The event statements of one sentence. Those read inside someone's reported words (`frames`: "the police said 12 people
 * were killed in the blast", a quotation) are that speaker's claims, as relations are: attributed, no plain fact, denied
 * where the speaker denies the content.
 */
export function sentenceEvents(ctx: Context, v: SentenceView, frames: SpeechFrame[] = []): Candidate[] {
  const out: Candidate[] = [];
  // (the statements pushed since `from` were read at token `at`, the event's word or the verb of harm of a count: they are
  // in the reported words of the innermost frame that holds it)
  const anchor = (from: number, at: number): void => {
    const f = frameOf(frames, at);
    if (!f) return;
    for (const c of out.slice(from)) {
      c.fact = false;
      if (f.speaker) { c.speaker = f.speaker; c.cue = f.cue; }
      if (f.denied) c.polarity = 'denied';
    }
  };
  const own = ctx.book.mentions.filter((m) => m.sentence === v.sentence.index);
  if (v.parsed) {
    for (const m of own) {
      if (m.modality) continue;
      const from = out.length;
      placeAndDate(ctx, v, m.arg, m.token, out, m.verbal ? 0.6 : 0.7);
      // "the attack happened on Friday": the governing verb's place and date
      const t = v.tokens[m.token]!;
      if (!m.verbal && (t.dep === 'nsubj' || t.dep === 'nsubj:pass') && t.head >= 0 && v.tokens[t.head]!.upos === 'VERB' && OCCURRENCE_VERBS.has(lemmaOf(v.tokens[t.head]!)) && !isUnreal(v, t.head)) {
        placeAndDate(ctx, v, m.arg, t.head, out, 0.6);
      }
      // "a drone strike hit a wedding party", "the strikes targeted A, B and C": what the incident hit is its target
      if (!m.verbal && m.arg.eventType === 'Attack') struckTargets(ctx, v, m.arg, m.token, out);
      // "detonated a car bomb in Zenta on 3 March", "launched the attack on Monday": the deed's verb's place and date
      const deed = m.verbal ? undefined : deedVerbOf(v, m.token);
      // (an on-phrase the parse hung on the verb is the attack's target: "launched an attack on a checkpoint")
      // (a weapon's "on a street" is where it went off, not what it was set off against)
      if (deed !== undefined && !isUnreal(v, deed)) placeAndDate(ctx, v, m.arg, deed, out, 0.6, eventTypeOfNoun(v, m.token) === 'Attack');
      // "On Monday Ana Roe escaped a shooting": who survived or escaped it was its target, and the verb's date and place are its
      const endured = m.verbal || t.dep !== 'obj' || t.head < 0 || !ENDURE_VERBS.has(lemmaOf(v.tokens[t.head]!)) || isUnreal(v, t.head) ? undefined : t.head;
      if (endured !== undefined && m.arg.eventType === 'Attack') {
        placeAndDate(ctx, v, m.arg, endured, out, 0.6);
        for (const k of kids(v, endured, 'nsubj')) {
          const a = argumentFor(ctx, v, k);
          if (a?.kind === 'entity') out.push(statement(v, m.arg, 'target', 'target', a, 0.6));
        }
      }
      if (!m.verbal && t.head >= 0 && !isReactedTo(v, m.token)) datesRightAfter(ctx, v, m.arg, m.token, out);
      const day = dayOfName(v, m.token);
      if (day) out.push(statement(v, m.arg, 'date', 'date', { kind: 'literal', value: day.value, datatype: 'date', text: day.text }, 0.7));
      anchor(from, m.token);
    }
    // the legal, office and selection acts, each in the reported words around its participle
    processActs(ctx, v, NAME, out, anchor);
    // who set off, planted or carried out an attack, with the verb as written
    perpetrators(ctx, v, NAME, out, anchor);
  }
  // counts: "<n> <people> were killed", "killing <n> <people>", "<n> <people> died", "<n> dead"
  v.tokens.forEach((t, i) => {
    // "dozens of people", "hundreds were injured": a vague plural of a number counts, as a lower bound, whatever its tag
    const vague = isVagueNumber(t.text) && (t.upos === 'NUM' || t.upos === 'NOUN');
    if (!vague && (t.upos !== 'NUM' || numberValue(t.text) === undefined || /^\d{4}$/.test(t.text) && !/people/.test(lower(v.tokens[i + 1] ?? t)))) return;
    // people counted by a plural demonym ("wounding 110 Afghans") are counted people too
    const counts = (k: number): boolean => COUNTED.has(lower(v.tokens[k]!)) || isPluralDemonym(v.tokens[k]!.text);
    let unit: number | undefined = i + 1 < v.tokens.length && counts(i + 1) ? i + 1 : undefined;
    // ("five Afghan soldiers", "seven Taliban militants", "six American NATO service members": up to three words of who
    // they are between the number and the counted noun, none of them a plural noun of its own)
    const describes = (k: number): boolean => ['ADJ', 'PROPN'].includes(v.tokens[k]!.upos) || v.tokens[k]!.tag === 'NN';
    for (let n = 2; n <= 4 && unit === undefined && i + n < v.tokens.length && describes(i + n - 1); n++) if (counts(i + n)) unit = i + n;
    // ("dozens of civilians", "hundreds of people")
    if (unit === undefined && vague && lower(v.tokens[i + 1] ?? t) === 'of' && i + 2 < v.tokens.length && counts(i + 2)) unit = i + 2;
    const after = unit ?? i;
    // (the first number of a range is read with the second: "10 to 15 civilians" is no count of 10)
    if (rangeStart(v, i + 2) === i) return;
    const found = countVerb(v, i, unit);
    if (!found) return;
    const [verb, verbTok] = found;
    const ev = eventForCount(ctx.book, v, verbTok);
    if (!ev) return;
    const lit = countLiteral(v, i, unit);
    if (!lit) return;
    const from = out.length;
    if (vague && lit.bound === 'exact') lit.bound = 'min';
    // "four workers and two soldiers were killed", "killing three soldiers and two civilians": counts joined to this one on
    // the side away from the verb are of the same dead, summed into one toll
    if (unit !== undefined) joinToll(v, lit, i, unit, verbTok < i ? 'after' : 'before', counts);
    // "between 120 and 450 civilians": the second number is the most, the first the least
    const range = rangeStart(v, i);
    if (range !== undefined) {
      const low = countLiteral(v, range, unit);
      if (low) out.push(statement(v, ev.arg, verb.name, verb.label, { ...low, bound: 'min' }, ev.sentence === v.sentence.index ? 0.8 : 0.6));
      lit.bound = 'max';
    }
    out.push(statement(v, ev.arg, verb.name, verb.label, lit, ev.sentence === v.sentence.index ? 0.8 : 0.6));
    // one day named in the sentence of a casualty count is the day of the event; in an undated article, the day as written
    // ("exploded on Friday, wounding 13"), where it names a day, not a month or a year
    const day = onlyDay(v, ev, verbTok);
    if (day) out.push(statement(v, ev.arg, 'date', 'date', day, 0.55));
    // the count clause's own place and date belong to the event: "were killed in Moscow on Friday"; so do those of a
    // participle the event did the harm by ("exploded, wounding 13 people in Lyon")
    if (v.parsed && (verbTok > after || v.tokens[verbTok]!.tag === 'VBG')) placeAndDate(ctx, v, ev.arg, verbTok, out, 0.65);
    anchor(from, verbTok);
  });
  return out;
}

/**
 * A sentence's speech frames with their speakers resolved by the memory, which follows the article's speakers sentence by
 * sentence, for "he said" and quotations that run on.
 */
function framesOf(ctx: Context, v: SentenceView, memory: SpeakerMemory): SpeechFrame[] {
  const frames: SpeechFrame[] = speechFrames(ctx, v).map((f) => ({ ...f, speaker: memory.resolve(f.speaker) }));
  const continued = memory.continuedQuote(v, frames);
  if (continued) frames.push(continued);
  const lastPerson = [...v.mentionAt].reverse().find((m) => m?.type === 'Person');
  if (lastPerson) memory.notePerson(entityFromMention(lastPerson));
  return frames;
}

/**
 * framesOf of every sentence of an article in order, with one memory: read once, since events, money and business each
 * read the same frames the same way (their rows copy a frame's speaker and cue; none changes a frame).
 */
export function articleFrames(ctx: DocumentContext): SpeechFrame[][] {
  let all = framesByArticle.get(ctx);
  if (!all) {
    const memory = new SpeakerMemory();
    all = [];
    for (const v of ctx.views) all.push(framesOf(ctx, v, memory));
    framesByArticle.set(ctx, all);
  }
  return all;
}
const framesByArticle = new WeakMap<DocumentContext, SpeechFrame[][]>();

export function events(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const frames = articleFrames(ctx);
  return ctx.views.flatMap((v, i) => sentenceEvents(ctx, v, frames[i]!));
}
