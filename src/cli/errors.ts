// How the command line reports failure: one clear line naming the input and the problem, never a stack trace.

/** An error whose message is fit to show a user as it is ("ingest: a.html: no text found"). */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

export function reportAndExit(error: unknown): never {
  if (error instanceof UserError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph: ${message}\n`);
  if (process.env.NEWSGRAPH_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
