// Business news: a firm's figures (measures.ts), who owns what (ownership.ts), who buys whom (deals.ts), what a thing is
// worth (worth.ts), what an amount a clause is about was owed or paid (owed.ts), who filed for bankruptcy (filings.ts):
// each a rule of its own, read inside the sentence's reported speech as the events are (claims.ts).
import type { Analysis } from '../../analyze/analysis.js';
import type { Candidate } from '../candidate.js';
import { contextOf } from '../context.js';
import { articleFrames } from '../events.js';
import { amountsIn } from './amounts.js';
import { sentenceDeals } from './deals.js';
import { sentenceMeasures } from './measures.js';
import { sentenceOwnership } from './ownership.js';
import { sentenceWorth } from './worth.js';
import { sentenceOwed } from './owed.js';
import { sentenceFilings } from './filings.js';

export { NAME } from './measures.js';

export function business(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const article = articleFrames(ctx);
  return ctx.views.flatMap((v, i) => {
    const frames = article[i]!;
    const amounts = amountsIn(v);
    return [...sentenceMeasures(ctx, v, amounts, frames), ...sentenceOwnership(ctx, v, frames), ...sentenceDeals(ctx, v, amounts, frames),
      ...sentenceWorth(ctx, v, amounts, frames), ...sentenceOwed(ctx, v, amounts, frames), ...sentenceFilings(v, frames)];
  });
}
