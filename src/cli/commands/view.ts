// `newsgraph view [output]`: serves the graph viewer for a built output folder on loopback and prints its URL.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

interface ViewOptions {
  port: string;
  host: string;
  open: boolean;
}

/** Opens the URL in the desktop's browser when there is one; failure to open is not an error. */
async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser to open: the printed URL is enough
  }
}

export function register(program: Command): void {
  program
    .command('view')
    .description('serve the graph viewer for a build output folder (its graph.json) on http://127.0.0.1:PORT')
    .argument('[output]', 'build output folder holding graph.json', 'output')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <address>', 'address to bind; loopback unless told otherwise', '127.0.0.1')
    .option('--no-open', 'do not open a browser')
    .action(async (output: string, options: ViewOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`view: --port ${options.port}: not a port number (0-65535)`);
      const { startViewerServer } = await import('../../view/server.js');
      let running;
      try {
        running = await startViewerServer({ outputDir: output, port, host: options.host });
      } catch (error) {
        throw new UserError(error instanceof Error ? error.message : String(error));
      }
      process.stdout.write(`newsgraph viewer: ${running.url}  (Ctrl+C to stop)\n`);
      if (options.open && process.stdout.isTTY && !process.env.CI) await openInBrowser(running.url);
      const stop = (): void => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
