// Which files a build reads: named files as given, folders walked recursively in a fixed order.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { IngestProblem } from './document.js';
import { wordTable } from '../util/word-table.js';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'feed' | 'jsonl';

/** File name endings newsgraph reads, and the reader each goes to. */
export const FORMATS: Record<string, ArticleFormat> = wordTable({
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
});

// A folder's own documentation is not news: README.md next to the articles is skipped when
// walking a folder (a file named on the command line is always read).
const NOT_ARTICLES = /^(readme|license|licence|changelog|changes|contributing|code_of_conduct|security|authors)$/i;

export interface ArticleFile {
  /** The path as given on the command line, or joined under the folder given. */
  path: string;
  format: ArticleFormat;
  /** Named on the command line (not found by walking a folder): an unreadable name is then an error, not skipped. */
  explicit: boolean;
}

/** Lists the article files of the inputs in a deterministic order: inputs as given, each folder sorted by name. */
export async function listArticleFiles(inputs: string[]): Promise<{ files: ArticleFile[]; problems: IngestProblem[] }> {
  const files: ArticleFile[] = [];
  const problems: IngestProblem[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      problems.push({ source: input, reason: fsReason(error) });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await walk(input, files, problems, seen);
      if (files.length === before && !problems.some((p) => p.source.startsWith(input))) {
        problems.push({ source: input, reason: `no article files found (looked for ${Object.keys(FORMATS).join(' ')})` });
      }
    } else {
      const format = FORMATS[extname(input).toLowerCase()];
      if (!format) {
        problems.push({ source: input, reason: `unsupported file type "${extname(input) || '(none)'}" (newsgraph reads ${Object.keys(FORMATS).join(' ')})` });
        continue;
      }
      const real = await realpath(input).catch(() => input);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push({ path: input, format, explicit: true });
    }
  }
  return { files, problems };
}

async function walk(dir: string, files: ArticleFile[], problems: IngestProblem[], seen: Set<string>): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ source: dir, reason: fsReason(error) });
    return;
  }
  // Code-point order, not the locale's: the same folder lists the same way on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    // A plain file or folder is known from the listing, and a plain file's real path is its folder's real path
    // and its name: only symbolic links (and entries of unknown type) cost a stat and a realpath each, which for
    // every file of a folder of articles were most of ingest's time.
    const plain = entry.isFile() || entry.isDirectory();
    let isDirectory = entry.isDirectory();
    if (!plain) {
      try {
        isDirectory = (await stat(path)).isDirectory();
      } catch (error) {
        problems.push({ source: path, reason: fsReason(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (name !== 'node_modules') await walk(path, files, problems, seen);
      continue;
    }
    const ext = extname(name).toLowerCase();
    const format = FORMATS[ext];
    if (!format || NOT_ARTICLES.test(basename(name, extname(name)))) continue;
    const realFile = plain ? join(real, name) : await realpath(path).catch(() => path);
    if (seen.has(realFile)) continue;
    seen.add(realFile);
    files.push({ path, format, explicit: false });
  }
}

/** A file-system error as a reason a user can act on. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error while reading';
    default: return (error as Error)?.message ?? String(error);
  }
}
