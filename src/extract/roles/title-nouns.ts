// Title nouns: the head nouns of the phrases news writes before or after a name to say what post someone holds ("chief
// analyst at Acme", "Ardania Fire Service Chief Officer Ana Reis", "a family doctor in Leeds"). The lexicon's role phrases
// (predicates/lexicon.ts) name the frequent offices one by one; a title is more often a head noun of this list after
// rank words ("chief", "deputy", "lead") that make another post of it, so the roles read a title as ranks + a head noun
// instead of as a phrase listed whole.
// (Not src/analyze/gazetteer/titles.ts's ROLES, a list with another job kept apart on purpose: whole role phrases the
// analyzer cuts off a name's span, "Foreign Secretary Jack Straw", tuned for speed in the tokenizer's hot path and read
// before any extractor runs; a merge would make every head noun here cut names there, "Doctor Who", "Major Tom".)
import { camel } from '../predicates/index.js';

/**
 * Nouns that name a post, an office, an occupation held for an organisation, or a place in a group, by field. Only nouns
 * that name a person by what they do for someone (not "victim", "resident", "fan"): what a title is of or at is then its
 * employer, its body or its group.
 */
const HEADS_BY_FIELD: Record<string, string[]> = {
  government: ['minister', 'secretary', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'chancellor', 'premier', 'president', 'governor', 'mayor', 'senator', 'councillor', 'councilor',
    'ambassador', 'envoy', 'consul', 'commissioner', 'delegate', 'representative', 'negotiator', 'spokesman', 'spokeswoman', 'spokesperson',
    'adviser', 'advisor', 'aide', 'official', 'diplomat', 'attache', 'whip', 'treasurer', 'regulator', 'ombudsman'],
  law: ['judge', 'magistrate', 'prosecutor', 'attorney', 'lawyer', 'solicitor', 'barrister', 'advocate', 'counsel', 'coroner', 'registrar'],
  security: ['constable', 'superintendent', 'inspector', 'detective', 'sheriff', 'marshal', 'officer', 'commander', 'general', 'colonel',
    'lieutenant', 'sergeant', 'captain', 'admiral', 'brigadier', 'major', 'corporal', 'agent', 'investigator'],
  business: ['chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'executive', 'manager', 'boss', 'head', 'chief', 'founder', 'co-founder',
    'owner', 'partner', 'shareholder', 'accountant', 'auditor', 'banker', 'broker', 'trader', 'dealer', 'economist', 'analyst', 'strategist',
    'consultant', 'engineer', 'designer', 'architect', 'planner', 'controller', 'administrator', 'employee', 'staffer', 'worker', 'buyer'],
  media: ['editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'commentator', 'presenter', 'anchor', 'broadcaster', 'producer',
    'publisher', 'photographer', 'critic', 'writer'],
  learning: ['professor', 'lecturer', 'researcher', 'scientist', 'fellow', 'dean', 'provost', 'rector', 'principal', 'headteacher', 'headmaster',
    'headmistress', 'teacher', 'tutor', 'expert', 'specialist', 'curator', 'librarian', 'doctor', 'surgeon', 'nurse', 'physician'],
  religion: ['archbishop', 'bishop', 'cardinal', 'priest', 'vicar', 'rector', 'imam', 'rabbi', 'cleric', 'pastor', 'chaplain', 'patriarch'],
  arts: ['singer', 'vocalist', 'frontman', 'frontwoman', 'guitarist', 'bassist', 'drummer', 'keyboardist', 'pianist', 'violinist', 'conductor',
    'composer', 'songwriter', 'choreographer', 'dancer'],
  sport: ['coach', 'trainer', 'captain', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'skipper'],
  groups: ['leader', 'member', 'organiser', 'organizer', 'campaigner', 'activist', 'volunteer', 'trustee', 'deputy', 'secretary-general',
    'director-general', 'coordinator', 'co-ordinator', 'convenor', 'steward'],
};

/** Every title noun, lower case. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(Object.values(HEADS_BY_FIELD).flat());

/** Ranks: words of standing within a post, whatever its field ("chief", "deputy", "shadow"). */
const RANKS_PROPER: ReadonlySet<string> = new Set(['chief', 'deputy', 'assistant', 'associate', 'vice', 'lead', 'principal', 'senior',
  'junior', 'executive', 'managing', 'general', 'co', 'under', 'joint', 'head', 'shadow']);
