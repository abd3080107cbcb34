import { test as base, expect } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CrosscheckPage } from '../pages/CrosscheckPage';

/** A browser-mode Crosscheck with its own fresh library, as a user would start it. */
export interface ServedApp {
  readonly url: string;
  /** A temp folder owned by this test (the library lives in it; put import fixtures here). */
  readonly dir: string;
  readonly libraryFile: string;
  /** Stops this server and starts a new one on the same library (as a user quitting and starting again); answers the new URL. */
  readonly restart: () => Promise<string>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

/**
 * Starts `crosscheck serve --json` on a temp library and waits for its URL. `importFileDelayMs`
 * slows the server's imports (see docs/import.md) and `storiesPhaseDelayMs` each phase of its
 * stories worker (docs/import.md, "Testing aid") for tests that act while one runs.
 */
async function startServe(
  dir: string,
  importFileDelayMs: number,
  storiesPhaseDelayMs = 0
): Promise<{ app: Omit<ServedApp, 'restart'>; child: ChildProcess }> {
  const libraryFile = path.join(dir, 'library.sqlite');
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'serve', '--db', libraryFile, '--json'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CROSSCHECK_HOME: dir,
      ...(importFileDelayMs > 0 ? { CROSSCHECK_IMPORT_FILE_DELAY_MS: String(importFileDelayMs) } : {}),
      ...(storiesPhaseDelayMs > 0 ? { CROSSCHECK_STORIES_PHASE_DELAY_MS: String(storiesPhaseDelayMs) } : {})
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`crosscheck serve did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`crosscheck serve exited with ${code}: ${stderr}`)));
  });
  return { app: { url, dir, libraryFile }, child };
}

/**
 * Fixtures (Joplin-style): every test gets a fresh temp folder and library, a running server,
 * a page opened on it, and a page object; everything is torn down after.
 */
export const test = base.extend<{ importFileDelayMs: number; storiesPhaseDelayMs: number; served: ServedApp; app: CrosscheckPage }>({
  /** Milliseconds the server's imports wait after each file; 0 (off) unless a test sets it with `test.use`. */
  importFileDelayMs: [0, { option: true }],
  /** Milliseconds each phase of the server's stories worker (Regroup) waits; 0 (off) unless set with `test.use`. */
  storiesPhaseDelayMs: [0, { option: true }],
  served: async ({ importFileDelayMs, storiesPhaseDelayMs }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-e2e-'));
    const started = await startServe(dir, importFileDelayMs, storiesPhaseDelayMs);
    let child = started.child;
    const stop = async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    };
    const restart = async () => {
      await stop();
      const next = await startServe(dir, importFileDelayMs, storiesPhaseDelayMs);
      child = next.child;
      return next.app.url;
    };
    await use({ ...started.app, restart });
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, served }, use) => {
    const app = new CrosscheckPage(page);
    await page.goto(served.url);
    await use(app);
  }
});

export { expect };

/** Writes files into a new folder under the test's temp folder and returns its path. */
export function writeFolder(parent: string, name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(parent, name);
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}
