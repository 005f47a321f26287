// Charts, polls and box offices a thing tops or enters ("the film topped the weekend box office", "the song
// topped the readers' poll"): the ranking is the arena of the news, as definite as a name, though it is a common noun.
import type { Argument } from '../candidate.js';

/** Nouns of rankings: what a song, film, book or team tops, leads or enters. */
const RANKING_NOUNS = new Set(['chart', 'charts', 'poll', 'polls', 'list', 'box office', 'table', 'rankings', 'standings', 'bestseller list',
  'league', 'leaderboard', 'countdown', 'vote', 'survey', 'ratings']);
/** Verbs (as labels) of a place in a ranking. */
const RANKING_VERBS = new Set(['top', 'head', 'lead', 'dominate', 'enter', 'reach', 'climb', 'win', 'top in', 'enter at', 'go into', 'go to',
  'come first in', 'come second in', 'come third in', 'come in', 'finish in', 'finish second in', 'finish third in']);

/** Whether a relation places its subject in a ranking: a ranking verb with a ranking noun as the object's head. */
export function isRanking(label: string | undefined, object: Argument): boolean {
  if (!label || object.kind !== 'concept' || !RANKING_VERBS.has(label)) return false;
  const head = object.label.toLowerCase().split(/\s+(?:of|in|at|for|from|on)\s+/)[0]!;
  return RANKING_NOUNS.has(head.split(/\s+/).pop()!) || head.endsWith('box office');
}
