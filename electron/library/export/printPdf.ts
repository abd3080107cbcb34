import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '@shared/contract/result';

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
 * report is written to a temporary folder, printed there, read back, and the folder removed.
 * Page size, margins and page numbers come from the report's own `@page` CSS, so
 * `--no-pdf-header-footer` drops Chromium's header (the temporary file's address) and footer.
 * Stops Chromium when `signal` aborts (failing with `cancelled`) or after two minutes.
 */
export async function printWithChromium(
  html: string,
  signal?: AbortSignal,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<Uint8Array> {
  const chromium = findChromium(options.env);
  if (!chromium) throw new AppFailure('unavailable', NO_CHROMIUM);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(page, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--disable-background-networking',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href
    ];
    await run(chromium, args, signal, options.timeoutMs ?? PRINT_TIMEOUT_MS);
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0)
      throw new AppFailure('unavailable', `Chromium (${chromium}) ran but made no PDF. Export HTML and print it from a browser instead.`);
    return new Uint8Array(fs.readFileSync(pdf));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs Chromium and waits for it; aborting or timing out kills it (and its helpers, as one process group). */
function run(program: string, args: readonly string[], signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppFailure('cancelled', 'The export was cancelled. Nothing was saved.'));
    // NB: detached puts Chromium and the helpers it starts in their own process group, so stopping
    // it stops them all rather than leaving renderers behind.
    const child = spawn(program, args, { stdio: 'ignore', detached: process.platform !== 'win32' });
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
      if (code === 0) return resolve();
      reject(
        new AppFailure(
          'unavailable',
          `Chromium (${program}) could not print the report (it stopped with code ${code ?? 'none'}). Export HTML and print it from a browser instead.`
        )
      );
    });
  });
}
