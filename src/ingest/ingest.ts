// The ingest stage: files and folders in, NewsDocuments out, and a problem (file + reason) for each input that could not be read.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { IngestProblem, NewsDocument } from './document.js';
import { FormatError, type Draft, type ParseResult } from './draft.js';
import { DecodeError, decodeText } from './decode.js';
import { fsReason, listArticleFiles, type ArticleFile, type ArticleFormat } from './files.js';
import { parsePlainText } from './plain-text.js';
import { parseMarkdown } from './markdown.js';
import { parseJsonl } from './jsonl.js';
import { slugify } from './slug.js';

export { listArticleFiles, type ArticleFile } from './files.js';

// The HTML and feed readers (linkedom, Readability, fast-xml-parser) are loaded when a file needs them: loading
// them cost every build about 0.4 s of processor time, most often for a folder of plain text.
type HtmlReader = typeof import('./html.js');
type FeedReader = typeof import('./feed.js');
let htmlReader: HtmlReader | undefined;
let feedReader: FeedReader | undefined;

/** Files larger than this are refused: a 20 MB "article" is a data dump or a mistake, and would stall the build. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestOptions {
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
}

export interface IngestResult {
  documents: NewsDocument[];
  problems: IngestProblem[];
}

/**
 * Gives each document an id unique within the build: the slug of its file name, then -2, -3 ... on a
 * clash. Ids are compared by their slug, since document IRIs are made from it: "feed#1" and a file
 * "feed-1.txt" would otherwise share an IRI.
 */
export class DocumentIds {
  private readonly taken = new Set<string>();

  next(wanted: string): string {
    const base = wanted || 'document';
    let id = base;
    for (let n = 2; this.taken.has(slugify(id)); n++) id = `${base}-${n}`;
    this.taken.add(slugify(id));
    return id;
  }
}

/** Reads every input; never throws for a bad file, which becomes a problem instead. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, problems } = await listArticleFiles(inputs);
  const ids = new DocumentIds();
  const documents: NewsDocument[] = [];
  for (const file of files) {
    const result = await readArticleFile(file, ids, options);
    documents.push(...result.documents);
    problems.push(...result.problems);
  }
  return { documents, problems };
}

/** Reads one file into its documents (several for a feed or JSONL file) and the problems found on the way. */
export async function readArticleFile(file: ArticleFile, ids: DocumentIds, options: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let parsed: ParseResult;
  try {
    const bytes = await readLimited(file.path, maxBytes);
    const content = decodeText(bytes);
    parsed = await parseContent(content, file.format, file.explicit);
  } catch (error) {
    if (error instanceof SkipFile) return { documents: [], problems: [] };
    return { documents: [], problems: [{ source: file.path, reason: reasonOf(error) }] };
  }
  const stem = slugify(basename(file.path, extname(file.path)));
  const documents = parsed.drafts.map((draft) => toDocument(draft, file.path, stem, ids));
  const problems = parsed.problems.map((p) => ({ source: `${file.path}${p.item}`, reason: p.reason }));
  return { documents, problems };
}

/** Parses decoded file content by format; exported for tests and for callers holding text in memory. */
export async function parseContent(content: string, format: ArticleFormat, explicit = true): Promise<ParseResult> {
  switch (format) {
    case 'text': return { drafts: [parsePlainText(content)], problems: [] };
    case 'markdown': return { drafts: [parseMarkdown(content)], problems: [] };
    case 'html':
      htmlReader ??= await import('./html.js');
      return { drafts: [htmlReader.parseHtml(content)], problems: [] };
    case 'jsonl': return parseJsonl(content);
    case 'feed':
      feedReader ??= await import('./feed.js');
      // Any XML file is offered as a feed when walking a folder; other XML there is simply not news.
      if (!explicit && !feedReader.looksLikeFeed(content)) throw new SkipFile();
      return feedReader.parseFeed(content);
  }
}

class SkipFile extends Error {}

function toDocument(draft: Draft, path: string, stem: string, ids: DocumentIds): NewsDocument {
  const doc: NewsDocument = {
    id: ids.next(draft.item ? `${stem}${draft.item}` : stem),
    source: draft.item ? `${path}${draft.item}` : path,
    text: draft.text,
  };
  if (draft.url) doc.url = draft.url;
  if (draft.title) doc.title = draft.title;
  if (draft.published) doc.published = draft.published;
  if (draft.textOffset !== undefined) doc.textOffset = draft.textOffset;
  return doc;
}

/**
 * Reads at most `maxBytes` (checking the size first, and again while reading, for files that grow). Synchronous
 * on purpose: articles are small, and four promise round trips through the thread pool per file cost several
 * times the read itself (about 0.3 ms against 0.05 ms of processor time per article measured here).
 */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new FormatError(tooLarge(size, maxBytes));
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) throw new FormatError(tooLarge(bytes.length, maxBytes));
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, max: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `too large (${mb(size)}; the limit is ${mb(max)}, raise it with --max-size)`;
}

function reasonOf(error: unknown): string {
  if (error instanceof FormatError || error instanceof DecodeError) return error.message;
  if ((error as NodeJS.ErrnoException)?.code) return fsReason(error);
  return `could not be read: ${(error as Error)?.message ?? String(error)}`;
}
