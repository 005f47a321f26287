// Reader for CoNLL-U treebanks (Universal Dependencies): sentences with words, tags, lemmas, heads and labels.

export interface ConlluWord {
  /** 1-based word id within the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head id, 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multi-word token ("didn't" = did + n't): the surface form over words first..last. */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  sentId: string;
  /** The `# text =` line: the raw sentence. */
  text: string;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

/** Parses CoNLL-U text; empty nodes (ids like 8.1) are skipped. `source` names the input in errors. */
export function readConllu(content: string, source = 'conllu'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { sentId: '', text: '', words: [], multiwords: [] };
  const lines = content.split(/\r?\n/);
  const flush = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { sentId: '', text: '', words: [], multiwords: [] };
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '') { flush(); continue; }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') current.sentId = m[2]!;
        else current.text = m[2]!;
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`corpus: ${source}: line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]!, misc: cols[9]! });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new Error(`corpus: ${source}: line ${n + 1}: bad word id "${id}"`);
    current.words.push({
      id: Number(id), form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!,
      head: cols[6] === '_' ? 0 : Number(cols[6]), deprel: cols[7]!, misc: cols[9]!,
    });
  }
  flush();
  return sentences;
}
