// The predicate lexicon: news verbs, verb+preposition phrases, role nouns and nominal relations mapped to ontology properties.
// One data file so the graph engineer can declare every known property in ontology/newsgraph.ttl (see index.ts).
import { wordTable } from '../../util/word-table.js';

/** A property the extractors may emit, as declared in the ontology. */
export interface PredicateDef {
  /** Local name in the ng: namespace (camelCase, active voice). */
  name: string;
  label: string;
  comment?: string;
  inverseOf?: string;
  /** Ontology class local names (ng:Person, ng:Organization, ng:Event, ...). */
  domain?: string;
  range?: string;
}

/** A verb (lemma, optionally with a particle or preposition) mapped to a property. */
export interface VerbEntry {
  /** Lemma plus particle/preposition, space separated: "blame", "pass on to", "pin responsibility on". */
  phrase: string;
  predicate: string;
  /**
   * How the arguments map: 'so' subject-object (default); 'blame-on': "X blamed Y on Z" means X blames Z (the
   * on-object), and the direct object becomes what Z is claimed responsible for.
   */
  frame?: 'so' | 'blame-on';
}

/** Properties with fixed meaning. Verb-derived open relations are minted at run time and labelled from the lemma. */
export const PREDICATES: PredicateDef[] = [
  // communication and claims
  { name: 'say', label: 'say', comment: 'The subject made a statement; the content is a separate attributed statement.', domain: 'Agent' },
  { name: 'tell', label: 'tell', comment: 'The subject addressed a statement to the object.', domain: 'Agent', range: 'Agent' },
  { name: 'announce', label: 'announce', comment: 'The subject made the object public.', domain: 'Agent' },
  { name: 'warn', label: 'warn', comment: 'The subject warned the object (of a danger).', domain: 'Agent', range: 'Agent' },
  { name: 'deny', label: 'deny', comment: 'The subject denied the object (a claim or an accusation).', domain: 'Agent' },
  { name: 'blame', label: 'blame', comment: 'The subject holds the object responsible (for something bad).', domain: 'Agent', range: 'Agent' },
  { name: 'accuse', label: 'accuse', comment: 'The subject accused the object of wrongdoing.', domain: 'Agent', range: 'Agent' },
  { name: 'describe', label: 'describe', comment: 'The subject characterised the object (as something).', domain: 'Agent' },
  { name: 'condemn', label: 'condemn', comment: 'The subject condemned or criticised the object.', domain: 'Agent' },
  { name: 'criticise', label: 'criticise', comment: 'The subject criticised the object.', domain: 'Agent' },
  { name: 'support', label: 'support', comment: 'The subject supports the object.', domain: 'Agent' },
  { name: 'oppose', label: 'oppose', comment: 'The subject opposes the object.', domain: 'Agent' },
  { name: 'threaten', label: 'threaten', comment: 'The subject threatened the object.', domain: 'Agent' },
  { name: 'urge', label: 'urge', comment: 'The subject urged the object (to act).', domain: 'Agent', range: 'Agent' },
  { name: 'confirm', label: 'confirm', comment: 'The subject confirmed the object.', domain: 'Agent' },
  { name: 'passOnTo', label: 'pass on to', comment: 'The subject passed information or something else on to the object.', domain: 'Agent', range: 'Agent' },
  { name: 'inform', label: 'inform', comment: 'The subject informed the object.', domain: 'Agent', range: 'Agent' },
  // conflict
  { name: 'attack', label: 'attack', comment: 'The subject attacked the object.', domain: 'Agent' },
  { name: 'kill', label: 'kill', comment: 'The subject killed the object.', domain: 'Agent' },
  { name: 'killed', label: 'killed', comment: 'The number of people an event killed (a quantity literal).', domain: 'Event' },
  { name: 'injured', label: 'injured', comment: 'The number of people an event injured (a quantity literal).', domain: 'Event' },
  { name: 'arrest', label: 'arrest', comment: 'The subject arrested the object.', domain: 'Agent', range: 'Person' },
  { name: 'perpetrator', label: 'perpetrator', comment: 'The event was carried out by the object.', domain: 'Event', range: 'Agent' },
  { name: 'target', label: 'target', comment: 'The event was directed at the object.', domain: 'Event' },
  { name: 'responsibleFor', label: 'responsible for', comment: 'The subject is (held) responsible for the object.', domain: 'Agent' },
  { name: 'involvedIn', label: 'involved in', comment: 'The subject took part in the object (an event).', domain: 'Agent', range: 'Event' },
  { name: 'impose', label: 'impose', comment: 'The subject imposed the object (a sanction, a ban).', domain: 'Agent' },
  // diplomacy and politics
  { name: 'meet', label: 'meet', comment: 'The subject met or held talks with the object.', domain: 'Agent', range: 'Agent' },
  { name: 'visit', label: 'visit', comment: 'The subject visited the object.', domain: 'Agent' },
  { name: 'appoint', label: 'appoint', comment: 'The subject appointed the object.', domain: 'Agent', range: 'Person' },
  { name: 'resign', label: 'resign', comment: 'The subject resigned (from the object).', domain: 'Person' },
  { name: 'elect', label: 'elect', comment: 'The subject elected the object.', domain: 'Agent', range: 'Person' },
  { name: 'succeed', label: 'succeed', comment: 'The subject succeeded the object in a post.', domain: 'Person', range: 'Person' },
  { name: 'sanction', label: 'sanction', comment: 'The subject imposed sanctions on the object.', domain: 'Agent', range: 'Agent' },
  // business and law
  { name: 'acquire', label: 'acquire', comment: 'The subject bought or took over the object.', domain: 'Agent' },
  { name: 'sell', label: 'sell', comment: 'The subject sold the object.', domain: 'Agent' },
  { name: 'lend', label: 'lend', comment: 'The subject lent money to the object.', domain: 'Agent', range: 'Agent' },
  { name: 'sue', label: 'sue', comment: 'The subject sued the object.', domain: 'Agent', range: 'Agent' },
  { name: 'fine', label: 'fine', comment: 'The subject fined the object.', domain: 'Agent', range: 'Agent' },
  { name: 'charge', label: 'charge', comment: 'The subject charged the object (with an offence).', domain: 'Agent', range: 'Agent' },
  { name: 'chargedWith', label: 'charged with', comment: 'The subject is charged with the object (an offence).', domain: 'Agent' },
  { name: 'invest', label: 'invest in', comment: 'The subject invested in the object.', domain: 'Agent' },
  { name: 'found', label: 'found', comment: 'The subject founded the object.', domain: 'Agent', range: 'Organization' },
  { name: 'join', label: 'join', comment: 'The subject joined the object.', domain: 'Agent', range: 'Organization' },
  { name: 'lead', label: 'lead', comment: 'The subject led the object.', domain: 'Agent' },
  // roles, membership and place
  { name: 'memberOf', label: 'member of', comment: 'The subject belongs to the object (an organisation or group).', domain: 'Agent', range: 'Organization' },
  { name: 'worksFor', label: 'work for', comment: 'The subject works for the object.', domain: 'Person', range: 'Organization' },
  { name: 'leaderOf', label: 'leader of', comment: 'The subject leads the object.', domain: 'Person' },
  { name: 'presidentOf', label: 'president of', comment: 'The subject is the president of the object.', domain: 'Person' },
  { name: 'primeMinisterOf', label: 'prime minister of', comment: 'The subject is the prime minister of the object.', domain: 'Person', range: 'Country' },
  { name: 'ambassadorOf', label: 'ambassador of', comment: 'The subject is an ambassador representing the object.', domain: 'Person', range: 'Country' },
  { name: 'ambassadorTo', label: 'ambassador to', comment: 'The subject is an ambassador posted to the object.', domain: 'Person', range: 'Country' },
  { name: 'spokespersonOf', label: 'spokesperson of', comment: 'The subject speaks for the object.', domain: 'Person', range: 'Organization' },
  { name: 'chiefExecutiveOf', label: 'chief executive of', comment: 'The subject is the chief executive of the object.', domain: 'Person', range: 'Organization' },
  { name: 'founderOf', label: 'founder of', comment: 'The subject founded the object.', domain: 'Person', range: 'Organization' },
  // an office named by its own title, not by what it is of ("Keeper of the Privy Seal Ana Reis"): the title as written
  { name: 'holdsRole', label: 'holds role', comment: 'The subject holds the office the object (its title as written, "Keeper of the Privy Seal") names.', domain: 'Person', range: 'Concept' },
  { name: 'heldRole', label: 'held role', comment: 'The subject formerly held the office the object (its title as written) names.', domain: 'Person', range: 'Concept' },
  { name: 'partOf', label: 'part of', comment: 'The subject is a part, unit or subsidiary of the object.' },
  { name: 'locatedIn', label: 'located in', comment: 'The subject (a place, a facility or an event) is in the object.', range: 'Location' },
  { name: 'date', label: 'date', comment: 'When the subject (an event) happened: an xsd:date or a coarser literal.', domain: 'Event' },
  { name: 'amount', label: 'amount', comment: 'A money amount the subject (a deal, loan, fine, fraud) is worth; the unit is the currency.' },
];

