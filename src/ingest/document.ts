// The ingest stage's hand-off: one news document with its text kept exactly as read.

/** A document as the rest of the pipeline sees it. Offsets elsewhere point into `text`. */
export interface NewsDocument {
  /** Stable id, unique within a build: a slug of the file's base name (plus `#n` for items of a feed or JSONL file). */
  id: string;
  /** Where it came from: the path as given on the command line (plus `#n` for items), or a URL. */
  source: string;
  url?: string;
  title?: string;
  /** Publication date as an ISO date `YYYY-MM-DD`, when the source states one. */
  published?: string;
  /** The article body, exactly as read (header lines removed); all character offsets index this string. */
  text: string;
  /** Where `text` begins in the file, so offsets can be mapped back to the file when it had header lines. */
  textOffset?: number;
}

/** A file or item that could not be read, with a reason a user can act on. */
export interface IngestProblem {
  source: string;
  reason: string;
  /** The stage that met the problem when it is not ingest (an article that could be read but not analysed). */
  stage?: string;
}
