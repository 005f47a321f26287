// Finds the event mentions of one article (nominal and verbal) and gives mentions of the same event one document-local key.
import type { EventArgument, Modality } from './candidate.js';
import { BE_WORDS, EVENT_LABELS, EVENT_NOUNS, EVENT_VERBS, MODAL_ADJECTIVES } from './predicates/lexicon.js';
import { ancestors, isInnerHyphen, kids, lemmaOf, lower, OPENING_QUOTES, tokenKey, type SentenceView } from './sentence-view.js';
import { COUNT_OPENERS } from './quantities.js';
import { isRelativePronoun } from './arguments.js';
import { WEEKDAY_NAMES } from '../analyze/dates/calendar.js';
import { wordTable } from '../util/word-table.js';

export interface EventMention {
  sentence: number;
  token: number;
  arg: EventArgument;
  /** Set when the mention is of an unreal event ("a potential attack"): it never merges with actual ones. */
  modality?: Modality;
  verbal: boolean;
  /** Set when the mention names an event before the article's own ("the previous attack", "since the bombing"). */
  past?: boolean;
}

const INDEFINITE = new Set(['a', 'an', 'another']);
/**
 * Event types an article usually reports one of, so that its verbs and nouns all point at it; the events a count of the
 * killed or injured can belong to.
 */
export const INCIDENTS = new Set(['Attack', 'Fight', 'Disaster', 'Protest', 'Coerce']);
/** Event nouns that are plural by nature. */
const PLURAL_EVENTS = new Set(['talks', 'negotiations', 'sanctions', 'hostilities', 'elections', 'riots', 'protests']);
/** Ordinals that tell one of several events apart ("the first attack", "a second bombing"): only the same ordinal is the same event. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '1st', '2nd', '3rd', '4th', '5th']);
/** Demonstratives point back to the event named last, whatever its words ("this attack"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);
/**
 * Weapons and blasts that, as the subject of a verb of harm, report an attack of their own ("a car bomb killed 12", "two
 * explosions wounded 30"): in a round-up of incidents each such sentence is another incident, not the article's first one.
 */
const WEAPON_NOUNS = new Set(['bomb', 'blast', 'explosion', 'explosive', 'grenade', 'rocket', 'missile', 'shell', 'mortar', 'device', 'ied', 'gunfire', 'shooting', 'bombing', 'attack', 'strike', 'airstrike', 'ambush', 'raid', 'shelling', 'landmine', 'mine']);
/**
 * Verbs by which a weapon is used or an explosion caused, with the particle a verb needs ("set off", "let off"); their
 * object is a weapon or a blast ('' for none).
 */
export const DETONATION_VERBS: Record<string, string> = wordTable({ set: 'off', let: 'off', detonate: '', explode: '', trigger: '', plant: '', leave: '', throw: '', hurl: '', lob: '', fire: '', drop: '', launch: '' });
/** Nouns of weapons and blasts: what a detonation verb's object must be ("set off a bomb", "dropped 40 bombs"). */
export const DETONATED = new Set(['bomb', 'device', 'explosive', 'grenade', 'rocket', 'missile', 'mortar', 'ied', 'explosion', 'blast', 'landmine', 'mine', 'bombshell', 'shell', 'weapon', 'munition', 'firebomb', 'charge']);
/** The particle of a verb: its compound:prt child or the word after it. */
export function particleOf(v: SentenceView, p: number): string | undefined {
  const prt = kids(v, p, 'compound:prt')[0];
  if (prt !== undefined) return lower(v.tokens[prt]!);
  const next = v.tokens[p + 1];
  return next && ['off', 'out', 'up'].includes(lower(next)) && ['ADP', 'ADV', 'PART'].includes(next.upos) ? lower(next) : undefined;
}

/** Heads of weapons, whose name is no good name for the attack they were used in ("bomb", "device"). */
const WEAPON_LABELS = new Set([...DETONATED].filter((w) => !['explosion', 'blast'].includes(w)));
/** Verbs whose subject did harm, or went off as a weapon does ("a car bomb exploded near a patrol, killing one"). */
const HARM_VERBS = new Set(['kill', 'wound', 'injure', 'hurt', 'leave', 'claim', 'hit', 'target', 'destroy', 'damage', 'explode', 'detonate', 'rip', 'tear']);
/** Objects of "strike" that make it no attack: "struck a deal", "strike a balance", "struck a chord". */
const NOT_STRUCK = new Set(['deal', 'agreement', 'accord', 'bargain', 'compromise', 'balance', 'chord', 'note', 'tone', 'pose', 'match', 'partnership', 'alliance', 'pact']);
/** Objects of "meet" that make it no meeting: "met its targets", "meeting spending rules", "meet the demand". */
const NOT_MET = new Set(['target', 'rule', 'demand', 'requirement', 'deadline', 'cost', 'need', 'standard', 'criterion', 'criteria', 'expectation', 'obligation', 'condition', 'goal', 'commitment', 'challenge', 'test', 'threshold', 'limit', 'forecast', 'payment', 'bill', 'end', 'fate', 'death', 'approval', 'resistance', 'opposition', 'criticism', 'objective', 'aim', 'pledge', 'promise']);
/** Verbs whose subject "poll" is a survey, not a vote: "a poll found", "polls suggest". */
const SURVEY_VERBS = new Set(['find', 'show', 'suggest', 'indicate', 'put', 'give', 'reveal', 'say', 'predict']);

/** Verbs whose object "poll" is a survey someone runs, not a vote: "conducted the poll", "a poll commissioned by". */
const POLLSTER_VERBS = new Set(['conduct', 'commission', 'carry', 'publish', 'release', 'run', 'sponsor']);
/** Organisation mentions that, before "poll", name who ran a survey ("a Gallup poll", "a BBC poll"): a vote has no such owner. */
const POLLSTER_TYPES = new Set(['Organization', 'Company', 'NewsAgency']);

/**
 * Whether a "poll" is an opinion survey, not a vote: "an opinion poll", "a poll of 1,000 voters", "the poll found", "an
 * Acme News poll", "conducted the poll".
 */
function isSurvey(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (lemmaOf(t) !== 'poll') return false;
  const mods = leftModifiers(v, i);
  if (mods.some((k) => ['opinion', 'snap', 'online', 'exit', 'straw'].includes(lower(v.tokens[k]!)))) return true;
  // (the words right before the noun, whatever the parse made of them)
  if (POLLSTER_TYPES.has(v.mentionAt[i - 1]?.type ?? '')) return true;
  if (!v.parsed) return false;
  if (kids(v, i, 'nmod').some((k) => kids(v, k, 'case').some((c) => ['of', 'by', 'for'].includes(lower(v.tokens[c]!))))) return true;
  // ("a poll commissioned by the party")
  if (kids(v, i, 'acl').some((k) => POLLSTER_VERBS.has(lemmaOf(v.tokens[k]!)))) return true;
  if (t.head < 0) return false;
  const h = lemmaOf(v.tokens[t.head]!);
  return t.dep === 'nsubj' && SURVEY_VERBS.has(h) || (t.dep === 'obj' || t.dep === 'nsubj:pass') && POLLSTER_VERBS.has(h);
}

