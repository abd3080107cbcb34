import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, vi } from 'vitest';

/**
 * Runs the built `crosscheck` command the way users do after `npm install`: `node
 * bin/crosscheck.mjs …` as a child process, each test on a library of its own in a temp folder.
 * The CLI suite (electron/cli/suite/*.test.ts) asserts what a user reads on stdout and stderr and
 * the exit codes of docs/cli.md; run.test.ts covers the same commands in-process.
 */

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** The five sample articles. */
export const SEEDS_DIR = path.join(ROOT, 'seeds');
/** This suite's hand-made files (fixtures/README.md says what each is). */
export const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');

/** The command users run: bin/crosscheck.mjs over the built code in out/. */
export const BIN = path.join(ROOT, 'bin', 'crosscheck.mjs');
const BUILT_CLI = path.join(ROOT, 'out', 'main', 'cli.js');

// NB: fail, never skip, when the build is missing: a suite that quietly skips would pass on a
// fresh clone and hide that the command users run was never tested.
if (!fs.existsSync(BUILT_CLI)) {
  throw new Error('The CLI suite runs the built command, and out/main/cli.js is missing: run `npm run build` first.');
}

// Each command is a fresh Node process loading the built app: about half a second alone, several
// on a 2-core machine that also runs the rest of `npm test`. Generous limits, so a busy machine
// is slow rather than red; no test here measures time.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** What one run of the command printed, and how it ended. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temp folder for one test or file: a library path, files written on demand, removal. */
export interface Workspace {
  readonly dir: string;
  /** The library file (`--db`), not created until a command opens it. */
  readonly db: string;
  /** Writes a file (relative path → contents) into the workspace and returns its absolute path. */
  write(name: string, contents: string | Uint8Array): string;
  /** Runs `crosscheck …` with `--db` set to this workspace's library. */
  run(...args: string[]): Promise<CliResult>;
  /** Removes the folder. */
  remove(): void;
}

/**
 * Runs `node bin/crosscheck.mjs …args` to the end. `CROSSCHECK_HOME` points at `home`, so a
 * command that forgot `--db` cannot touch the library of whoever runs the tests.
 */
export function crosscheck(
  args: readonly string[],
  options: { home: string; cwd?: string; env?: NodeJS.ProcessEnv }
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      // `env` adds to or overrides the child's environment (a PATH without Chromium, say).
      env: { ...cliEnv(options.home), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temp folder with a library path in it. */
export function makeWorkspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-suite-'));
  const db = path.join(dir, 'library.sqlite');
  return {
    dir,
    db,
    write(name, contents) {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, contents);
      return file;
    },
    run: (...args) => crosscheck([...args, '--db', db], { home: dir }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true })
  };
}

/**
 * Workspaces removed after each test: call once at the top of a test file, then call what it
 * returns for a fresh workspace in each test that needs one.
 */
export function workspacesPerTest(): () => Workspace {
  const made: Workspace[] = [];
  afterEach(() => {
    for (const ws of made.splice(0)) ws.remove();
  });
  return () => {
    const ws = makeWorkspace();
    made.push(ws);
    return ws;
  };
}

/** The seed files, sorted by name, with their text. */
export function readSeeds(): Array<{ file: string; path: string; text: string }> {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, path: path.join(SEEDS_DIR, file), text: fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8') }));
}

/** The lines of a command's output, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => !(i === all.length - 1 && l === ''));
}

/** A running `crosscheck serve`. */
export interface Served {
  /** Everything it printed on stdout until it was ready (the URL lines). */
  readonly stdout: string;
  readonly child: ChildProcess;
  /** What it has printed on stderr so far. */
  stderr(): string;
  /** Sends Ctrl+C (SIGINT) and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `crosscheck serve …args` and waits until it is ready: its text ends with "Press Ctrl+C
 * to stop.", or (`--json`) it printed its JSON line. Rejects with its stderr when it exits first.
 */
export function startServe(args: readonly string[], home: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    cwd: ROOT,
    env: cliEnv(home),
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`crosscheck serve printed no URL within 60 s. stderr: ${stderr}`));
    }, 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (/^Press Ctrl\+C to stop\.$|^\{.*\}$/m.test(stdout)) {
        clearTimeout(timer);
        resolve({ stdout, child, stderr: () => stderr, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`crosscheck serve exited with ${code} before printing its URL. stderr: ${stderr}`));
    });
  });
}

/**
 * Calls browser mode's API as the page does: `POST /api/<channel>` with the session token in the
 * `x-crosscheck-token` header (left out when `token` is undefined).
 */
export async function callApi(
  origin: string,
  channel: string,
  input: unknown,
  token: string | undefined
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-crosscheck-token': token }) },
    body: JSON.stringify(input)
  });
  return { status: response.status, body: await response.json() };
}

/** A TCP port nothing listens on right now (the OS picks it; it is free again when this returns). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The environment of a child command: the caller's without any `CROSSCHECK_*` setting (a
 * developer's `CROSSCHECK_DEBUG` or import delay would change what the tests read) and without
 * the `npm_*` variables `npm test` sets (a user's `crosscheck` has none; `--version` reads one),
 * with the app's home in the test's folder.
 */
export function cliEnv(home: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('CROSSCHECK_') && !key.startsWith('npm_'))
  );
  return { ...env, CROSSCHECK_HOME: home };
}