/** Verbs and verb phrases with a fixed property; lemma + particle/preposition, space separated. */
export const VERBS: VerbEntry[] = [
  { phrase: 'say', predicate: 'say' },
  { phrase: 'tell', predicate: 'tell' },
  { phrase: 'announce', predicate: 'announce' },
  { phrase: 'warn', predicate: 'warn' }, { phrase: 'alert', predicate: 'warn' }, { phrase: 'caution', predicate: 'warn' },
  { phrase: 'deny', predicate: 'deny' }, { phrase: 'reject', predicate: 'deny' },
  { phrase: 'blame', predicate: 'blame', frame: 'blame-on' },
  { phrase: 'pin responsibility on', predicate: 'blame' }, { phrase: 'pin blame on', predicate: 'blame' },
  { phrase: 'hold responsible', predicate: 'blame' }, { phrase: 'lay blame on', predicate: 'blame' },
  { phrase: 'accuse', predicate: 'accuse' },
  { phrase: 'describe', predicate: 'describe' }, { phrase: 'characterise', predicate: 'describe' }, { phrase: 'characterize', predicate: 'describe' },
  { phrase: 'condemn', predicate: 'condemn' }, { phrase: 'denounce', predicate: 'condemn' },
  { phrase: 'criticise', predicate: 'criticise' }, { phrase: 'criticize', predicate: 'criticise' },
  { phrase: 'support', predicate: 'support' }, { phrase: 'back', predicate: 'support' }, { phrase: 'endorse', predicate: 'support' },
  { phrase: 'oppose', predicate: 'oppose' }, { phrase: 'object to', predicate: 'oppose' },
  { phrase: 'threaten', predicate: 'threaten' },
  { phrase: 'urge', predicate: 'urge' },
  { phrase: 'confirm', predicate: 'confirm' },
  { phrase: 'pass on to', predicate: 'passOnTo' }, { phrase: 'hand over to', predicate: 'passOnTo' },
  { phrase: 'inform', predicate: 'inform' }, { phrase: 'brief', predicate: 'inform' },
  { phrase: 'attack', predicate: 'attack' }, { phrase: 'strike', predicate: 'attack' }, { phrase: 'storm', predicate: 'attack' },
  { phrase: 'bomb', predicate: 'attack' }, { phrase: 'raid', predicate: 'attack' }, { phrase: 'shell', predicate: 'attack' },
  { phrase: 'kill', predicate: 'kill' }, { phrase: 'murder', predicate: 'kill' },
  { phrase: 'arrest', predicate: 'arrest' }, { phrase: 'detain', predicate: 'arrest' },
  { phrase: 'carry out', predicate: 'perpetrate' }, { phrase: 'perpetrate', predicate: 'perpetrate' },
  { phrase: 'claim responsibility for', predicate: 'responsibleFor' },
  { phrase: 'impose', predicate: 'impose' }, { phrase: 'impose on', predicate: 'impose' },
  { phrase: 'meet', predicate: 'meet' }, { phrase: 'meet with', predicate: 'meet' },
  { phrase: 'hold talks with', predicate: 'meet' }, { phrase: 'talk with', predicate: 'meet' }, { phrase: 'hold meeting with', predicate: 'meet' },
  { phrase: 'visit', predicate: 'visit' }, { phrase: 'tour', predicate: 'visit' },
  { phrase: 'make trip to', predicate: 'visit' }, { phrase: 'make visit to', predicate: 'visit' }, { phrase: 'pay visit to', predicate: 'visit' },
  { phrase: 'travel to', predicate: 'visit' }, { phrase: 'fly to', predicate: 'visit' },
  { phrase: 'appoint', predicate: 'appoint' }, { phrase: 'name', predicate: 'appoint' }, { phrase: 'nominate', predicate: 'appoint' },
  { phrase: 'resign', predicate: 'resign' }, { phrase: 'resign from', predicate: 'resign' },
  { phrase: 'step down', predicate: 'resign' }, { phrase: 'step down from', predicate: 'resign' }, { phrase: 'quit', predicate: 'resign' },
  { phrase: 'elect', predicate: 'elect' },
  { phrase: 'succeed', predicate: 'succeed' }, { phrase: 'replace', predicate: 'succeed' }, { phrase: 'take over from', predicate: 'succeed' },
  { phrase: 'sanction', predicate: 'sanction' },
  { phrase: 'acquire', predicate: 'acquire' }, { phrase: 'buy', predicate: 'acquire' }, { phrase: 'purchase', predicate: 'acquire' },
  { phrase: 'take over', predicate: 'acquire' }, { phrase: 'snap up', predicate: 'acquire' },
  // (no "sell to": sell's object is the thing sold, and a "to" phrase names the buyer, "sold its unit to Zenta"; read as
  // sell it gave "Acme | sell | Zenta". The open relation "sell to" / "sell unit to" keeps the buyer on its own row.
  // "lend to" stays: lend's object is the borrower, as in "lent Russia $6bn".)
  { phrase: 'sell', predicate: 'sell' },
  { phrase: 'lend', predicate: 'lend' }, { phrase: 'lend to', predicate: 'lend' }, { phrase: 'loan', predicate: 'lend' },
  { phrase: 'sue', predicate: 'sue' },
  { phrase: 'fine', predicate: 'fine' },
  { phrase: 'charge', predicate: 'charge' },
  { phrase: 'invest in', predicate: 'invest' },
  { phrase: 'found', predicate: 'found' }, { phrase: 'set up', predicate: 'found' }, { phrase: 'establish', predicate: 'found' },
  { phrase: 'join', predicate: 'join' },
  { phrase: 'lead', predicate: 'lead' }, { phrase: 'head', predicate: 'lead' }, { phrase: 'run', predicate: 'lead' },
];