/** Determiners that make "case" an instance, not a court case: "in some cases", "in many cases", "in such cases". */
const INSTANCE_DETS = new Set(['some', 'many', 'most', 'several', 'all', 'such', 'both', 'few', 'any', 'each', 'every', 'other', 'either', 'no', 'which', 'what']);

/**
 * Whether "case" names an instance or an argument, not a court case: "in some cases", "in case of fire",
 * "a case can be made", "the case for reform".
 */
function isNoCourtCase(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (lemmaOf(t) !== 'case') return false;
  // "that is not the case", "as was the case last year": a fact, said of a claim, with nothing the case is against or of
  if (isBeTheCase(v, i)) return true;
  if (!v.parsed) return false;
  if (kids(v, i, 'case').some((k) => lower(v.tokens[k]!) === 'in') && (kids(v, i, 'det', 'amod').some((k) => INSTANCE_DETS.has(lower(v.tokens[k]!))) || !kids(v, i, 'det', 'nmod:poss').length)) return true;
  if (kids(v, i, 'nmod').some((k) => kids(v, k, 'case').some((c) => lower(v.tokens[c]!) === 'for'))) return true;
  // ("a case can be made for him")
  return t.dep === 'nsubj:pass' && t.head >= 0 && lemmaOf(v.tokens[t.head]!) === 'make';
}

/** Forms of "be" (and "become", "remain") before "the case" as a predicate. */
const BE_FORMS = new Set([...BE_WORDS, 'remain', 'remains', 'remained', 'become', 'becomes', 'became']);

/**
 * "is the case", "will not be the case", "as was the case": "the case" as a predicate of "be", read from the words (a
 * copula before "the", adverbs and "not" between), not followed by what a court case is of or against.
 */
function isBeTheCase(v: SentenceView, i: number): boolean {
  if (i < 2 || lower(v.tokens[i - 1]!) !== 'the' || ['of', 'against', 'for', 'brought', 'involving'].includes(lower(v.tokens[i + 1] ?? v.tokens[i]!))) return false;
  let k = i - 2;
  while (k > 0 && (v.tokens[k]!.upos === 'ADV' || v.tokens[k]!.upos === 'PART')) k--;
  return BE_FORMS.has(lower(v.tokens[k]!)) || kids(v, i, 'cop').length > 0;
}

/** Heads of incidents a verb of another kind of attack does not join ("a man was shot" after "the bombing"). */
const KIND_CLASH: Record<string, Set<string>> = wordTable({
  shoot: new Set(['bombing', 'bomb', 'explosion', 'blast', 'airstrike', 'shelling']),
  bomb: new Set(['shooting', 'stabbing', 'massacre']),
});
/** Labels of incidents reported by a verb of their own kind. */
const VERB_LABELS: Record<string, string> = wordTable({ shoot: 'shooting', bomb: 'bombing' });
/**
 * Words that set an event before the one an article reports ("the previous attack", "an earlier bombing", "the last
 * tour"): such a mention is an event of its own, and no referent for a later mention without them ("the attack").
 */
const PAST_WORDS = new Set(['previous', 'earlier', 'prior', 'past', 'last', 'former', 'preceding']);
/** Nouns whose of-phrase names a past event ("the anniversary of the attack"), and the preposition that does ("since"). */
const MEMORIAL_NOUNS = new Set(['anniversary', 'commemoration', 'memorial', 'remembrance', 'commemorations', 'anniversaries']);
/** Dependents through which a time is a noun's own ("Saturday's attack", "the May 22 bombing", "the bombings in October 1974"). */
const OWN_TIME_DEPS = new Set(['nmod:poss', 'compound', 'amod', 'nmod', 'nmod:tmod', 'nummod', 'obl:tmod']);
const PREMODIFIER_DEPS = new Set(['nmod:poss', 'compound', 'amod']);

/** Nouns of quantity whose of-phrase names the events ("a spate of bombings", "a series of attacks"). */
const SERIES_NOUNS = new Set(['spate', 'series', 'string', 'wave', 'number', 'pair', 'trio', 'chain', 'succession', 'total']);

/** Words that make a strike a walkout, not an attack: "a hunger strike", "the general strike", "a 48-hour rail strike". */
const WALKOUT = /^(?:hunger|general|national|nationwide|rail|tube|postal|pay|labou?r|union|teachers?|workers?|staff|doctors?|nurses?|miners?|dockers?|\d+-hour|\d+-day|one-day|two-day|token|sympathy|wildcat)$/;

/**
 * Objects that make "attack" a criticism, not an assault: plans, words and records are attacked in speech ("attacked the
 * plans", "will attack Labour's record", "attacking the lies").
 */
const CRITICISED = new Set(['plan', 'policy', 'proposal', 'pledge', 'promise', 'record', 'word', 'comment', 'remark', 'statement', 'decision', 'idea', 'claim', 'lie', 'budget', 'bill', 'law', 'legislation', 'manifesto', 'speech', 'report', 'tax', 'approach', 'strategy', 'stance', 'view', 'move', 'reform', 'scheme', 'spending', 'cut', 'measure', 'handling', 'failure', 'performance', 'idea', 'policies', 'argument', 'verdict', 'ruling', 'judgment', 'judgement', 'virus', 'disease', 'problem', 'issue', 'debt', 'deficit', 'inflation', 'poverty', 'unemployment']);
/** Nouns of policy by their ending: "privatisations", "the legislation", "capitalism". */
const CRITICISED_ENDING = /(?:isation|ization|ism)s?$/;
/**
 * Words of sport: an "attack", a "strike", "shooting" or "storming" in a sentence with them and with no word of violence
 * is play on a field ("an attack of their own in the 34th minute", "a tremendous strike ... but the referee").
 */
const SPORT_WORDS = new Set(['match', 'goal', 'goals', 'minute', 'minutes', 'referee', 'tries', 'penalty', 'league', 'championship', 'cup', 'medal', 'gold', 'title', 'season', 'scored', 'scoring', 'score', 'tournament', 'striker', 'midfielder', 'defender', 'goalkeeper', 'squad', 'fixture', 'olympic', 'olympics', 'football', 'rugby', 'cricket', 'tennis', 'soccer', 'defensively', 'dribble', 'half-time', 'kick-off']);
/** Words of violence: with one of them, a sentence's attack is no play ("fans attacked the referee with knives"). */
const VIOLENCE_WORDS = new Set(['kill', 'killed', 'killing', 'dead', 'died', 'death', 'deaths', 'bomb', 'bombs', 'bomber', 'bombers', 'bombing', 'explosive', 'explosives', 'explosion', 'gun', 'guns', 'gunman', 'gunmen', 'gunfire', 'militant', 'militants', 'troops', 'soldier', 'soldiers', 'military', 'terror', 'terrorist', 'terrorists', 'terrorism', 'wounded', 'hostage', 'hostages', 'police', 'rocket', 'rockets', 'missile', 'missiles', 'weapon', 'weapons', 'army', 'civilian', 'civilians', 'knife', 'knives', 'stabbed', 'victim', 'victims', 'injuries', 'blast', 'blasts', 'explosions']);
/** Attack words with a sense in sport. */
const PLAYED = new Set(['attack', 'strike', 'storm', 'shoot', 'shooting']);
/** Words of labour: a "strike" in a sentence with them and no word of violence is a walkout ("a strike ballot", "workers ... a strike"). */
const LABOUR_WORDS = new Set(['union', 'unions', 'worker', 'workers', 'staff', 'employee', 'employees', 'ballot', 'pay', 'wage', 'wages', 'walkout', 'picket', 'pickets', 'picketing', 'industrial', 'redundancy', 'redundancies', 'strikers']);

