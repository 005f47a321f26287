// The extractors, in the order they run. Each reads an analysis and emits candidates; extract.ts post-processes them.
import type { Extractor } from './candidate.js';
import { dependencyRelations, NAME as RELATIONS } from './relations.js';
import { posPatterns, NAME as PATTERNS } from './patterns.js';
import { roles, NAME as ROLES } from './roles.js';
import { events, NAME as EVENTS } from './events.js';
import { money, NAME as MONEY } from './money.js';
import { results, NAME as RESULTS } from './results.js';
import { sport, NAME as SPORT } from './sport/index.js';
import { business, NAME as BUSINESS } from './business/index.js';

export const EXTRACTORS: Extractor[] = [
  { name: RELATIONS, extract: dependencyRelations },
  { name: PATTERNS, extract: posPatterns },
  { name: ROLES, extract: roles },
  { name: EVENTS, extract: events },
  { name: MONEY, extract: money },
  { name: RESULTS, extract: results },
  { name: SPORT, extract: sport },
  { name: BUSINESS, extract: business },
];