/** Extra properties referenced only by the verb table. */
PREDICATES.push(
  { name: 'perpetrate', label: 'carry out', comment: 'The subject carried out the object (an attack, a crime).', domain: 'Agent', range: 'Event' },
);

/** A role noun (lower case, possibly several words) and the property it gives "<person> <property> <organisation|country>". */
export interface RoleEntry {
  phrase: string;
  predicate: string;
  label: string;
}

/**
 * Role nouns. The property name is the role in camelCase + "Of" ("foreign secretary" -> foreignSecretaryOf); roles that
 * are frequent enough get an explicit entry in PREDICATES, the rest are declared from this table by knownPredicates().
 */
export const ROLE_PHRASES: string[] = [
  'prime minister', 'deputy prime minister', 'president', 'vice president', 'vice-president', 'chancellor', 'king', 'queen',
  'foreign minister', 'finance minister', 'defence minister', 'defense minister', 'interior minister', 'trade minister',
  'health minister', 'economy minister', 'energy minister', 'justice minister', 'oil minister', 'minister',
  'foreign secretary', 'home secretary', 'shadow foreign secretary', 'shadow chancellor', 'shadow home secretary',
  'secretary of state', 'defence secretary', 'defense secretary', 'health secretary', 'trade secretary', 'culture secretary',
  'education secretary', 'transport secretary', 'treasury secretary', 'secretary general', 'secretary-general', 'secretary',
  'ambassador', 'envoy', 'consul', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary',
  'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer', 'finance chief',
  'financial chief', 'ceo', 'cfo', 'coo', 'chief', 'boss', 'head', 'chairman', 'chairwoman', 'chair', 'director',
  'managing director', 'finance director', 'executive director', 'director general', 'director-general', 'founder',
  'co-founder', 'owner', 'leader', 'party leader', 'deputy leader', 'editor', 'political editor', 'economics editor',
  'business editor', 'correspondent', 'political correspondent', 'analyst', 'economist', 'official', 'oil official',
  'lawyer', 'commander', 'governor', 'mayor', 'senator', 'mp', 'member', 'manager', 'general manager', 'coach',
  'captain', 'striker', 'adviser', 'advisor', 'aide', 'deputy', 'auditor', 'external auditor', 'whistleblower',
  'counterpart', 'chief economist', 'chief negotiator', 'negotiator', 'representative', 'spokesman for', 'executive',
  'head of state', 'attorney general', 'prosecutor', 'judge', 'professor', 'researcher', 'reporter', 'presenter',
  'general secretary', 'premier', 'emir', 'sultan', 'prince', 'princess', 'pope', 'archbishop', 'bishop',
];

