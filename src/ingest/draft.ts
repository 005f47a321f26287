// What a format reader returns: document drafts (before ids are assigned) and problems with single items.

/** One document as a format reader found it; ingest gives it its id and source. */
export interface Draft {
  text: string;
  title?: string;
  url?: string;
  published?: string;
  /** Where `text` begins in the decoded file, when the reader kept it as a slice of the file. */
  textOffset?: number;
  /** Item suffix for files holding several documents (`#3` for the third feed item or JSONL line). */
  item?: string;
}

export interface ParseResult {
  drafts: Draft[];
  /** Items of a multi-document file that could not be read; the rest of the file still is. */
  problems: Array<{ item: string; reason: string }>;
}

/** A whole file that cannot be read as its format; the message names the problem, not the file. */
export class FormatError extends Error {}

/** True when a text has something besides white space. */
export function hasText(text: string): boolean {
  return /\S/.test(text);
}
