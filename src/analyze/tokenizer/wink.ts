// The one shared wink-nlp instance (English lite model), loaded on first use so importing the analyze stage stays cheap.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;

/** wink-nlp with its sentence boundary detection only: tagging is the project's own models' job. */
export function wink(): WinkNlp {
  instance ??= winkNLP(model, ['sbd']);
  return instance;
}
