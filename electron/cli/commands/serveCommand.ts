import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { userDataDir } from '../../library/paths';
import { findResources } from '../../library/resources';
import { type BrowserMode, startBrowserMode } from '../../serve/browserMode';
import { rememberPort, rememberedPort, servePortsFile } from '../../serve/servePorts';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { CliFailure } from '../failure';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

/**
 * `crosscheck serve`: browser mode. Prints the URL (with its session token) and runs until
 * interrupted. With --json, prints `{"url","port","token","db"}` as one line instead. Without
 * --port, the port this library was last served on when it is free (serve/servePorts.ts: the page
 * keeps its preferences per origin), else a free one. Its own failures (a port in use, the UI not
 * built) are thrown as {@link CliFailure}s, so `--json` gets the error object every command gives.
 */
export const runServe: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, {
    port: { type: 'string' },
    'no-seed': { type: 'boolean', default: false }
  });
  const asked = values.port === undefined ? undefined : positiveInt(values.port, 'port', true);
  if (asked !== undefined && asked > 65535)
    throw new UsageError('--port takes a port number from 1 to 65535 (or 0 for a free one)');
  const resources = findResources(import.meta.dirname);
  if (!fs.existsSync(path.join(resources.rendererDir, 'index.html')))
    throw new CliFailure('failed', `the UI is not built (${resources.rendererDir} is missing); run \`npm run build\` first.`);
  const file = libraryFileFrom(values);
  const portsFile = servePortsFile(userDataDir());
  const last = asked === undefined ? rememberedPort(portsFile, file) : undefined;
  // NB: a remembered port another program holds now is no reason to stop: a free one is taken.
  const port = asked ?? (last !== undefined && (await portRefusal(last)) === null ? last : 0);
  // NB: a port asked for is tried before the library is opened: on a new --db the engine would make
  // the library and import the samples, then stop at the taken port (review 11). Tried again by
  // the server itself, as another program may take it in between.
  const refused = asked === undefined || asked === 0 ? null : await portRefusal(asked);
  if (refused) throw new CliFailure('failed', portMessage(port, refused));
  const start = (on: number) =>
    startBrowserMode({
      file,
      staticDir: resources.rendererDir,
      port: on,
      watchFolders: true,
      ...(values['no-seed'] ? {} : { seedsDir: resources.seedsDir }),
      onError: (channel, error) =>
        io.stderr(`crosscheck serve: ${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    });
  let mode: BrowserMode;
  try {
    try {
      mode = await start(port);
    } catch (error) {
      // The remembered port was taken since it was tried: a free one will do.
      if (asked !== undefined || port === 0 || (error as { code?: unknown } | null)?.code !== 'EADDRINUSE') throw error;
      mode = await start(0);
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    throw new CliFailure('failed', portMessage(port, code));
  }
  const { server } = mode;
  if (server.port !== last) rememberPort(portsFile, file, server.port);
  // NB: listen for Ctrl+C before saying where we are: a caller that stops us as soon as it reads the
  // URL (a script, the CLI suite) could otherwise find Node's first signal listener still being set
  // up, and the default action killed the process without closing the library (1 run in 4 here).
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  if (values.json) io.stdout(JSON.stringify({ url: server.url, port: server.port, token: server.token, db: file }) + '\n');
  else io.stdout(`Crosscheck is running in browser mode at\n  ${server.url}\nLibrary: ${file}\nPress Ctrl+C to stop.\n`);
  await stopped;
  await mode.close();
  return ExitCode.ok;
};

/** Why 127.0.0.1:`port` cannot be listened on now (`EADDRINUSE`, `EACCES`), or null when it can. */
function portRefusal(port: number): Promise<'EADDRINUSE' | 'EACCES' | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? error.code : null)
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(null)));
  });
}

function portMessage(port: number, code: 'EADDRINUSE' | 'EACCES'): string {
  return code === 'EADDRINUSE'
    ? `port ${port} is in use by another program; pick another with --port, or leave --port out for a free one.`
    : `port ${port} needs administrator rights on this system; pick one above 1023 with --port.`;
}
