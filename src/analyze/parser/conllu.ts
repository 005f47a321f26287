// Reads CoNLL-U treebank files into the parser's training/evaluation sentences (basic trees only).
import { readFileSync } from 'node:fs';

/** One treebank sentence: words with tags and a basic dependency tree (heads 0-based, -1 = root). */
export interface TreebankSentence {
  words: string[];
  upos: string[];
  tags: string[];
  heads: number[];
  deps: string[];
}

/**
 * Parses CoNLL-U text. Multiword-token range lines (`3-4`) and empty nodes (`5.1`) are skipped:
 * the basic tree is defined over the syntactic words alone.
 */
export function parseConllu(text: string, source = 'conllu'): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let cur: TreebankSentence = { words: [], upos: [], tags: [], heads: [], deps: [] };
  const lines = text.split(/\r?\n/);
  const flush = (): void => {
    if (cur.words.length > 0) sentences.push(cur);
    cur = { words: [], upos: [], tags: [], heads: [], deps: [] };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') { flush(); continue; }
    if (line.charCodeAt(0) === 35 /* # */) continue;
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`parser: ${source}: line ${i + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (id.includes('-') || id.includes('.')) continue;
    const head = Number(cols[6]);
    if (!Number.isInteger(head)) throw new Error(`parser: ${source}: line ${i + 1}: head '${cols[6]}' is not a number`);
    cur.words.push(cols[1]!);
    cur.upos.push(cols[3]!);
    cur.tags.push(cols[4] === '_' ? cols[3]! : cols[4]!);
    cur.heads.push(head - 1);
    cur.deps.push(cols[7]!);
  }
  flush();
  for (const s of sentences) {
    for (const h of s.heads) {
      if (h < -1 || h >= s.words.length) throw new Error(`parser: ${source}: head ${h + 1} outside a sentence of ${s.words.length} words ("${s.words.slice(0, 8).join(' ')} ...")`);
    }
  }
  return sentences;
}

/** Reads and parses a CoNLL-U file, with errors naming the file. */
export function readConllu(path: string): TreebankSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`parser: ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return parseConllu(text, path);
}
