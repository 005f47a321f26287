// What every model's trainer takes (`npm run train -- --model X`): the shared data folder and the run's settings.

export interface TrainOptions {
  /** Folder laid out like ../shared/data. */
  data: string;
  /** Weights file to write; by default the model's shipped weights file. */
  out?: string;
  iterations?: number;
  seed?: number;
  /** Train on the first N sentences only. */
  limit?: number;
  /** Parser only: then retrain its move model for a beam of this width (> 1; global.ts), which its weights name. */
  beam?: number;
  /** Parser only: passes of that beam retraining (`iterations` counts the greedy stage's passes). */
  globalIterations?: number;
}