/** Role nouns whose property is not "<role>Of". */
export const ROLE_OVERRIDES: Record<string, string> = wordTable({
  spokesman: 'spokespersonOf', spokeswoman: 'spokespersonOf', 'press secretary': 'spokespersonOf', 'spokesman for': 'spokespersonOf',
  'chief executive officer': 'chiefExecutiveOf', ceo: 'chiefExecutiveOf',
  // "Liverpool boss", "the BBC's boss": the head of a club, a body or a firm alike, not always its chief executive
  boss: 'headOf',
  'co-founder': 'founderOf', 'vice-president': 'vicePresidentOf', 'secretary-general': 'secretaryGeneralOf',
  'director-general': 'directorGeneralOf', advisor: 'adviserOf', premier: 'primeMinisterOf',
  member: 'memberOf', 'head of state': 'headOfStateOf', 'defense minister': 'defenceMinisterOf',
  'defense secretary': 'defenceSecretaryOf',
});

/** The forms of "be" (with its clitic "'s"): shared by the copulas and passives of the parse repairs, event-book and process-acts. */
export const BE_WORDS: readonly string[] = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '\u2019s'];

/** Third-person possessive pronouns ("its sales", "their parent"), which name a holder once coreference has placed them. */
export const THIRD_PERSON_POSSESSIVES: Readonly<Record<string, number>> = wordTable({ its: 1, their: 1, his: 1, her: 1 });

