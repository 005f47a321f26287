// `npm run eval:models -- --data DIR [--json]`: scores the shipped tagger, recogniser and parser on the dev splits under DIR.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type Evaluator = (options: { data: string }) => Promise<Record<string, number>>;

export interface ModelScores {
  pos: { upos: number };
  ner: { conll: { p: number; r: number; f1: number }; uner: { p: number; r: number; f1: number } };
  parser: { uas: number; las: number };
}

async function parserEvaluator(): Promise<Evaluator | null> {
  try {
    return ((await import('./parser/evaluate.js' as string)) as { evaluate: Evaluator }).evaluate;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes('parser/evaluate')) return null;
    throw e;
  }
}

/** All models' dev scores, plus each model's detailed figures. */
export async function evaluateAll(data: string): Promise<{ scores: ModelScores; details: Record<string, Record<string, number>> }> {
  const pos = await (await import('./tagger/evaluate.js')).evaluate({ data });
  const ner = await (await import('./ner/evaluate.js')).evaluate({ data });
  const parse = await parserEvaluator();
  const parser = parse ? await parse({ data }) : { uas: NaN, las: NaN };
  return {
    scores: {
      pos: { upos: pos.upos! },
      ner: { conll: { p: ner.conll_p!, r: ner.conll_r!, f1: ner.conll_f1! }, uner: { p: ner.uner_p!, r: ner.uner_r!, f1: ner.uner_f1! } },
      parser: { uas: parser.uas!, las: parser.las! },
    },
    details: { pos, ner, parser },
  };
}

const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(2)}%`);

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false } } });
  const { scores, details } = await evaluateAll(resolve(values.data!));
  if (values.json) {
    console.log(JSON.stringify(scores));
    return;
  }
  const p = details.pos!;
  console.log(`POS (EWT dev): UPOS ${pct(scores.pos.upos)} from raw text${p.tokens_aligned !== undefined ? ` (${pct(p.tokens_aligned)} of words tokenised alike)` : ' (no tokeniser: gold tokens)'}; gold tokens: UPOS ${pct(p.upos_gold_tokens)}, XPOS ${pct(p.xpos_gold_tokens)}, lemma ${pct(p.lemma_gold_tokens)}`);
  const { conll, uner } = scores.ner;
  console.log(`NER CoNLL-2003 dev (eng.testa): P ${pct(conll.p)} R ${pct(conll.r)} F1 ${pct(conll.f1)}`);
  console.log(`NER UNER EWT dev (PER/ORG/LOC): P ${pct(uner.p)} R ${pct(uner.r)} F1 ${pct(uner.f1)}`);
  console.log(`Parser (EWT dev): UAS ${pct(scores.parser.uas)} LAS ${pct(scores.parser.las)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
