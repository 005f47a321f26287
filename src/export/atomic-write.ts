// Writes output files atomically: each goes to a temporary file in the same folder and is renamed over the target only when every file is complete.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a file's content may be: a string, or chunks produced while writing (so big outputs are never one string). */
export type FileContent = string | Iterable<string> | AsyncIterable<string>;

export interface OutputFile {
  path: string;
  content: FileContent;
}

let counter = 0;

function tempPath(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

async function writeTemp(path: string, content: FileContent): Promise<void> {
  const handle = await open(path, 'w');
  try {
    if (typeof content === 'string') {
      await handle.writeFile(content, 'utf8');
    } else {
      // Buffer small chunks into larger writes: one syscall per chunk would be slow for big graphs.
      let buffer = '';
      for await (const chunk of content) {
        buffer += chunk;
        if (buffer.length >= 1 << 16) {
          await handle.writeFile(buffer, 'utf8');
          buffer = '';
        }
      }
      if (buffer) await handle.writeFile(buffer, 'utf8');
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes all files, then renames them into place. If producing or writing any file fails, every
 * temporary file is removed and the existing outputs are left as they were; the error names the file.
 */
export async function writeFilesAtomically(files: OutputFile[]): Promise<string[]> {
  const temps: Array<[string, string]> = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = tempPath(file.path);
      temps.push([temp, file.path]);
      try {
        await writeTemp(temp, file.content);
      } catch (error) {
        throw new Error(`export: ${file.path}: ${(error as Error).message}`, { cause: error });
      }
    }
    for (const [temp, target] of temps) {
      try {
        await rename(temp, target);
      } catch (error) {
        throw new Error(`export: ${target}: ${(error as Error).message}`, { cause: error });
      }
    }
    return files.map((f) => f.path);
  } catch (error) {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
}