/** The positions of a team's players, written before a name as a title ("Ardania fly-half Ana Reis"): title occupations. */
export const PLAYER_POSITIONS: string[] = [
  'scrum-half', 'scrum half', 'fly-half', 'fly half', 'full-back', 'fullback', 'winger', 'flanker', 'hooker', 'prop', 'lock', 'centre',
  'number eight', 'goalkeeper', 'keeper', 'defender', 'midfielder', 'forward', 'playmaker', 'quarterback', 'batsman', 'bowler', 'wicketkeeper',
];
/** Trades of agents, lawyers, writers and musicians written before a name as a title ("U2 frontman X"): title occupations. */
export const TRADE_TITLES: string[] = [
  'special agent', 'agent', 'journalist', 'attorney', 'singer', 'lead singer', 'drummer', 'guitarist', 'bassist', 'frontman',
];
/**
 * Occupations news writes before a name as a title that are no role nouns elsewhere: a peer of a party, teachers of a
 * subject, ranks, the positions of a team's players ("Ardania fly-half Ana Reis", "Zenta midfielder Tom Hale"). Several
 * are common words ("prop", "lock", "forward", "centre", "keeper"), so only the roles' title rules read them
 * (titlePredicate), never isRole or rolePredicate. Each gives "<occupation>Of", labelled with its words as written.
 */
export const TITLE_OCCUPATIONS: string[] = [
  'peer', 'teacher', 'lecturer', 'instructor', 'tutor', 'detective', 'colonel', 'sergeant', 'lieutenant',
  ...PLAYER_POSITIONS, ...TRADE_TITLES,
];

/** Nouns after "the <org>'s ..." or "<org> ..." that name a unit of it: "<x> partOf <org>". */
export const PART_NOUNS = ['unit', 'subsidiary', 'arm', 'division', 'branch', 'wing', 'affiliate'];

/**
 * Verbs of naming, choosing and judging whose second noun phrase says what the first is or becomes ("named X chairman",
 * "declared X the winner", "branded X a coward"): a small clause, never a second thing acted on. (Not "make": "made him
 * an offer" gives a thing as often as "made him chairman" names a role.)
 */
export const SMALL_CLAUSE_VERBS = new Set(['name', 'elect', 'appoint', 'declare', 'call', 'brand', 'label', 'dub', 'crown',
  'proclaim', 'deem', 'consider', 'term', 'pronounce', 'nominate', 'vote', 'hail', 're-elect', 'reelect', 'install']);

/** Light verbs whose object noun carries the meaning ("hold talks with", "make a visit to", "pin responsibility on"). */
export const LIGHT_VERBS = new Set(['hold', 'make', 'take', 'give', 'pin', 'pay', 'have', 'launch', 'carry', 'lay', 'put', 'reach', 'sign', 'file', 'place', 'raise', 'express']);