/** Fields: what the post deals with or where it sits ("economics editor", "district judge", "police officer"). */
const TITLE_FIELDS: ReadonlySet<string> = new Set(['district', 'circuit', 'high', 'special', 'political', 'economics', 'business',
  'foreign', 'home', 'legal', 'financial', 'technical', 'medical', 'artistic', 'creative', 'sporting', 'club', 'team', 'police', 'press',
  'research', 'investment', 'marketing', 'sales', 'communications', 'programme', 'program', 'news', 'music', 'art', 'arts', 'development',
  'operations', 'policy', 'campaign', 'project', 'public', 'health', 'science', 'defence', 'defense', 'security', 'intelligence', 'crime',
  'criminal', 'civil', 'trade', 'energy', 'oil', 'market', 'equity', 'equities', 'currency', 'bond']);
/**
 * Words before a title noun that make another post of it, the post's own words ("chief analyst", "deputy editor", "lead
 * singer", "Chief Constable", "assistant professor"): ranks and fields, kept in the title. Describing words ("key",
 * "veteran", "leading") are not among them.
 */
const TITLE_RANKS: ReadonlySet<string> = new Set([...RANKS_PROPER, ...TITLE_FIELDS]);
/** Fields that name a unit someone can lead ("team leader", "project leader"), not a domain someone leads in. */
const UNIT_FIELDS: ReadonlySet<string> = new Set(['team', 'club', 'project', 'campaign', 'programme', 'program', 'research', 'development', 'operations']);
/**
 * Heads that after a field of a domain name a standing in that domain, not a post held for anyone: "market leader",
 * "business leaders", "oil player" (a firm as often as a person). A rank ("deputy leader") or a unit ("team leader")
 * before them still makes a post.
 */
const STANDING_HEADS: ReadonlySet<string> = new Set(['leader', 'player']);

/**
 * Title nouns that are as often other words ("major" shareholder, "general" strike, the "head" of a queue, a "partner"
 * country, "forward" planning): a title only after a rank or field that makes one of them ("Major General", "managing
 * partner"), never alone.
 */
const AMBIGUOUS = new Set(['general', 'major', 'principal', 'chair', 'head', 'keeper', 'forward', 'anchor', 'fellow', 'steward', 'partner',
  'critic', 'writer', 'buyer', 'worker', 'employee', 'controller', 'planner', 'dealer', 'trader', 'advocate', 'counsel', 'marshal', 'trainer',
  'regulator', 'broadcaster', 'publisher', 'shareholder', 'expert', 'specialist', 'doctor', 'nurse', 'volunteer', 'delegate', 'representative']);

/**
 * The post a phrase of lower-case words names, read as a title: a title noun alone ("constable", "curator"), or ranks and
 * fields before one ("chief analyst" -> chiefAnalystOf, labelled "chief analyst of"); undefined where the last word is no
 * title noun, a word before it is neither a rank nor a field of the list, a title noun stands alone that is as often
 * another word (AMBIGUOUS), or a field of a domain makes a standing of the head (STANDING_HEADS: "market leader").
 */
export function generalTitle(phrase: string): { name: string; label: string } | undefined {
  const words = phrase.split(' ');
  if (words.length > 4 || !TITLE_NOUNS.has(words[words.length - 1]!)) return undefined;
  if (words.length === 1 && AMBIGUOUS.has(words[0]!)) return undefined;
  if (!words.slice(0, -1).every((w) => TITLE_RANKS.has(w))) return undefined;
  if (words.length > 1 && namesStanding(words[words.length - 2]!, words[words.length - 1]!)) return undefined;
  return { name: camel([...words, 'of']), label: `${words.join(' ')} of` };
}

/**
 * Whether a noun before a head of standing makes a standing of it, not a post: a field of a domain (STANDING_HEADS:
 * "market leader", "business leaders"); not a rank or a unit ("deputy leader", "team leader"), nor a body or group one
 * leads ("opposition leader", "party leader"), which are no fields.
 */
export function namesStanding(before: string, head: string): boolean {
  const h = head.endsWith('s') ? head.slice(0, -1) : head;
  return STANDING_HEADS.has(h) && TITLE_FIELDS.has(before) && !(h === 'leader' && UNIT_FIELDS.has(before));
}

/** Whether a lower-case word is a title noun ("analyst", "constable"), or the plural of one ("analysts"). */
export function isTitleNoun(word: string): boolean {
  return TITLE_NOUNS.has(word) || (word.endsWith('s') && TITLE_NOUNS.has(word.slice(0, -1))) || (word.endsWith('men') && TITLE_NOUNS.has(`${word.slice(0, -3)}man`));
}