/** Whether a sentence has a word of a set, as written or as its lemma. */
function hasWord(v: SentenceView, words: Set<string>): boolean {
  return v.tokens.some((t) => words.has(lower(t)) || words.has(lemmaOf(t)));
}

/**
 * Whether a sentence has a word of sport, as written (a lemma would make "tried" a rugby try); a measure hyphenated onto a
 * number ("a 30-minute warning") is none.
 */
function hasSportWord(v: SentenceView): boolean {
  return v.tokens.some((t, k) => SPORT_WORDS.has(lower(t)) && !(k > 0 && isInnerHyphen(v, k - 1)));
}

/**
 * The sense of an event word by its object and its sentence, as the type the event is of: undefined where it names no
 * event of its type ("struck a deal", "a deal struck with", "prices shot up", "stormed to victory", "attacked the plans",
 * an attack in a match, "in attack", "curbs on credit", "go on sale"), 'Protest' for a strike that is a walkout.
 */
function senseOf(v: SentenceView, i: number, type: string, verbal: boolean): string | undefined {
  const t = v.tokens[i]!, lemma = lemmaOf(t);
  const violent = (): boolean => hasWord(v, VIOLENCE_WORDS);
  if (type === 'Attack' && PLAYED.has(lemma) && hasSportWord(v) && !violent()) return undefined;
  if (type === 'Attack' && lemma === 'strike' && !verbal && !violent() && (hasWord(v, LABOUR_WORDS) || kids(v, i, 'case').some((k) => lower(v.tokens[k]!) === 'on') || lower(v.tokens[i - 1] ?? t) === 'on')) return 'Protest';
  if (verbal) {
    // "easy-to-buy drones", "a much-visited site": a verb inside a hyphenated word describes a thing, it reports no event
    if (i > 1 && isInnerHyphen(v, i - 1) || isInnerHyphen(v, i + 1)) return undefined;
    // "if you shoot it down": a condition reports no event
    if (kids(v, i, 'mark').some((k) => ['if', 'unless'].includes(lower(v.tokens[k]!)))) return undefined;
    // what the verb acts on: its object, or the noun it describes or is said of in the passive ("a deal struck with", "the
    // deal was struck")
    const objects = kids(v, i, 'obj');
    if (t.head >= 0 && (t.dep === 'acl' || t.dep === 'amod') && t.head < i) objects.push(t.head);
    objects.push(...kids(v, i, 'nsubj:pass'));
    if (type === 'Attack' && lemma === 'strike' && objects.some((k) => NOT_STRUCK.has(lemmaOf(v.tokens[k]!)))) return undefined;
    // "prices shot up": a rise, not a shooting (no object: "shot up the car" is one)
    if (lemma === 'shoot' || lower(t) === 'shot') {
      if (lower(v.tokens[i + 1] ?? t) === 'up' && !kids(v, i, 'obj').length) return undefined;
    }
    // "stormed to victory", "stormed out", "stormed ahead": storming is an assault only on what it storms ("stormed the
    // building", "stormed into the hall")
    if (lemma === 'storm' && !kids(v, i, 'obj').length && !kids(v, i, 'obl').some((k) => kids(v, k, 'case').some((c) => ['into', 'through', 'onto'].includes(lower(v.tokens[c]!))))) return undefined;
    if (lemma === 'attack' && isCriticism(v, i)) return undefined;
    if (type === 'Meet' && objects.some((k) => NOT_MET.has(lemmaOf(v.tokens[k]!)) || NOT_MET.has(lower(v.tokens[k]!).replace(/s$/, '')))) return undefined;
    return type;
  }
  // "little in attack", "live free from terrorist attack", "charged with assault": a bare singular after a preposition is
  // the kind of act, not one event
  if (type === 'Attack' && ['attack', 'assault', 'strike'].includes(lemma) && t.tag === 'NN' && isBareAfterPreposition(v, i)) return undefined;
  // "curbs on credit", "bank lending": a bare singular of a loan or sale is the trade in general; "on sale", "for sale": goods
  // offered, no sale made
  // (a modifier of another event noun, "takeover battle", "loan agreement", is read by the compound rule)
  if ((type === 'Lend' || type === 'Acquire') && t.tag === 'NN' && t.dep !== 'compound' && !leftModifiers(v, i).some((k) => ['DET', 'PRON', 'NUM', 'PROPN'].includes(v.tokens[k]!.upos) || v.tokens[k]!.dep === 'nmod:poss')) return undefined;
  if (type === 'Acquire' && lemma === 'sale' && ['on', 'for'].includes(lower(v.tokens[i - 1] ?? t))) return undefined;
  return type;
}

/** Acts whose attempt is an attack: "an assassination attempt", "a murder attempt", "attempted to kill". */
const LETHAL_ACTS = new Set(['assassination', 'murder', 'bombing', 'kidnapping', 'hijacking', 'assassinate', 'kill', 'bomb', 'kidnap', 'hijack']);

/**
 * Whether an "attempt" is an attack: one on someone or on a life ("an attempt on the judge", "an attempt on her
 * life"), of a lethal act ("an assassination attempt") or to do one ("an attempt to assassinate the mayor"). Other attempts
 * ("an attempt to cut costs", "a coup attempt") are no incident.
 */
function isAttemptOnLife(v: SentenceView, i: number): boolean {
  if (!v.parsed) return LETHAL_ACTS.has(lemmaOf(v.tokens[i - 1] ?? v.tokens[i]!));
  if (kids(v, i, 'compound', 'amod').some((k) => k < i && LETHAL_ACTS.has(lemmaOf(v.tokens[k]!)))) return true;
  if (kids(v, i, 'nmod').some((k) => kids(v, k, 'case').some((c) => c === i + 1 && lower(v.tokens[c]!) === 'on'))) return true;
  return kids(v, i, 'acl', 'xcomp').some((k) => LETHAL_ACTS.has(lemmaOf(v.tokens[k]!)) && kids(v, k, 'mark').some((c) => lower(v.tokens[c]!) === 'to'));
}

/** Whether a noun stands bare after a preposition, with no determiner, possessor or number: "in attack", "from attack". */
function isBareAfterPreposition(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['ADJ', 'NOUN'].includes(v.tokens[k]!.upos) && i - k <= 3) k--;
  return k >= 0 && v.tokens[k]!.upos === 'ADP' && !['of'].includes(lower(v.tokens[k]!)) && !leftModifiers(v, i).some((m) => ['DET', 'PRON', 'NUM', 'PROPN'].includes(v.tokens[m]!.upos));
}

