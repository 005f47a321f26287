// Per-analysis state the extractors share (sentence views, the article's event book), computed once per analysis.
import type { Analysis } from '../analyze/analysis.js';
import type { Context } from './arguments.js';
import { resolveAnaphors, type Anaphors } from './coreference.js';
import { EventBook } from './event-book.js';
import { viewsOf, type SentenceView } from './sentence-view.js';

export interface DocumentContext extends Context {
  views: SentenceView[];
  /** The article's anaphors and the descriptions coreference declined (resolve reads both). */
  anaphors: Anaphors;
}

const cache = new WeakMap<Analysis, DocumentContext>();

export function contextOf(analysis: Analysis): DocumentContext {
  let ctx = cache.get(analysis);
  if (!ctx) {
    const views = viewsOf(analysis);
    ctx = { views, book: new EventBook(views), anaphors: resolveAnaphors(views) };
    cache.set(analysis, ctx);
  }
  return ctx;
}

/**
 * Sets open extraction's flag for the next run of the extractors on an analysis. The context is cached per analysis, so
 * the flag is set both ways: a graph build after an open extraction of the same analysis must not keep the open surfaces.
 * Turning it off does not build a context that is not there yet.
 */
export function setOpenSurfaces(analysis: Analysis, on: boolean): void {
  const ctx = on ? contextOf(analysis) : cache.get(analysis);
  if (ctx) ctx.openSurfaces = on;
}