/**
 * Verbs of asking or ordering someone to act ("urged Congress to cut the deficit", "pressed the board to sell"): what is
 * asked is the asker's word, not a fact (speech), and the one asked is the subject of the act asked for (relations).
 */
export const DIRECTIVE_VERBS = new Set(['urge', 'ask', 'demand', 'press', 'pressure', 'implore', 'beg', 'order', 'instruct', 'direct', 'call', 'tell',
  'warn', 'advise', 'encourage', 'invite']);

/** Speech and cognition verbs whose clausal complement is the content of a claim. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'insist', 'warn', 'deny', 'announce', 'report', 'explain', 'argue', 'suggest',
  'conclude', 'remind', 'reply', 'respond', 'note', 'acknowledge', 'admit', 'allege', 'confirm', 'believe', 'think',
  'assert', 'declare', 'maintain', 'predict', 'estimate', 'write', 'tweet', 'stress', 'emphasise', 'emphasize', 'reveal',
  'indicate', 'accuse', 'complain', 'fear', 'hope', 'expect', 'agree', 'testify', 'concede', 'point', 'recall', 'signal',
  'describe', 'hint', 'caution', 'promise', 'pledge', 'vow', 'repeat', 'observe', 'comment', 'contend', 'speculate',
  // reporting verbs of news that restate, stress, grant or disclose ("reiterated that", "underlined that", "disclosed that")
  'reiterate', 'affirm', 'reaffirm', 'underline', 'underscore', 'remark', 'retort', 'assure', 'disclose', 'mention',
  'concur', 'clarify', 'forecast', 'boast', 'lament', 'quip', 'inform', 'grant',
  // acts of proposing and confessing whose clause is the speaker's word, not a fact ("proposed that fees be doubled")
  'propose', 'recommend', 'confess',
]);

/** Speech verbs whose complement the speaker rejects. */
export const DENIAL_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'dispute']);

/**
 * Speech acts that are a relation of their own between the speaker and what they say, beside the claim itself: a denial,
 * an admission, a pledge, a proposal, a prediction ("admitted (that) the plan had failed", "pledged more money for schools",
 * "recommended raising the levy"): the speaker with the content as a phrase. A neutral report ("said", "claimed", "added") is
 * not: its content is only the speaker's claim; nor is a concession ("acknowledged", "conceded" that the economy grew),
 * which grants a fact rather than doing something with it.
 */
export const CONTENT_ACTS = new Set([...DENIAL_VERBS, 'admit', 'confess', 'pledge', 'promise', 'vow', 'propose', 'suggest', 'recommend',
  'predict', 'forecast']);

/**
 * Nouns of what others say, which a subject can reject without saying anything itself ("dismissed rumours that ..."),
 * and whose clause may go without "that" ("allegations the club made an approach").
 */
export const REPORT_NOUNS = new Set(['rumour', 'rumor', 'report', 'claim', 'allegation', 'suggestion', 'speculation', 'accusation', 'story', 'assertion']);

/** Nouns of speech acts and the verb of each: "a denial by X that ...", "X's claim that ...", a report noun's "say". */
export const SPEECH_NOUNS: Record<string, string> = wordTable({
  ...Object.fromEntries([...REPORT_NOUNS].map((n) => [n, 'say'])),
  denial: 'deny', statement: 'say', warning: 'warn', announcement: 'announce', insistence: 'say', admission: 'say',
  accusation: 'accuse',
  // "faces charges that she forged the will": what a charge says is the accusers' claim, not a fact
  charge: 'accuse',
});

/** Verbs whose subject states an intention or attempt: the xcomp's event is planned, not (yet) actual. */
export const PLAN_VERBS: Record<string, 'planned' | 'possible' | 'future'> = wordTable({
  plan: 'planned', intend: 'planned', want: 'planned', hope: 'possible', aim: 'planned', seek: 'planned',
  threaten: 'possible', propose: 'planned', expect: 'future', prepare: 'planned', pledge: 'planned', promise: 'planned',
  vow: 'planned', offer: 'possible', agree: 'planned', decide: 'planned',
  // "due to sign" is scheduled
  due: 'future',
});

