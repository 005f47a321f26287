// Sports reports as a sports desk reads them: who beat whom and by what score, who the players are (country, age,
// seeding, ranking) and when a match was played. Match results stated by a noun ("a win over X") are results.ts.
import type { Analysis } from '../../analyze/analysis.js';
import type { Candidate } from '../candidate.js';
import { contextOf } from '../context.js';
import { sentenceActs } from './acts.js';
import { sentencePlayers } from './players.js';
import { sentenceScores } from './scores.js';
import { sentenceWhen } from './when.js';

export const NAME = 'sport';

export function sport(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  return ctx.views.flatMap((v) => [...sentenceScores(ctx, v), ...sentencePlayers(ctx, v), ...sentenceActs(ctx, v), ...sentenceWhen(ctx, v)]);
}
