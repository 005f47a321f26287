// Entity-level precision, recall and F1 (exact span and type), as in the CoNLL-2003 evaluation.
import type { TagSpan } from '../corpus/index.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  /** Counts behind the figures. */
  tp: number;
  predicted: number;
  gold: number;
}

/** Accumulates entity matches sentence by sentence. */
export class EntityScorer {
  private tp = 0;
  private predicted = 0;
  private gold = 0;

  add(gold: readonly TagSpan[], predicted: readonly TagSpan[]): void {
    const keys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
    this.gold += gold.length;
    this.predicted += predicted.length;
    for (const s of predicted) if (keys.has(`${s.start}:${s.end}:${s.type}`)) this.tp++;
  }

  result(): Prf {
    const p = this.predicted ? this.tp / this.predicted : 0;
    const r = this.gold ? this.tp / this.gold : 0;
    return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp: this.tp, predicted: this.predicted, gold: this.gold };
  }
}
