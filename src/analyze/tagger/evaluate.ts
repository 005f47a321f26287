// Scores the tagger on EWT dev: UPOS/XPOS/lemma accuracy on gold tokens, and UPOS from raw text through our tokeniser.
import { alignSpans, wordOffsets, type ConlluSentence } from '../corpus/index.js';
import { readEwt } from './corpus.js';
import { loadTagger } from './index.js';
import type { Tagger } from './tagger.js';

/** One sentence's tokens with character offsets, as the project's tokeniser returns them. */
export type Tokenize = (text: string) => Array<{ start: number; end: number; tokens: Array<{ text: string; start: number; end: number }> }>;

/** Accuracy of UPOS, XPOS and lemmas on the treebank's own tokens. */
export function scoreGoldTokens(tagger: Tagger, sentences: readonly ConlluSentence[]): { upos: number; xpos: number; lemma: number } {
  let n = 0, upos = 0, xpos = 0, lemma = 0;
  for (const s of sentences) {
    const tags = tagger.tag(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      n++;
      if (tags[i]!.upos === w.upos) upos++;
      if (tags[i]!.tag === w.xpos) xpos++;
      if (tags[i]!.lemma === w.lemma) lemma++;
    });
  }
  return { upos: upos / n, xpos: xpos / n, lemma: lemma / n };
}

/**
 * UPOS accuracy from raw text: each sentence's `# text` is tokenised (all of the tokeniser's
 * sentences for it are tagged), predicted tokens are aligned to gold words by character offsets,
 * and a gold word counts as correct only when a token with exactly its span has its UPOS.
 * Also returns the share of gold words that have a token with their exact span.
 */
export function scoreRawText(tagger: Tagger, sentences: readonly ConlluSentence[], tokenize: Tokenize): { upos: number; aligned: number } {
  const tally = { n: 0, correct: 0, aligned: 0 };
  for (const s of sentences) {
    const gold = wordOffsets(s).map((span, i) => ({ ...span, upos: s.words[i]!.upos }));
    scoreSpans(tagger, tokenize, s.text, gold, tally);
  }
  return { upos: tally.correct / tally.n, aligned: tally.aligned / tally.n };
}

/**
 * UPOS accuracy from whole documents: the sentences of each EWT document (sentence ids share the
 * document's prefix) are joined with one space and tokenised together, so the tokeniser's sentence
 * splitting counts too (`scoreRawText` is given the treebank's sentence boundaries). Scored as there.
 */
export function scoreRawDocuments(tagger: Tagger, sentences: readonly ConlluSentence[], tokenize: Tokenize): { upos: number; aligned: number } {
  const documents = new Map<string, ConlluSentence[]>();
  for (const s of sentences) {
    const id = s.sentId.replace(/-\d+$/, '');
    const list = documents.get(id);
    if (list) list.push(s);
    else documents.set(id, [s]);
  }
  const tally = { n: 0, correct: 0, aligned: 0 };
  for (const doc of documents.values()) {
    const gold: GoldSpan[] = [];
    let text = '';
    for (const s of doc) {
      if (text) text += ' ';
      const at = text.length;
      wordOffsets(s).forEach((span, i) => gold.push({ start: at + span.start, end: at + span.end, upos: s.words[i]!.upos }));
      text += s.text;
    }
    scoreSpans(tagger, tokenize, text, gold, tally);
  }
  return { upos: tally.correct / tally.n, aligned: tally.aligned / tally.n };
}

interface GoldSpan { start: number; end: number; upos: string }

/** Tokenises and tags `text`, aligns its tokens to the gold words by exact character span, and counts into `tally`. */
function scoreSpans(tagger: Tagger, tokenize: Tokenize, text: string, gold: readonly GoldSpan[], tally: { n: number; correct: number; aligned: number }): void {
  const predicted: GoldSpan[] = [];
  for (const sentence of tokenize(text)) {
    const tags = tagger.tag(sentence.tokens.map((t) => t.text));
    sentence.tokens.forEach((t, i) => predicted.push({ start: t.start, end: t.end, upos: tags[i]!.upos }));
  }
  predicted.sort((a, b) => a.start - b.start || a.end - b.end);
  const links = alignSpans(gold, predicted);
  gold.forEach((g, i) => {
    tally.n++;
    const k = links[i]!;
    if (k < 0) return;
    tally.aligned++;
    if (predicted[k]!.upos === g.upos) tally.correct++;
  });
}

/** Loads the project's tokeniser when it exists (it is written alongside this model). */
export async function loadTokenizer(): Promise<Tokenize | null> {
  try {
    const mod = (await import('../tokenizer/index.js' as string)) as { tokenize?: Tokenize };
    return typeof mod.tokenize === 'function' ? mod.tokenize : null;
  } catch {
    return null;
  }
}

/** Evaluates the shipped tagger on EWT dev under `data`. */
export async function evaluate(options: { data: string; tagger?: Tagger; limit?: number }): Promise<Record<string, number>> {
  const tagger = options.tagger ?? loadTagger();
  const dev = readEwt(options.data, 'dev', options.limit);
  const gold = scoreGoldTokens(tagger, dev);
  const result: Record<string, number> = { upos_gold_tokens: gold.upos, xpos_gold_tokens: gold.xpos, lemma_gold_tokens: gold.lemma };
  const tokenize = await loadTokenizer();
  if (tokenize) {
    const raw = scoreRawText(tagger, dev, tokenize);
    result.upos = raw.upos;
    result.tokens_aligned = raw.aligned;
    const documents = scoreRawDocuments(tagger, dev, tokenize);
    result.upos_documents = documents.upos;
    result.tokens_aligned_documents = documents.aligned;
  } else {
    result.upos = gold.upos;
  }
  return result;
}
