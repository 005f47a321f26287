// Clubs named after their town ("Leicester striker", "manager at Southampton"): the words around a town's name that
// say it is the team, and the article-wide reading that makes the town's other bare mentions the team as well.
import { isCapital } from '../gazetteer/index.js';
import type { EntityType, Mention, Sentence } from '../analysis.js';
import { isApostropheS, retype, type Candidate } from './candidate.js';

// Words for a club's people, written right after its name ("Leicester striker", "Leeds fans") or before "at", "of" or
// "with" and its name ("manager at Bolton", "captain of Leeds", "his spell at Derby"). Not "side", "chairman" or "wing",
// which a town, a council or a party has as well.
const TEAM_NOUNS = new Set([
  'manager', 'boss', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain', 'skipper', 'stars',
  'players', 'fans', 'supporters', 'squad', 'forward', 'full-back', 'fly-half', 'scrum-half', 'flanker', 'spell',
]);
const TEAM_LINKS = new Set(['at', 'of', 'with']);
// Types a town's name gets that a team context turns into the club.
const PLACE_TYPES = new Set<EntityType>(['City', 'Location']);
// Words before a bare mention that keep it the town even in an article about its club ("a hotel in Leicester").
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'through', 'from']);

/** Whether the words around [start, end) speak of a club's people: "Leicester striker", "Leicester's coach", "boss at Bolton". */
export function teamContext(words: readonly string[], start: number, end: number): boolean {
  const after = isApostropheS(words[end] ?? '') ? words[end + 1] : words[end];
  if (after !== undefined && TEAM_NOUNS.has(after)) return true;
  return start >= 2 && TEAM_LINKS.has(words[start - 1]!) && TEAM_NOUNS.has(words[start - 2]!.toLowerCase());
}

/** Makes a town the team when its context says so; capitals and places acting as governments are left alone. */
export function markTeam(words: readonly string[], m: Candidate): void {
  if (!PLACE_TYPES.has(m.type) || m.standsFor || m.end - m.start > 2) return;
  const name = words.slice(m.start, m.end).join(' ');
  if (isCapital(name) || !teamContext(words, m.start, m.end)) return;
  toTeam(m);
}

function toTeam(m: Candidate): void {
  m.articleWide = true;
  retype(m, 'Organization');
}

/**
 * One sense per article: once a town's name has been read as its club ("Leicester striker", a line-up's "(Leicester)"),
 * its other bare mentions in the article are the club too ("Leicester's domination in the scrums"), unless a preposition
 * of place leads them. `teams` are the names read as clubs, and the unknown names read as organisations (`articleWide`).
 */
export function spreadTeams(sentences: readonly Sentence[], mentions: Mention[], teams: ReadonlySet<string>): void {
  if (teams.size === 0) return;
  for (const m of mentions) {
    if (!PLACE_TYPES.has(m.type) || !teams.has(m.text) || m.standsFor) continue;
    const before = m.tokenStart > 0 ? sentences[m.sentence]!.tokens[m.tokenStart - 1]!.text.toLowerCase() : '';
    if (PLACE_PREPOSITIONS.has(before)) continue;
    m.type = 'Organization';
    delete m.canonical;
    delete m.country;
    delete m.links;
  }
}