/**
 * Verbs of attempting: the act of their infinitive is intended, not (yet) done ("tried to buy", "attempted to flee"),
 * unless it is an act of saying or blaming, which the attempt performs ("tried to blame X" blames X).
 */
export const ATTEMPT_VERBS = new Set(['try', 'attempt']);

/**
 * Verbs that give a "to" infinitive a modality only as a progressive or passive with "be": "is going to sign" and "is
 * set to sign" are future, "went to sign" and "set to work" are done.
 */
export const BE_PLAN_VERBS: Record<string, 'future'> = wordTable({ go: 'future', set: 'future' });

/** Modal auxiliaries and the modality they give. */
export const MODAL_AUX: Record<string, 'possible' | 'hypothetical' | 'future'> = wordTable({
  may: 'possible', might: 'possible', could: 'possible', can: 'possible', would: 'hypothetical', should: 'hypothetical',
  will: 'future', shall: 'future', must: 'hypothetical',
});

/** Adjectives that make an event mention unreal: "a potential attack", "the planned merger". */
export const MODAL_ADJECTIVES: Record<string, 'possible' | 'planned' | 'hypothetical' | 'future'> = wordTable({
  potential: 'possible', possible: 'possible', likely: 'possible', alleged: 'possible', suspected: 'possible',
  planned: 'planned', proposed: 'planned', intended: 'planned', prospective: 'planned', future: 'future',
  upcoming: 'future', forthcoming: 'future', threatened: 'possible', hypothetical: 'hypothetical', rumoured: 'possible',
  rumored: 'possible', expected: 'future', imminent: 'future',
  // an attack stopped before it happened was planned, never carried out
  foiled: 'planned', thwarted: 'planned', averted: 'planned', prevented: 'planned', aborted: 'planned',
});

/** Event nouns (lemma) and the CAMEO-style concept in ontology/events.ttl. */
export const EVENT_NOUNS: Record<string, string> = wordTable({
  attack: 'Attack', assault: 'Attack', bombing: 'Attack', shooting: 'Attack', massacre: 'Attack', raid: 'Attack',
  strike: 'Attack', airstrike: 'Attack', 'air strike': 'Attack', ambush: 'Attack', explosion: 'Attack', blast: 'Attack',
  killing: 'Attack', invasion: 'Attack', offensive: 'Attack', siege: 'Attack', hijacking: 'Attack', kidnapping: 'Attack',
  assassination: 'Attack',
  war: 'Fight', conflict: 'Fight', fighting: 'Fight', clash: 'Fight', battle: 'Fight', insurgency: 'Fight',
  talks: 'Meet', meeting: 'Meet', summit: 'Meet', conference: 'Meet', negotiation: 'Meet', negotiations: 'Meet',
  visit: 'Visit', trip: 'Visit', tour: 'Visit',
  election: 'Election', vote: 'Election', referendum: 'Election', poll: 'Election', ballot: 'Election',
  protest: 'Protest', demonstration: 'Protest', rally: 'Protest', riot: 'Protest', walkout: 'Protest',
  crackdown: 'Coerce', arrest: 'Coerce', detention: 'Coerce', embargo: 'Sanction', sanctions: 'Sanction', ban: 'Sanction',
  takeover: 'Acquire', acquisition: 'Acquire', merger: 'Acquire', buyout: 'Acquire', purchase: 'Acquire', sale: 'Acquire',
  deal: 'Agreement', agreement: 'Agreement', treaty: 'Agreement', accord: 'Agreement', ceasefire: 'Agreement', truce: 'Agreement',
  loan: 'Lend', credit: 'Lend', bailout: 'Lend',
  trial: 'Trial', lawsuit: 'Trial', case: 'Trial', hearing: 'Trial', investigation: 'Investigate', inquiry: 'Investigate', probe: 'Investigate',
  fraud: 'Crime', scandal: 'Crime', murder: 'Crime', theft: 'Crime',
  resignation: 'Resign', appointment: 'Appoint', earthquake: 'Disaster', flood: 'Disaster', hurricane: 'Disaster', crash: 'Disaster',
  fire: 'Disaster', outbreak: 'Disaster', collapse: 'Disaster', bankruptcy: 'Disaster',
  disaster: 'Disaster', accident: 'Disaster', tsunami: 'Disaster', stampede: 'Disaster', derailment: 'Disaster', wildfire: 'Disaster',
});

