// Sports reports as a sports desk reads them: who beat whom and by what score, and who the players are (country, age,
// seeding, ranking). Match results stated by a noun ("a win over X") are results.ts; these are the rest.
import type { Analysis } from '../../analyze/analysis.js';
import type { Candidate } from '../candidate.js';
import { contextOf } from '../context.js';
import { sentenceActs } from './acts.js';
import { sentencePlayers } from './players.js';
import { sentenceScores } from './scores.js';

export const NAME = 'sport';

export function sport(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  return ctx.views.flatMap((v) => [...sentenceScores(ctx, v), ...sentencePlayers(ctx, v), ...sentenceActs(ctx, v)]);
}