/**
 * Whether "attack" is said of words, plans or a party, in speech: its object is such a thing ("attacked the plans",
 * "attack Labour's record", "attacked previous privatisations"), a political party, or it is said for what someone did or
 * as what it is ("attack the Lib Dems for wanting to", "attacked the pledges as vacuous").
 */
function isCriticism(v: SentenceView, i: number): boolean {
  for (const k of kids(v, i, 'obj')) {
    const o = v.tokens[k]!, w = lemmaOf(o);
    if (CRITICISED.has(w) || CRITICISED.has(lower(o)) || CRITICISED_ENDING.test(lower(o)) || v.mentionAt[k]?.type === 'PoliticalParty') return true;
  }
  return kids(v, i, 'obl', 'advcl', 'xcomp').some((k) => {
    const c = kids(v, k, 'case', 'mark').map((x) => lower(v.tokens[x]!));
    return c.includes('for') && v.tokens[k]!.tag === 'VBG' || c.includes('as') && ['ADJ', 'NOUN'].includes(v.tokens[k]!.upos);
  });
}

/** The event concept of a noun token, if it names an event. */
export function eventTypeOfNoun(v: SentenceView, i: number): string | undefined {
  const t = v.tokens[i]!;
  if (t.upos !== 'NOUN') return undefined;
  if (v.mentionAt[i] && v.mentionAt[i]!.type !== 'Event') return undefined;
  const type = EVENT_NOUNS[lower(t)] ?? EVENT_NOUNS[lemmaOf(t)];
  if (type === undefined && lemmaOf(t) === 'attempt') return isAttemptOnLife(v, i) ? 'Attack' : undefined;
  // ("an assassination attempt": the attempt is the event, its modifier says what kind)
  if (type === 'Attack' && v.parsed && t.dep === 'compound' && t.head > i && lemmaOf(v.tokens[t.head]!) === 'attempt' && isAttemptOnLife(v, t.head)) return undefined;
  if (type === 'Attack' && lemmaOf(t) === 'strike' && leftModifiers(v, i).some((k) => WALKOUT.test(withHyphenatedPrefix(v, k).toLowerCase()))) return 'Protest';
  return type;
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

/** Whether a noun is counted by a number above one ("54 strikes", "two explosions"): several events, not one. */
function isCounted(v: SentenceView, i: number): boolean {
  // (a number in a singular phrase measures something else: "a two-day summit", "the 15 year embargo")
  // ("both attacks": two, by a determiner)
  return v.tokens[i]!.tag === 'NNS' && leftModifiers(v, i).some((k) => v.tokens[k]!.upos === 'NUM' && lower(v.tokens[k]!) !== 'one' && v.tokens[k]!.text !== '1' || lower(v.tokens[k]!) === 'both');
}

/** Determiners that speak of any event of a kind, not of one: "any attack on civilians", "every election". */
const GENERIC_DETS = new Set(['any', 'every', 'each']);

/** Words tagged as prepositions that open a clause ("after a bomb killed", "before the blast hit"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'as', 'since', 'until', 'while', 'because', 'if', 'though', 'although']);
/** Tags of a finite verb or auxiliary: the first after a subject is its verb's. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * The verb a noun is the subject of, read from the words: the first finite verb after it (after its auxiliaries, the verb
 * they go with), with no comma, relative word or other clause between, where no preposition stands before the noun's
 * phrase ("in an attack" is no subject; "a spate of bombings across the country killed" is). Undefined when there is none.
 */
export function verbOfSubject(v: SentenceView, i: number): number | undefined {
  if (v.tokens[i]!.dep === 'compound') return undefined;
  const start = (k: number): number => Math.min(k, ...leftModifiers(v, k));
  let first = start(i);
  // ("a spate of bombings": the phrase of the noun of quantity)
  if (first > 1 && lower(v.tokens[first - 1]!) === 'of' && SERIES_NOUNS.has(lemmaOf(v.tokens[first - 2]!))) first = start(first - 2);
  // a subject opens its clause: after the sentence's start, punctuation, a conjunction or a word opening a clause ("after a
  // spate of bombings killed"), never after a verb or preposition whose object it is ("heard explosions", "in an attack")
  const before = v.tokens[first - 1];
  if (before && !['PUNCT', 'CCONJ', 'SCONJ', 'ADV'].includes(before.upos) && !CLAUSE_OPENERS.has(lower(before))) return undefined;
  for (let k = i + 1; k < v.tokens.length && k - i <= 30; k++) {
    // ("the raids, three in a single week, struck": a phrase set off by commas, with no verb or relative word, is an aside)
    const aside = v.tokens[k]!.text === ',' ? asideEnd(v, k) : undefined;
    if (aside !== undefined) { k = aside; continue; }
    const u = v.tokens[k]!;
    // (another clause or another subject begins: "explosions in the distance so I left"; "for producing" is a phrase)
    if (u.upos === 'PUNCT' && /^[,;:()\u2013\u2014]$|^--$/.test(u.text) || ['WDT', 'WP', 'WRB', 'PRP'].includes(u.tag) || lower(u) === 'that' || u.upos === 'SCONJ' && v.tokens[k + 1]?.tag !== 'VBG' || u.upos === 'CCONJ' && !['and', 'or', '&'].includes(lower(u))) return undefined;
    // (a past tense the tagger read as a participle, where the parse makes it the sentence's verb: "strikes targeted X")
    if (!FINITE.has(u.tag) && !(u.tag === 'VBN' && u.dep === 'root' && !['AUX', 'PART'].includes(v.tokens[k - 1]!.upos))) continue;
    if (u.upos === 'VERB') return k;
    // "have killed", "were wounded": the verb after the auxiliaries
    for (let j = k + 1; j < Math.min(v.tokens.length, k + 4); j++) {
      if (v.tokens[j]!.upos === 'VERB') return j;
      if (!['AUX', 'ADV', 'PART'].includes(v.tokens[j]!.upos)) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A weapon or blast the object of a verb of detonation reports an attack of its own: "set off an explosive device",
 * "detonated two bombs", "threw a grenade into the crowd", "a bomb planted by X" (a reduced passive on the noun). Not under
 * a modal or an infinitive ("plans to plant a bomb", "could detonate a device"): no deed done.
 */
function detonated(v: SentenceView, i: number): boolean {
  if (!v.parsed || !DETONATED.has(lemmaOf(v.tokens[i]!))) return false;
  const t = v.tokens[i]!;
  const verbs = kids(v, i, 'acl').filter((k) => k > i && v.tokens[k]!.tag === 'VBN');
  if (t.head >= 0 && ['obj', 'obl:unmarked'].includes(t.dep) && !kids(v, i, 'case').length) verbs.push(t.head);
  return verbs.some((p) => {
    const u = v.tokens[p]!;
    // (a bomb planted or left is no attack until it goes off: "left another bomb that did not go off")
    const needed = PLACING_VERBS.has(lemmaOf(u)) ? undefined : DETONATION_VERBS[lemmaOf(u)];
    if (u.upos !== 'VERB' || needed === undefined || (particleOf(v, p) ?? '') !== needed && !(needed === '' && particleOf(v, p) === 'off')) return false;
    return !kids(v, p, 'aux', 'mark').some((k) => MODAL_WORDS.has(lower(v.tokens[k]!)));
  });
}
/** Verbs of detonation that put a weapon in place without setting it off. */
const PLACING_VERBS = new Set(['plant', 'leave']);
/** Auxiliaries and markers of a deed not done: a modal, an infinitive's "to". */
const MODAL_WORDS = new Set(['to', 'could', 'might', 'may', 'would', 'should', 'will', 'can', 'must', "'d", "'ll"]);

/**
 * The closing comma of an aside that opens at the comma `k`: up to six words with no verb, auxiliary, relative word or
 * conjunction between two commas ("the raids, three in a single week, struck ..."). Undefined for none.
 */
function asideEnd(v: SentenceView, k: number): number | undefined {
  for (let j = k + 1; j < v.tokens.length && j - k <= 7; j++) {
    const u = v.tokens[j]!;
    if (u.text === ',') return j > k + 1 ? j : undefined;
    if (['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT', 'PRON'].includes(u.upos) || ['WDT', 'WP', 'WRB'].includes(u.tag)) return undefined;
  }
  return undefined;
}

/**
 * An event noun reporting an incident of its own: the subject of a verb of harm ("a car bomb killed 12", "bombings across
 * the country killed 17"), or the of-phrase of such a subject ("a spate of bombings killed 17").
 */
function harmSubject(v: SentenceView, i: number): boolean {
  // (read from the words as well as from the parse, which may hang a long subject elsewhere: "a car bomb outside an office
  // responsible for ... killed 12")
  const k = verbOfSubject(v, i);
  if (k !== undefined && harmVerb(v, k)) return true;
  if (!v.parsed) return false;
  // "an explosion that claimed the lives of all aboard", "a bomb which killed 13": what its relative clause says it did
  // (an indefinite: "the attack, which killed three" names the attack told before)
  if (kids(v, i, 'det').some((d) => ['a', 'an'].includes(lower(v.tokens[d]!))) && kids(v, i, 'acl:relcl').some((r) => HARM_VERBS.has(lemmaOf(v.tokens[r]!)) && kids(v, r, 'nsubj').some((s) => isRelativePronoun(v, s)))) return true;
  const t = v.tokens[i]!;
  let n = i;
  if (t.dep === 'nmod' && t.head >= 0 && SERIES_NOUNS.has(lemmaOf(v.tokens[t.head]!))) n = t.head;
  let u = v.tokens[n]!;
  // "Checkpoint shootings and bomb blasts killed": a conjunct shares the first one's relation
  if (u.dep === 'conj' && u.head >= 0) u = v.tokens[u.head]!;
  return u.dep === 'nsubj' && u.head >= 0 && harmVerb(v, u.head) && v.tokens[u.head]!.upos === 'VERB';
}

/** A verb of harm, or "go off" as a weapon goes off ("a pipe bomb went off along the route"). */
function harmVerb(v: SentenceView, k: number): boolean {
  const lemma = lemmaOf(v.tokens[k]!);
  return HARM_VERBS.has(lemma) || lemma === 'go' && particleOf(v, k) === 'off';
}

/** Verbs whose people were harmed in an event: "were killed in two explosions", "died in three attacks". */
const HARMED_IN_VERBS = new Set(['kill', 'wound', 'injure', 'hurt', 'die', 'maim']);

/**
 * A counted plural event noun that people were harmed in ("seven militants were killed in two explosions", "nine died in
 * two bombings"): the incidents the count is of, as a subject of a verb of harm is, though several and named by a plural.
 * (A singular, "in an explosion", is an event mention already; a bare plural, "killed in clashes", stays a kind.)
 */
function harmCause(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (!v.parsed || t.dep !== 'obl' || t.head < 0 || !isCounted(v, i)) return false;
  const h = v.tokens[t.head]!;
  if (h.upos !== 'VERB' || !HARMED_IN_VERBS.has(lemmaOf(h))) return false;
  // (the harm was done in the incidents, or by them)
  return kids(v, i, 'case').some((c) => ['in', 'by', 'during'].includes(lower(v.tokens[c]!)));
}

/** Nouns of an illness, which people can die of. */
const ILLNESS_NOUNS = new Set(['disease', 'illness', 'virus', 'infection', 'fever', 'flu', 'influenza', 'epidemic', 'pandemic', 'cholera', 'malaria', 'measles', 'ebola', 'typhoid', 'tuberculosis', 'plague', 'pneumonia', 'meningitis', 'dengue', 'bacteria', 'bacterium', 'poisoning', 'sickness', 'syndrome']);

/**
 * An illness the clause says people died of or were killed by ("eight people died of the disease", "were killed by the
 * virus", "succumbed to the infection"), read from the parse.
 */
function diedOf(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (!v.parsed || !ILLNESS_NOUNS.has(lemmaOf(t)) || !['obl', 'nmod', 'obl:agent'].includes(t.dep) || t.head < 0) return false;
  const h = v.tokens[t.head]!, verb = lemmaOf(h), prep = kids(v, i, 'case').map((c) => lower(v.tokens[c]!));
  if (h.upos !== 'VERB') return false;
  return verb === 'die' && (prep.includes('of') || prep.includes('from')) || verb === 'succumb' && prep.includes('to') || verb === 'kill' && prep.includes('by');
}

/** Verbs that say what a thing is as they name it: "called it an attack", "deemed a bombing". */
const NAMING_VERBS = new Set(['call', 'label', 'term', 'brand', 'dub', 'declare', 'consider', 'deem', 'name']);
/** Verbs that say what a thing is with "as": "described as a bombing", "treating the incident as an assault". */
const AS_VERBS = new Set([...NAMING_VERBS, 'describe', 'treat', 'classify', 'class', 'regard', 'investigate', 'characterise', 'characterize', 'see', 'view', 'condemn', 'denounce', 'identify']);

/**
 * Whether an indefinite singular ("a", "an", never "another") says what an event was rather than naming a new one: after
 * "there" and "be" ("there was a bombing"), as the predicate of a copula, or what a verb of naming names it ("called an
 * attack", "treated as an assault"). Read from the words before the article where the parse may hang them elsewhere.
 */
function characterizes(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.tag !== 'NN') return false;
  let d = i - 1;
  while (d >= 0 && (['ADJ', 'NOUN'].includes(v.tokens[d]!.upos) || OPENING_QUOTES.has(v.tokens[d]!.text)) && i - d <= 4) d--;
  if (d < 0 || !['a', 'an'].includes(lower(v.tokens[d]!))) return false;
  let k = d - 1;
  while (k >= 0 && ['ADV', 'PART'].includes(v.tokens[k]!.upos)) k--;
  const before = k >= 0 ? lower(v.tokens[k]!) : '';
  if (BE_FORMS.has(before) && k > 0 && lower(v.tokens[k - 1]!) === 'there') return true;
  if (before === 'as' && k > 0) {
    // "described as", "treating the incident as"
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (AS_VERBS.has(lemmaOf(v.tokens[j]!)) && v.tokens[j]!.upos === 'VERB') return true;
  }
  // ("called an attack", "called it an attack")
  const verb = k > 0 && ['it', 'this', 'that'].includes(before) ? k - 1 : k;
  if (NAMING_VERBS.has(lemmaOf(v.tokens[verb] ?? t)) && v.tokens[verb]?.upos === 'VERB') return true;
  return v.parsed && kids(v, i, 'cop').length > 0 && !kids(v, i, 'nmod').some((n) => kids(v, n, 'case').some((c) => ['in', 'on', 'at'].includes(lower(v.tokens[c]!))));
}

/** Whether a noun is the predicate of a copula ("was a disaster", "proved to be a disaster"), not after "there". */
function isPredicateNoun(v: SentenceView, i: number): boolean {
  if (!v.parsed || !kids(v, i, 'cop').length) return false;
  return !v.tokens.slice(Math.max(0, i - 5), i).some((u) => u.dep === 'expl' || lower(u) === 'there');
}

/**
 * Incidents that do harm, which an article reports one of at a time (protests, fights and arrests come many to an
 * article): the first referent of a count of the dead.
 */
export const HARMFUL_INCIDENTS = new Set(['Attack', 'Disaster']);

/**
 * An indefinite singular with no word of its own ("carried out an attack against the police", "an attack took place"),
 * naming no weapon that did harm: in an article that has named an incident of its kind, it tells that incident again; a
 * new one comes with words that set it apart ("a separate attack", "a roadside bomb killed three") or a date of its own.
 */
function plainIndefinite(v: SentenceView, i: number, type: string, words: string[], harm: boolean): boolean {
  if (harm || words.length || v.tokens[i]!.tag !== 'NN' || !HARMFUL_INCIDENTS.has(type)) return false;
  // ("Five people were killed on 11 December in an attack on a market": a dated report of an incident is another's)
  if (v.times.length) return false;
  return leftModifiers(v, i).some((k) => ['a', 'an'].includes(lower(v.tokens[k]!)));
}

/** The descriptive words of a nominal mention that can tell two events apart: adjectives and nouns, lower-cased. */
function descriptors(v: SentenceView, i: number): string[] {
  return leftModifiers(v, i).filter((k) => ['ADJ', 'NOUN', 'PROPN'].includes(v.tokens[k]!.upos) && v.tokens[k]!.dep !== 'nmod:poss' && !MODAL_ADJECTIVES[lemmaOf(v.tokens[k]!)] && !/est$/.test(lower(v.tokens[k]!))).map((k) => lower(v.tokens[k]!));
}

/** The lower-cased words of a noun's phrase before it: the run of tokens up to the head that the head dominates. */
function phraseWords(v: SentenceView, i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i - 1; k >= 0 && ancestors(v, k).includes(i); k--) out.add(lower(v.tokens[k]!));
  return out;
}

/** A noun in -ing followed by a count, as a verb is: "killing at least five" tagged as a noun. */
function misreadGerund(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!, next = v.tokens[i + 1];
  // (an opener must lead to a number: "a meeting at Stormont" is a meeting)
  const counted = (k: number): boolean => v.tokens.slice(k, k + 3).some((u) => u.upos === 'NUM');
  return t.tag === 'NN' && /ing$/.test(lower(t)) && !!next && (next.upos === 'NUM' || COUNT_OPENERS.has(lower(next)) && counted(i + 2));
}

/**
 * Whether a nominal mention names an event before the article's own: a past word among its modifiers ("the previous
 * attack"), the of-phrase of an anniversary ("on the anniversary of the siege"), or the object of "since" ("the deadliest
 * since the bombing").
 */
function isPast(v: SentenceView, i: number, mods: number[]): boolean {
  if (mods.some((k) => PAST_WORDS.has(lower(v.tokens[k]!)))) return true;
  if (!v.parsed) return false;
  const t = v.tokens[i]!;
  // ("held since their arrests": a possessor points back to the article's own event)
  if (kids(v, i, 'case').some((k) => lower(v.tokens[k]!) === 'since') && !kids(v, i, 'nmod:poss').length) return true;
  return t.dep === 'nmod' && t.head >= 0 && MEMORIAL_NOUNS.has(lower(v.tokens[t.head]!)) && kids(v, i, 'case').some((k) => lower(v.tokens[k]!) === 'of');
}

/**
 * The time a nominal mention is dated by in its own phrase ("Saturday's attack", "the May 22 bombing", "the bombings in
 * October 1974"), as its resolved date, else its text: a dependent of the noun, or of such a dependent, inside the time.
 */
function ownTime(v: SentenceView, i: number): string | undefined {
  if (!v.parsed) return undefined;
  if (!v.times.length) return undefined;
  for (const x of v.times) {
    for (let k = 0; k < v.tokens.length; k++) {
      const u = v.tokens[k]!;
      if (k === i || u.start < x.start || u.end > x.end || !OWN_TIME_DEPS.has(u.dep)) continue;
      const h = u.head, hh = h >= 0 ? v.tokens[h]! : undefined;
      // (through a modifier before the noun: "the May 22 concert bombing")
      if (h === i || hh && hh.head === i && (hh.start >= x.start && hh.end <= x.end ? OWN_TIME_DEPS.has(hh.dep) : h < i && PREMODIFIER_DEPS.has(hh.dep))) return x.date ?? x.interval?.start ?? x.text.toLowerCase();
    }
  }
  return undefined;
}

/** Whether two times of mentions can be of one event: the same, or one a part of the other ("2013-04" and "2013-04-15"). */
function sameTime(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** A short label: the head with its descriptive modifiers ("terrorist attack"), determiners and modal words left out. */
function nominalLabel(v: SentenceView, i: number): string {
  const words: string[] = [];
  for (const k of leftModifiers(v, i)) {
    const t = v.tokens[k]!;
    // (an amount's currency sign goes with its number: "an $11bn fraud" is a fraud)
    if (t.upos === 'DET' || t.upos === 'NUM' || t.upos === 'SYM' || t.upos === 'PUNCT' || t.dep === 'nmod:poss' || MODAL_ADJECTIVES[lemmaOf(t)]) continue;
    if (t.upos === 'ADJ' && /est$/.test(lower(t))) continue; // "the deadliest attack": a superlative is not part of the name
    // ("the June 12 shooting", "the October 2000 raid": the date is the event's date row, not part of its name)
    if (v.times.some((x) => t.start >= x.start && t.end <= x.end)) continue;
    // (the first half of a hyphenated modifier is written with the second: "pressure-cooker bombs", not "pressure pressure-cooker")
    if (isInnerHyphen(v, k + 1)) continue;
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

/** An event named so far, with the words and adjectives its first mention was named with. */
type Named = { arg: EventArgument; head: string; heads: Set<string>; words: Set<string>; adjectives: Set<string>; span: Set<string>; ordinal?: string; plural: boolean; counted?: boolean; past: boolean; aside: boolean; time?: string };

/**
 * Whether a mention's qualifiers and an earlier event's each have a word the other lacks, an adjective among them ("the
 * international indoor meeting" after "the club's regional indoor meeting"; not "news conference" after "press conference").
 */
function clashes(words: string[], adjectives: string[], span: Set<string>, prev: Named): boolean {
  // (a word anywhere in the other's phrase is no difference: "European" on "Council" in "the European Council summit")
  const extra = words.filter((w) => !prev.span.has(w));
  const missing = [...prev.words].filter((w) => !span.has(w));
  return extra.length > 0 && missing.length > 0 && (extra.some((w) => adjectives.includes(w)) || missing.some((w) => prev.adjectives.has(w)));
}

/** The last word of a day's name ("Bloody Friday", "D-Day"): a name that says on which day something happened. */
const DAY_NAME_END = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')}|day)$`, 'i');

/** Whether token `i` ends a named event's mention ("Bloody Friday", "Hurricane Ivan"): the token a name is read at. */
function namedEventEnd(v: SentenceView, i: number): boolean {
  const m = v.mentionAt[i];
  return !!m && m.type === 'Event' && v.mentionAt[i + 1] !== m;
}

/**
 * The incident types of an article's named events, by their lower-cased name: the event noun a name has as a word of its
 * own ("Hurricane Ivan"), else the incident noun a day's name modifies somewhere in the article ("the Bloody Friday
 * attacks": Bloody Friday is those attacks). The name of an occasion that modifies an incident ("the Boston Marathon
 * bombing") names where the incident happened, not the incident, so only a day's name is read through the noun it modifies.
 */
function namedEventTypes(views: SentenceView[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of views) {
    for (let i = 0; i < v.tokens.length; i++) {
      const m = v.mentionAt[i];
      if (!m || m.type !== 'Event' || !namedEventEnd(v, i)) continue;
      // A loop, not map then find: map's result is another kind of array once this function is optimised, and find's
      // lookup on it threw the optimised code away (a second compile of the function, ~30-60 ms).
      let own: string | undefined;
      for (const w of m.text.split(/\s+/)) {
        own = EVENT_NOUNS[w.toLowerCase()];
        if (own !== undefined) break;
      }
      if (own) out.set(m.text.toLowerCase(), own);
    }
    if (!v.parsed) continue;
    v.tokens.forEach((t, i) => {
      const type = eventTypeOfNoun(v, i);
      if (!type || !INCIDENTS.has(type)) return;
      for (const k of leftModifiers(v, i)) {
        const m = v.mentionAt[k];
        if (!m || m.type !== 'Event' || !namedEventEnd(v, k) || !DAY_NAME_END.test(v.tokens[k]!.text)) continue;
        if (!out.has(m.text.toLowerCase())) out.set(m.text.toLowerCase(), type);
      }
    });
  }
  return out;
}

export class EventBook {
  private readonly byToken = new Map<string, EventMention>();
  readonly mentions: EventMention[] = [];

  constructor(views: SentenceView[]) {
    /** The events named so far, latest last, with the words their first mention was named with. */
    const named: Named[] = [];
    /** The incident types of the article's named events ("Bloody Friday" -> Attack). */
    const nameTypes = namedEventTypes(views);
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
        // a named event ("Bloody Friday", "Hurricane Ivan") is a mention of its incident, read at its last word; not where
        // it modifies an event noun ("the Bloody Friday attacks": the noun is the mention)
        if (!type && namedEventEnd(v, i) && !(v.parsed && t.dep === 'compound' && t.head > i && eventTypeOfNoun(v, t.head))) type = nameTypes.get(v.mentionAt[i]!.text.toLowerCase());
        const struck = t.upos === 'NOUN' && !v.mentionAt[i] && (type !== undefined || WEAPON_NOUNS.has(lemmaOf(t))) && (harmSubject(v, i) || harmCause(v, i));
        // ("set off two bombs": a weapon set off is an attack, the one of the article, told as a verb tells it)
        const set = !struck && t.upos === 'NOUN' && !v.mentionAt[i] && detonated(v, i);
        const harm = struck || set;
        if (harm) type ??= 'Attack';
        // "eight people died of the disease": an illness people died of is the disaster the count of the dead is of
        if (!type && t.upos === 'NOUN' && !v.mentionAt[i] && diedOf(v, i)) type = 'Disaster';
        if (!type && t.upos === 'VERB') {
          type = EVENT_VERBS[lemmaOf(t)];
          verbal = true;
        }
        // the word's sense by its object and its sentence: "struck a deal", "met its targets", "stormed to victory", an
        // attack in a match are no attack or meeting; a strike by workers is a walkout
        if (type && !harm) type = senseOf(v, i, type, verbal);
        // "an opinion poll", "a poll of pundits found": a survey, no vote; "in some cases", "a case can be made": no trial
        if (type === 'Election' && !verbal && isSurvey(v, i)) type = undefined;
        if (type === 'Trial' && !verbal && isNoCourtCase(v, i)) type = undefined;
        if (!type) return;
        // a bare plural ("terrorist attacks") speaks of attacks in general, not of one event; a counted one ("the 54
        // strikes") of several; either reports an incident of its own when it is what did the harm
        const mods = verbal ? [] : leftModifiers(v, i);
        const bare = !verbal && t.tag === 'NNS' && !PLURAL_EVENTS.has(lower(t)) && !mods.some((k) => ['DET', 'PRON'].includes(v.tokens[k]!.upos) || v.tokens[k]!.dep === 'nmod:poss' || v.tokens[k]!.upos === 'PROPN');
        const counted = !verbal && (isCounted(v, i) || mods.some((k) => GENERIC_DETS.has(lower(v.tokens[k]!))));
        if ((bare || counted) && !harm) return;
        // an event noun modifying a noun that names no event is a kind of thing, not a mention of an event ("protest
        // movement", "arrest warrants", "credit cards", "a takeover bid"): it names no event of the article
        if (!verbal && !harm && v.parsed && t.dep === 'compound' && t.head > i && !eventTypeOfNoun(v, t.head)) return;
        const modality = verbal ? undefined : modalityOf(v, i);
        // "a car bomb outside the compound killing at least five": a gerund the tagger read as a noun takes no words before
        // it as its own ("compound killing"); they are another phrase's
        const label = verbal ? VERB_LABELS[lemmaOf(t)] ?? EVENT_LABELS[type] ?? type.toLowerCase() : misreadGerund(v, i) ? t.text : nominalLabel(v, i);
        const ordinal = mods.map((k) => lower(v.tokens[k]!)).find((w) => ORDINALS.has(w));
        const head = verbal ? '' : lemmaOf(t);
        const words = verbal ? [] : descriptors(v, i);
        const span = verbal ? new Set<string>() : phraseWords(v, i);
        const adjectives = mods.filter((k) => v.tokens[k]!.upos === 'ADJ').map((k) => lower(v.tokens[k]!)).filter((w) => words.includes(w));
        const past = !verbal && isPast(v, i, mods);
        const time = verbal ? undefined : ownTime(v, i);
        // an event set before the article's ("the previous attack") is none of those named so far, and a mention without
        // such a word is not one of them; a mention dated in its own phrase is not an event dated otherwise ("Saturday's
        // attack" after "the May 22 bombing")
        const kind = past ? [] : named.filter((e) => e.arg.eventType === type && !e.past);
        const datedOtherwise = (e: Named): boolean => !!time && !!e.time && !sameTime(time, e.time);
        const actual = kind.filter((e) => !datedOtherwise(e));
        // (a mention dated otherwise than an event of its kind named so far is an aside, see below)
        const aside = kind.some(datedOtherwise);
        let prev: Named | undefined;
        // "the bombing was an attack on ...": a predicate noun says what its subject event was; it is that event
        const subject = !verbal && v.parsed && kids(v, i, 'cop').length ? kids(v, i, 'nsubj')[0] : undefined;
        const described = subject === undefined ? undefined : this.byToken.get(tokenKey(v.sentence.index, subject));
        if (described && !described.modality && described.arg.eventType === type) prev = named.find((e) => e.arg.key === described.arg.key);
        else if (ordinal) prev = actual.filter((e) => e.ordinal === ordinal).pop();
        // a weapon set off is the article's incident, the first it named ("the brothers set off two bombs" in an article on a
        // bombing), rather than one named since in passing ("a carbon copy of the Guildford bombings"); it is an incident of
        // its own only where none was named, where the article's is a shooting, or where the sentence tells of an earlier
        // attack ("their previous attack was ... when the attackers threw a bomb")
        // ("another bomb", "a second device": another weapon than the one told, another incident)
        else if (set) prev = mods.some((k) => lower(v.tokens[k]!) === 'another') || this.mentions.some((m) => m.sentence === v.sentence.index && m.past && m.arg.eventType === type) ? undefined : actual.find((e) => !e.aside && !KIND_CLASH.bomb!.has(e.head || e.arg.label));
        // "there was a bombing", "in what the president called an attack", "treating the incident as an assault": an
        // indefinite that says what happened, not another incident; it is the one of its kind named last
        else if (!verbal && INCIDENTS.has(type) && (characterizes(v, i) || plainIndefinite(v, i, type, words, harm))) {
          prev = actual.filter((e) => !e.aside).pop();
          // "the decision proved to be a disaster", "the evening was a disaster": a predicate noun with no event of its kind
          // named before it judges its subject, it reports no incident
          if (!prev && isPredicateNoun(v, i)) return;
        }
        else if (verbal ? INCIDENTS.has(type) : !isIndefinite(v, i) && !bare && !counted) {
          const demonstrative = mods.some((k) => DEMONSTRATIVES.has(lower(v.tokens[k]!)));
          // "the bombing" is the bombing named before, if one was, rather than the explosion named last
          // a shooting is not the bombing named before, nor a bombing the shooting: a verb joins an incident its kind fits
          const fits = verbal ? actual.filter((e) => !KIND_CLASH[lemmaOf(t)]?.has(e.head)) : actual;
          // (an incident only a verb reported is no referent for a noun naming another kind: "the worst explosion" after "a
          // man was shot")
          // (an event told apart by its own date, "the December siege" in an article on an August bombing, is an aside:
          // a later mention takes it only by its head, "the siege", never as the event named last)
          const main = actual.filter((e) => !e.aside);
          const mainFits = fits.filter((e) => !e.aside);
          prev = demonstrative || verbal ? mainFits[mainFits.length - 1] : (t.tag === 'NNS' ? main.filter((e) => e.plural).pop() : undefined) ?? actual.filter((e) => e.heads.has(head)).pop() ?? main.filter((e) => e.head).pop() ?? main[main.length - 1];
          // outside an article's incident, a mention described by other words than the one before ("the presidential
          // election" after "the local elections") is another event of the kind, and so is one whose qualifiers and the
          // earlier one's each have a word the other lacks ("the international indoor meeting" after "the club's indoor
          // meeting"), where one of the words it lacks is an adjective (nouns vary with the wording: "press conference", "news
          // conference"); a mention naming fewer or more of the same qualifiers ("the annual meeting", "the meeting") is the same
          if (prev && !verbal && !demonstrative && !INCIDENTS.has(type) && words.length && prev.words.size && (!words.some((w) => prev!.words.has(w)) || clashes(words, adjectives, span, prev))) prev = undefined;
          // "Checkpoint shootings killed 11" after "two other explosions": what did harm, named by another head, is another
          // incident of a round-up, not the one named last
          // ("the blast killed 12" after "a bomb exploded" is the same: a determiner, "the", "each", "its", points back)
          if (prev && harm && prev.head !== head && !mods.some((k) => v.tokens[k]!.upos === 'DET' || v.tokens[k]!.dep === 'nmod:poss')) prev = undefined;
          // "a wave of attacks ... In Monday's deadliest attack, 42 were killed": one picked out of several by a superlative
          // is one of them, not all of them
          if (prev && !verbal && !demonstrative && prev.plural && t.tag !== 'NNS' && mods.some((k) => v.tokens[k]!.tag === 'JJS' || /est$/.test(lower(v.tokens[k]!)))) prev = undefined;
          // "killed in two explosions ... the device detonated": a singular noun after incidents counted by a number is one
          // of them, not all of them
          if (prev && !verbal && prev.counted && t.tag !== 'NNS') prev = undefined;
          // "the assassination of <name>" is told apart by whose it was: another head's incident ("the bombing" named before)
          // is not it
          if (prev && !verbal && head === 'assassination' && !prev.heads.has(head) && kids(v, i, 'nmod').length) prev = undefined;
        }
        let arg: EventArgument;
        if (modality) arg = fresh(type, label, t.start, t.end, true);
        // a verb joins the article's incident ("gunmen struck"); a verb of a transaction is a transaction of its own
        else if (prev) {
          arg = { ...prev.arg, start: t.start, end: t.end };
          // an incident first named by its weapon ("set off a bomb") takes the name of the attack when one is said ("the
          // bombing"): this mention and those after carry it, and the resolver labels the event by the longest
          // (not a name's: "the Guildford bombings" joined by its head is as often another incident told in passing)
          if (!verbal && WEAPON_LABELS.has(prev.head) && !WEAPON_LABELS.has(head) && eventTypeOfNoun(v, i) === type && !mods.some((k) => v.tokens[k]!.upos === 'PROPN' || v.mentionAt[k])) {
            arg.label = label;
            prev.arg = { ...prev.arg, label };
          }
          // (a date a later mention gives the event is its date from then on: "the attack" ... "Friday's attack")
          if (time) prev.time ??= time;
          // (a later "the blast" finds the event "the explosion ... the blast" was, not one named since by another head)
          if (head) prev.heads.add(head);
        } else {
          arg = fresh(type, label, t.start, t.end, false);
          named.push({ arg, head, heads: new Set(head ? [head] : []), words: new Set(words), adjectives: new Set(adjectives), span, ...(ordinal ? { ordinal } : {}), plural: !verbal && t.tag === 'NNS', ...(counted ? { counted } : {}), past, aside, ...(time ? { time } : {}) });
        }
        const mention: EventMention = { sentence: v.sentence.index, token: i, arg, modality, verbal, ...(past ? { past } : {}) };
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
      if (m.modality || m.verbal || m.past) continue;
      const c = counts.get(m.arg.key) ?? { n: 0, arg: m.arg };
      c.n++;
      counts.set(m.arg.key, c);
    }
    let best: { n: number; arg: EventArgument } | undefined;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return best && best.arg.eventType === 'Attack' || best && best.n >= 2 ? best.arg : undefined;
  }
}