/** Verbs (lemma) that report an event of a concept when they occur ("gunmen struck" is an attack). */
export const EVENT_VERBS: Record<string, string> = wordTable({
  attack: 'Attack', strike: 'Attack', storm: 'Attack', bomb: 'Attack', shoot: 'Attack', raid: 'Attack', ambush: 'Attack',
  invade: 'Attack', meet: 'Meet', visit: 'Visit', protest: 'Protest', acquire: 'Acquire', buy: 'Acquire', merge: 'Acquire',
  purchase: 'Acquire', lend: 'Lend', loan: 'Lend',
});

/** The noun a verbal event is labelled with ("China lent Russia $6bn" -> a loan). */
export const EVENT_LABELS: Record<string, string> = wordTable({
  Attack: 'attack', Meet: 'meeting', Visit: 'visit', Protest: 'protest', Acquire: 'acquisition', Lend: 'loan',
  Fight: 'fighting', Election: 'election', Coerce: 'crackdown', Sanction: 'sanctions', Agreement: 'agreement',
});

/** Nouns of involvement whose actor is a possessor or a demonym: "Ukrainian involvement" -> Ukraine involvedIn <event>. */
export const RELATION_NOUNS: Record<string, { predicate: string; label: string }> = wordTable({
  involvement: { predicate: 'involvedIn', label: 'involved in' },
  participation: { predicate: 'involvedIn', label: 'involved in' },
  role: { predicate: 'involvedIn', label: 'involved in' },
  responsibility: { predicate: 'responsibleFor', label: 'responsible for' },
  complicity: { predicate: 'involvedIn', label: 'involved in' },
});

/**
 * Nouns of acts whose possessor or "by" phrase is the agent and whose prepositional phrase is what is acted on: "its
 * purchase of X" -> acquire X, "Y's attack on X" -> attack X, "US objections to X" -> oppose X. Noun -> the verb (a
 * lexicon phrase or an open lemma) and the prepositions that introduce the thing acted on.
 */
export const NOMINAL_ACTS: Record<string, { verb: string; preps: string[] }> = wordTable({
  purchase: { verb: 'buy', preps: ['of'] }, acquisition: { verb: 'acquire', preps: ['of'] }, takeover: { verb: 'take over', preps: ['of'] },
  buyout: { verb: 'buy', preps: ['of'] }, sale: { verb: 'sell', preps: ['of'] }, invasion: { verb: 'invade', preps: ['of'] },
  attack: { verb: 'attack', preps: ['on', 'against'] }, assault: { verb: 'attack', preps: ['on', 'against'] }, raid: { verb: 'raid', preps: ['on'] },
  bombing: { verb: 'bomb', preps: ['of'] }, visit: { verb: 'visit', preps: ['to'] }, trip: { verb: 'visit', preps: ['to'] },
  arrest: { verb: 'arrest', preps: ['of'] }, detention: { verb: 'detain', preps: ['of'] }, appointment: { verb: 'appoint', preps: ['of'] },
  loan: { verb: 'lend', preps: ['to'] }, crackdown: { verb: 'crack down on', preps: ['on'] }, condemnation: { verb: 'condemn', preps: ['of'] },
  criticism: { verb: 'criticise', preps: ['of'] }, support: { verb: 'support', preps: ['for', 'of'] }, backing: { verb: 'support', preps: ['for', 'of'] },
  objection: { verb: 'object to', preps: ['to'] }, opposition: { verb: 'oppose', preps: ['to'] }, murder: { verb: 'murder', preps: ['of'] },
  killing: { verb: 'kill', preps: ['of'] }, assassination: { verb: 'kill', preps: ['of'] }, release: { verb: 'release', preps: ['of'] },
  withdrawal: { verb: 'withdraw from', preps: ['from'] }, rejection: { verb: 'reject', preps: ['of'] }, recognition: { verb: 'recognise', preps: ['of'] },
  defeat: { verb: 'defeat', preps: ['of'] }, victory: { verb: 'beat', preps: ['over'] }, bid: { verb: 'bid for', preps: ['for'] },
  investigation: { verb: 'investigate', preps: ['into', 'of'] }, probe: { verb: 'investigate', preps: ['into'] }, lawsuit: { verb: 'sue', preps: ['against'] },
  sanctions: { verb: 'sanction', preps: ['on', 'against'] }, boycott: { verb: 'boycott', preps: ['of'] }, ban: { verb: 'ban', preps: ['on'] },
});
