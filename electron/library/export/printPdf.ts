import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';
import { chromiumPrintArgs, withPrintPolicy } from './chromiumPrintArgs';

/**
 * Prints a report's HTML to PDF bytes. The desktop app passes Electron's `webContents.printToPDF`
 * (electron/main/printPdf.ts); the CLI and browser mode use {@link printWithChromium}. Either way
 * Chromium lays the report out, so a PDF looks the same from every host.
 */
export type PrintPdf = (html: string, signal?: AbortSignal) => Promise<Uint8Array>;

/** Names Chromium goes by on the PATH: Debian's, Ubuntu's and Chrome's (as e2e/support/findChromium.mjs). */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What to do without Chromium, said whenever none is found. */
export const NO_CHROMIUM =
  'PDF export needs Chromium or the desktop app; export HTML and print it from a browser, or install Chromium (on Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** How long Chromium may take to print one report before it is stopped. */
const PRINT_TIMEOUT_MS = 120_000;

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: `CHROMIUM_PATH` when set, else the first Chromium or Chrome on the
 * PATH; undefined when there is none. NB: a `CHROMIUM_PATH` that names no executable is a
 * failure, not a reason to look elsewhere: whoever set it meant that browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (isExecutableFile(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new AppFailure(
      'unavailable',
      `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not a program: fix it, or unset it to use the Chromium on the PATH.`
    );
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of NAMES) if (isExecutableFile(path.join(dir, name))) return path.join(dir, name);
  return undefined;
}

/**
 * Prints HTML to PDF with a headless Chromium (`--print-to-pdf`) in a throwaway profile: the
 * report is written to a temporary folder, printed there, read back, and the folder removed. The
 * page runs no script and reaches no network (chromiumPrintArgs.ts). Chromium's sandbox stays on
 * unless it cannot work: as root (Chromium refuses it) or, once, when a sandboxed start fails
 * saying the sandbox is unusable (containers without user namespaces), then without it (review
 * 14, finding 10: `--no-sandbox` was always passed). Stops Chromium when `signal` aborts (failing
 * with `cancelled`) or after two minutes.
 *
 * @param options.runningAsRoot whether this process runs as root; by default asked of the system.
 */
export async function printWithChromium(
  html: string,
  signal?: AbortSignal,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; runningAsRoot?: boolean } = {}
): Promise<Uint8Array> {
  const chromium = findChromium(options.env);
  if (!chromium) throw new AppFailure('unavailable', NO_CHROMIUM);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(page, withPrintPolicy(html), 'utf8');
    const print = (sandbox: boolean) =>
      run(
        chromium,
        chromiumPrintArgs({ page, pdf, profile: path.join(dir, sandbox ? 'profile' : 'profile-unsandboxed'), sandbox }),
        signal,
        options.timeoutMs ?? PRINT_TIMEOUT_MS
      );
    const asRoot = options.runningAsRoot ?? process.getuid?.() === 0;
    let ran = await print(!asRoot);
    if (ran.code !== 0 && !asRoot && SANDBOX_UNUSABLE.test(ran.stderr)) ran = await print(false);
    if (ran.code !== 0)
      throw new AppFailure(
        'unavailable',
        `Chromium (${chromium}) could not print the report (it stopped with code ${ran.code ?? 'none'}). Export HTML and print it from a browser instead.`
      );
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0)
      throw new AppFailure(
        'unavailable',
        `Chromium (${chromium}) ran but made no PDF. Export HTML and print it from a browser instead.`
      );
    return new Uint8Array(fs.readFileSync(pdf));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What Chromium says on stderr when its sandbox cannot start: `No usable sandbox! …` (no user
 * namespaces and no setuid helper), or the root refusal when the uid was not known.
 */
const SANDBOX_UNUSABLE = /no usable sandbox|without --no-sandbox is not supported/i;

/** How much of Chromium's stderr is kept: enough for its sandbox message, never its whole log. */
const STDERR_KEPT = 16_384;

/** How a Chromium run ended: its exit code (null when killed by a signal) and the end of its stderr. */
interface Ran {
  readonly code: number | null;
  readonly stderr: string;
}

/**
 * Runs Chromium and waits for it to exit; aborting or timing out kills it (and its helpers, as
 * one process group) and fails. Its stderr is read (so it never blocks on a full pipe) and the end
 * of it kept.
 */
function run(program: string, args: readonly string[], signal: AbortSignal | undefined, timeoutMs: number): Promise<Ran> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppFailure('cancelled', 'The export was cancelled. Nothing was saved.'));
    // NB: detached puts Chromium and the helpers it starts in their own process group, so stopping
    // it stops them all rather than leaving renderers behind.
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    let stopped: AppFailure | undefined;
    const stop = (why: AppFailure): void => {
      stopped = why;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // It has exited already.
      }
    };
    const onAbort = (): void => stop(new AppFailure('cancelled', 'The export was cancelled. Nothing was saved.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () =>
        stop(
          new AppFailure(
            'unavailable',
            `Chromium took more than ${Math.round(timeoutMs / 1000)} seconds to print the report and was stopped. Export a smaller scope, or HTML to print from a browser.`
          )
        ),
      timeoutMs
    );
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', () => {
      done();
      reject(new AppFailure('unavailable', `Chromium (${program}) could not be started. ${NO_CHROMIUM}`));
    });
    child.on('close', (code) => {
      done();
      if (stopped) return reject(stopped);
      resolve({ code, stderr });
    });
  });
}
